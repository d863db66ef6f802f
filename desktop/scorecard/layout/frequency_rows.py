"""A 'Frequency' column beside a grid of months: which rows' figures are quarters' or years'.

A council keeping one grid for the year, a column per month, writes how often each measure
is reported in a column of its own ('Frequency', 'Freq', 'How often': 'Monthly', 'Quarterly',
'Annual', or 'M', 'Q', 'H', 'A'). That column is no figure and no period: it says what each
row's figures cover. A monthly row's figure is its month's. A quarterly row's figure in a
quarter's last month (Jun, Sep, Dec, Mar) is that quarter's, and a half-yearly row's in Sep or
Mar that half's; one in another month is asked about. An annual row's figure is the year's
(the financial year where the months run from April, the calendar year from January, the
academic year from September), in whichever month it was entered. A school measure's annual
figure ('Key Stage 2', 'pupils') in a grid of financial or calendar months is asked about:
results are for an academic year, and which one the month it was entered in does not say.

Words in a row's months ('tbc', 'n/a') move to the quarter or year only from the month that
ends it; elsewhere they stay the month's, as what the cell said.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue

MIN_MONTHS = 2  # month columns a grid needs before a row's frequency moves its figures

FINANCIAL, CALENDAR, ACADEMIC = 4, 1, 9  # the month each kind of year starts in
_HOW_OFTEN = {"month": "monthly", "quarter": "quarterly", "half": "half-yearly", "year": "annual"}


class RowFrequencies:
    """The frequency column of a table of month columns, and the periods it gives a row's
    cells."""

    def __init__(self, column: Column, months: list[Column], notes: Notes, sheet: str) -> None:
        self.column = column
        self.notes = notes
        self.sheet = sheet
        self.year = _year_start([c.period for c in months if c.period is not None])
        column.why = "how often each row is reported: what its figures in the months cover"

    @classmethod
    def find(cls, header: Header, notes: Notes) -> RowFrequencies | None:
        """The table's frequency column, where its periods are months; None otherwise."""
        months = [
            c
            for c in header.columns
            if c.field == "actual" and c.period is not None and c.period.kind == "month"
        ]
        if len(months) < MIN_MONTHS:
            return None
        found = [
            c
            for c in header.columns
            if c.field in (None, "ignore")
            and c.period is None
            and vocabulary.normalise(c.header) in vocabulary.FREQUENCY_HEADINGS
        ]
        if len(found) != 1:
            return None
        return cls(found[0], months, notes, header.sheet.name)

    def periods(
        self, index: int, row: list[CellValue], columns: list[Column], name: str
    ) -> dict[int, Period | None]:
        """The period each month cell of the row is read for, where its frequency moves it
        (None: asked about, not read); a column not given keeps its own period."""
        said = _cell(row, self.column.index)
        if cells.is_blank(said):
            return {}
        kind = vocabulary.FREQUENCY_WORDS.get(vocabulary.normalise(text_of(said)))
        months = [
            (column, column.period, _cell(row, column.index))
            for column in columns
            if column.period is not None and column.period.kind == "month"
        ]
        if kind is None and any(cells.is_figure(value) for _, _, value in months):
            self._doubt(
                index,
                self.column.index,
                f"how often '{text_of(said)}' is, is not known: whether the row's figures are "
                "their months' or a longer period's, the sheet does not say — write Monthly, "
                "Quarterly or Annual",
                "frequency not understood",
            )
        if kind is None or kind == "month":
            return {}
        moved: dict[int, Period | None] = {}
        taken: dict[str, int] = {}
        for column, period, value in months:
            if cells.is_blank(value):
                continue
            figure = cells.is_figure(value)
            placed, why = self._placed(kind, period, name, figure)
            if placed is None and why:
                self._doubt(index, column.index, why, f"{kind} figure in a month")
                moved[column.index] = None
                continue
            if placed is None:
                continue  # a word in a month that ends no period of the row's: the month's
            if placed.label in taken:
                self._doubt(
                    index,
                    column.index,
                    f"a second entry for {placed.label} among the months of this "
                    f"{_HOW_OFTEN[kind]} measure (the first in "
                    f"{a_month(columns, taken[placed.label])}) — keep one",
                    "two entries for one period",
                )
                moved[column.index] = None
                continue
            taken[placed.label] = column.index
            moved[column.index] = placed
        return moved

    def _placed(
        self, kind: str, month: Period, name: str, figure: bool
    ) -> tuple[Period | None, str]:
        """The period a row of ``kind`` gives its cell in ``month``, or None with why it is
        asked about (no why: a word left as the month's)."""
        ends = month.end.month
        if kind in ("quarter", "half"):
            last = (3, 6, 9, 12) if kind == "quarter" else (3, 9)
            if ends in last:
                fy = month.start.year if month.start.month >= 4 else month.start.year - 1
                if kind == "quarter":
                    return cells.quarter_of_date(month.end), ""
                return period_spans.half_year(fy, 1 if ends == 9 else 2), ""
            if not figure:
                return None, ""
            return None, (
                f"a {_HOW_OFTEN[kind]} measure's figure in {month.label}, which ends no {kind} "
                "of the year — move it to the period's last month or say which period it is"
            )
        if kind != "year":
            return None, ""
        if self.year is None:
            return None, (
                f"an annual measure's figure in {month.label}: which year it is, the months "
                "of the grid (no one year's) do not say — write the year in the heading"
            )
        if _school_measure(name) and self.year != ACADEMIC:
            return None, (
                f"an annual school measure's figure in {month.label}: results are for an "
                "academic year, and whether this is the one just ended or the one begun, a "
                "grid of months of another year does not say — write its year by the figure"
            )
        first = month.start.year if month.start.month >= self.year else month.start.year - 1
        year = _year(self.year, first)
        if not figure and month.end != year.end:
            return None, ""
        return year, ""

    def _doubt(self, index: int, col: int, reason: str, kind: str) -> None:
        self.notes.doubt(self.sheet, index, col, reason, kind=kind)


def a_month(columns: list[Column], index: int) -> str:
    """The month a column of ``columns`` stands for, by its index."""
    for column in columns:
        if column.index == index and column.period is not None:
            return column.period.label
    return "another month"


def _year(start: int, first: int) -> Period:
    """The year starting in month ``start`` of the year ``first``."""
    if start == FINANCIAL:
        return period_spans.financial_year(first)
    if start == ACADEMIC:
        return period_spans.academic_year(first)
    return period_spans.calendar_year(first)


def _year_start(months: list[Period]) -> int | None:
    """The month the years of a grid of months start in: the month it starts in (April,
    January, September), or the one year all its months fall in (financial first)."""
    if not months:
        return None
    first = min(months, key=lambda p: p.start)
    last = max(months, key=lambda p: p.end)
    if first.start.month in (FINANCIAL, CALENDAR, ACADEMIC):
        return first.start.month
    for start in (FINANCIAL, CALENDAR):
        year = first.start.year if first.start.month >= start else first.start.year - 1
        if last.end <= _year(start, year).end:
            return start
    return None


def _school_measure(name: str) -> bool:
    """A measure of schools' results, which are an academic year's ('Key Stage 2', 'GCSE')."""
    words = vocabulary.normalise(name).split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return bool((set(words) | pairs) & vocabulary.SCHOOL_MEASURE_WORDS)


def _cell(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None
