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

A note saying instead that the rows it marks are reported late ('* Reported one month in
arrears', '† Data relates to the previous quarter', '¹ With a one-month lag', '² Figures are
in arrears': one of the columns' own periods) moves each of their figures that far back
from its heading's period: 'This month' (August 2024) is July 2024 for such a row. A lag
that does not fit the columns (a month in arrears under quarters, a quarter under months),
or two lags in one note, leaves the row's figures asked about at their cells: never dated
by the headings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
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


def led_by_mark(text: str) -> bool:
    """A line or sentence starting with a footnote mark ('\u2020 Reported one month in
    arrears', '* Provisional'): the key to rows carrying that mark."""
    return _AT_START.match(text) is not None


UNCLEAR = "unclear"  # a note saying the rows are late, but not by how much that fits


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
        self.lags: dict[str, tuple[int, str | None] | str | None] = {}
        self.dated = [c for c in header.columns if c.field == "actual"]
        self.mark = ""  # the mark of the last name read, and its note
        self.note = ""

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

    def periods(self, name: CellValue, fallback: Period | None = None) -> dict[int, Period | None]:
        """{column: period} the footnote marked at the end of ``name`` gives, or {}; a
        column's None: the note says the row is late by a lag that does not fit it."""
        if not self.dated or not isinstance(name, str):
            return {}
        found = _AT_END.search(name.strip())
        if found is None or found["mark"] not in self.notes:
            return {}
        mark = found["mark"]
        self.mark, self.note = mark, self.notes[mark]
        if mark not in self.said:
            self.said[mark] = self._read(self.notes[mark]) if self.words else {}
        named: dict[int, Period | None] = dict(self.said[mark])
        if mark not in self.lags:
            self.lags[mark] = lag_of(self.notes[mark])
        lag = self.lags[mark]
        if lag is None:
            return named
        for column in self.dated:  # the columns the note does not name: moved by its lag
            period = column.period or fallback
            if period is not None and column.index not in named:
                named[column.index] = None if isinstance(lag, str) else earlier(period, *lag)
        return named

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


def lag_of(note: str) -> tuple[int, str | None] | str | None:
    """How far back a footnote says the rows it marks are reported: (steps, unit: 'month',
    'quarter', 'year' or None for one of the columns' own periods); ``UNCLEAR`` where it says
    two things; None where it says nothing of the kind."""
    flat = " ".join(note.split())
    if vocabulary.NOTE_ARREARS_REPORTING.search(flat) is None:
        return None
    said: set[tuple[int, str | None]] = set()
    for found in vocabulary.NOTE_IN_ARREARS.finditer(flat):
        count = found["count"] or found["count2"]
        unit = found["unit"] or found["unit2"] or found["previous"]
        steps = vocabulary.LAG_COUNT_WORDS.get(count.lower(), 0) if count else 1
        if count and not steps:
            steps = int(count)
        word = unit.lower().split()[-1] if unit else None
        said.add((steps, None if word in (None, "period") else word))
    if not said:
        return None
    return said.pop() if len(said) == 1 else UNCLEAR


def earlier(period: Period, steps: int, unit: str | None) -> Period | None:
    """The period ``steps`` of ``unit`` (None: of the period's own kind) before ``period``;
    None where the lag does not fit it (a month back from a quarter)."""
    own = {"month": "month", "quarter": "quarter", "financial_year": "year",
           "calendar_year": "year", "academic_year": "year"}.get(period.kind)  # fmt: skip
    if own is None:
        return None
    return period_spans.in_arrears(period, steps, unit or own)
