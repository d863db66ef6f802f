"""Columns saying what each row's figures cover, beside a grid of months or of quarters.

A council keeping one grid for the year, a column per month or per quarter, writes how often
each measure is reported in a column of its own ('Frequency', 'Freq', 'How often': 'Monthly',
'Quarterly', 'Annual', or 'M', 'Q', 'H', 'A'). That column is no figure and no period: it says
what each row's figures cover. A monthly row's figure is its month's. A quarterly row's figure
in a quarter's last month (Jun, Sep, Dec, Mar) is that quarter's, and a half-yearly row's in
Sep or Mar that half's; one in another month is asked about. An annual row's figure in a grid
of months is the year's (the financial year where the months run from April, the calendar
year from January, the academic year from September), in whichever month it was entered. A
school measure's annual figure ('Key Stage 2', 'pupils') in a grid of financial or calendar
months is asked about: results are for an academic year, and which one the month it was
entered in does not say.

In a grid of quarters a half-yearly row's Q2 figure is the first half's and its Q4 figure the
second's (a figure in Q1 or Q3 is asked about); an annual row's figure in the year's last
quarter is the year's, and one in another quarter is asked about: reported out of turn, it
may be last year's result or a part of this one. Where the row's own 'Last updated' day falls
inside that quarter (``update_dates``), the sheet says the figure came in that quarter: it is
read as that quarter's figure, as reported (an annual school measure's is still asked about).

A column saying how each row's figures are counted ('Measure type', 'Type', 'Basis', 'Data
type': Snapshot, In period, Cumulative, Year to date, Rolling 12 months, Annual) gives each
figure the span it covers: a snapshot's or an in-period figure is its column's period; a
cumulative (year to date) figure runs from the start of the year to the end of its column's
period (a cumulative Q2 is April to September); a rolling figure covers the months it counts
up to its period's end (a rolling 12 months Q1 2024/25 is July 2023 to June 2024); an annual
row's one figure is the year's, in whichever column it stands (such a column says what the
figure covers, not when it was due). A cumulative count that falls from one period to the
next cannot be a running total: the smaller figure is asked about. Words such a column holds
that are none of these are asked about at the cell, except a word naming the kind of figure
('Rate', 'Percentage', 'Average') under columns headed as the year to date ('2024/25 (year to
date)' over 'Q2 (6 months)'): that row's figure is the rate over the year so far, counted from
April as a cumulative row's is.

The same words written in the Unit column beside the unit ('Number (cumulative)', '% YTD',
'Days (in quarter)', 'Number (snapshot)'; see ``unit_flags``) are read as the row's type.

Words in a row's months ('tbc', 'n/a') move to the quarter or year only from the month that
ends it; elsewhere they stay the month's, as what the cell said. Words in a grid of quarters
stay their quarter's, except in a row whose type moves every figure to a span (cumulative,
rolling), where a word is read for its column's span too.
"""

from __future__ import annotations

import datetime as dt

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import merged_spans, row_roles, unit_flags
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.layout.row_roles import RowRole, read_role
from desktop.scorecard.layout.update_dates import UpdateDates
from desktop.scorecard.model import ParsedObservation, Period
from desktop.scorecard.parse import cells, period_spans, periods
from desktop.scorecard.read.grid import CellValue

MIN_MONTHS = 2  # month columns a grid needs before a row's frequency moves its figures
SAMPLE_ROWS = 200  # rows a measure-type column's words are judged by

FINANCIAL, CALENDAR, ACADEMIC = 4, 1, 9  # the month each kind of year starts in
_HOW_OFTEN = {"month": "monthly", "quarter": "quarterly", "half": "half-yearly", "year": "annual"}
_GRID_KINDS = ("month", "quarter")
_SPANS = frozenset({"to_date", "rolling"})


class RowFrequencies:
    """The frequency column and the measure-type column of a table of month or quarter
    columns, and the periods they give a row's cells."""

    def __init__(
        self,
        frequency: Column | None,
        basis: Column | None,
        grid: list[Column],
        notes: Notes,
        sheet: str,
        units: Column | None = None,
        updates: UpdateDates | None = None,
    ) -> None:
        self.column = frequency
        self.basis = basis
        self.units = units  # a Unit column whose cells say how some rows are counted
        self.updates = updates  # a 'Last updated' column dating each row's newest figure
        self.notes = notes
        self.sheet = sheet
        self.grid = grid[0].period.kind if grid and grid[0].period is not None else "month"
        dated = [c.period for c in grid if c.period is not None]
        self.year = _year_start(dated) if self.grid == "month" else FINANCIAL
        # the row's columns read as a running total from the year's start, for the fall check
        self.counted: dict[int, Period] = {}
        self.said = ""  # the row's measure-type cell, as written
        self.so_far: set[int] = set()  # 'Actual YTD' columns (no grid): April to a period's end
        # every column of the grid headed as the year to date ('Q2 (6 months) 2024/25 (year to
        # date)'): a row typed only as a rate or an average is counted from April too
        self.to_date_grid = bool(grid) and all(periods.is_year_to_date(c.header) for c in grid)
        # the title says the figures are cumulative, and the type column says it row by row
        self.titled = False
        if frequency is not None:
            frequency.why = "how often each row is reported: what its figures in the grid cover"
        if basis is not None:
            basis.field = "ignore"
            basis.why = (
                "how each row's figures are counted (snapshot, cumulative, rolling, annual): "
                "the span each figure covers"
            )

    @classmethod
    def find(cls, header: Header, notes: Notes) -> RowFrequencies | None:
        """The table's frequency and measure-type columns, where its periods are months or
        quarters; None where it has neither."""
        dated = [c for c in header.columns if c.field == "actual" and c.period is not None]
        months = [c for c in dated if c.period is not None and c.period.kind == "month"]
        quarters = [c for c in dated if c.period is not None and c.period.kind == "quarter"]
        grid = months if len(months) >= MIN_MONTHS else quarters
        # no grid: 'Actual YTD' alone, a span from April (the title's month or quarter its end)
        so_far = [] if grid else [c for c in dated if _to_date_column(c)]
        if not grid and not so_far:
            return None
        found = [
            c
            for c in header.columns
            if c.field in (None, "ignore")
            and c.period is None
            and vocabulary.normalise(c.header) in vocabulary.FREQUENCY_HEADINGS
        ]
        frequency = found[0] if len(found) == 1 else None
        said = {id(c): _typed(header, c) for c in header.columns if c is not frequency}
        typed = [c for c in header.columns if said.get(id(c)) == "type"]
        basis = typed[0] if len(typed) == 1 else None
        # 'Type' saying only how often (Quarterly, Annual): a frequency column by its words
        often = [c for c in header.columns if said.get(id(c)) == "frequency"]
        if frequency is None and len(often) == 1:
            frequency = often[0]
            frequency.field = "ignore"
        units = _flagged_units(header)
        if frequency is None and basis is None and units is None:
            return None
        if so_far:
            if basis is None and units is None:
                return None  # how often alone says nothing against a span to date
            found_ = cls(None, basis, [], notes, header.sheet.name, units)
            found_.so_far = {c.index for c in so_far}
            return found_
        updates = UpdateDates.find(header)
        found_ = cls(frequency, basis, grid, notes, header.sheet.name, units, updates)
        found_.titled = header.titled_to_date
        return found_

    def typed(self, row: list[CellValue]) -> bool:
        """The row's measure-type cell, or a flag in its unit cell, says how it is counted."""
        if self.basis is not None and not cells.is_blank(_cell(row, self.basis.index)):
            return True
        return self.units is not None and self._flag(row) is not None

    def unit(self, text: str) -> str:
        """The row's unit as written, without a counting flag beside it ('% YTD' -> '%')."""
        if self.units is None:
            return text
        found = unit_flags.split(text)
        if found is None or _flag_role(found.flag) is None:
            return text
        return found.unit

    def _flag(self, row: list[CellValue]) -> unit_flags.UnitFlag | None:
        if self.units is None:
            return None
        said = _cell(row, self.units.index)
        return None if cells.is_blank(said) else unit_flags.split(text_of(said))

    def said_frequency(self, index: int, row: list[CellValue]) -> str | None:
        """How often the row's frequency cell says it is reported (month, quarter, half,
        year); None where it says nothing (nothing is asked about here)."""
        if self.so_far:
            return None
        role = self._role(index, row, False)
        return role.kind if role is not None else None

    def periods(
        self,
        index: int,
        row: list[CellValue],
        columns: list[Column],
        name: str,
        merged: dict[int, Period] | None = None,
    ) -> dict[int, Period | None]:
        """The period each month or quarter cell of the row is read for, where its frequency
        or type moves it (None: asked about, not read); a column not given keeps its own.
        ``merged``: cells merged across columns that make up one period, and that period."""
        self.counted = {}
        if self.so_far:
            return self._to_date_periods(index, row, columns)
        dated = [
            (column, column.period, _cell(row, column.index))
            for column in columns
            if column.period is not None and column.period.kind in _GRID_KINDS
        ]
        role = self._role(index, row, any(cells.is_figure(v) for _, _, v in dated))
        if role is None:
            return {}
        moved: dict[int, Period | None] = {}
        taken: dict[str, int] = {}
        refreshed = self.updates.refreshed(row) if self.updates is not None else None
        for column, period, value in dated:
            if cells.is_blank(value):
                continue
            figure = cells.is_figure(value)
            spanned = merged.get(column.index) if merged else None
            if spanned is not None:
                placed, why = self._spanned(role, spanned, name, figure)
            elif period.kind == self.grid:
                placed, why = self._placed(role, period, name, figure, refreshed)
            else:
                placed, why = period, ""  # a quarter beside months: its frequency says nothing
            if placed is not None and not why and role.kind != "year":
                placed, why = self._counted(role, placed)
            if placed is None and why:
                self._doubt(index, column.index, why, f"{role.kind or role.basis} figure")
                moved[column.index] = None
                continue
            if placed is None:
                continue  # a word in a period that ends no period of the row's: its own
            if placed.label in taken:
                self._doubt(
                    index,
                    column.index,
                    f"a second entry for {placed.label} among the {self.grid}s of this "
                    f"{_HOW_OFTEN.get(role.kind or '', 'annual')} measure (the first in "
                    f"{a_month(columns, taken[placed.label])}) — keep one",
                    "two entries for one period",
                )
                moved[column.index] = None
                continue
            taken[placed.label] = column.index
            if placed != period:
                moved[column.index] = placed
            if role.basis == "to_date" and role.kind != "year" and figure:
                self.counted[column.index] = placed
        self._beside(index, row, columns, moved)
        return moved

    def _to_date_periods(
        self, index: int, row: list[CellValue], columns: list[Column]
    ) -> dict[int, Period | None]:
        """A single year-to-date column ('Actual YTD', April to the title's month): the row's
        type says what its figure covers. Cumulative, year to date or unstated: the span; a
        snapshot: the position at its end, the span's last month; rolling: the months it
        counts to that end. In period or annual beside a span to date cannot be placed (which
        period, or which year, the column does not say): asked about at the cell."""
        spans = [
            (column, column.period, _cell(row, column.index))
            for column in columns
            if column.index in self.so_far and column.period is not None
        ]
        role = self._role(index, row, any(cells.is_figure(v) for _, _, v in spans))
        if role is None or role.basis in (None, "to_date"):
            return {}
        moved: dict[int, Period | None] = {}
        for column, period, value in spans:
            if not cells.is_figure(value):
                continue
            end = period.end
            if role.basis == "snapshot":
                moved[column.index] = period_spans.month(end.year, end.month)
                continue
            if role.basis == "rolling":
                placed, why = self._counted(role, period_spans.month(end.year, end.month))
                if placed is not None:
                    moved[column.index] = placed
                    continue
            else:
                why = (
                    f"the row's type '{self.said}' says its figure is not counted from the "
                    f"year's start, but '{column.header}' is the year to date "
                    f"({period.label}) — which period the figure covers, the sheet does not "
                    "say: write it in the heading or the type"
                )
            self._doubt(index, column.index, why, "measure type against year to date")
            moved[column.index] = None
        return moved

    def _role(self, index: int, row: list[CellValue], figures: bool) -> RowRole | None:
        """What the row's frequency and type cells say together, None where they say nothing
        (or what they say is asked about)."""
        roles: list[tuple[Column, RowRole]] = []
        self.said = ""
        for column, letters in ((self.column, True), (self.basis, False)):
            if column is None:
                continue
            said = _cell(row, column.index)
            if cells.is_blank(said):
                if column is self.basis and self.titled and figures:
                    self._untyped(index, column)
                    return None
                continue
            role = read_role(text_of(said), letters)
            if role is None and column is self.basis and self.to_date_grid:
                role = _kind_to_date(text_of(said))
            if role is None:
                if figures:
                    self._not_understood(index, column, text_of(said))
                return None
            if column is self.basis:
                self.said = text_of(said)
                if role.kind == "year":
                    role = RowRole("year", "annual")  # the figure covers the year, when shown
            roles.append((column, role))
        flagged = self._flag(row)
        if flagged is not None and self.units is not None:
            role = _flag_role(flagged.flag)
            if role is None:
                if figures:
                    self._doubt(
                        index,
                        self.units.index,
                        f"the unit '{text_of(_cell(row, self.units.index))}' says something "
                        f"about how the row's figures are counted ('{flagged.flag}') that is "
                        f"not understood: whether they are each {self.grid}'s own, counted "
                        "from the start of the year or rolling, the sheet does not say — write "
                        "Cumulative, Year to date, Snapshot, In quarter or Rolling 12 months",
                        "unit's measure type not understood",
                    )
                return None
            self.said = self.said or text_of(_cell(row, self.units.index))
            roles.append((self.units, role))
        if not roles:
            return None
        kinds = {r.kind for _, r in roles if r.kind is not None}
        bases = {r.basis for _, r in roles if r.basis is not None}
        if len(kinds) > 1 or len(bases) > 1:
            if figures:
                self._doubt(
                    index,
                    roles[-1][0].index,
                    f"the row's frequency, type or unit ('{self.said}') say different things "
                    "about what its figures cover — make them agree",
                    "frequency and type disagree",
                )
            return None
        return RowRole(
            next(iter(kinds), None), next(iter(bases), None), max(r.months for _, r in roles)
        )

    def _untyped(self, index: int, column: Column) -> None:
        """A row with figures and no type, where the title says the figures are cumulative
        but the type column says how each row is counted: which the row is, is asked."""
        self._doubt(
            index,
            column.index,
            f"the row's '{column.header}' is blank: the title says the figures are counted "
            f"from the start of the year, but '{column.header}' says how each row is counted, "
            f"so whether this row's figures are each {self.grid}'s own or counted from the "
            "start of the year, the sheet does not say — write In month, Year to date, "
            "Cumulative or Snapshot",
            "measure type missing",
        )

    def _not_understood(self, index: int, column: Column, said: str) -> None:
        if column is self.column:
            self._doubt(
                index,
                column.index,
                f"how often '{said}' is, is not known: whether the row's figures are their "
                f"{self.grid}s' or a longer period's, the sheet does not say — write Monthly, "
                "Quarterly or Annual",
                "frequency not understood",
            )
            return
        self._doubt(
            index,
            column.index,
            f"the measure type '{said}' is not known: whether the row's figures are each "
            f"{self.grid}'s own, counted from the start of the year or rolling, the sheet does "
            "not say — write Snapshot, In period, Cumulative, Rolling 12 months or Annual",
            "measure type not understood",
        )

    def _placed(
        self,
        role: RowRole,
        period: Period,
        name: str,
        figure: bool,
        refreshed: dt.date | None = None,
    ) -> tuple[Period | None, str]:
        """The period a row of ``role`` gives its cell in ``period`` (a month or quarter of
        the grid), or None with why it is asked about (no why: a word left as its own).
        ``refreshed``: the day the row's 'Last updated' cell says its figures came."""
        kind = role.kind
        if kind is None or kind == "month" or (kind == "quarter" and self.grid == "quarter"):
            return period, ""
        if self.grid == "month":
            return self._in_month(kind, period, name, figure)
        ends = period.end.month
        if kind == "half":
            if ends in (3, 9):
                fy = period.end.year if ends == 9 else period.end.year - 1
                return period_spans.half_year(fy, 1 if ends == 9 else 2), ""
            if not figure:
                return None, ""
            return None, (
                f"a half-yearly measure's figure in {period.label}, which ends no half of the "
                "year — move it to Q2 or Q4, or say which period it is"
            )
        if not figure:
            return None, ""  # 'Annual', 'n/a' in a quarter: what the cell said
        fy = period.start.year if period.start.month >= FINANCIAL else period.start.year - 1
        if role.basis != "annual" and ends != 3:
            came = refreshed is not None and period.start <= refreshed <= period.end
            if came and not _school_measure(name):
                return period, ""  # last updated in the quarter that holds it: as reported
            updated = (
                f" (last updated {refreshed:%d/%m/%Y}, outside that quarter)"
                if refreshed is not None and not came
                else ""
            )
            return None, (
                f"an annual measure's figure in {period.label}, not the year's last quarter"
                f"{updated}: whether it is the result for the year, for last year or for part "
                "of it, the sheet does not say — move it to Q4 or write its year by the figure"
            )
        if _school_measure(name):
            return None, (
                f"an annual school measure's figure in {period.label}: results are for an "
                "academic year, and whether this is the one just ended or the one begun, a "
                "grid of quarters of a financial year does not say — write its year by the figure"
            )
        return period_spans.financial_year(fy), ""

    def _spanned(
        self, role: RowRole, span: Period, name: str, figure: bool
    ) -> tuple[Period | None, str]:
        """The period of a cell merged across the grid's columns that make up ``span``: the
        span, where the row's frequency agrees (or says nothing); a figure merged across a
        span the frequency does not give is asked about."""
        said = merged_spans.how_often(span)
        if role.kind is not None and role.kind != said:
            if not figure:
                return None, ""
            return None, (
                f"a {_HOW_OFTEN.get(role.kind, role.kind)} measure's figure merged across the "
                f"columns of {span.label}, which the row's frequency does not give — type it "
                "under the period it belongs to, or correct the frequency"
            )
        if said == "year" and _school_measure(name) and span.kind != "academic_year":
            return None, (
                f"an annual school measure's figure merged across {span.label}: results are "
                "for an academic year, and which one the columns do not say — write its year "
                "by the figure"
            )
        return span, ""

    def _in_month(
        self, kind: str, month: Period, name: str, figure: bool
    ) -> tuple[Period | None, str]:
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

    def _counted(self, role: RowRole, placed: Period) -> tuple[Period | None, str]:
        """The span a figure of a cumulative or rolling row covers, its period the end of it
        (None with why, where the span is shorter than the period)."""
        if role.basis not in _SPANS:
            return placed, ""
        end = placed.end
        if role.basis == "to_date":
            start = self.year or FINANCIAL
            first = end.year if end.month >= start else end.year - 1
            return period_spans.month_range(first, start, end.year, end.month), ""
        covered = (end.year - placed.start.year) * 12 + end.month - placed.start.month + 1
        if role.months < covered:
            return None, (
                f"a rolling {role.months}-month figure in {placed.label}, which is longer "
                "than that — say which months it covers"
            )
        back = end.year * 12 + end.month - 1 - (role.months - 1)
        return period_spans.month_range(back // 12, back % 12 + 1, end.year, end.month), ""

    def _beside(
        self,
        index: int,
        row: list[CellValue],
        columns: list[Column],
        moved: dict[int, Period | None],
    ) -> None:
        """A figure moved to a period another column of the row already gives ('2024/25
        outturn' beside a cumulative Q4): the same figure is read once, another asked about."""
        own = {
            column.period.label: column
            for column in columns
            if column.period is not None
            and column.index not in moved
            and cells.is_figure(_cell(row, column.index))
        }
        for col, placed in list(moved.items()):
            other = own.get(placed.label) if placed is not None else None
            if other is None or placed is None:
                continue
            moved[col] = None
            self.counted.pop(col, None)
            if cells.number(_cell(row, col)).value == cells.number(_cell(row, other.index)).value:
                continue
            self._doubt(
                index,
                col,
                f"the figure here is for {placed.label} by the row's frequency or type, but "
                f"'{other.header}' gives {placed.label} another figure — keep one",
                "two entries for one period",
            )

    def falls(
        self, index: int, found: list[ParsedObservation], name: str, unit: str | None
    ) -> list[ParsedObservation]:
        """The row's observations, less any cumulative count smaller than the one before it
        in the same year: a running total from April cannot fall, so the figure is asked
        about (a share or an average counted from April may fall, and is kept)."""
        if not self.counted or not _running_count(name, unit):
            return found
        by_cell = {from_a1(o.cell)[1]: o for o in found if o.cell and o.actual is not None}
        kept = list(found)
        last: dict[dt.date, ParsedObservation] = {}
        for col, span in sorted(self.counted.items(), key=lambda item: item[1].end):
            observation = by_cell.get(col)
            if observation is None or observation.actual is None:
                continue
            before = last.get(span.start)
            previous = before.actual if before is not None else None
            if before is not None and previous is not None and observation.actual < previous:
                self._doubt(
                    index,
                    col,
                    f"'{name}' is counted from the start of the year ('{self.said}'), but its "
                    f"figure to {_end(span)} ({observation.actual:g}) is smaller than the one "
                    f"to {_end(before.period)} ({previous:g}): a running total cannot "
                    "fall — is it the period's own figure, or a slip?",
                    "cumulative figure falls",
                )
                kept.remove(observation)
                continue
            last[span.start] = observation
        return kept

    def _doubt(self, index: int, col: int, reason: str, kind: str) -> None:
        self.notes.doubt(self.sheet, index, col, reason, kind=kind)


def _typed(header: Header, column: Column) -> str:
    """'type' for a column headed as a measure type ('Measure type', 'Basis') whose words say,
    in most of its filled cells, how the row's figures are counted; 'frequency' for one whose
    words say only how often (Quarterly, Annual); '' for any other."""
    if column.period is not None:
        return ""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    filled = [text_of(v) for v in (_cell(r, column.index) for r in rows) if not cells.is_blank(v)]
    return row_roles.judged(column.header, filled)


def _kind_to_date(text: str) -> RowRole | None:
    """A type cell naming the kind of figure ('Rate', 'Average'), under columns headed as the
    year to date: the figure counted from April; None for any other words."""
    if vocabulary.normalise(text) in vocabulary.ROW_FIGURE_KIND_WORDS:
        return RowRole(basis="to_date")
    return None


def _flagged_units(header: Header) -> Column | None:
    """The table's Unit column where some of its cells say how their rows are counted
    ('Number (cumulative)', '% YTD')."""
    units = header.one("unit")
    if units is None:
        return None
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    for row in rows:
        said = _cell(row, units.index)
        if not cells.is_blank(said) and unit_flags.split(text_of(said)) is not None:
            return units
    return None


def _flag_role(flag: str) -> RowRole | None:
    """How a unit's flag says the row is counted; None where it is not understood (or says
    only how often: 'Number (cumulative, snapshot)', 'Rolling')."""
    role = read_role(flag, letters=False)
    return role if role is not None and role.basis is not None else None


def _to_date_column(column: Column) -> bool:
    """A figures column headed as the year to date ('Actual YTD', 'Cumulative') whose period
    is a span from the financial year's start longer than a month."""
    period = column.period
    if period is None or period.kind in _GRID_KINDS or period.start.month != FINANCIAL:
        return False
    if period.end >= period.start.replace(year=period.start.year + 1):
        return False  # more than a year: no span to date
    words = vocabulary.normalise(column.header)
    return words in vocabulary.YEAR_TO_DATE or periods.is_year_to_date(column.header)


def _running_count(name: str, unit: str | None) -> bool:
    """A measure counted in things (or money), whose total to date only grows."""
    unit = unit or cells.unit_from_header(name)
    if unit not in (None, "number", "£", "£k", "£m"):
        return False
    return not (
        vocabulary.SHARE_MEASURE_WORDS.search(name) or vocabulary.NOT_A_RUNNING_COUNT.search(name)
    )


def _end(period: Period) -> str:
    return period_spans.month(period.end.year, period.end.month).label


def a_month(columns: list[Column], index: int) -> str:
    """The month (or quarter) a column of ``columns`` stands for, by its index."""
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
    found = _one_start(months)
    if found is None:
        # a same-month-last-year column before the year's months ('Oct-23', then Apr-24 ..
        # Mar-25): the year is the months' own, without the one a year back
        later = {(p.start.year - 1, p.start.month) for p in months}
        kept = [p for p in months if (p.start.year, p.start.month) not in later]
        if kept and len(kept) < len(months):
            found = _one_start(kept)
    return found


def _one_start(months: list[Period]) -> int | None:
    """The month the years of these months start in, by their first month or the one year
    they all fall in; None where neither says."""
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
