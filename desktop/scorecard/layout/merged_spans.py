"""One figure typed in a cell merged across several period columns: the whole span's figure.

A quarterly table that also carries measures collected once a year gives each such measure a
single figure, typed in a cell merged across the year's four quarter columns (or its two
halves, or its twelve months) to show it belongs to no one quarter. The figure sits in the
first cell of the merge, under Q1, but it is the figure for the span the merged columns cover
together: the year (or the half, the quarter of three months). A merge across columns that
together make no such period (Q1 to Q3, or two years) says nothing a reader can be sure of:
the reading is held for review at that cell.

Where the row's 'Frequency' cell says how often it is reported, the span must agree with it:
a half-yearly row's figure merged across Q1 and Q2 is the first half's, an annual row's
merged across the four quarters the year's; a quarterly row's figure merged across a half is
asked about.

Words merged across period columns ('Awaited', 'Not collected this year', 'Annual measure –
reported at Q4') are read in one of two ways. In a row reported at such spans (its frequency
says so, or its figures are merged across the same kind of span: H1's figure merged over Q1
and Q2 beside 'Awaited' merged over Q3 and Q4) the words are the span's, like a figure. In
any other row they stand for what each covered column holds: the quarters the measure was
not reported in each hold the note as their text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.parse.period_spans import month_range
from desktop.scorecard.read.grid import CellValue

# a span the merged columns may make up, by kind (a half-year is a 'range' of six months)
_WHOLE = frozenset({"quarter", "financial_year", "academic_year", "calendar_year"})


@dataclass(frozen=True, slots=True)
class Span:
    """A data cell merged across period columns: the period it is read at (None: no period
    the columns make up together), and the columns it covers."""

    period: Period | None
    columns: tuple[Column, ...]


def spans(header: Header) -> dict[int, dict[int, Span]]:
    """Sheet row -> column of each data cell in it merged across two or more dated figure
    columns -> what the merge covers (by row, so reading a row looks at its own merges only)."""
    dated = {c.index: c for c in header.columns if c.field == "actual" and c.period is not None}
    if len(dated) < 2 or not header.sheet.merged:
        return {}
    found: dict[int, dict[int, Span]] = {}
    for first_row, first_col, last_row, last_col in header.sheet.merged:
        if last_row < header.first_data or last_col == first_col or first_col not in dated:
            continue
        covered = tuple(dated[i] for i in range(first_col, last_col + 1) if i in dated)
        if len(covered) < 2:
            continue
        span = Span(_joined([c.period for c in covered if c.period is not None]), covered)
        for row in range(max(first_row, header.first_data), last_row + 1):
            found.setdefault(row, {})[first_col] = span
    return found


@dataclass(frozen=True, slots=True)
class RowSpans:
    """How a row's merged cells read: ``periods`` gives each cell heading a merge read at its
    span the span's period (None: the merge makes up no one period, asked about); ``row`` is
    the row with words that stand for each covered column written into each of them."""

    periods: dict[int, Period | None]
    row: list[CellValue]


def how_often(period: Period) -> str | None:
    """The reporting frequency a period is one of (month, quarter, half, year), as a row's
    'Frequency' cell would say it; None for any other span."""
    if period.kind in ("month", "quarter"):
        return period.kind
    if period.kind in _WHOLE:
        return "year"
    return "half" if period.label.startswith("H") else None


def read_row(
    found: dict[int, dict[int, Span]], index: int, row: list[CellValue], kind: str | None
) -> RowSpans:
    """How the merged cells of sheet row ``index`` read; ``kind``: how often the row's
    frequency cell says it is reported (None: not said)."""
    heads = found.get(index, {})
    if not heads:
        return RowSpans({}, row)
    figured = {
        how_often(span.period)
        for col, span in heads.items()
        if span.period is not None and cells.is_figure(_at(row, col))
    }
    periods: dict[int, Period | None] = {}
    spread = list(row)
    for col, span in heads.items():
        value = _at(row, col)
        if cells.is_blank(value):
            continue
        if cells.is_figure(value):
            periods[col] = span.period
            continue
        often = how_often(span.period) if span.period is not None else None
        if often is not None and (often == kind if kind is not None else often in figured):
            periods[col] = span.period  # 'Awaited' over Q3-Q4 of a half-yearly row: H2's
            continue
        for column in span.columns[1:]:  # a note over quarters not reported: each one's
            if column.index < len(spread) and cells.is_blank(spread[column.index]):
                spread[column.index] = value
    return RowSpans(periods, spread)


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def _joined(periods: list[Period]) -> Period | None:
    """The one period the given periods make up end to end (Q1..Q4 -> the year, H1 and H2 ->
    the year, three months -> their quarter), or None when they overlap, leave a gap or make
    up no whole quarter, half or year."""
    ordered = sorted(periods, key=lambda p: (p.start, -p.end.toordinal()))
    if all(ordered[0].end >= p.end for p in ordered):  # the year's own column merged in too
        return ordered[0]
    for before, after in pairwise(ordered):
        if after.start != before.end + dt.timedelta(days=1):
            return None
    start, end = ordered[0].start, ordered[-1].end
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return None
    whole = month_range(start.year, start.month, end.year, end.month)
    if whole is not None and (whole.kind in _WHOLE or whole.label.startswith("H")):
        return whole
    return None


def doubt(notes: Notes, sheet: str, row: int, span: Span) -> None:
    """A figure merged across columns that make up no one period: ask which it is."""
    first, last = span.columns[0], span.columns[-1]
    notes.doubt(
        sheet,
        row,
        first.index,
        f"one figure is merged across '{first.header}' to '{last.header}', which make up no "
        "one quarter, half or year — type it under the period it belongs to, or map the column",
        kind="figure merged across periods",
    )
