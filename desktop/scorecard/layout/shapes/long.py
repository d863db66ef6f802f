"""Long tables: a row per indicator and period, the period in a column (or in two: a year and
a quarter or month, or a start and an end date)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from operator import itemgetter

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import dated_figures, day_numbers, month_codes, to_date, year_types
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.period_parts import period_parts, type_column
from desktop.scorecard.layout.rows import SheetContext, at, first_filled, three_filled
from desktop.scorecard.layout.shapes.named import NamedRows, NextRow
from desktop.scorecard.model import ParsedObservation, Period, plain_figure
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.cellrefs import column_letters
from desktop.scorecard.read.grid import CellValue, Sheet


class LongReader(NamedRows):
    shape = "long"
    follows_rows = True

    def __init__(self, header: Header, context: SheetContext) -> None:
        super().__init__(header, context)
        self.period_order = _period_order(self.period_cols)
        # a 'Year type' column (FY, CY, AY) saying what each row's year and period are
        self.year_type = year_types.column(
            header.columns, self.sheet.rows[header.first_data : header.first_data + 200]
        )
        if self.year_type is not None:
            kept = [c for c in self.period_order if c.index != self.year_type.index]
            if kept:
                self.period_order = kept
            else:
                self.year_type = None
        # a 'Frequency' column saying what the number of a period split over columns counts
        counted = type_column(
            header.columns, self.sheet.rows[header.first_data : header.first_data + 200]
        )
        if counted is not None:
            self.period_order.append(counted)
        # a "Quarter ending" column of dates: each date names its quarter, not its month
        self.quarter_dates = len(self.period_order) == 1 and "quarter" in vocabulary.normalise(
            self.period_order[0].header
        )
        # the actual column and what each observed column adds, worked out once
        self.actual_col = next(
            (c for c in self.value_cols if c.field == "actual" and not c.to_date), None
        )
        self.observe = self.cellread.observer(self.actual_col) if self.actual_col else None
        # figure columns typed by kind ('Actual %' | 'Actual £'): the one each row fills,
        # with its own target (``typed_pairs``)
        typed_targets = {t for t in header.typed.values() if t >= 0}
        by_index = {c.index: c for c in header.columns}
        self.typed = [
            (
                actual,
                self.cellread.observer(by_index[actual]),
                self.cellread.applier(by_index[target]) if target >= 0 else None,
            )
            for actual, target in header.typed.items()
        ]
        self.appliers = [
            self.cellread.applier(c)
            for c in self.obs_cols
            if not c.to_date and c.index not in typed_targets
        ]
        # a figure to date beside the row period's own ('In quarter' | 'Year to date'), and
        # what goes with it alone (``long_to_date``)
        self.to_date_col = next(
            (c for c in self.value_cols if c.field == "actual" and c.to_date), None
        )
        self.observe_to_date = (
            self.cellread.observer(self.to_date_col) if self.to_date_col else None
        )
        self.to_date_appliers = [self.cellread.applier(c) for c in self.obs_cols if c.to_date]
        # of the period's own appliers, those that are not its target or rating
        self.shared_appliers = [
            self.cellread.applier(c)
            for c in self.obs_cols
            if not c.to_date and c.field not in ("target", "rag")
        ]
        self.periods_seen: dict[str, Period | None] = {}
        # months keyed as yyyymm (202404), read a column at a time
        self.month_codes = month_codes.MonthCodes()
        if len(self.period_order) == 1:
            at_col = self.period_order[0].index
            below = self.sheet.rows[self.header.first_data :]
            # each distinct cell once (a long table repeats a few period labels): cells that
            # are equal hold the same code, or none
            self.month_codes = month_codes.read(
                {row[at_col] if 0 <= at_col < len(row) else None for row in below}
            )
        # '2024/25 YTD' in a period cell: the year, as its own object, re-dated at the end
        self.to_date_years: list[Period] = []
        # a period cell merged down over the rows under it ('2023/24' over its quarters)
        self.merged_down = _merged_down(self.sheet, self.period_order, header.first_data)
        # 'Period start' | 'Period end' holding Excel day numbers (45383): read as dates
        below = self.sheet.rows[header.first_data :]
        self.day_cols = day_numbers.columns(self.period_cols, below)
        self.day_ends = day_numbers.ends(self.period_cols, self.day_cols)
        # 'Period' | 'Period End' ('2024/25 Q1' | 30/06/2024): each label always beside one date
        self.labels_dated = self._labels_dated(below)
        # 'Frequency' (Monthly, Quarterly): what a row whose period cells name one day covers
        self.frequency_col = _frequency(header, {c.index for c in self.period_order})
        for column in self.period_cols:
            if column.index in self.day_cols:
                said = "cells: Excel day numbers under a date heading, read as the dates they count"
                column.why = f"{column.why}; {said}" if column.why else said

    # -- rows ---------------------------------------------------------------------------------

    def _read_rows(self) -> None:
        """``RowReader._read_rows``, with the usual row of a long table read lean: the next
        row of the indicator the row above was read as (``NamedRows._next_of``), whose period
        is a label read before. Such a row comes out as ``_next_of`` reads it, in the same
        order of steps, without the calls each step makes (a long table is nearly all such
        rows); any other row, and one that is not plainly such a row, is read the usual way.
        A table whose rows need more than this (several period columns, month codes, period
        cells merged down or written as day numbers, rated name markers, figures typed by kind
        in columns of their own, cell styles or error cells) is read the usual way throughout."""
        sheet = self.sheet
        rows = sheet.rows
        actual = self.actual_col
        if (
            len(self.period_order) != 1
            or self.year_type is not None
            or self.month_codes
            or self.name_marks.rated
            or self.fill_in.column is not None  # (a target filled in from another column)
            or self.merged_down
            or self.day_cols
            or actual is None
            or actual.index < 0
            or self.to_date_col is not None
            or self.typed  # (the figure's column is the one the row fills)
            or sheet.styles  # (no row is withdrawn, and the observer reads plain numbers)
            or sheet.errors
            or self.name is None  # (then ``_next_row_if`` names no next row)
            or self.context.area is not None
            or min(self.period_order[0].index, *self.same_cells) < 0
        ):
            super()._read_rows()
            return
        period_at = self.period_order[0].index
        actual_at = actual.index
        letters = column_letters(actual_at)
        sheet_name = sheet.name
        periods_seen = self.periods_seen
        observe = self.observe
        assert observe is not None
        appliers = self.appliers
        start_row = self.cellread.start_row
        see = self.polarities.see
        exponents = self.money.exponents
        seen = self.seen
        value_rows = self.value_rows
        same_cells = self.same_cells
        reach = max(period_at, actual_at, *same_cells)  # every cell read here is in the row
        same = itemgetter(*same_cells) if len(same_cells) > 1 else _one_getter(same_cells[0])
        shared = list(enumerate(same_cells))  # (place in ``cells``, column)
        plain_ahead: NextRow | None = None  # the next row whose cells are all text (or blank)
        named_three = False  # its cells fill three of the row's: so does a row writing them
        apart = len(set(same_cells)) == len(same_cells)  # (each cell in a column of its own)
        polarities = self.polarities
        polarity_cells, polarity_reach = polarities.cells_of, polarities.reach
        index, stop = self.header.first_data, len(rows)
        while index < stop:
            row = rows[index]
            ahead = self.next_row
            if (
                ahead is None
                or ahead.row != index - 1
                or len(row) <= reach
                or row[period_at].__class__ is not str
            ):
                self._usual(index, row)
                index += 1
                continue
            period = periods_seen.get(row[period_at])  # type: ignore[arg-type]
            group, parent = self.groups.group, self.parts.parent
            if (
                period is None
                or group is None
                or parent is None
                or (exponents and exponents.get(index))
                or not three_filled(row)
            ):
                self._usual(index, row)
                index += 1
                continue
            # the same name, code, portfolio and unit cells: ``_next_of``'s test, as one tuple
            # comparison where the row above wrote them all as text (a text cell equals only
            # a text cell of the same characters, a blank one only a blank one)
            if ahead is not plain_ahead:
                if not all(c is None or c.__class__ is str for c in ahead.cells):
                    self._usual(index, row)
                    index += 1
                    continue
                plain_ahead = ahead
                named_three = apart and _fills_three(ahead.cells)
            cells = ahead.cells
            if same(row) != cells:
                self._usual(index, row)
                index += 1
                continue
            # a row writing the row above's texts holds them in objects of its own: it takes
            # the ones above instead (equal texts, so nothing reads otherwise), and a long
            # table's names, codes and portfolios are held once, not once a row
            for place, column in shared:
                row[column] = cells[place]
            # -- the row, and each row under it that passes the same tests, is the indicator's
            # next one: ``_next_of``'s steps, in its order; what only the last row's steps
            # leave behind (the row above, the name group's and the parent's last rows) is
            # set once the run ends, as nothing read in between looks at it
            self.row_currency = None
            indicator = ahead.indicator
            name, unit, key = ahead.name, ahead.unit, ahead.key
            section_rag = self.section_rag
            quiet = False  # ``see`` would do nothing for a row writing ``said``'s Polarity cells
            said: object = None
            while True:
                start_row(name, unit)
                figure = row[actual_at]
                if figure.__class__ is float and figure == figure:  # as the observer reads it
                    observation: ParsedObservation | None = plain_figure(
                        period, figure, sheet_name, f"{letters}{index + 1}"
                    )
                else:
                    observation = observe(index, row, period)
                if observation is not None:
                    for apply in appliers:
                        apply(observation, index, row)
                    value_rows.append(index)
                if not (quiet and len(row) > polarity_reach and polarity_cells(row) == said):
                    see(indicator, index, row)
                    quiet = polarities.settled(indicator, row)
                    said = polarity_cells(row) if quiet else None
                if observation is not None:  # ``_keep``, for one observation
                    if section_rag is not None and observation.rag is None:
                        observation.rag = section_rag
                    seen_key = (key, observation.period.label)
                    if seen_key in seen:
                        self._duplicate(indicator, observation, seen[seen_key])
                    else:
                        seen[seen_key] = observation.cell or ""
                        indicator.observations.append(observation)
                index += 1
                if index >= stop:
                    break
                row = rows[index]
                if len(row) <= reach or same(row) != cells:
                    break
                for place, column in shared:  # (as above)
                    row[column] = cells[place]
                period = periods_seen.get(row[period_at])  # type: ignore[arg-type]
                if (
                    period is None
                    or (exponents and exponents.get(index))
                    or not (named_three or three_filled(row))
                ):
                    break
            self.under = (index - 1, indicator)
            group.last_row = index - 1
            parent.last_row = index - 1
            ahead.row = index - 1

    def _usual(self, index: int, row: list[CellValue]) -> None:
        """A row read as ``RowReader._read_rows`` reads it (on a sheet without styles)."""
        filled = first_filled(row)
        if filled:
            self._row(index, row, filled)

    # -- what a long table decides ------------------------------------------------------------

    def _values_row(self, observations: list[ParsedObservation]) -> bool:
        return bool(observations)

    def _finish(self) -> None:
        if self.to_date_years:
            to_date.rows_so_far(self.result.indicators, self.to_date_years, self.notes)

    # -- observations -------------------------------------------------------------------------

    def _observations(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        if self.year_type is not None:
            return self._typed_year(index, row)
        if len(self.period_order) == 1:
            return self._one_period_column(index, row)
        texts = [self._period_cell(index, row, c) for c in self.period_order]
        said = period_parts(self.period_order, texts)
        parts = [text_of(t) for t in said]
        if not parts:
            self._skip_row(index, self.period_cols[0].index, "no period")
            return []
        own = [self._period_cell(index, row, c) for c in self.period_cols]  # not 'Frequency'
        dates = [_as_date(t) for t in own] if len(parts) == 2 else []
        if len(dates) == 2 and dates[0] is not None and dates[1] is not None:
            if self._unpaired_days(index, row):
                return []
            if dates[0] == dates[1] and self.frequency_col is not None:
                # 'Period' and 'Period End Date' both the day the period ends: the period
                # of the row's frequency ending then
                return self._one_day(index, row, dates[0])
            period = cells.period_between(dates[0], dates[1])  # period_start, period_end
        else:
            period = self._dated_label(own, dates) if self.labels_dated else None
            period = period or self._period(said[0] if len(parts) == 1 else " ".join(parts))
        if period is None and len(parts) == 2:
            period = _within_year(parts[0], parts[1]) or _within_year(parts[1], parts[0])
        if period is None:
            self._unplaced_period(index, " ".join(parts))
            return []
        return self._observed(index, row, period)

    def _typed_year(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        """A row whose year means what its 'Year type' cell says (``year_types``); held for
        review naming the cell where the type, year or period does not settle it."""
        assert self.year_type is not None
        parts = [self._period_cell(index, row, c) for c in self.period_order]
        said = [value for value in parts if not cells.is_blank(value)]
        if not said:
            self._skip_row(index, self.period_cols[0].index, "no period")
            return []
        typed = at(row, self.year_type.index)
        kind = year_types.kind(typed)
        if kind is None:
            self._typed_doubt(
                index,
                self.year_type.index,
                f"year type '{short(text_of(typed))}' names no kind of year (financial, "
                "calendar or academic) — its values land in no period",
            )
            return []
        period, why = year_types.place(kind, said, self.context.terms)
        if period is None:
            self._typed_doubt(
                index,
                self.year_type.index,
                f"period '{short(' '.join(text_of(v) for v in said))}' of year type "
                f"'{short(text_of(typed))}' not understood: {why} — its values land in no period",
            )
            return []
        return self._observed(index, row, period)

    def _typed_doubt(self, index: int, col: int, why: str) -> None:
        self.skipped_rows.append(index)
        self.row_roles.append((index, "left out: period of its year type not understood"))
        self.notes.doubt(self.sheet.name, index, col, why, kind="typed year not understood")

    def _one_day(self, index: int, row: list[CellValue], day: dt.date) -> list[ParsedObservation]:
        """A row whose period cells all name one day, read with the row's frequency (a
        monthly row's 31/10/2024 is October 2024); a day that ends none of the row's
        periods is asked about at the cell."""
        assert self.frequency_col is not None
        role = dated_figures.row_role(
            at(row, self.frequency_col.index),
            text_of(at(row, self.name.index)) if self.name is not None else "",
        )
        period, why = dated_figures.dated(day, role)
        if period is None:
            self.skipped_rows.append(index)
            self.row_roles.append((index, "left out: date ends no period"))
            self.notes.doubt(
                self.sheet.name, index, self.period_cols[0].index, why, kind="date ends no period"
            )
            return []
        return self._observed(index, row, period)

    def _labels_dated(self, below: list[list[CellValue]]) -> bool:
        """Two period columns, a label and a date, where each label stands beside one date
        only: the date says where the label's period starts or ends, not a period of its own
        (a 'Year' of 2024/25 beside the end of each of its months is no such pair)."""
        if len(self.period_cols) != 2:
            return False
        first, second = self.period_cols
        dated: dict[str, dt.date] = {}
        for offset, row in enumerate(below):
            index = self.header.first_data + offset
            pair = [self._period_cell(index, row, first), self._period_cell(index, row, second)]
            days = [_as_date(value) for value in pair]
            if days.count(None) != 1:
                continue
            label = text_of(pair[days.index(None)])
            day = days[0] or days[1]
            if label and day is not None and dated.setdefault(label, day) != day:
                return False
        return bool(dated)

    def _dated_label(self, own: list[CellValue], dates: list[dt.date | None]) -> Period | None:
        """'2024/25 Q1' beside a 'Period End' of 30/06/2024: the period the label names, where
        the date is its last day (or its first, beside a 'Period start'); else None."""
        if len(dates) != 2:
            return None
        labels = [value for value, day in zip(own, dates, strict=True) if day is None]
        days = [day for day in dates if day is not None]
        if len(labels) != 1 or len(days) != 1:
            return None
        period = self._period(labels[0])
        if period is None or days[0] not in (period.start, period.end):
            return None
        return period

    def _period_cell(self, index: int, row: list[CellValue], column: Column) -> CellValue:
        """A period cell as it is meant: the top cell of a merge it lies under, a day number
        in a column of them as its date."""
        value = at(row, column.index)
        if value is None and self.merged_down:
            value = self.merged_down.get((index, column.index))
        if self.day_cols and column.index in self.day_cols:
            value = day_numbers.day(value) or value
        return value

    def _unpaired_days(self, index: int, row: list[CellValue]) -> bool:
        """A row whose first day (a day number under 'Period start') and last day ('Period
        end') make no period: left out, and asked about (True)."""
        if self.day_ends is None:
            return False
        first_at, last_at = self.day_ends
        first, last = day_numbers.day(at(row, first_at)), day_numbers.day(at(row, last_at))
        if first is None or last is None:
            return False
        problem = day_numbers.pair_problem(first, last)
        if problem is None:
            return False
        self.skipped_rows.append(index)
        self.row_roles.append((index, "left out: period start and end do not pair"))
        self.notes.doubt(
            self.sheet.name,
            index,
            last_at,
            f"the period read from Excel day numbers {text_of(at(row, first_at))} "
            f"({first:%d %b %Y}) to {text_of(at(row, last_at))} ({last:%d %b %Y}) {problem} — "
            "its values land in no period; check the start and end dates",
            kind="day numbers do not pair",
        )
        return True

    def _one_period_column(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        """``_observations`` for the usual table with one period column."""
        value = self._period_cell(index, row, self.period_order[0])
        if value is None or (value.__class__ is str and not value.strip()):
            self._skip_row(index, self.period_cols[0].index, "no period")
            return []
        period = None
        code = month_codes.code_of(value) if self.month_codes else None
        if code is not None and code in self.month_codes.doubts:
            self.skipped_rows.append(index)
            self.row_roles.append((index, "left out: month code doubtful"))
            self.notes.doubt(
                self.sheet.name,
                index,
                self.period_order[0].index,
                self.month_codes.doubts[code],
                kind="month code doubtful",
            )
            return []
        if code is not None:
            period = self.month_codes.months.get(code)
        if self.quarter_dates and isinstance(value, dt.date):
            period = cells.quarter_of_date(value)
        period = period or self._period(value)
        if period is None and self.name is None and self._names_rows_below(row, value):
            self.row_roles.append((index, "names the indicator of the period rows under it"))
            return []
        if period is None:
            self._unplaced_period(index, text_of(value))
            return []
        return self._observed(index, row, period)

    def _name_cell(self, row: list[CellValue]) -> tuple[str, str | None]:
        """With no name column, a row whose period cell holds an indicator's name and whose
        value cell is blank heads the period rows under it ('PL01 | Major applications
        determined in time (%)' over 'Q1', 'Q2' …): the name of those rows."""
        if self.name is not None or len(self.period_order) != 1:
            return super()._name_cell(row)
        value = at(row, self.period_order[0].index)
        return (text_of(value), None) if self._names_rows_below(row, value) else ("", None)

    def _names_rows_below(self, row: list[CellValue], value: CellValue) -> bool:
        if not isinstance(value, str) or len(value.split()) < MIN_NAME_WORDS:
            return False
        if self.actual_col is not None and not cells.is_blank(at(row, self.actual_col.index)):
            return False
        return self._period(value) is None

    def _unplaced_period(self, index: int, text: str) -> None:
        """A row whose period cannot be read: its values would land in no period."""
        self.skipped_rows.append(index)
        self.row_roles.append((index, "left out: period not understood"))
        self.notes.doubt(
            self.sheet.name,
            index,
            self.period_cols[0].index,
            f"period '{short(text)}' not understood — its values land in no period; write it "
            "as e.g. 'Q1 2024/25', '2024/25' or 'Jan 2025'",
            kind="period not understood",
        )

    def _observed(
        self, index: int, row: list[CellValue], period: Period
    ) -> list[ParsedObservation]:
        if self.to_date_col is not None:
            return self._with_to_date(index, row, period)
        observe, own_target = self.observe, None
        for actual, typed_observe, typed_target in self.typed:
            if not cells.is_blank(at(row, actual)):
                observe, own_target = typed_observe, typed_target
                break
        if observe is None:
            return []
        observation = observe(index, row, period)
        if observation is None:
            return []
        for apply in self.appliers:
            apply(observation, index, row)
        if own_target is not None:
            own_target(observation, index, row)
        return [observation]

    def _with_to_date(
        self, index: int, row: list[CellValue], period: Period
    ) -> list[ParsedObservation]:
        """The row period's own figure and the figure to date (April to the end of the row's
        period), each with what goes with it; at Q1 (or April) the two are one figure, read
        once, and two different figures there are asked about."""
        assert self.to_date_col is not None and self.observe_to_date is not None
        own = self.observe(index, row, period) if self.observe is not None else None
        column = self.to_date_col.index
        span = to_date.span(period)
        if span is None and (period.start.month, period.start.day) == (4, 1):
            span = period  # a row for a span from April ('Apr-Sep 2024', '2024/25'): itself
        so_far = self.observe_to_date(index, row, span) if span is not None else None
        if span is None and not cells.is_blank(at(row, column)):
            self.notes.doubt(
                self.sheet.name,
                index,
                column,
                f"the figure to date under '{self.to_date_col.header}' on a row for "
                f"{period.label} runs from no month the sheet names — write the row's period "
                "as a month or quarter, or map the column",
                kind="figure to date of no span",
            )
        if span == period:
            if own is not None and so_far is not None and not _same_figure(own, so_far):
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column,
                    f"at {period.label} the figure to date is the period's own, but "
                    f"'{self.to_date_col.header}' gives {so_far.actual_text or so_far.actual} "
                    f"beside {own.actual_text or own.actual} — check which is right",
                    kind="figure to date differs from the first period's",
                )
                for apply in self.appliers:  # the period's own figure, without the to-date's
                    apply(own, index, row)
                return [own]
            one = so_far or own
            if one is None:
                return []
            for apply in (*self.appliers, *self.to_date_appliers):
                apply(one, index, row)
            return [one]
        found: list[ParsedObservation] = []
        if own is not None:
            for apply in self.appliers:
                apply(own, index, row)
            found.append(own)
        if so_far is not None:
            for apply in (*self.to_date_appliers, *(() if own else self.shared_appliers)):
                apply(so_far, index, row)
            found.append(so_far)
        return found

    def _period(self, value: CellValue) -> Period | None:
        """``cells.period``, remembered per distinct text (a long table repeats a few labels).

        A bare 'Q1' or 'Jan' is placed in the year the title rows or the sheet name give.
        """
        if value.__class__ is not str:
            return cells.period(value)
        try:
            return self.periods_seen[value]
        except KeyError:
            found = cells.period(value)
            year = self.context.fallback_period
            if found is None and year.kind in ("financial_year", "academic_year"):
                found = periods.combine_period(year, value)
            if found is not None and to_date.year_marked(found, value):
                found = dataclasses.replace(found)  # known by itself in ``_finish``
                self.to_date_years.append(found)
            self.periods_seen[value] = found
            return found


MIN_NAME_WORDS = 3  # a heading row's name in the period column: words, not a stray label


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$")
_UK_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _same_figure(one: ParsedObservation, other: ParsedObservation) -> bool:
    """Two readings of one figure: the same number, or the same words."""
    if one.actual is not None and other.actual is not None:
        return abs(one.actual - other.actual) <= 1e-9 * max(1.0, abs(one.actual))
    return one.actual == other.actual and one.actual_text == other.actual_text


def _as_date(value: CellValue) -> dt.date | None:
    """A day as an export writes it: a date cell, '2024-06-30' or '30/06/2024'."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if found := _ISO_DAY.match(text):
            return dt.date(int(found[1]), int(found[2]), int(found[3]))
        if found := _UK_DAY.match(text):
            return dt.date(int(found[3]), int(found[2]), int(found[1]))
    except ValueError:
        return None
    return None


def _merged_down(
    sheet: Sheet, columns: list[Column], first_data: int
) -> dict[tuple[int, int], CellValue]:
    """(row, column) -> the text of the merge's top cell, for each cell of a period column
    under a data cell merged down over it ('2023/24' merged over its Q1 to Q4 rows)."""
    indexes = {c.index for c in columns}
    spread: dict[tuple[int, int], CellValue] = {}
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_col != last_col or first_col not in indexes or last_row <= first_row:
            continue
        if first_row < first_data or first_row >= len(sheet.rows):
            continue
        value = at(sheet.rows[first_row], first_col)
        if cells.is_blank(value):
            continue
        for index in range(first_row + 1, last_row + 1):
            spread[(index, first_col)] = value
    return spread


def _within_year(year_text: str, inner: str) -> Period | None:
    """A 'Financial Year' column of 2024/25 beside a 'Month' of January: January 2025."""
    year = cells.period(year_text)
    if year is None or year.kind not in ("financial_year", "academic_year", "calendar_year"):
        return None
    return periods.combine_period(year, inner)


def _frequency(header: Header, taken: set[int]) -> Column | None:
    """The one column saying how often each row is reported ('Frequency'), if one."""
    found = [
        c
        for c in header.columns
        if c.index not in taken
        and c.period is None
        and vocabulary.normalise(c.header) in vocabulary.FREQUENCY_HEADINGS
    ]
    return found[0] if len(found) == 1 else None


def _period_order(columns: list[Column]) -> list[Column]:
    """Quarter/month columns before year columns, so 'Q1' + '2024/25' reads 'Q1 2024/25'."""

    def rank(column: Column) -> int:
        key = vocabulary.normalise(column.header)
        return 0 if ("quarter" in key or "month" in key) else 1

    return sorted(columns, key=rank)


def _fills_three(written: tuple[CellValue, ...]) -> bool:
    """Whether cells written so, each in a column of its own, are three cells that are not
    blank (``first_filled``'s): then every row writing them has at least three."""
    filled = 0
    for value in written:
        if value is not None and (value.__class__ is not str or value.strip()):
            filled += 1
    return filled >= 3


def _one_getter(position: int) -> Callable[[list[CellValue]], tuple[CellValue]]:
    """``itemgetter`` of one position, giving a tuple as it does for several."""
    return lambda row: (row[position],)
