"""A column naming the period of each row's latest figure: 'Latest data', 'Data period'.

A report whose providers send their figures late keeps each figure in the column of the
period it is for, so some rows stop a quarter or two short of the last column, and a column
of its own says which period each row's latest figure is for ('Latest data': 'Q2 2024/25',
'Q1 2024/25'). A single rating column rates that figure. Where a row's last filled cell
holds no figure ('n/a', 'TBC' in a later quarter) the rating goes on the period the column
names, not on the words after it. A bracket after the period saying what span its figure
covers ('Q2 2024/25 (Apr–Sep 2024)', counted from April; 'Q2 2024/25 (12 months to Sep
2024)', rolling) names the same figure, when the span ends where the period does.

A column is read so when its heading says it ('Latest data', 'Latest period', 'Period of
latest data'…) and most of its filled cells name one of the periods heading the table's
figure columns. On a rated row, a cell naming a period the row has no figure for, naming one
while the row has a figure for a later period, or not reading as a period, is asked about at
that cell, and the rating is put on no figure: which one it rates, the sheet does not say. A
row with no rating, or a blank cell, is read as without the column: its latest figure is the
last it gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedObservation, Period, Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

SCAN = 60  # data rows looked at to tell a column of latest periods
MOSTLY = 0.8  # share of its filled cells that must name one of the table's periods
HELD: Final = "held"  # a rated row whose latest period is asked about: its rating goes nowhere
KIND = "latest period"
# a column that may be one of latest periods, by what its heading was first read as
_TAKEN_AS: frozenset[Role | None] = frozenset({None, "actual", "period", "ignore", "commentary"})
_BRACKETED = re.compile(r"^(?P<period>[^()]+?)\s*\((?P<span>[^()]+)\)$")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Named:
    """What a cell of the column says: the period, and the span its figure covers where a
    bracket after it gives one ('(Apr–Sep 2024)')."""

    period: Period
    span: Period | None = None


def read_named(value: CellValue) -> Named | None:
    """The period a cell names ('Q1 2024/25', 'Q2 2024/25 (12 months to Sep 2024)'); None
    where it names none, or its bracket gives a span that does not end where the period does
    ('Q2 2024/25 (Apr–Jun 2024)')."""
    if not isinstance(value, str):
        return None  # a date is the day figures were taken, read elsewhere ('Data as at')
    text = text_of(value)
    whole = cells.period(text)
    if whole is not None:
        return Named(whole)
    found = _BRACKETED.match(text)
    if found is None:
        return None
    period = cells.period(found["period"])
    if period is None:
        return None
    aside = found["span"]
    # '(Apr–Sep)', '(12 months to Sep)': months in the year the period ends in
    span = cells.period(aside) or cells.period(f"{aside} {period.end.year}")
    if span is None:  # '(provisional)': words about the figure, not its period
        words = _WORD.findall(aside.lower())
        months = [vocabulary.MONTHS[w] for w in words if w in vocabulary.MONTHS]
        if any(ch.isdigit() for ch in aside) or (months and months[-1] != period.end.month):
            return None  # a span that does not read, or runs to another month
        return Named(period)
    if span.end != period.end or span.start > period.start:
        return None
    return Named(period, span)


def settle(header: Header) -> None:
    """Take the table's one column of latest periods, beside columns of figures dated by
    their headings: read for no figure of its own, and named on the header."""
    found = [c for c in header.columns if _names_latest(header, c)]
    if len(found) != 1:
        return
    column = found[0]
    column.take("ignore")
    column.period = None
    column.unanchored = False
    column.doubt = ""
    column.why = "its cells: the period of each row's latest figure, the one its rating rates"
    header.unplaced = [c for c in header.unplaced if c is not column]
    header.latest_named = column.index


def _names_latest(header: Header, column: Column) -> bool:
    if column.field not in _TAKEN_AS or column.why == "the saved mapping":
        return False
    if vocabulary.normalise(column.header) not in vocabulary.LATEST_PERIOD_HEADINGS:
        return False
    dated = {
        c.period
        for c in header.columns
        if c is not column and c.field == "actual" and c.period is not None
    }
    if len(dated) < 2:
        return False  # no periods across for it to choose among
    named = others = 0
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value) or vocabulary.normalise(value) in cells.MISSING_MARKERS:
            continue
        said = read_named(value)
        if said is not None and said.period in dated:
            named += 1
        else:
            others += 1
    return named >= 2 and named >= MOSTLY * (named + others)


class RowLatest:
    """The column of latest periods, and the figure of a row it names."""

    def __init__(self, column: Column, notes: Notes, sheet: str) -> None:
        self.column = column
        self.notes = notes
        self.sheet = sheet

    @classmethod
    def find(cls, header: Header, notes: Notes) -> RowLatest | None:
        """The table's column of latest periods, if ``settle`` took one."""
        column = next((c for c in header.columns if c.index == header.latest_named), None)
        return cls(column, notes, header.sheet.name) if column is not None else None

    def pick(
        self,
        index: int,
        row: list[CellValue],
        found: Sequence[tuple[ParsedObservation, Period]],
        rated: bool,
    ) -> ParsedObservation | Literal["held"] | None:
        """The row's observation its cell names, of (observation, the period heading its
        column) pairs; None where the cell says nothing (the last figure stands), HELD where a
        rated row's cell cannot be followed (asked about at the cell)."""
        said = row[self.column.index] if self.column.index < len(row) else None
        if cells.is_blank(said) or vocabulary.normalise(said) in cells.MISSING_MARKERS:
            return None
        named = read_named(said)
        if named is None:
            return self._held(index, said, "does not read as one period", rated)
        label = named.period.label
        matches = [
            (o, heading)
            for o, heading in found
            if named.period in (heading, o.period) or (named.span and o.period == named.span)
        ]
        matches.sort(key=lambda m: m[1] != named.period)  # the column headed by it first
        figures = [m for m in matches if m[0].actual is not None]
        if not figures:
            words = next((m[0].actual_text for m in matches if m[0].actual_text), None)
            why = (
                f"names {label}, whose cell holds '{words}', no figure"
                if words
                else f"names {label}, a period the row gives no figure for"
            )
            return self._held(index, said, why, rated)
        chosen, heading = figures[0]
        later = sorted(
            (h for o, h in found if o.actual is not None and h.start > heading.end),
            key=lambda h: h.start,
        )
        if later:
            why = f"names {label}, but the row gives a figure for {later[0].label} after it"
            return self._held(index, said, why, rated)
        return chosen

    def _held(self, index: int, said: CellValue, why: str, rated: bool) -> Literal["held"] | None:
        if not rated:
            return None  # nothing on the row is placed by it
        self.notes.doubt(
            self.sheet,
            index,
            self.column.index,
            f"'{text_of(said)}' under '{self.column.header}' {why} — which figure the row's "
            "rating rates, the sheet does not say: write the period of the row's latest "
            "figure, or import with --accept to leave the rating out",
            kind=KIND,
        )
        return HELD
