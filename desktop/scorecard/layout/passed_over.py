"""A rating with no period of its own goes with its row's latest figure read. Where a column
of a later period than that figure (or an undated one standing between that figure and the
rating) holds a figure nothing read, the rating is most likely that figure's: putting it on
the older period would make the file silently wrong, so the row is held for review at the
rating's cell instead."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.layout.rows import at
from desktop.scorecard.model import ParsedObservation
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

KIND = "rating beside a figure not read"


def unread_rated(
    columns: Sequence[Column],
    row: list[CellValue],
    latest: ParsedObservation,
    rating: Column,
    read: Collection[int],
) -> Column | None:
    """The first column whose figure in ``row`` the rating may judge instead of ``latest``:
    a figure left unread (its heading read as no field, or as a column of periods, or a
    figure column whose cell gave no observation) dated later than ``latest``, or undated
    but naming a time ('YTD (Q2)') and standing between ``latest``'s column and the
    rating's (an unread 'Green threshold' there is no figure a rating judges), or whose
    period a rule withheld (a four-week 'Period 7', a week) standing there."""
    own = from_a1(latest.cell)[1] if latest.cell else rating.index
    low, high = sorted((own, rating.index))
    for column in columns:
        if column.index in (own, rating.index) or not cells.is_figure(at(row, column.index)):
            continue
        if column.doubt and column.field == "ignore" and low < column.index < high:
            return column  # 'Period 7' (four weeks): its period withheld, asked about already
        unread = column.field in (None, "period") or (
            column.field == "actual" and column.index not in read
        )
        if not unread:
            continue
        if column.period is not None and column.period.end > latest.period.end:
            return column
        if column.period is None and low < column.index < high and _names_a_time(column):
            return column  # 'YTD (Q2)' unread between the figure and its rating
    return None


def _names_a_time(column: Column) -> bool:
    """An undated heading that still names a period or the year to date."""
    heading = column.header
    return cells.period_in_text(heading) is not None or periods.is_year_to_date(heading)


def hold(
    notes: Notes, sheet: str, index: int, rating: Column, said: CellValue, passed: Column
) -> None:
    """Ask about a rating that would land on an older figure than one left unread."""
    notes.doubt(
        sheet,
        index,
        rating.index,
        f"the rating '{text_of(said)}' would go on the row's latest figure read, but column "
        f"'{passed.header}' holds a later figure that could not be read — the rating may be "
        "that figure's; name the column's period in its heading or map it with a saved profile",
        kind=KIND,
    )
