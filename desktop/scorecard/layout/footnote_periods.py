"""A footnote saying, for the rows it marks, which period each column's figures are for.

A digest whose value columns are dated by their headings ('Latest (Aug 24)', 'Previous
(May 24)', 'Same time last year (Aug 23)') may carry a measure reported otherwise, its name
marked and the mark explained under the table:

    Household waste recycled (%) ¹   | 46.3 | 38.9 | 45.1
    ¹ Quarterly measure, a quarter in arrears: Latest = Q1 2024/25 (Apr–Jun 2024),
      Previous = Q4 2023/24, Same time last year = Q1 2023/24.

The note names each column by its heading's words without the period ('Latest') and
gives it a period after '=' or ':'; that row's figures under those columns are for the
periods the note gives, not the months the headings name. A mark is a superscript
number, an asterisk or dagger, or a bracketed letter or number ending the name, and the
note is a line of one text cell starting with it. A column the note does not name, or a
period it gives that cannot be read, keeps its heading's period.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header

_MARK = (
    r"[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]+|\*{1,3}|[\u2020\u2021]"
    r"|\((?:[a-z]|\d{1,2})\)|\[(?:[a-z]|\d{1,2})\]"
)
_AT_END = re.compile(rf"\S\s*(?P<mark>{_MARK})\s*$")
_AT_START = re.compile(rf"^\s*(?P<mark>{_MARK})\s*(?P<text>\S.*)$", re.S)
_BRACKETS = str.maketrans({"(": " ", ")": " ", "[": " ", "]": " "})
_SAYS = r"\s*(?:=|:)\s*"
_MAX_NOTE = 600


class FootnotePeriods:
    """The periods footnotes give the value columns of the rows they mark."""

    def __init__(self, header: Header) -> None:
        self.header = header
        self._notes: dict[str, str] | None = None  # read at the first marked name
        self.words: dict[str, int] = {}
        for column in header.columns:
            if column.field != "actual" or column.period is None or not column.header:
                continue
            dated = cells.period_header(column.header.translate(_BRACKETS))
            words = vocabulary.normalise(dated[1]) if dated is not None else ""
            if words and any(ch.isalpha() for ch in words):
                self.words.setdefault(words, column.index)
        self.said: dict[str, dict[int, Period]] = {}

    @property
    def notes(self) -> dict[str, str]:
        """The note lines of the sheet by the mark that starts them."""
        if self._notes is None:
            self._notes = {}
            for line in note_lines(self.header.sheet, 0, _MAX_NOTE, spaces_blank=True):
                found = _AT_START.match(line)
                if found is not None:
                    self._notes.setdefault(found["mark"], found["text"])
        return self._notes

    def periods(self, name: CellValue) -> dict[int, Period]:
        """{column: period} the footnote marked at the end of ``name`` gives, or {}."""
        if not self.words or not isinstance(name, str):
            return {}
        found = _AT_END.search(name.strip())
        if found is None or found["mark"] not in self.notes:
            return {}
        mark = found["mark"]
        if mark not in self.said:
            self.said[mark] = self._read(self.notes[mark])
        return self.said[mark]

    def _read(self, note: str) -> dict[int, Period]:
        given: dict[int, Period] = {}
        flat = " ".join(note.split())
        for words, index in self.words.items():
            pattern = r"\b" + r"\s+".join(map(re.escape, words.split())) + _SAYS
            said = re.search(pattern, flat, re.I)
            if said is None:
                continue
            period = _period_after(flat[said.end() :])
            if period is not None:
                given[index] = period
        return given


def _period_after(text: str) -> Period | None:
    """The period written first in ``text``, up to the next comma or semicolon outside
    brackets: 'Q1 2024/25 (Apr–Jun 2024), Previous = …' is Q1 2024/25."""
    depth = 0
    end = len(text)
    for at, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ",;" and depth == 0:
            end = at
            break
    part = text[:end].strip().rstrip(".").strip()
    found = cells.period(part)
    if found is not None:
        return found
    head = cells.period_header(part)
    return head[0] if head is not None and not head[1] else None
