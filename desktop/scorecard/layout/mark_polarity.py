"""Which way is good, said by a footnote that a mark on the indicator's name points to.

A report with no polarity column may mark the measures where a lower figure is better with an
asterisk ('Average days to re-let *', 'Rent arrears*') and contextual ones with '(C)', and
say so in lines under the table: '* A lower figure is better', '(C) Contextual measure:
neither a higher nor a lower figure is better', 'All other measures: a higher figure is
better'. A note line of one cell that starts with a mark and says which way is good gives
that polarity to each indicator whose name ends with the mark (the marks are no part of the
name); an 'all other measures' line gives its polarity to the indicators no such mark
stands on. A mark that says nothing of polarity ('† Position on the last day of the
quarter') is passed over. A name whose marks say two different things, or a mark two
notes give two polarities, is held for review naming the cell, never guessed; 'all other
measures' lines that disagree give no polarity.

A polarity column, where the table has one, comes first; a name that says which way is good
('Days lost (lower is better)') and a target that does ('below 5%') come before an 'all other
measures' line.
"""

from __future__ import annotations

import re
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.model import Polarity
from desktop.scorecard.read.grid import CellValue, Sheet

_MARK = r"\*{1,3}|[\u2020\u2021]{1,2}|\((?:[A-Za-z]|\d{1,2})\)|\[(?:[A-Za-z]|\d{1,2})\]"
_LEADS = re.compile(rf"^\s*(?P<mark>{_MARK})\s*[:=\-\u2013\u2014]?\s*(?P<text>\S.*)$", re.S)
_ENDS = re.compile(rf"(?<=\S)\s*({_MARK})\s*$")
_MAX_NOTE = 400

Said = Polarity | Literal["unclear"]


def note_polarity(text: str) -> Polarity | None:
    """The polarity a footnote's words give ('A lower figure is better' lower is better,
    'neither a higher nor a lower figure is better' none), or None where they give none or
    more than one."""
    words = vocabulary.normalise(text)
    found: list[Polarity] = []
    for pattern, polarity in vocabulary.NOTE_POLARITY:
        if pattern.search(words):
            if polarity == "none":
                return polarity
            found.append(polarity)
    return found[0] if len(found) == 1 else None


def marks_of(name: CellValue) -> list[str]:
    """The footnote marks a name cell ends with ('*', '†', '(C)'), last first."""
    if not isinstance(name, str) or len(name) > 400:
        return []
    text = name.rstrip()
    marks: list[str] = []
    while True:
        found = _ENDS.search(text)
        if found is None:
            return marks
        marks.append(_key(found[1]))
        text = text[: found.start()].rstrip()


def _key(mark: str) -> str:
    return mark.upper()


class MarkPolarity:
    """The footnotes of one sheet that say which way is good, read once when first asked."""

    def __init__(self, sheet: Sheet, first: int) -> None:
        self.sheet, self.first = sheet, first
        self.marks: dict[str, Said] | None = None  # mark -> what its notes say
        self.others: Said | None = None  # what the 'all other measures' line says

    def _read(self) -> dict[str, Said]:
        marks: dict[str, Said] = {}
        for line in note_lines(self.sheet, self.first, _MAX_NOTE):
            led = _LEADS.match(line)
            if led is not None:
                said = note_polarity(led["text"])
                if said is not None:
                    mark = _key(led["mark"])
                    marks[mark] = said if marks.get(mark, said) == said else "unclear"
                continue
            if vocabulary.NOTE_OTHER_MEASURES.search(vocabulary.normalise(line)):
                said = note_polarity(line)
                if said is not None:
                    self.others = said if self.others in (None, said) else "unclear"
        return marks

    def marked(self, name: CellValue) -> Said | None:
        """What the footnotes its marks point to say of a name cell's indicator; None where
        no mark on it points to a note about polarity."""
        ends = marks_of(name)
        if not ends:
            return None
        if self.marks is None:
            self.marks = self._read()
        said = {self.marks[m] for m in ends if m in self.marks}
        if not said:
            return None
        return said.pop() if len(said) == 1 else "unclear"

    def unmarked(self) -> Said | None:
        """What an 'all other measures' line says, for an indicator no mark rates."""
        if self.marks is None:
            self.marks = self._read()
        return self.others
