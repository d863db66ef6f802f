"""Wide tables: a row per indicator, a column per period (targets, RAG ... beside them)."""

from __future__ import annotations

from typing import Literal

from desktop.scorecard.layout import (
    comment_periods,
    file_dated,
    last_year_brackets,
    merged_spans,
    months_elapsed,
    passed_over,
    quarter_end_ratings,
    row_to_date,
    span_targets,
    target_years,
    to_date,
    to_date_cells,
    to_date_notes,
    to_date_ratings,
    to_date_targets,
)
from desktop.scorecard.layout.conflicts import second_figure
from desktop.scorecard.layout.footnote_periods import FootnotePeriods
from desktop.scorecard.layout.frequency_rows import RowFrequencies
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.lag_rows import RowLags
from desktop.scorecard.layout.latest_periods import HELD, RowLatest
from desktop.scorecard.layout.marked_figures import Side
from desktop.scorecard.layout.notes import a1, from_a1
from desktop.scorecard.layout.restated import to_come, unchanged
from desktop.scorecard.layout.row_periods import RowPeriods
from desktop.scorecard.layout.rows import SheetContext, at
from desktop.scorecard.layout.shapes.named import NamedRows
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period
from desktop.scorecard.parse import cells, ratings
from desktop.scorecard.read.grid import CellValue


class WideReader(NamedRows):
    shape = "wide"

    def __init__(self, header: Header, context: SheetContext) -> None:
        # 'Frequency' (Monthly, Quarterly, Annual) or 'Measure type' (Snapshot, Cumulative,
        # Rolling 12 months) beside months or quarters: what a row's figures cover; found
        # first, as a measure-type column is then no description of the indicator
        self.frequencies = RowFrequencies.find(header, context.notes)
        # 'Reporting lag' (Current quarter, One quarter in arrears, Annual – 2023/24): how far
        # behind its column's period each row's figures are
        self.lags = RowLags.find(header, context.notes)
        # 'Latest data' (Q2 2024/25, Q1 2024/25): the period of the figure a row's rating rates
        self.latest_named = RowLatest.find(header, context.notes)
        # 'Quarter' (Q1..Q4) beside '2022/23' | '2023/24': each figure the row's quarter of
        # its column's year
        self.row_periods = RowPeriods.find(header, context.notes)
        super().__init__(header, context)
        if self.row_periods is not None:  # a row giving its quarter alone heads no section
            self.period_indexes.add(self.row_periods.column.index)
        targets = header.of("target")
        # one target for every period, unless it is the figure to date's ('YTD target' beside
        # 'In quarter' | 'Year to date': not the quarter's own target too)
        self.single_target = targets[0] if len(targets) == 1 and not targets[0].to_date else None
        # a figure merged across the quarters of a year (or its halves, or months): the year's
        self.spans = merged_spans.spans(header)
        # 'Recycling rate ¹' over a note '¹ … Latest = Q1 2024/25': that row's periods
        self.footnoted = FootnotePeriods(header)
        # 'Target Q3–Q4 (revised)' -> the 'Target Q1–Q2' before it: a blank may keep it
        self.earlier = span_targets.earlier_columns(header)
        self._keeps_earlier: bool | None = None  # read from the sheet's notes when needed
        # 'Q2 2024/25 (Q2 2023/24)' over '47.2% (45.9%)': last year's figure in brackets
        self.bracketed = last_year_brackets.bracket_periods(header)
        # the target and rating columns of a year to date typed in a period's cell ('YTD
        # target' beside '389 (801 YTD)'), worked out when a row has one
        self._to_date_sides: dict[int, Side | None] | None = None
        # 'Measures marked (year to date) are cumulative from 1 April' in a note line: such a
        # name under quarters counts from April (read from the sheet when a row needs it)
        self._counted_noted: frozenset[str] | None = None
        # 'Q2 (6 months)', quarters under '2024/25 (year to date)': April to the quarter's end
        # for a row no measure-type cell says otherwise of
        self.headed_to_date = {
            c.index
            for c in header.columns
            if c.period is not None
            and c.period.kind == "quarter"
            and months_elapsed.to_date(c.header)
        }

    def _rows_of_periods(self) -> bool:
        return self.row_periods is not None  # a row a quarter: the name over them is each's

    def _observations(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        actuals = [c for c in self.value_cols if c.field == "actual"]
        found: list[ParsedObservation] = []
        by_period: dict[str, ParsedObservation] = {}
        collapsed: set[int] = set()  # figures of hidden period columns (months collapsed)
        read: set[int] = set()  # the figure columns that gave the row an observation
        headed: list[tuple[ParsedObservation, Period]] = []  # each with its column's period
        # '389 (801 YTD)': each year to date typed beside a period's own figure in its cell
        so_far: list[ParsedObservation] = []
        # cells merged across period columns: a figure (or a word, in a row reported at such
        # spans) is the span's; a note over quarters not reported stands in each of them
        merged = self._merged(index, row)
        row = merged.row
        moved = self._by_frequency(index, row, actuals, merged.periods)
        restated = self.header.restated
        again = set(restated.values())
        # 'Council tax collected – year to date' under 'Latest (Aug 24)': April to August
        counted = to_date.named_to_date(self.cellread.row_name) or (
            # 'Council tax collected (cumulative)' under a key saying such measures count
            # from 1 April
            self.header.marked_to_date
            and to_date.name_counts(self.cellread.row_name) == "cumulative"
        )
        # under Q1..Q4 a name saying 'year to date' or '(cumulative)' keeps each quarter's own
        # label: the figure is the position the quarter reports, as careful readers of such
        # sheets take it (only a measure-type or unit cell, or a note line saying such names
        # count from April, makes it a span from April); one 'cumulative since 2019' is asked
        # about
        named = "" if self._typed(row) else to_date.name_counts(self.cellread.row_name)
        asked = False
        noted = (
            self.footnoted.periods(at(row, self.name.index), self.context.fallback_period)
            if self.name
            else {}
        )
        late = False  # a lag the footnote gives that does not fit: asked about once
        # 'Figure shown is for July 2024' in the comment beside 'Latest (Aug 24)': July's
        commented = comment_periods.redated(row, self.header.of("commentary"), actuals)
        if commented is not None and commented.period is None:
            self._comment_doubt(index, commented)
        for column in actuals:
            if commented is not None and column.index == commented.column:
                if commented.period is None:
                    continue  # asked about: the comment's period does not fit the columns
                if column.index not in noted:
                    noted = {**noted, column.index: commented.period}
            if column.index in restated and not unchanged(at(row, restated[column.index])):
                continue  # the first report, restated beside it: the restated figure stands
            if column.index in restated and to_come(at(row, restated[column.index])):
                self._to_come(index, row, column.index, restated[column.index])
            if column.index in again and unchanged(at(row, column.index)):
                continue  # 'No change' or blank: the first report stands
            if column.index in noted and noted[column.index] is None:
                if not late and not cells.is_blank(at(row, column.index)):
                    self._lag_doubt(index, column)
                    late = True
                continue
            period = noted.get(column.index) or column.period or self.context.fallback_period
            quarter = period.kind == "quarter" and column.period is not None
            span = (
                self.spans.get(index, {}).get(column.index)
                if column.index in merged.periods
                else None
            )
            if span is not None and span.period is None:
                merged_spans.doubt(self.notes, self.sheet.name, index, span)
                continue
            if span is not None and span.period is not None:
                if column.index in moved and moved[column.index] is None:
                    continue  # asked about: the row's frequency gives no such span
                period = span.period
            elif column.index in moved:
                placed = moved[column.index]
                if placed is None:
                    continue  # asked about: which period the row's frequency makes it
                period = placed
                if self._by_row_period() and self._from_april(period, named, counted):
                    # 'December' under '2024/25' of a name counted from April: Apr–Dec 2024
                    period = to_date.span(period) or period
            elif counted and period.kind == "month":
                period = to_date.span(period) or period
            elif column.to_latest and period == column.period:
                # 'YTD' in a row reported a month in arrears: to the row's latest month
                parts = [c for c in actuals if not c.to_latest]  # not the YTD itself
                period = row_to_date.reach(
                    period, [(c.period, at(row, c.index)) for c in parts if c.period]
                )
            elif column.index in self.headed_to_date and period == column.period:
                if not self._typed(row):  # a typed row follows its type (snapshot, in quarter)
                    period = to_date.span(period) or period
            elif quarter and period == column.period and self._from_april(period, named, counted):
                period = to_date.span(period) or period  # a note: such names count from April
            elif quarter and named == "elsewhere" and cells.is_figure(at(row, column.index)):
                if not asked:
                    self._name_doubt(index, column)
                asked = True
                continue
            typed = to_date_cells.split(at(row, column.index))
            if typed is not None:
                row, counted_so_far = self._to_date_cell(index, row, column, period, typed)
                if counted_so_far is not None:
                    so_far.append(counted_so_far)
            elif column.index in self.bracketed:
                row, earlier = self._bracketed(index, row, column, period)
                if earlier is not None:
                    found.append(earlier)
                    headed.append((earlier, earlier.period))
                    by_period[earlier.period.label] = earlier
            observation = self.cellread.observation(index, row, column, period)
            if observation is not None:
                read.add(column.index)
                found.append(observation)
                headed.append((observation, column.period or period))
                by_period[period.label] = observation
                if column.period is not None:  # a target column of the month: still its own
                    by_period.setdefault(column.period.label, observation)
                if column.index in self.sheet.hidden_cols:
                    collapsed.add(id(observation))
        if self.frequencies is not None and found:
            # a cumulative count falling from one period to the next: asked about
            # (a share or an average, by its unit cell too, may fall)
            unit = self.cellread.unit or cells.canonical_unit(
                self._unit_words(self.cellread.row_unit)
            )
            found = self.frequencies.falls(index, found, self.cellread.row_name, unit)
        so_far = self._once(so_far, found)
        if not found:
            if not so_far:
                self._ratings_without_figures(index, row)
            return found + so_far
        # every period cell words ('On schedule', 'Delayed'): a milestone, whose target
        # column may give its deadline
        self.cellread.word_row = all(o.actual is None for o in found) and any(
            o.actual_text for o in found
        )
        # the row's RAG goes with its latest figure; a year's own figure beside its last
        # quarter ("Q4 2024/25 | 2024/25 annual") is the one a year-end rating judges; and
        # one shown, not a month collapsed under it, is the one a reader sees it rate
        shown = [o for o in found if id(o) not in collapsed] or found
        latest = max(shown, key=lambda o: (o.period.end, o.period.kind in _YEARS, o.period.start))
        # unless a column names the period of the row's latest figure ('Latest data')
        said_latest = self._named_latest(index, row, headed)
        if isinstance(said_latest, ParsedObservation):
            latest = said_latest
        yearly: list[Column] = []
        general: list[Column] = []
        for column in self.obs_cols:
            side = self._judges(index, column) if so_far else "own"
            if side == "to_date":  # 'YTD target' beside '389 (801 YTD)': the latest to date
                self.cellread.apply(max(so_far, key=lambda o: o.period.end), index, row, column)
            if side != "own":
                continue
            if column.plan_only:  # 'Plan (latest month)': its one period's, before the rest
                planned = latest if column.period is None else by_period.get(column.period.label)
                if planned is not None:
                    self.cellread.apply(planned, index, row, column)
                continue
            if column.period is not None and column is not self.single_target:
                target = by_period.get(column.period.label)
                if target is not None and self._rates_words_to_date(index, row, column, target):
                    continue
                if target is None and column.field in _OF_LATEST_WITHIN and self._partly(column):
                    # 'RAG' under a '2024/25' banner over Q1..Q4: the row's latest quarter of it
                    target = _latest_within(shown, column.period)
                    rated = column.field == "rag" and not cells.is_blank(at(row, column.index))
                    if target is None and rated:
                        self._nothing_within(index, column)
                if target is None and (
                    (column.field == "rag" and column.to_date) or to_date_targets.is_placed(column)
                ):
                    target = latest  # a rating (target) of the figure to date on a row with none
                    if self._passes_over(index, row, latest, column, read):
                        continue
                if target is not None:
                    self.cellread.apply(target, index, row, column)
                elif quarter_end_ratings.is_quarter_end(column):
                    self._unrated_quarter(index, row, column)
                elif column.field == "rag" and not self._partly(column):
                    self._rating_without_figure(index, row, column)
                elif column.field == "target" and column.period.kind in span_targets.SPAN_KINDS:
                    yearly.append(column)  # 'Target 2024/25', 'Target Q3–Q4': its span's
            elif column.field == "target":
                general.append(column)
            elif column.field == "rag" and said_latest == HELD:
                continue  # asked about at the row's cell of latest periods
            elif not self._passes_over(index, row, latest, column, read):
                self.cellread.apply(latest, index, row, column)
        # "Targets 2024/25" beside quarter targets: for the rest of the year; then an
        # "Annual target" beside profiled "Q1 Target" columns: only where a period has none
        own = {
            c.period.label
            for c in self.obs_cols
            if c.field == "target"
            and c.period is not None
            and c is not self.single_target
            and not c.plan_only
        }
        # A profile typed in the year's cell ('97% (Q2 profile 56%)') is the period's own
        # target too: it is read where the period's own cell is blank, and must agree with it.
        # The narrowest span first: 'Target Q3–Q4' before 'Target 2024/25', and a period whose
        # narrower span's cell is written ('Data only' too) takes nothing from a wider one.
        yearly.sort(key=lambda c: _length(c.period))
        settled: dict[int, int] = {}  # observation -> the length of the span whose cell is written
        # 'Year-end target' beside figures of two years ('Same quarter last year'): this year's
        yearly_heads = [
            c for c in general if c.period is None and target_years.for_the_year(c.header)
        ]
        current = target_years.current_year(found) if yearly_heads else None
        for column in (*yearly, *general):
            length = _length(column.period)
            written = column in yearly and not cells.is_blank(at(row, column.index))
            reach = current if column in yearly_heads else column.period
            for observation in found:
                if not _within(observation.period, reach):
                    continue
                if column in yearly and settled.get(id(observation), length) < length:
                    continue
                if written:
                    settled.setdefault(id(observation), length)
                profiled = self.cellread.profile(index, row, column, observation.period)
                if observation.target is not None and profiled is not None:
                    self._profile_agrees(index, column, observation, profiled)
                    continue
                if column in general and observation.period.label in own and profiled is None:
                    continue  # the period's own target cell is blank: it has no target
                if observation.target is None:
                    self.cellread.apply(observation, index, row, column)
        for column in yearly:
            if column.index in self.earlier:
                self._blank_later(index, row, column, [o for o in found if id(o) not in settled])
        return found + so_far

    def _named_latest(
        self, index: int, row: list[CellValue], headed: list[tuple[ParsedObservation, Period]]
    ) -> ParsedObservation | Literal["held"] | None:
        """The figure the row's cell of latest periods names, HELD where it is asked about,
        None where the table has no such column or the cell says nothing."""
        if self.latest_named is None:
            return None
        rated = any(
            c.field == "rag" and c.period is None and not cells.is_blank(at(row, c.index))
            for c in self.obs_cols
        )
        return self.latest_named.pick(index, row, headed, rated)

    def _passes_over(
        self,
        index: int,
        row: list[CellValue],
        latest: ParsedObservation,
        column: Column,
        read: set[int],
    ) -> bool:
        """A rating bound for the row's latest figure while a later figure went unread: held
        for review at the rating's cell instead (True), never put on the older period."""
        said = at(row, column.index)
        if column.field != "rag" or cells.is_blank(said):
            return False
        passed = passed_over.unread_rated(self.header.columns, row, latest, column, read)
        if passed is None:
            return False
        if not passed.doubt:  # a withheld period's figures are asked about at their heading
            passed_over.hold(self.notes, self.sheet.name, index, column, said, passed)
        return True

    def _bracketed(
        self, index: int, row: list[CellValue], column: Column, period: Period
    ) -> tuple[list[CellValue], ParsedObservation | None]:
        """A cell '47.2% (45.9%)' under a column whose bracket is last year's: the row with the
        cell's own figure alone, and the observation of the figure in brackets (the same
        period a year earlier); a bracket holding something else is asked about."""
        said = last_year_brackets.split(at(row, column.index))
        if said is None:
            return row, None
        if isinstance(said, str):  # DOUBT
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"'{at(row, column.index)}': the sheet says a figure in brackets is last "
                "year's, but this bracket holds something else — write the two figures apart",
                kind="bracket not last year's figure",
            )
            return [*row[: column.index], None, *row[column.index + 1 :]], None
        now, then = said
        earlier_period = last_year_brackets.year_before(period) or self.bracketed[column.index]
        row = list(row)
        row[column.index] = then
        earlier = self.cellread.observation(index, row, column, earlier_period)
        row[column.index] = now
        return row, earlier

    def _to_date_cell(
        self,
        index: int,
        row: list[CellValue],
        column: Column,
        period: Period,
        typed: to_date_cells.Pair | str,
    ) -> tuple[list[CellValue], ParsedObservation | None]:
        """'389 (801 YTD)' under Q2: the row with the quarter's own figure alone, and the
        observation of the figure to date (April to the quarter's end). A cell not read so is
        asked about and left as typed (kept as its text where the file is accepted)."""
        if isinstance(typed, str):  # DOUBT
            self._to_date_doubt(
                index,
                column,
                "but is not one figure for the period and one to date this importer can read "
                "exactly",
            )
            return row, None
        if to_date.name_counts(self.cellread.row_name):  # 'Homes delivered (cumulative)'
            self._to_date_doubt(
                index, column, "but the indicator's name says its figures are counted cumulatively"
            )
            return row, None
        span = to_date_cells.reach(period, column.header)
        decimal_comma = self.cellread.decimal_comma
        if isinstance(span, str):
            self._to_date_doubt(index, column, f"but {span}")
            return row, None
        if to_date_cells.units_differ(typed.own, typed.to_date, decimal_comma):
            self._to_date_doubt(index, column, "in other units than the period's own figure")
            return row, None
        if span == period:  # the first quarter or month: its own figure is the year to date
            own = cells.number(typed.own, decimal_comma=decimal_comma)
            again = cells.number(typed.to_date, decimal_comma=decimal_comma)
            if (own.value, own.text) != (again.value, again.text):
                self._to_date_doubt(
                    index,
                    column,
                    f"but at {period.label} the year to date is the period itself, and the "
                    "two figures differ",
                )
                return row, None
            return [*row[: column.index], typed.own, *row[column.index + 1 :]], None
        row = list(row)
        row[column.index] = typed.to_date
        so_far = self.cellread.observation(index, row, column, span)
        row[column.index] = typed.own
        if so_far is not None:
            so_far.rag = None  # a filled cell rates the figure its column is for
        return row, so_far

    def _to_date_doubt(self, index: int, column: Column, why: str) -> None:
        """A cell marking a figure as the year to date that is not read as one."""
        shown = " ".join(text_of(at(self.sheet.rows[index], column.index)).split())
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{shown}' gives a figure marked as the year to date beside the period's own, "
            f"{why} — put the year to date in a column of its own (e.g. 'YTD'), or import "
            "with --accept to keep the cell's text",
            kind=to_date_cells.KIND,
        )

    def _once(
        self, so_far: list[ParsedObservation], found: list[ParsedObservation]
    ) -> list[ParsedObservation]:
        """The years to date typed in cells that no other figure of the row gives (a 'YTD'
        or 'H1' column, another cell): the same figure given twice is read once, two
        different ones are asked about at the cell."""
        kept: list[ParsedObservation] = []
        for observation in so_far:
            other = next(
                (o for o in (*found, *kept) if o.period.label == observation.period.label), None
            )
            if other is None:
                kept.append(observation)
                continue
            same = (other.actual, other.actual_text) == (
                observation.actual,
                observation.actual_text,
            )
            if not same:
                row, col = from_a1(observation.cell or "")
                shown = observation.actual_text or f"{observation.actual:g}"
                given = other.actual_text or f"{other.actual:g}"
                self.notes.doubt(
                    self.sheet.name,
                    row,
                    col,
                    f"the year to date typed here ({shown}) is not the figure {other.cell} "
                    f"gives for {observation.period.label} ({given}) — keep one of them",
                    kind="year to date given twice",
                )
        return kept

    def _judges(self, index: int, column: Column) -> Side | None:
        """Which figure a target or rating goes with where the row types its year to date in
        a period's cell: the figure to date where its heading marks it so ('YTD target',
        'Cumulative RAG') or, a rating beside no marked target, a note says it compares the
        year to date; else the period's own. A rating that may go with either is asked about
        at its heading (None)."""
        if column.field not in ("target", "rag") or column.period is not None:
            return "own"
        if self._to_date_sides is None:
            self._to_date_sides = to_date_cells.sides(self.header)
        side = self._to_date_sides.get(column.index, "own")
        if side is None and not cells.is_blank(at(self.sheet.rows[index], column.index)):
            self.notes.doubt(
                self.sheet.name,
                self.header.top,
                column.index,
                f"'{column.header}' may rate a period's own figure or the year to date typed "
                "beside it in its cell — nothing says which; name it in the heading (e.g. "
                f"'YTD {column.header}'), or say in a note what the rating compares",
                kind="rating of which figure",
            )
        return side

    def _unrated_quarter(self, index: int, row: list[CellValue], column: Column) -> None:
        """A quarter's rating given where its last month has no figure: what it rates, the
        row does not show."""
        if cells.is_blank(at(row, column.index)) or column.period is None:
            return
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{text_of(at(row, column.index))}' rates the quarter ending {column.period.label}, "
            "but the row has no figure for that month — give the month's figure or move the "
            "rating to the month it rates",
            kind="quarter rating without its month",
        )

    def _rates_words_to_date(
        self, index: int, row: list[CellValue], column: Column, words: ParsedObservation
    ) -> bool:
        """A rating the sheet says rates the figure to date, on a row whose figure to date is
        words ('n/a'): of that period, or of the row's latest figure? Held at its cell."""
        said = at(row, column.index)
        if words.actual is not None or not to_date_ratings.is_placed(column):
            return False
        if cells.is_blank(said) or ratings.says_not_rated(said):
            return False
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{text_of(said)}' rates the figure to date, but the row's figure to date is "
            f"'{words.actual_text}' — it may rate that or the row's latest figure; give the "
            "figure or leave its cell blank",
            kind="rating of a figure to date in words",
        )
        return True

    def _rating_without_figure(self, index: int, row: list[CellValue], column: Column) -> None:
        """A rating of a period the row gives no figure for ('Amber' under 'RAG (Q3)' on a row
        whose Q3 is blank): nothing to attach it to, so it is said rather than lost unseen."""
        said = at(row, column.index)
        if cells.is_blank(said) or ratings.says_not_rated(said) or column.period is None:
            return
        self.notes.warn(
            f"{self.sheet.name}!{a1(index, column.index)}: '{text_of(said)}' rates "
            f"{column.period.label}, for which the row gives no figure — the rating is not "
            "imported",
            kind="rating of a period without its figure",
        )

    def _ratings_without_figures(self, index: int, row: list[CellValue]) -> None:
        """A rating on a row that gives no figure at all ('Red' beside blank quarters): a
        reader looking for the reds would miss it, so it is said rather than lost unseen."""
        for column in self.obs_cols:
            said = at(row, column.index)
            if column.field != "rag" or cells.is_blank(said) or ratings.parse_rag(said) is None:
                continue
            self.notes.warn(
                f"{self.sheet.name}!{a1(index, column.index)}: '{text_of(said)}' rates a row "
                "that gives no figure — the rating is not imported",
                kind="rating of a row without figures",
            )

    def _partly(self, column: Column) -> bool:
        """A column dated a year the table gives no figure column of its own ('2024/25 RAG'
        beside Q1..Q4 2024/25 only)."""
        if column.period is None or column.period.kind not in _YEARS:
            return False
        return not any(c.field == "actual" and c.period == column.period for c in self.value_cols)

    def _nothing_within(self, index: int, column: Column) -> None:
        """A rating of a year whose row gives no figure in that year: what it rates, unsure."""
        period = column.period.label if column.period is not None else ""
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{column.header}' rates {period}, but the row gives no figure for it or any "
            "part of it — its rating would not be imported; give the figure it rates",
            kind="rating of a period without figures",
        )

    def _noted(self) -> frozenset[str]:
        """The kinds of name ('to_date', 'cumulative') a note line of the sheet says count
        from April."""
        if self._counted_noted is None:
            self._counted_noted = to_date_notes.counted_from_april(self.sheet)
        return self._counted_noted

    def _from_april(self, period: Period, named: str, counted: bool) -> bool:
        """A row's month or quarter figure covers April to its end: a month of a name saying
        year to date; a quarter of one where a note says names so marked count from April;
        a month of a name saying cumulative where a note says cumulative figures do. (A
        cumulative name keeps each quarter's label even so: the position at its end.)"""
        if period.kind == "month" and counted:
            return True
        if period.kind not in ("month", "quarter") or named not in ("to_date", "cumulative"):
            return False
        if named == "cumulative" and period.kind == "quarter":
            return False
        return named in self._noted()

    def _by_row_period(self) -> bool:
        """The row's periods come from its own quarter or month cell alone (``row_periods``)."""
        return self.row_periods is not None and self.frequencies is None and self.lags is None

    def _typed(self, row: list[CellValue]) -> bool:
        """The row's measure-type cell is filled: it, not the name, says what figures cover."""
        return self.frequencies is not None and self.frequencies.typed(row)

    def _unit_words(self, text: str) -> str:
        """'Number (cumulative)' in a Unit column read for the row's type: its unit 'Number'."""
        return text if self.frequencies is None else self.frequencies.unit(text)

    def _lag_doubt(self, index: int, column: Column) -> None:
        """A footnote saying the row is reported late by a lag that does not fit its columns."""
        note = self.footnoted.note
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{self.cellread.row_name}' is marked '{self.footnoted.mark}', whose note says it "
            f"is reported late ('{note[:80]}'), but how far back that puts "
            f"'{column.header}' the sheet does not say — write the period in the heading or "
            "the note",
            kind="footnote lag unclear",
        )

    def _comment_doubt(self, index: int, said: comment_periods.Said) -> None:
        """A comment dating the latest figure by a period that does not fit the columns."""
        self.notes.doubt(
            self.sheet.name,
            index,
            said.at,
            f"the comment on '{self.cellread.row_name}' ('{said.text[:80]}') names another "
            "period for its latest figure than the heading does, and not one the other columns "
            "leave room for — check which period the figure is for and write it in the heading",
            kind="comment period unclear",
        )

    def _name_doubt(self, index: int, column: Column) -> None:
        """A cumulative name that counts from another start than April ('since 2019'): what
        span each figure covers, the sheet does not say."""
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{self.cellread.row_name}' is cumulative, but not from the start of each "
            "financial year: what span its figures cover, the sheet does "
            "not say — give it a 'Measure type' or a period for each figure",
            kind="cumulative name, span unknown",
        )

    def _blank_later(
        self, index: int, row: list[CellValue], later: Column, found: list[ParsedObservation]
    ) -> None:
        """A later span's target cell left blank ('Target Q3–Q4 (revised)') beside an
        earlier span's figure: the earlier target stands where a note says a blank keeps it;
        otherwise the blank is asked about (no target, or the earlier one unchanged?)."""
        if not cells.is_blank(at(row, later.index)) or later.period is None:
            return
        inside = [o for o in found if _within(o.period, later.period) and o.target is None]
        earlier = self.earlier[later.index]
        if not inside or earlier.period is None:
            return
        probe = ParsedObservation(earlier.period)
        self.cellread.apply(probe, index, row, earlier)
        if probe.target is None:
            return  # nothing before it to keep ('Data only', or blank too)
        if self._keeps_earlier is None:
            self._keeps_earlier = span_targets.blank_keeps_earlier(self.header)
        if self._keeps_earlier:
            for observation in inside:
                self.cellread.apply(observation, index, row, earlier)
            return
        self.notes.doubt(
            self.sheet.name,
            index,
            later.index,
            f"the target for {later.period.label} is blank beside {probe.target:g} for "
            f"{earlier.period.label}: no target, or the earlier one unchanged? — type the "
            "target in the cell, or say in a note on the sheet that a blank keeps the "
            "earlier target",
            kind="blank later target",
        )

    def _merged(self, index: int, row: list[CellValue]) -> merged_spans.RowSpans:
        """How the row's cells merged across period columns read."""
        if not self.spans:
            return merged_spans.RowSpans({}, row)
        kind = self.frequencies.said_frequency(index, row) if self.frequencies is not None else None
        return merged_spans.read_row(self.spans, index, row, kind)

    def _by_frequency(
        self,
        index: int,
        row: list[CellValue],
        actuals: list[Column],
        spans: dict[int, Period | None],
    ) -> dict[int, Period | None]:
        """The periods the row's 'Frequency' cell gives its month cells (a quarterly row's
        June figure is Q1's); empty where the table has no such column. ``spans``: cells
        merged across period columns, and the one period they make up (None: none)."""
        moved: dict[int, Period | None] = {}
        if self.frequencies is not None:
            name = text_of(at(row, self.name.index)) if self.name is not None else ""
            merged = {col: period for col, period in spans.items() if period is not None}
            moved = self.frequencies.periods(index, row, actuals, name, merged)
        if self.lags is not None:
            moved = {**moved, **self.lags.periods(index, row, actuals)}
        if self.row_periods is not None:
            moved = {**moved, **self.row_periods.periods(index, row, actuals)}
        return moved

    def _profile_agrees(
        self, index: int, column: Column, observation: ParsedObservation, profiled: float
    ) -> None:
        """A period's target given twice, in its own column and as a profile in the year's
        cell (in brackets, or in a list of quarters' targets): two different figures leave
        its target unsure."""
        target = observation.target
        if target is None or abs(target - profiled) <= 1e-9 * max(1.0, abs(target)):
            return
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"the target cell's profile for {observation.period.label} ({profiled:g}) is not "
            f"the target its own column gives ({target:g}) — keep one of them",
            kind="profile differs from target",
        )

    def _again(
        self,
        index: int,
        name: str,
        indicator: ParsedIndicator,
        observations: list[ParsedObservation],
    ) -> bool:
        """The indicator's row again (pasted twice): a copy giving a period another figure
        leaves that figure unsure; a copy that agrees is only a repeat. Where each row is one
        quarter of the years across (``row_periods``), it is the indicator's next quarter,
        whose figures are added (a period read twice is asked about as in a long table)."""
        if self.row_periods is not None:
            return False
        day = self.context.fallback_period if self.context.file_dated else None
        differ = [
            file_dated.rows_in_no_period(self.notes, self.sheet.name, indicator, o, day)
            if day is not None and o.period is day
            else second_figure(
                self.notes, self.sheet.name, *from_a1(o.cell or ""), indicator, o, "two rows"
            )
            for o in observations
        ]
        if not any(differ):
            self.notes.warn(
                f"{self.sheet.name}!{a1(index, 0)}: duplicate indicator '{name}' — "
                "the first row is kept",
                kind="duplicate indicator",
            )
        return True

    def _to_come(self, index: int, row: list[CellValue], first: int, later: int) -> None:
        """Say that a figure still to come ('Due Mar 2025') leaves the earlier one read."""
        self.notes.warn(
            f"{self.sheet.name}!{a1(index, later)}: '{text_of(at(row, later))}' — the figure "
            f"beside it ({a1(index, first)}) is read until this one is given",
            kind="figure still to come",
        )

    def _kept_figure(self, indicator: ParsedIndicator, label: str) -> ParsedObservation | None:
        return next((o for o in indicator.observations if o.period.label == label), None)


_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})


# columns dated a year with no figure of its own whose cells go with the row's latest figure
# within the year (its quarters' or months' figures shown beside them)
_OF_LATEST_WITHIN = frozenset({"rag", "commentary"})


def _latest_within(found: list[ParsedObservation], year: Period) -> ParsedObservation | None:
    """The latest of a row's figures for parts of a year ('2024/25 RAG' beside Q1..Q4):
    None when the period is no year or the row gives no figure within it."""
    if year.kind not in _YEARS:
        return None
    inside = [o for o in found if o.period != year and _within(o.period, year)]
    if not inside:
        return None
    return max(inside, key=lambda o: (o.period.end, o.period.start))


def _length(period: Period | None) -> int:
    return 0 if period is None else (period.end - period.start).days


def _within(period: Period, span: Period | None) -> bool:
    """A target dated 2024/25 applies to 2024/25 and its quarters and months, not to 2022/23."""
    return span is None or (span.start <= period.start and period.end <= span.end)
