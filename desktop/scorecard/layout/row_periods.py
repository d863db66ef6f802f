"""A column of bare quarters (or months) beside figure columns headed by years: each figure is
the row's quarter within its column's year.

A scorecard that sets each quarter beside the same quarter of the years before gives each
indicator a block of rows, one a quarter, with the quarter written bare in a column of its own
('Quarter': 'Q1' … 'Q4') and the years across ('2022/23' | '2023/24' | '2024/25'). Neither
the row nor the column names the period alone: a careful reader takes the cell under
'2023/24' on the 'Q2' row as Q2 2023/24. The table is read as a wide one, each figure column's
year narrowed on each row to the row's quarter (or month) of it; a target or rating headed by
a year ('Target 2024/25') then goes with the row's period of that year, and one headed by no
period with the row's latest figure, as in any wide table.

The column is taken so only where every figure column is headed by a year alone and most of
its cells are quarters or months that no year of their own dates. A row's period that its
column's year does not place (a quarter under a calendar year, which may start in January
or April; words that are no period), or a blank one beside figures, is asked about at the
row's period cell and the row's figures are not read.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

SAMPLE_ROWS = 200  # rows the column's cells are judged by
_YEARS = ("financial_year", "academic_year", "calendar_year")


def column(header: Header) -> Column | None:
    """The one column of each row's period whose cells are quarters or months the years
    heading the figure columns place; None where the table has no such column."""
    found = [c for c in header.of("period") if c.period is None]
    years = _year_columns(header)
    if len(found) != 1 or not years:
        return None
    assert years[0].period is not None
    return found[0] if _mostly_parts(header, found[0], years[0].period) else None


class RowPeriods:
    """The column of each row's quarter (or month), and the periods it gives a row's cells."""

    def __init__(self, part: Column, notes: Notes, sheet: str) -> None:
        self.column = part
        self.notes = notes
        self.sheet = sheet
        part.field = "ignore"
        part.why = "the quarter (or month) of each row, within the year heading each figure column"

    @classmethod
    def find(cls, header: Header, notes: Notes) -> RowPeriods | None:
        found = column(header)
        return cls(found, notes, header.sheet.name) if found is not None else None

    def periods(
        self, index: int, row: list[CellValue], columns: list[Column]
    ) -> dict[int, Period | None]:
        """The period each figure cell of the row is read for: its column's year narrowed to
        the row's quarter or month (None: asked about, not read)."""
        filled = [
            c
            for c in columns
            if c.period is not None
            and c.period.kind in _YEARS
            and not cells.is_blank(_cell(row, c.index))
        ]
        if not filled:
            return {}
        said = _cell(row, self.column.index)
        placed: dict[int, Period | None] = {}
        for figure in filled:
            assert figure.period is not None
            period = _within(figure.period, said)
            if period is None:
                return self._doubt(index, filled, figure, said)
            placed[figure.index] = period
        return placed

    def _doubt(
        self, index: int, filled: list[Column], figure: Column, said: CellValue
    ) -> dict[int, Period | None]:
        assert figure.period is not None
        written = f"period '{text_of(said)}'" if not cells.is_blank(said) else "no period"
        self.notes.doubt(
            self.sheet,
            index,
            self.column.index,
            f"the row gives {written} in '{self.column.header}' to place in the year "
            f"{figure.period.label} heading '{figure.header}' — its figures land in no "
            "period; write the quarter as 'Q1' under a financial year ('2024/25'), or the "
            "period in full",
            kind="row period not within its column's year",
        )
        return {c.index: None for c in filled}


def heading_year(header: Header) -> Period | None:
    """The year heading the first figure column, where every figure column is headed by a
    year alone; else None."""
    years = _year_columns(header)
    return years[0].period if years else None


def placed(year: Period, said: CellValue) -> bool:
    """A bare quarter or month (no year of its own) that ``year`` places."""
    return cells.period(said) is None and _within(year, said) is not None


def _year_columns(header: Header) -> list[Column]:
    """The figure columns, where every one is headed by a year alone; else none."""
    figures = header.of("actual")
    if not figures or any(
        c.period is None or c.period.kind not in _YEARS or c.to_date for c in figures
    ):
        return []
    return figures


def _within(year: Period, said: CellValue) -> Period | None:
    """The row's quarter or month of ``year``; None where the year does not place it (or the
    row names a period of its own outside it)."""
    if cells.is_blank(said) or not isinstance(said, str):
        return None
    found = periods.combine_period(year, said)
    if found is None or not (year.start <= found.start and found.end <= year.end):
        return None
    return found


def _mostly_parts(header: Header, part: Column, year: Period) -> bool:
    """Most of the column's cells are quarters or months with no year of their own that
    ``year`` places."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    filled = [v for v in (_cell(r, part.index) for r in rows) if not cells.is_blank(v)]
    bare = [
        v for v in filled if cells.period(v) is None and periods.combine_period(year, v) is not None
    ]
    return len(bare) >= 2 and 2 * len(bare) >= len(filled)


def _cell(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None
