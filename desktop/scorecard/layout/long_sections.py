"""A section row written as a long sentence: a section heading where the sheet shows it is one.

Section titles are often sentences: an ASCOF domain ('Domain 4: Safeguarding adults whose
circumstances make them vulnerable and protecting them from avoidable harm'), a Welsh
council's well-being objective, a Corporate Plan priority ('Priority 2: Supporting people to
live healthy, independent lives in safe and thriving communities'). A row of text alone that
long (over ``LONGEST`` characters), or ending with a full stop, is otherwise a note typed
between the indicators ('Note: figures for Q3 are provisional because …', a commentary row).
It is read as a section heading only where the sheet shows it is one of the table's section
rows, those read as headings for being short:

- it is styled like them: its text in the same column under the same fill, carried (or the
  cell merged) as far across the table, where that fill is the section rows' own — no other
  row of the table carries it in that column; or
- it begins the way they do: the same words, then a number of its own before a colon, dash,
  bracket or full stop ('Domain 4:' beside 'Domain 3:', 'Priority 2 –' beside 'Priority 1 –',
  'Objective C2.' beside 'Objective C1.').

Where every section row of a table is long, two of them beginning the same way with numbers
of their own and styled alike vouch for each other. A row beginning as a note does ('Note',
'Source', '*') is a note whatever it looks like, and a long row with none of this evidence
stays a note. A merge across the table is not evidence on its own: notes and commentary are
merged across the table the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import Sheet

LONGEST = 80  # characters: a section row longer than this needs the sheet's word for it

# 'Domain 4:', 'Priority 2 –', 'Well-being Objective 3.', 'Objective C1:', 'Section B –',
# 'Part II)': up to three words, a number (a letter, a roman numeral, '2.1', 'C1'), a mark
_LEAD = re.compile(
    r"^\s*(?P<words>[^\W\d_][^\s\d]*(?:\s+[^\W\d_][^\s\d]*){0,2}?)\s+"
    r"(?P<number>[A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?|[IVXivx]{1,5}|[A-Za-z])"
    r"\s*[:.)\-–—](?:\s|$)"
)


def needs_evidence(text: str) -> bool:
    """The section row's text reads like a note's: longer than a heading, or a sentence."""
    return len(text) > LONGEST or text.endswith(".")


def lead(text: str) -> tuple[str, str] | None:
    """('domain', '4') for 'Domain 4: Safeguarding adults …'; None where no number leads."""
    found = _LEAD.match(text)
    if found is None:
        return None
    return vocabulary.normalise(found["words"]), found["number"].lower()


@dataclass(frozen=True, slots=True)
class _Look:
    """How a row's text cell is styled: its column, its fill, and how far across it reaches
    (``None``: to the table's last column)."""

    column: int
    fill: str | None
    reach: int | None


@dataclass(frozen=True, slots=True)
class _Candidate:
    index: int
    text: str
    look: _Look
    lead: tuple[str, str] | None


class LongSections:
    """Which of a table's long section-like rows its other section rows vouch for."""

    def __init__(
        self,
        sheet: Sheet,
        last_column: int,
        rows: list[tuple[int, int, str]],
        others: list[int],
    ) -> None:
        """``rows``: (row, column of its first cell, text) of each row of text alone that
        is placed as a section row is; ``others``: the table's other rows holding anything."""
        self.sheet = sheet
        self.last_column = last_column
        found = [
            _Candidate(index, text, self._look(index, column), lead(text))
            for index, column, text in rows
            if not text.lower().startswith(vocabulary.FOOTNOTE_STARTS)
        ]
        self.headings = [c for c in found if not needs_evidence(c.text)]
        self.long = {c.index: c for c in found if needs_evidence(c.text)}
        # the fills a row other than a section-like one carries, by column
        self.other_fills: set[tuple[int, str]] = set()
        columns = {c.look.column for c in found}
        for index in others:
            for column in columns:
                fill = self._fill(index, column)
                if fill is not None:
                    self.other_fills.add((column, fill))

    def why(self, index: int) -> str | None:
        """Why the long section-like row ``index`` is a section heading; None: a note."""
        row = self.long.get(index)
        if row is None:
            return None
        if any(self._styled_alike(row, h) for h in self.headings):
            return "styled like the table's other section rows"
        if any(_numbered_alike(row, h) for h in self.headings):
            return "numbered like the table's other section rows"
        if any(
            other is not row and _numbered_alike(row, other) and self._styled_alike(row, other)
            for other in self.long.values()
        ):
            return "numbered and styled like another section row"
        return None

    def _styled_alike(self, row: _Candidate, other: _Candidate) -> bool:
        look = row.look
        return (
            look == other.look
            and look.fill is not None
            and (look.column, look.fill) not in self.other_fills
        )

    def _fill(self, index: int, column: int) -> str | None:
        style = self.sheet.styles.get((index, column))
        return style.fill if style is not None else None

    def _look(self, index: int, column: int) -> _Look:
        """The text cell's fill and how far right the fill runs, or its merge reaches."""
        fill = self._fill(index, column)
        reach = column
        if fill is not None:
            while reach < self.last_column and self._fill(index, reach + 1) == fill:
                reach += 1
        for top, left, bottom, right in self.sheet.merged:
            if left == column and top <= index <= bottom:
                reach = max(reach, right)
        return _Look(column, fill, None if reach >= self.last_column else reach)


def _numbered_alike(row: _Candidate, other: _Candidate) -> bool:
    """Both begin with the same words and a number, numbers of their own: 'Domain 4:' and
    'Domain 3:'."""
    return (
        row.lead is not None
        and other.lead is not None
        and row.lead[0] == other.lead[0]
        and row.lead[1] != other.lead[1]
        and row.look.column == other.look.column
    )
