"""A column saying how far behind each row's figures are: 'Reporting lag', 'Data lag'.

A quarterly report heads its columns by the quarter in which figures were reported, and says
in a column of its own how far each row's figures lag that quarter: 'Current quarter' (the
quarter shown), 'One quarter in arrears' (the quarter before it: the Quarter 2 column holds
April to June), 'Two quarters behind', 'Lag of 1 month' over a grid of months. Each figure
is read for its column's period moved back by the lag. An annual row names its year instead
('Annual – 2023/24', 'Annual – 2023/24 academic year', 'Annual – calendar year 2023'): its
one figure is that year's, in whichever column it was reported. A lag that cannot be turned
into a period of the grid ('Two months in arrears' over quarters: a month's snapshot, or
three months to it?), or words that are no lag, are asked about at the lag cell and the
row's figures are not read.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue

SAMPLE_ROWS = 200  # rows a lag column's words are judged by
_GRID_KINDS = ("month", "quarter")


@dataclass(frozen=True, slots=True)
class Lag:
    """What a lag cell says: ``count`` ``unit``s behind its column (0: the column's own
    period), or the one ``year`` its figure is for."""

    count: int = 0
    unit: str = "month"
    year: Period | None = None


def read_lag(text: str) -> Lag | None:
    """What one lag cell says ('One quarter in arrears', 'Current quarter', 'Annual –
    2023/24'); None where it is not understood."""
    words = vocabulary.normalise(text)
    if not words:
        return None
    if words in vocabulary.LAG_NONE_WORDS:
        return Lag()
    annual = vocabulary.LAG_ANNUAL.match(text.strip().lower())
    if annual is not None:
        year = cells.period(annual.group("year").strip(" ()"))
        kinds = ("financial_year", "academic_year", "calendar_year")
        return Lag(year=year) if year is not None and year.kind in kinds else None
    said = vocabulary.LAG_BEHIND.fullmatch(words)
    if said is None:
        return None
    count = said.group("count") or said.group("count2") or "one"
    unit = vocabulary.LAG_UNITS[said.group("unit") or said.group("unit2") or said.group("unit3")]
    number = vocabulary.LAG_COUNT_WORDS.get(count) or (int(count) if count.isdecimal() else 0)
    return Lag(number, unit) if 1 <= number <= 24 else None


class RowLags:
    """The lag column of a table of month or quarter columns, and the periods it gives a
    row's cells."""

    def __init__(self, column: Column, notes: Notes, sheet: str) -> None:
        self.column = column
        self.notes = notes
        self.sheet = sheet
        column.field = "ignore"
        column.why = "how far each row's figures lag their column's period: the period of each"

    @classmethod
    def find(cls, header: Header, notes: Notes) -> RowLags | None:
        """The table's one lag column, beside month or quarter columns; None where it has none
        (or its cells are mostly not lags)."""
        if not any(
            c.field == "actual" and c.period is not None and c.period.kind in _GRID_KINDS
            for c in header.columns
        ):
            return None
        found = [
            c
            for c in header.columns
            if c.field in (None, "ignore", "commentary")
            and c.period is None
            and vocabulary.normalise(c.header) in vocabulary.LAG_HEADINGS
            and _mostly_lags(header, c)
        ]
        return cls(found[0], notes, header.sheet.name) if len(found) == 1 else None

    def periods(
        self, index: int, row: list[CellValue], columns: list[Column]
    ) -> dict[int, Period | None]:
        """The period each dated cell of the row is read for, where the row's lag moves it
        (None: asked about, not read); a column not given keeps its own."""
        said = _cell(row, self.column.index)
        dated = [
            c
            for c in columns
            if c.period is not None
            and c.period.kind in _GRID_KINDS
            and not cells.is_blank(_cell(row, c.index))
        ]
        if cells.is_blank(said) or not dated:
            return {}
        lag = read_lag(text_of(said))
        if lag is None:
            return self._doubt(
                index,
                dated,
                f"the reporting lag '{text_of(said)}' is not known: which period the row's "
                "figures are for, the sheet does not say — write 'Current quarter', 'One "
                "quarter in arrears' or 'Annual – 2023/24'",
            )
        if lag.year is not None:
            figures = [c for c in dated if cells.is_figure(_cell(row, c.index))]
            if len(figures) > 1:
                return self._doubt(
                    index,
                    dated,
                    f"the reporting lag '{text_of(said)}' gives the row one year, but it has "
                    f"{len(figures)} figures — which is the year's, the sheet does not say",
                )
            # the year's figure; words beside it ('n/a' in another quarter) are not the year's
            chosen = figures[0] if figures else dated[-1]
            return {c.index: (lag.year if c is chosen else None) for c in dated}
        if lag.count == 0:
            return {}
        moved: dict[int, Period | None] = {}
        for column in dated:
            assert column.period is not None
            placed = period_spans.in_arrears(column.period, lag.count, lag.unit)
            if placed is None:
                return self._doubt(
                    index,
                    dated,
                    f"the reporting lag '{text_of(said)}' does not make a "
                    f"{column.period.kind} of {column.period.label}: whether the figure is a "
                    "snapshot at that point or the period to it, the sheet does not say — "
                    "write the period the figures cover",
                )
            moved[column.index] = placed
        return moved

    def _doubt(self, index: int, dated: list[Column], why: str) -> dict[int, Period | None]:
        self.notes.doubt(self.sheet, index, self.column.index, why, kind="reporting lag")
        return {c.index: None for c in dated}


def _cell(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None


def _mostly_lags(header: Header, column: Column) -> bool:
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    filled = [text_of(v) for v in (_cell(r, column.index) for r in rows) if not cells.is_blank(v)]
    known = [t for t in filled if read_lag(t) is not None]
    return len(known) >= 2 and 2 * len(known) >= len(filled)
