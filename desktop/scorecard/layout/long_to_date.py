"""A long table (one row per indicator and period) with two figures on each row: one for the
row's period alone and one counted from April ('In quarter' | 'Year to date', 'In month' |
'Cumulative', 'Actual' | 'YTD').

The first is the row's period's figure; the second covers April to the end of the row's
period (at Q2 the half year, at December April to December), never the row's period itself,
and is read as an observation of that span. A heading above the sheet that dates the figure
to date ('Exported on 21/01/2025') does not: each row's period does.

A target or a rating goes with the figure its heading names ('YTD target', 'Cumulative RAG';
'In quarter target'); an unmarked one goes with the same figure as the marked targets beside
it ('Status' beside a 'YTD target' rates the year to date). Where nothing says which figure an
unmarked target or rating goes with, its column is held for review, not guessed.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import relative
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_JUDGED = ("target", "rag")


def _counts_to_date(heading: str) -> bool:
    key = vocabulary.normalise(heading)
    return key in vocabulary.TO_DATE_SUBHEADINGS or key in vocabulary.YEAR_TO_DATE


def _for_own_period(column: Column) -> bool:
    """An undated figure column, or one only a title dated ('In quarter', 'This month')."""
    if column.field != "actual" or column.code:
        return False
    key = vocabulary.normalise(column.header)
    return (
        column.period is None
        or key in vocabulary.IN_PERIOD_SUBHEADINGS
        or relative.meaning(column.header) is not None
    )


_SAMPLE = 60  # data rows looked at to tell a column of figures from a column of periods


def _figures_under_period_heading(header: Header) -> None:
    """'Quarter' | 'Cumulative' beside a 'Period' column of 'Q1 2024/25' ...: a column headed
    like a period whose cells are figures, where the table's other period columns give each
    row a month or quarter by themselves, holds the period's own figure, not its name (a
    'Quarter' of 1 to 4 beside a 'Year' of 2024/25 names the quarter, and stays)."""
    periods = [c for c in header.columns if c.field == "period" and c.period is None]
    if len(periods) < 2:
        return
    rows = header.sheet.rows[header.first_data : header.first_data + _SAMPLE]
    figured = [c for c in periods if _all_figures(rows, c.index)]
    if len(figured) != 1:
        return
    others = [c for c in periods if c is not figured[0]]
    placed = 0
    for row in rows:
        if cells.is_blank(_at(row, figured[0].index)):
            continue
        said = [cells.period(_at(row, c.index)) for c in others]
        found = [p for p in said if p is not None]
        if len(found) != 1 or found[0].kind not in ("quarter", "month"):
            return
        placed += 1
    if placed:
        figured[0].take("actual")
        figured[0].why = "its cells: figures, beside a column giving each row's period"


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def _all_figures(rows: list[list[CellValue]], index: int) -> bool:
    """Every cell a figure or words ('Not available'), none a period, and some figure."""
    figures = 0
    for row in rows:
        value = _at(row, index)
        if cells.is_blank(value):
            continue
        if cells.is_figure(value):
            figures += 1
        elif cells.period(value) is not None:
            return False
    return figures > 0


def side(heading: str) -> str:
    """Which figure a target's or rating's heading names: 'to_date', 'own' or '' (neither)."""
    if vocabulary.LONG_TO_DATE_MARK.search(heading):
        return "to_date"
    if vocabulary.LONG_IN_PERIOD_MARK.search(heading):
        return "own"
    return ""


def settle(header: Header, notes: Notes) -> None:
    """Mark the figure to date of a long table, and the targets and ratings that go with it
    (``Column.to_date``); hold for review a target or rating that may go with either."""
    if not any(c.field == "period" and c.period is None for c in header.columns):
        return
    to_date = [
        c
        for c in header.columns
        if c.field in (None, "actual") and not c.code and _counts_to_date(c.header)
    ]
    if len(to_date) != 1:
        return
    figure = to_date[0]
    _figures_under_period_heading(header)
    own = [c for c in header.columns if c is not figure and _for_own_period(c)]
    if len(own) > 1:
        return
    figure.take("actual")
    figure.period, figure.unanchored, figure.doubt, figure.to_date = None, False, "", True
    figure.why = "its heading: the figure to date, from April to the end of each row's period"
    if not own:
        for column in header.columns:
            column.to_date = column.to_date or column.field in _JUDGED
        return
    mine = own[0]
    mine.period, mine.unanchored, mine.doubt = None, False, ""
    mine.why = "its heading: the figure for each row's period alone, beside the figure to date"
    judged = [c for c in header.columns if c.field in _JUDGED]
    marked = {side(c.header) for c in judged if c.field == "target"} - {""}
    for column in judged:
        said = side(column.header) or (next(iter(marked)) if len(marked) == 1 else "")
        if said:
            column.to_date = said == "to_date"
            continue
        column.field = "ignore"
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"'{column.header}' may go with the figure under '{mine.header}' or with the one "
            f"to date under '{figure.header}' — nothing says which; name it in the heading "
            f"(e.g. 'YTD {column.header.lower()}'), or map the column",
            kind="target of which figure",
        )
