"""Read the data rows under a header into indicators and observations (long or wide)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import keys, relative, stepped
from desktop.scorecard.layout.cellread import CellReader, short
from desktop.scorecard.layout.conflicts import second_figure
from desktop.scorecard.layout.evidence import name_problem
from desktop.scorecard.layout.header import Column, Header, classify, text_of
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.period_parts import period_parts
from desktop.scorecard.layout.polarity_rows import PolarityWatch
from desktop.scorecard.layout.stepped import Step
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue, Sheet

_FOOTNOTE_STARTS = ("*", "note", "source", "footnote", "key", "definition", "data ", "figures")


@dataclass(slots=True)
class AreaChoice:
    """Which rows of a many-area table to keep, and which become comparators."""

    columns: list[Column]
    wanted: str | None  # normalised name or code of the chosen area

    def decide(self, row: list[CellValue]) -> tuple[str, str | None]:
        """("keep" | "comparator" | "skip", comparator name)."""
        texts = [vocabulary.area_key(_at(row, c.index)) for c in self.columns]
        if self.wanted is not None and self.wanted in texts:
            return "keep", None
        if texts and texts[0] in vocabulary.NOT_AREAS:
            return "skip", None
        own_kind = vocabulary.area_comparator(self.wanted) if self.wanted else None
        for text in texts:
            name = vocabulary.area_comparator(text)
            if name is not None and name != own_kind:
                return "comparator", name
        if self.wanted is None:
            return "keep", None
        return "skip", None


@dataclass(slots=True)
class SheetContext:
    portfolio: str | None  # the sheet name when the workbook has one sheet per portfolio
    fallback_period: Period
    notes: Notes
    area: AreaChoice | None = None
    decimal_comma: bool = False
    key: keys.Key = field(default_factory=dict)  # the workbook's own key to its status symbols


@dataclass(slots=True)
class SheetResult:
    indicators: list[ParsedIndicator] = field(default_factory=list)
    # (indicator key, period label) -> comparator name -> value, from group-area rows
    comparators: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    skipped_areas: set[str] = field(default_factory=set)
    skipped_area_rows: int = 0


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


@lru_cache(maxsize=16384)
def indicator_key(portfolio: str | None, code: str | None, name: str) -> str:
    if code:
        return f"{vocabulary.normalise(portfolio)}|c|{code.lower()}"
    return f"{vocabulary.normalise(portfolio)}|n|{vocabulary.normalise(name)}"


# how a table lays out its figures; each has its own row reader below
TableShape = Literal["wide", "long", "benchmark", "measures"]


class RowReader:
    """One sheet's rows -> indicators, read by the table's shape: wide (a column per period),
    long (a Period column), benchmark (a column per indicator code and period, a row per
    area) or measures (a column per measure, a row per period)."""

    def __init__(self, header: Header, context: SheetContext) -> None:
        self.header = header
        self.sheet: Sheet = header.sheet
        self.context = context
        self.notes = context.notes
        self.result = SheetResult()
        self.by_key: dict[str, ParsedIndicator] = {}
        self.seen: dict[tuple[str, str], str] = {}
        _drop_undated_actuals(header, context.notes)
        _codes_in_name_column(header)
        self.code = header.one("code")
        self.name = header.one("name")
        self.portfolio_col = header.one("portfolio")
        self.service_col = header.one("service")
        self.period_cols = [c for c in header.of("period") if c.period is None]
        self.value_cols = [
            c
            for c in header.columns
            if c.field is not None
            and c.field
            not in ("code", "name", "portfolio", "service", "period", "area", "ignore", "measure")
        ]
        observed = {"target", "rag", "numerator", "denominator", "direction", "commentary"}
        self.obs_cols = [
            c
            for c in self.value_cols
            if c.field in observed or (c.field or "").startswith("comparator:")
        ]
        self.indicator_cols = [c for c in self.value_cols if c.period is None]
        self.value_indexes = {c.index for c in self.value_cols}
        self.long = bool(self.period_cols)
        self.period_order = _period_order(self.period_cols)
        # a "Quarter ending" column of dates: each date names its quarter, not its month
        self.quarter_dates = len(self.period_order) == 1 and "quarter" in vocabulary.normalise(
            self.period_order[0].header
        )
        # benchmark tables: one row per area, one column per indicator code and period
        self.coded = [c for c in header.columns if (c.code or c.series) and c.field == "actual"]
        self.series_name: str | None = None
        unnamed = self.name is None and self.code is None
        if unnamed and not self.coded and header.one("area") is not None:
            # one indicator per sheet: a row per area, a column per period (LAIT-style tables)
            self.coded = [c for c in header.columns if c.field == "actual" and c.period]
            self.series_name = _series_name(header)
        self.transposed = unnamed and bool(self.coded)
        self.coded_names = _coded_names(header) if self.transposed else {}
        # statistics tables: one column per measure, one row per period (and area)
        self.measures = header.of("measure")
        # year rows stepping down to their quarters: each part's period, each year's subtotal
        self.steps = (
            stepped.read(
                self.sheet.rows,
                header.first_data,
                [c.index for c in self.period_cols],
                [c.index for c in self.measures],
            )
            if self.measures and self.period_cols
            else {}
        )
        self.shape: TableShape = (
            "benchmark"
            if self.transposed
            else "measures"
            if self.measures
            else "long"
            if self.long
            else "wide"
        )
        self.table_ended = False
        self.section: str | None = None
        self.last_portfolio = ""
        self.last_service = ""
        self.section_is_service = context.portfolio is not None or self.portfolio_col is not None
        targets = header.of("target")
        self.single_target = targets[0] if len(targets) == 1 else None
        self.cellread = CellReader(header.sheet, context.notes, context.decimal_comma, context.key)
        self.polarities = PolarityWatch(header, context.notes)
        # long tables: the actual column and what each observed column adds, worked out once
        self.actual_col = next((c for c in self.value_cols if c.field == "actual"), None)
        self.observe = self.cellread.observer(self.actual_col) if self.actual_col else None
        self.appliers = [self.cellread.applier(c) for c in self.obs_cols]
        self.periods_seen: dict[str, Period | None] = {}
        self.split_codes = self.code is None and _codes_lead_names(header, self.name)
        # rows in pairs, "Actual" then "Target": the target row fills the indicator above
        self.last_indicator: ParsedIndicator | None = None
        self.named_at = -1  # the row that named the last indicator (or continued its name)
        # tidy extracts: a column saying whether each row's value is the actual or the target
        self.kind_col = self._find_kind_column()
        if self.kind_col is not None:  # says what the value is; describes no indicator
            self.indicator_cols = [c for c in self.indicator_cols if c is not self.kind_col]
        self.targets: dict[tuple[str, str], float | None] = {}
        self.label_skip = {c.index for c in (self.name, self.code) if c is not None}
        self.label_skip |= {c.index for c in self.obs_cols}
        self.label_skip |= {c.index for c in self.value_cols if c.period is not None}
        self.skipped_rows: list[int] = []  # data rows left out (no name, no period ...)
        self.value_rows: list[int] = []  # data rows read as an indicator's values
        # what each other data row was read as (row index, role), for ``import --explain``
        self.row_roles: list[tuple[int, str]] = []

    # -- rows ---------------------------------------------------------------------------------

    def read(self) -> SheetResult:
        rows = self.sheet.rows
        for index in range(self.header.first_data, len(rows)):
            self._row(index, rows[index])
        self._apply_target_rows()
        hidden = sorted(r for r in self.sheet.hidden_rows if r >= self.header.first_data)
        if hidden:
            shown = ", ".join(str(r + 1) for r in hidden[:8]) + (", …" if len(hidden) > 8 else "")
            self.notes.warn(
                f"{self.sheet.name}: rows {shown} are hidden in the sheet — imported all the same"
            )
        used = {c.index for c in self.header.columns if c.field not in (None, "ignore")}
        for col in sorted(self.sheet.hidden_cols & used):
            self.notes.warn(
                f"{self.sheet.name}!{a1(self.header.top, col)}: column "
                f"{a1(self.header.top, col).rstrip('0123456789')} is hidden in the sheet — "
                "imported all the same"
            )
        return self.result

    def _row(self, index: int, row: list[CellValue]) -> None:
        filled = _first_filled(row)
        if not filled:
            return
        if self.shape == "benchmark":
            self._coded_row(index, row)
        elif self.shape == "measures":
            self._measure_row(index, row)
        else:
            self._indicator_row(index, row, filled)

    def _indicator_row(
        self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]
    ) -> None:
        """A row naming an indicator: its values across (wide) or one period's (long)."""
        name_text = text_of(_at(row, self.name.index)) if self.name else ""
        code_text = text_of(_at(row, self.code.index)) if self.code else ""
        if self._repeats_header(name_text, code_text, row):
            self.row_roles.append((index, "the heading row written again"))
            return
        if self.split_codes:
            found = _CODE_LEADS.match(name_text)
            if found is not None:
                code_text, name_text = found["code"], found["name"]
        if not self.long and self._target_row(index, row, name_text, code_text):
            self.row_roles.append((index, "targets of the indicator above"))
            return
        if len(filled) <= 2 and _is_key_row(code_text, name_text):
            self.row_roles.append((index, "a key or note, left out"))
            self.notes.skip(
                self.sheet.name, a1(index, 0), f"key or note '{short(name_text or code_text)}'"
            )
            return
        if self._continues_name(index, filled, code_text):
            return
        if len(filled) <= 2 and self._is_section(index, filled):
            self._section(index, row)
            return
        if not name_text and not code_text:
            self._skip_row(index, 0, "row without an indicator name or code")
            return
        keep, comparator = self._area_decision(row)
        if not keep:
            self.row_roles.append((index, "another area, left out"))
            return
        portfolio = self._portfolio(row)
        name = name_text or code_text
        code = code_text or None
        if self.name is None and self.code is not None:
            code = None if not _looks_like_code(code_text) else code_text
        key = indicator_key(portfolio, code, name)
        self.cellread.start_row()
        observations = self._observations(index, row)
        if comparator is not None:
            self.row_roles.append((index, f"comparator {comparator}"))
            self._as_comparator(key, comparator, observations)
            return
        if observations or not self.long:
            self.value_rows.append(index)
        indicator = self.by_key.get(key)
        if indicator is None:
            self._check_name(index, name_text)
            indicator = ParsedIndicator(name=name, code=code, portfolio=portfolio)
            indicator.service = self._service(row)
            self.by_key[key] = indicator
            self.result.indicators.append(indicator)
            self._indicator_fields(indicator, row)
            self.last_indicator = indicator
            self.named_at = index
        elif not self.long:
            self._repeated_row(index, name, indicator, observations)
            return
        self.polarities.see(indicator, index, row)
        if self.kind_col is not None and self._kind(row) == "target":
            for observation in observations:  # a 'Target' row of a tidy extract
                self.targets[(key, observation.period.label)] = observation.actual
            return
        for observation in observations:
            seen_key = (key, observation.period.label)
            if seen_key in self.seen:
                self._duplicate(indicator, observation, self.seen[seen_key])
                continue
            self.seen[seen_key] = observation.cell or ""
            indicator.observations.append(observation)

    def _repeated_row(
        self,
        index: int,
        name: str,
        indicator: ParsedIndicator,
        observations: list[ParsedObservation],
    ) -> None:
        """The indicator's row again (pasted twice): a copy giving a period another figure
        leaves that figure unsure; a copy that agrees is only a repeat."""
        differ = [
            second_figure(
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

    def _duplicate(
        self, indicator: ParsedIndicator, observation: ParsedObservation, first: str
    ) -> None:
        """A second figure for a period already read: the same one is a repeat; a different
        one beside it in a wide table (two columns headed alike) leaves the figure unsure."""
        label = observation.period.label
        kept = None
        if not self.long:  # a long table's repeated rows are warned about, not compared
            kept = next((o for o in indicator.observations if o.period.label == label), None)
        differs = kept is not None and (kept.actual, kept.actual_text) != (
            observation.actual,
            observation.actual_text,
        )
        if differs and observation.cell:
            row, col = from_a1(observation.cell)
            self.notes.doubt(
                self.sheet.name,
                row,
                col,
                f"a second, different figure for '{indicator.name}' {label} (the first at "
                f"{first}) — two columns name the same period; rename one or map it",
                kind="two figures for one period",
            )
            return
        self.notes.warn(
            f"{self.sheet.name}!{observation.cell}: duplicate value for '{indicator.name}' "
            f"{label} (first at {first}) — skipped",
            kind="duplicate value",
        )

    def _find_kind_column(self) -> Column | None:
        """A column saying what each row's value is ('Measure_Type': Actual or Target), as a
        warehouse extract gives one value per row."""
        if not self.long or self.actual_col is None:
            return None
        rows = self.sheet.rows[self.header.first_data : self.header.first_data + 60]
        for column in self.header.columns:
            if column.field not in _KIND_HOLDERS or column is self.name:
                continue
            seen = {
                classify(row[column.index]).field
                for row in rows
                if column.index < len(row) and not cells.is_blank(row[column.index])
            }
            if seen == {"actual", "target"}:
                return column
        return None

    def _kind(self, row: list[CellValue]) -> str | None:
        assert self.kind_col is not None
        return classify(_at(row, self.kind_col.index)).field

    def _apply_target_rows(self) -> None:
        if not self.targets:
            return
        for key, indicator in self.by_key.items():
            for observation in indicator.observations:
                target = self.targets.get((key, observation.period.label))
                if target is not None and observation.target is None:
                    observation.target = target

    def _continues_name(self, index: int, filled: list[tuple[int, CellValue]], code: str) -> bool:
        """A long name broken over two rows (a PDF turned into a sheet): the second row holds
        only the rest of the name, starting in lower case, under the indicator it belongs to."""
        if self.name is None or code or len(filled) != 1 or self.last_indicator is None:
            return False
        column, value = filled[0]
        text = text_of(value)
        if column != self.name.index or not text[:1].islower() or self.named_at != index - 1:
            return False
        self.last_indicator.name = f"{self.last_indicator.name} {text}"
        self.named_at = index
        return True

    @property
    def rows_read(self) -> int:
        return len(self.value_rows)

    def _check_name(self, index: int, name: str) -> None:
        """An indicator named like a number, a RAG word, a period or a heading: a misreading."""
        if self.name is None or not name:
            return
        problem = name_problem(name)
        if problem is not None:
            self.notes.doubt(
                self.sheet.name,
                index,
                self.name.index,
                f"indicator name '{short(name)}' {problem} — check which column holds the "
                "indicator names",
                kind=f"name {problem}",
            )

    def _repeats_header(self, name: str, code: str, row: list[CellValue]) -> bool:
        """The heading row written again further down (a second table, a printed page)."""
        column = self.name if name else self.code
        text = name or code
        if column is None or vocabulary.normalise(text) != vocabulary.normalise(column.header):
            return False
        same = sum(
            1
            for c in self.header.columns
            if c.index < len(row)
            and isinstance(row[c.index], str)
            and vocabulary.normalise(row[c.index]) == vocabulary.normalise(c.header)
        )
        return same >= 2 and same * 2 >= len(_first_filled(row))

    def _target_row(self, index: int, row: list[CellValue], name: str, code: str) -> bool:
        """A 'Target' row under its indicator's row: its period cells are that row's targets."""
        above = self.last_indicator
        if above is None:
            return False
        if not code and vocabulary.normalise(name) in vocabulary.TARGET_ROW_LABELS:
            name = ""  # "Target" written where the name goes
        elif not any(
            vocabulary.normalise(v) in vocabulary.TARGET_ROW_LABELS
            for i, v in enumerate(row)
            if i not in self.label_skip and isinstance(v, str)
        ):
            return False
        if (name and name != above.name) or (code and code != above.code):
            return False
        self.cellread.start_row()
        by_period = {o.period.label: o for o in above.observations}
        for column in self.value_cols:
            if column.field != "actual" or column.period is None:
                continue
            read = self.cellread.observation(index, row, column, column.period)
            observation = by_period.get(column.period.label)
            if read is not None and read.actual is not None and observation is not None:
                observation.target = read.actual
        return True

    def _area_decision(self, row: list[CellValue]) -> tuple[bool, str | None]:
        """(keep the row?, the comparator it stands for) in a many-area table; counts skips."""
        if self.context.area is None:
            return True, None
        choice, comparator = self.context.area.decide(row)
        if choice == "skip":
            self.result.skipped_area_rows += 1
            self.result.skipped_areas.add(text_of(_at(row, self.context.area.columns[0].index)))
            return False, None
        return True, comparator

    def _coded_row(self, index: int, row: list[CellValue]) -> None:
        keep, comparator = self._area_decision(row)
        if not keep:
            return
        portfolio = self.context.portfolio
        for column in self.coded:
            code = column.code or None
            named = self.coded_names.get(_code_key(code or ""))
            name = column.series or self.series_name or named or code or ""
            period = column.period or self.context.fallback_period
            observation = self.cellread.observation(index, row, column, period)
            if observation is None:
                continue
            self._add_one(portfolio, code, name, observation, comparator, (index, column.index))

    def _measure_row(self, index: int, row: list[CellValue]) -> None:
        column = self.period_cols[0]
        if self.table_ended:
            return
        step = self.steps.get(index)
        if step is not None and step.role != "part":
            self._subtotal_row(index, column.index, step)
            return
        period = step.period if step is not None else cells.period(_at(row, column.index))
        if period is None:
            text = " ".join(text_of(v) for v in row if not cells.is_blank(v))
            if sum(1 for v in row if isinstance(v, str) and v.strip()) >= 2:
                self.table_ended = True
                self.notes.warn(
                    f"{self.sheet.name}!{a1(index, 0)}: another table starts here ('{short(text)}')"
                    " — only the first table of the sheet is read"
                )
                return
            self.notes.skip(
                self.sheet.name, a1(index, column.index), f"no period ('{short(text)}')"
            )
            return
        keep, comparator = self._area_decision(row)
        if not keep:
            return
        portfolio = self.context.portfolio
        for measure in self.measures:
            observation = self.cellread.observation(index, row, measure, period)
            if observation is None:
                continue
            self._add_one(
                portfolio, None, measure.header, observation, comparator, (index, measure.index)
            )

    def _subtotal_row(self, index: int, col: int, step: Step) -> None:
        """A year row over its quarters (a total the sheet repeats, or a doubt), or a
        quarter that cannot be placed in the year above it (a doubt)."""
        label = step.period.label if step.period else "the year"
        self.skipped_rows.append(index)
        if step.role == "subtotal":
            self.row_roles.append((index, f"left out: total of {label}'s quarters"))
            self.notes.skip(
                self.sheet.name, a1(index, col), f"the total of {label}'s quarters below it"
            )
            return
        if step.role == "unplaced":
            self.row_roles.append((index, "left out: part of a year not placed"))
            self.notes.doubt(
                self.sheet.name,
                index,
                col,
                f"a quarter under {label}: of the calendar or the financial year? Not "
                "imported; write the year as '2024/25' or the period as 'Q1 2024/25'",
                kind="quarter under a calendar year",
            )
            return
        self.row_roles.append((index, "left out: year row over its quarters"))
        self.notes.doubt(
            self.sheet.name,
            index,
            col,
            f"the {label} row over its quarters is not their sum — is it the year's own "
            "figure or a total? Not imported; give the year its own row or leave it out",
            kind="year over quarters",
        )

    def _add_one(
        self,
        portfolio: str | None,
        code: str | None,
        name: str,
        observation: ParsedObservation,
        comparator: str | None,
        at: tuple[int, int],
    ) -> None:
        """One observation of an indicator named in a column heading (the first of a period)."""
        key = indicator_key(portfolio, code, name)
        if comparator is not None:
            self._as_comparator(key, comparator, [observation])
            return
        indicator = self.by_key.get(key)
        if indicator is None:
            indicator = ParsedIndicator(name=name, code=code, portfolio=portfolio)
            indicator.unit = cells.unit_from_header(name)
            self.by_key[key] = indicator
            self.result.indicators.append(indicator)
        seen_key = (key, observation.period.label)
        if seen_key in self.seen:
            second_figure(self.notes, self.sheet.name, at[0], at[1], indicator, observation)
            return
        self.seen[seen_key] = observation.cell or ""
        indicator.observations.append(observation)

    def _is_section(self, index: int, filled: list[tuple[int, CellValue]]) -> bool:
        """Only one or two text cells, none under a value column: a heading for the rows below."""
        if self.sheet.errors and any(
            (index, c.index) in self.sheet.errors for c in self.value_cols
        ):
            return False
        if any(not isinstance(v, str) for _, v in filled):
            return False
        if any(i in self.value_indexes for i, _ in filled):
            return False
        if len(filled) == 2 and self.code is not None and self.name is not None:
            return False
        return not (self.long and any(i in {c.index for c in self.period_cols} for i, _ in filled))

    def _section(self, index: int, row: list[CellValue]) -> None:
        text = " ".join(text_of(v) for v in row if not cells.is_blank(v))
        lowered = text.lower()
        if len(text) > 80 or lowered.startswith(_FOOTNOTE_STARTS) or text.endswith("."):
            self.notes.skip(self.sheet.name, a1(index, 0), f"note '{short(text)}'")
            self.row_roles.append((index, "a note, left out"))
            return
        self.section = text.rstrip(":").strip()
        self.row_roles.append((index, f"section heading '{short(self.section, 30)}'"))

    def _portfolio(self, row: list[CellValue]) -> str | None:
        if self.portfolio_col is not None:
            # written (or merged) once at the top of its group of rows: carried down
            found = text_of(_at(row, self.portfolio_col.index)) or self.last_portfolio
            if found:
                if found != self.last_portfolio:
                    self.last_service = ""  # a new portfolio starts its own services
                self.last_portfolio = found
                return found
        if self.context.portfolio is not None:
            return self.context.portfolio
        if self.section is not None and not self.section_is_service:
            return self.section
        return None

    def _service(self, row: list[CellValue]) -> str | None:
        if self.service_col is not None:
            found = text_of(_at(row, self.service_col.index)) or self.last_service
            if found:
                self.last_service = found
                return found
        return self.section if self.section_is_service else None

    def _indicator_fields(self, indicator: ParsedIndicator, row: list[CellValue]) -> None:
        for column in self.indicator_cols:
            value = _at(row, column.index)
            if cells.is_blank(value):
                continue
            if column.field == "polarity" and indicator.polarity == "unknown":
                indicator.polarity = cells.polarity(value)
            elif column.field == "unit" and indicator.unit is None:
                indicator.unit = cells.canonical_unit(text_of(value))
            elif column.field == "owner" and indicator.owner is None:
                indicator.owner = text_of(value)
            elif column.field == "description" and indicator.description is None:
                indicator.description = text_of(value)
            elif column.field == "exempt":
                indicator.exempt = vocabulary.normalise(value) in ("yes", "y", "true", "1", "x")
        if indicator.polarity == "unknown":
            indicator.polarity = cells.polarity_from_name(indicator.name)
        if indicator.polarity == "unknown" and self.cellread.target_says is not None:
            indicator.polarity = self.cellread.target_says
        if self.cellread.band is not None:
            indicator.band_low, indicator.band_high = self.cellread.band
        if indicator.unit is None:
            indicator.unit = self.cellread.unit or cells.unit_from_header(indicator.name)

    def _as_comparator(self, key: str, name: str, observations: list[ParsedObservation]) -> None:
        for observation in observations:
            if observation.actual is not None:
                slot = self.result.comparators.setdefault((key, observation.period.label), {})
                slot.setdefault(name, observation.actual)

    # -- observations -------------------------------------------------------------------------

    def _observations(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        if self.long:
            return self._long(index, row)
        return self._wide(index, row)

    def _long(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        if len(self.period_order) == 1:
            return self._long_one(index, row)
        texts = [_at(row, c.index) for c in self.period_order]
        said = period_parts(self.period_order, texts)
        parts = [text_of(t) for t in said]
        if not parts:
            self._skip_row(index, self.period_cols[0].index, "no period")
            return []
        dates = [_as_date(t) for t in texts] if len(parts) == 2 else []
        if len(dates) == 2 and dates[0] is not None and dates[1] is not None:
            period = cells.period_between(dates[0], dates[1])  # period_start, period_end
        else:
            period = self._period(said[0] if len(parts) == 1 else " ".join(parts))
        if period is None and len(parts) == 2:
            period = _within_year(parts[0], parts[1]) or _within_year(parts[1], parts[0])
        if period is None:
            self._unplaced_period(index, " ".join(parts))
            return []
        return self._observed(index, row, period)

    def _long_one(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        """``_long`` for the usual table with one period column."""
        value = _at(row, self.period_order[0].index)
        if value is None or (value.__class__ is str and not value.strip()):
            self._skip_row(index, self.period_cols[0].index, "no period")
            return []
        period = None
        if self.quarter_dates and isinstance(value, dt.date):
            period = cells.quarter_of_date(value)
        period = period or self._period(value)
        if period is None:
            self._unplaced_period(index, text_of(value))
            return []
        return self._observed(index, row, period)

    def _skip_row(self, index: int, col: int, reason: str) -> None:
        self.notes.skip(self.sheet.name, a1(index, col), reason)
        self.skipped_rows.append(index)
        self.row_roles.append((index, f"left out: {reason}"))

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
        if self.observe is None:
            return []
        observation = self.observe(index, row, period)
        if observation is None:
            return []
        for apply in self.appliers:
            apply(observation, index, row)
        return [observation]

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
            self.periods_seen[value] = found
            return found

    def _wide(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        actuals = [c for c in self.value_cols if c.field == "actual"]
        found: list[ParsedObservation] = []
        by_period: dict[str, ParsedObservation] = {}
        for column in actuals:
            period = column.period or self.context.fallback_period
            observation = self.cellread.observation(index, row, column, period)
            if observation is not None:
                found.append(observation)
                by_period[period.label] = observation
        if not found:
            return found
        # the row's RAG goes with its latest figure; a year's own figure beside its last
        # quarter ("Q4 2024/25 | 2024/25 annual") is the one a year-end rating judges
        latest = max(found, key=lambda o: (o.period.end, o.period.kind in _YEARS, o.period.start))
        yearly: list[Column] = []
        general: list[Column] = []
        for column in self.obs_cols:
            if column.period is not None and column is not self.single_target:
                target = by_period.get(column.period.label)
                if target is not None:
                    self.cellread.apply(target, index, row, column)
                elif column.field == "target" and column.period.kind == "financial_year":
                    yearly.append(column)
            elif column.field == "target":
                general.append(column)
            else:
                self.cellread.apply(latest, index, row, column)
        # "Targets 2024/25" beside quarter targets: for the rest of the year; then an
        # "Annual target" beside profiled "Q1 Target" columns: only where a period has none
        own = {
            c.period.label
            for c in self.obs_cols
            if c.field == "target" and c.period is not None and c is not self.single_target
        }
        for column in (*yearly, *general):
            for observation in found:
                if column in general and observation.period.label in own:
                    continue  # the period's own target cell is blank: it has no target
                if observation.target is None and _within(observation.period, column.period):
                    self.cellread.apply(observation, index, row, column)
        return found


_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})

# headings a 'Measure_Type' column may be read as before its cells show it holds Actual/Target
_KIND_HOLDERS = frozenset({None, "name", "ignore", "description", "commentary"})


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00)?)?$")
_UK_DAY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


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


def _is_key_row(code: str, name: str) -> bool:
    """'Key:' beside '● = On track ▲ = At risk': the file's legend, not an indicator."""
    first = code or name
    if len(first) <= 10 and _is_key_label(first):
        return True
    if len(first) > 10 and keys.code_entries(first):  # "Status key: 1 = Target met, 2 = ..."
        return True
    return bool(name) and not name.isascii() and keys.is_key_text(name)


@lru_cache(maxsize=16384)
def _is_key_label(text: str) -> bool:
    return vocabulary.normalise(text) in vocabulary.KEY_LABELS


def _within_year(year_text: str, inner: str) -> Period | None:
    """A 'Financial Year' column of 2024/25 beside a 'Month' of January: January 2025."""
    year = cells.period(year_text)
    if year is None or year.kind not in ("financial_year", "academic_year", "calendar_year"):
        return None
    return periods.combine_period(year, inner)


def _within(period: Period, span: Period | None) -> bool:
    """A target dated 2024/25 applies to 2024/25 and its quarters and months, not to 2022/23."""
    return span is None or (span.start <= period.start and period.end <= span.end)


_CODE = re.compile(r"^[A-Za-z&]{1,8}[ ._-]?\d{1,4}[A-Za-z]?(?:[._-]\d{1,3})?$")


# "CP01 - Repairs right first time", "PAM/012 Percentage of ...": a code, then the name
_CODE_LEADS = re.compile(
    r"^(?P<code>[A-Z][A-Za-z]{0,7}(?:[ ._-]?\d{1,4}[A-Za-z]?(?:[._-]\d{1,3})?"
    r"(?=\s*[-–—:]\s)|/\d{1,4}[A-Za-z]?(?=\s)))\s*[-–—:]?\s+(?P<name>\S.*)$"
)


def _codes_lead_names(header: Header, name: Column | None) -> bool:
    """Nearly every indicator row's name starts with a code and a dash (or a PAM/012 code)."""
    if name is None:
        return False
    rows = header.sheet.rows[header.first_data : header.first_data + 30]
    numbered = [r for r in rows if any(isinstance(v, int | float) for v in r)]
    values = [v for v in (text_of(_at(r, name.index)) for r in numbered) if v]
    matched = sum(1 for v in values if _CODE_LEADS.match(v))
    return len(values) >= 2 and matched * 5 >= len(values) * 4


def _codes_in_name_column(header: Header) -> None:
    """'Indicator' holding NI 192, ASC1 ... beside a 'Description' of words: a code and a name."""
    names = header.of("name")
    wordy = header.of("description")
    if header.one("code") is not None or len(names) != 1 or not wordy:
        return
    rows = header.sheet.rows[header.first_data : header.first_data + 30]
    values = [text_of(_at(r, names[0].index)) for r in rows]
    values = [v for v in values if v]
    if values and sum(1 for v in values if _CODE.match(v)) * 5 >= len(values) * 4:
        names[0].field, wordy[0].field = "code", "name"


def _drop_undated_actuals(header: Header, notes: Notes) -> None:
    """Value columns that name no period: beside dated ones they repeat one of them; two of
    them, or one counted from a period nothing names ('Previous', 'This quarter'), put
    figures in no period, and the reading is held for review. One plain 'Actual' column is a
    snapshot, read at the period the title names or the file's date. In a long table each
    row's period places them all."""
    dated = any(c.field == "actual" and c.period is not None for c in header.columns)
    undated = [c for c in header.columns if c.field == "actual" and c.period is None and not c.code]
    if dated:
        for column in undated:
            column.field = "ignore"
            notes.warn(
                f"{header.sheet.name}!{a1(header.top, column.index)}: column '{column.header}' "
                "has no period beside dated columns — not imported"
            )
        return
    if not undated:
        return
    long = any(c.field == "period" and c.period is None for c in header.columns)
    # the one read as at the file's date when accepted: the report's own period, not one back
    kept = next((c for c in undated if (relative.meaning(c.header) or (None, 0))[1] == 0), None)
    kept = undated[0] if long else kept or undated[-1]
    if not long and (len(undated) > 1 or kept.unanchored):
        for column in undated:
            notes.doubt(
                header.sheet.name,
                header.top,
                column.index,
                f"the figures under '{column.header}' are in no period — none is named in a "
                "heading, a title row, the sheet name or the file name; name it there (e.g. "
                f"'Q2 2024/25'), or import with --accept to read '{kept.header}' as at the "
                "file's date",
                kind="figures in no period",
            )
    for column in undated:
        if column is not kept:
            column.field = "ignore"
            notes.warn(
                f"{header.sheet.name}!{a1(header.top, column.index)}: a second value column "
                f"'{column.header}' — only '{kept.header}' is imported"
            )


def _first_filled(row: list[CellValue]) -> list[tuple[int, CellValue]]:
    """The first three non-blank cells of a row (enough to tell blank, section and data rows)."""
    if len(row) >= 3:  # a data row usually starts with three filled cells: no search
        a, b, c = row[0], row[1], row[2]
        if (
            a is not None
            and b is not None
            and c is not None
            and (a.__class__ is not str or a.strip())
            and (b.__class__ is not str or b.strip())
            and (c.__class__ is not str or c.strip())
        ):
            return [(0, a), (1, b), (2, c)]
    found: list[tuple[int, CellValue]] = []
    for position, value in enumerate(row):
        if value is None or (value.__class__ is str and not value.strip()):
            continue
        found.append((position, value))
        if len(found) == 3:
            break
    return found


def _series_name(header: Header) -> str:
    """The indicator a one-indicator sheet holds: its title above the table, else the sheet name."""
    for row in header.sheet.rows[: header.top]:
        for value in row:
            text = text_of(value)
            if text and len(text) <= 200:
                return text
    return header.sheet.name


def _coded_names(header: Header) -> dict[str, str]:
    """Titles written above coded headings: 'CHN1 - Cost per primary pupil' names CHN1."""
    names: dict[str, str] = {}
    if header.top == 0:
        return names
    for value in header.sheet.rows[header.top - 1]:
        found = _CODE_TITLE.match(text_of(value))
        if found is not None:
            names[_code_key(found["code"])] = found["title"].strip()
    return names


# "CHN1 - Cost per pupil", "SW4a -Percentage of adults", "CORP-ASSET1 - Proportion of …"
_CODE_TITLE = re.compile(r"(?P<code>\S.{0,11}?)\s+[-–]\s*(?P<title>\S.*)")


def _code_key(code: str) -> str:
    return code.strip().upper().replace(" ", "")


def _period_order(columns: list[Column]) -> list[Column]:
    """Quarter/month columns before year columns, so 'Q1' + '2024/25' reads 'Q1 2024/25'."""

    def rank(column: Column) -> int:
        key = vocabulary.normalise(column.header)
        return 0 if ("quarter" in key or "month" in key) else 1

    return sorted(columns, key=rank)


def _looks_like_code(text: str) -> bool:
    stripped = text.strip()
    # "ECON6", "PAM/012", and benchmark codes written with a space: "C&L 01", "CHN 12a"
    return (
        bool(stripped)
        and len(stripped) <= 20
        and (" " not in stripped or bool(_SPACED_CODE.fullmatch(stripped)))
    )


_SPACED_CODE = re.compile(r"[A-Za-z&]{1,8} [0-9]{1,4}[A-Za-z]?")
