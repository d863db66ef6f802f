"""What every table shape's row reader shares: the sheet's context, the result, cell reading,
building an indicator from headed observations, and the notes on rows left out.

The readers themselves, one per table shape, are in ``layout/shapes/``; ``shapes.reader_for``
picks one from the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar, Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    case_cells,
    count_share_cells,
    figure_ratings,
    hidden_columns,
    keys,
    long_to_date,
    marked_figures,
    relative,
    struck_rows,
    swatch_keys,
    typed_pairs,
    undated_periods,
    worded_values,
    zero_cells,
)
from desktop.scorecard.layout.cellread import CellReader, short
from desktop.scorecard.layout.conflicts import second_figure
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period, Role
from desktop.scorecard.parse import cells, profile_targets
from desktop.scorecard.read.grid import CellValue, Sheet


@dataclass(slots=True)
class AreaChoice:
    """Which rows of a many-area table to keep, and which become comparators."""

    columns: list[Column]
    wanted: str | None  # normalised name or code of the chosen area
    why: str | None = None  # for --explain: what named the area, when no --area did

    def decide(self, row: list[CellValue]) -> tuple[str, str | None]:
        """("keep" | "comparator" | "skip", comparator name)."""
        texts = [vocabulary.area_key(at(row, c.index)) for c in self.columns]
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
    revised_note: bool = False  # a note in the workbook says an r after a figure is revised
    # numbered school terms a note in the workbook defines by months ('Term 2 = January to March')
    terms: dict[int, tuple[int, int]] = field(default_factory=dict)
    # nothing in the file names the period: ``fallback_period`` is the file's own date
    file_dated: bool = False
    # the workbook's key of shadings (patterns, greys) beside their meanings
    swatches: swatch_keys.Swatches = field(default_factory=dict)


@dataclass(slots=True)
class SheetResult:
    indicators: list[ParsedIndicator] = field(default_factory=list)
    # (indicator key, period label) -> comparator name -> value, from group-area rows
    comparators: dict[tuple[str, str], dict[str, float]] = field(default_factory=dict)
    skipped_areas: set[str] = field(default_factory=set)
    skipped_area_rows: int = 0


def at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


@lru_cache(maxsize=16384)
def indicator_key(portfolio: str | None, code: str | None, name: str) -> str:
    if code:
        return f"{vocabulary.normalise(portfolio)}|c|{code.lower()}"
    return f"{vocabulary.normalise(portfolio)}|n|{vocabulary.normalise(name)}"


# how a table lays out its figures; each has its own reader in ``layout/shapes/``
TableShape = Literal["wide", "long", "benchmark", "measures"]

# the columns that hold no figure of an indicator
_NOT_VALUES: tuple[Role, ...] = (
    "code",
    "name",
    "portfolio",
    "service",
    "period",
    "area",
    "ignore",
    "measure",
)
# the columns whose cells add to an observation (beside comparators)
_OBSERVED: frozenset[Role | None] = frozenset(
    {"target", "rag", "numerator", "denominator", "direction", "commentary", "comparator"}
)


class RowReader:
    """One table's data rows -> indicators. A subclass per table shape reads each row
    (``_row``); this base walks the rows and holds what the shapes share."""

    shape: ClassVar[TableShape]

    def __init__(self, header: Header, context: SheetContext) -> None:
        self.header = header
        self.sheet: Sheet = header.sheet
        self.context = context
        self.notes = context.notes
        self.result = SheetResult()
        self.by_key: dict[str, ParsedIndicator] = {}
        self.seen: dict[tuple[str, str], str] = {}
        self.code = header.one("code")
        self.name = header.one("name")
        self.portfolio_col = header.one("portfolio")
        self.service_col = header.one("service")
        self.period_cols = [c for c in header.of("period") if c.period is None]
        self.value_cols = [
            c for c in header.columns if c.field is not None and c.field not in _NOT_VALUES
        ]
        self.obs_cols = [c for c in self.value_cols if c.field in _OBSERVED]
        self.indicator_cols = [c for c in self.value_cols if c.period is None]
        self.value_indexes = {c.index for c in self.value_cols}
        self.cellread = CellReader(
            header.sheet, context.notes, context.decimal_comma, context.key, context.swatches
        )
        # a many-area table naming each area once, on the first row of its block
        self.areas_carried = (
            carried_areas(header, context.area.columns) if context.area is not None else {}
        )
        self.cellread.figure_ratings = figure_ratings.decide(
            header, context.key, context.revised_note
        )
        self.cellread.written_periods = profile_targets.written(
            {c.header: c.period for c in header.columns if c.field == "actual" and c.period}
        )
        self.skipped_rows: list[int] = []  # data rows left out (no name, no period ...)
        self.value_rows: list[int] = []  # data rows read as an indicator's values
        # what each other data row was read as (row index, role), for ``import --explain``
        self.row_roles: list[tuple[int, str]] = []

    # -- rows ---------------------------------------------------------------------------------

    def read(self) -> SheetResult:
        self._read_rows()
        self._finish()
        self.cellread.warn_marked()
        count_share_cells.settle(
            self.cellread.held_shares, self.result.indicators, self.notes, self.sheet.name
        )
        case_cells.check(self.cellread.cases_read, self.notes, self.sheet.name)
        zero_cells.settle(
            self.cellread.zero_held, self.result.indicators, self.notes, self.sheet.name
        )
        hidden = sorted(r for r in self.sheet.hidden_rows if r >= self.header.first_data)
        if hidden:
            shown = ", ".join(str(r + 1) for r in hidden[:8]) + (", …" if len(hidden) > 8 else "")
            self.notes.warn(
                f"{self.sheet.name}: rows {shown} are hidden in the sheet — imported all the same"
            )
        used = {c.index for c in self.header.columns if c.field not in (None, "ignore")}
        read_hidden = sorted(self.sheet.hidden_cols & used)  # a period's, or a saved mapping's
        if read_hidden:
            letters = [a1(self.header.top, col).rstrip("0123456789") for col in read_hidden]
            named = ", ".join(letters[:8]) + (
                f" and {len(letters) - 8} more" if len(letters) > 8 else ""
            )
            noun, verb = ("column", "is") if len(letters) == 1 else ("columns", "are")
            self.notes.warn(
                f"{self.sheet.name}!{a1(self.header.top, read_hidden[0])}: {noun} {named} "
                f"{verb} hidden in the sheet — imported all the same"
            )
        if self.header.hidden:
            self.notes.warn(hidden_columns.line(self.header))
        return self.result

    def _read_rows(self) -> None:
        """Every data row, in order: each one that is not blank (nor withdrawn) to ``_row``."""
        sheet = self.sheet
        rows = sheet.rows
        for index in range(self.header.first_data, len(rows)):
            row = rows[index]
            filled = first_filled(row)
            # only a styled cell is struck through: a sheet without styles withdraws no row
            if filled and not (sheet.styles and self._withdrawn(index)):
                self._row(index, row, filled)

    def _row(self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]) -> None:
        """Read one data row that is not blank (``filled``: its first non-blank cells)."""
        raise NotImplementedError

    def _finish(self) -> None:
        """After the last row: what a shape settles once it has seen them all."""

    @property
    def rows_read(self) -> int:
        return len(self.value_rows)

    # -- shared by the shapes -----------------------------------------------------------------

    def _withdrawn(self, index: int) -> bool:
        """A row whose name is struck through: a withdrawn indicator, left out and said so
        (not counted among the rows skipped for want of a name or a period)."""
        struck = struck_rows.struck_name(
            self.sheet,
            index,
            self.name.index if self.name else None,
            self.code.index if self.code else None,
        )
        if struck is None:
            return False
        why = struck_rows.reason(short(text_of(self.sheet.rows[index][struck])))
        self.notes.skip(self.sheet.name, a1(index, struck), why)
        self.row_roles.append((index, f"left out: {why}"))
        return True

    def _skip_row(self, index: int, col: int, reason: str) -> None:
        self.notes.skip(self.sheet.name, a1(index, col), reason)
        self.skipped_rows.append(index)
        self.row_roles.append((index, f"left out: {reason}"))

    def _area_decision(self, index: int, row: list[CellValue]) -> tuple[bool, str | None]:
        """(keep the row?, the comparator it stands for) in a many-area table; counts skips.
        A row whose area cell is blank under a block's first row is that block's area's."""
        if self.context.area is None:
            return True, None
        carried = self.areas_carried.get(index)
        if carried is not None:
            column = self.context.area.columns[0].index
            row = list(row) + [None] * (column + 1 - len(row))  # a ragged row ends early
            row[column] = carried
        choice, comparator = self.context.area.decide(row)
        if choice == "skip":
            self.result.skipped_area_rows += 1
            self.result.skipped_areas.add(text_of(at(row, self.context.area.columns[0].index)))
            return False, None
        return True, comparator

    def _as_comparator(self, key: str, name: str, observations: list[ParsedObservation]) -> None:
        for observation in observations:
            if observation.actual is not None:
                slot = self.result.comparators.setdefault((key, observation.period.label), {})
                slot.setdefault(name, observation.actual)

    def _add_one(
        self,
        portfolio: str | None,
        code: str | None,
        name: str,
        observation: ParsedObservation,
        comparator: str | None,
        place: tuple[int, int],
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
            second_figure(self.notes, self.sheet.name, place[0], place[1], indicator, observation)
            return
        self.seen[seen_key] = observation.cell or ""
        indicator.observations.append(observation)


def carried_areas(header: Header, columns: list[Column]) -> dict[int, str]:
    """Rows of a many-area table whose area cells are all blank -> the area named above them.

    A download laid out in blocks (StatsWales, a pivot table) names each area only on the
    first row of its block; the rows under it, up to the next named area, are that area's.
    A blank line ends a block: rows after it (notes, a second table) are no area's."""
    if not columns:
        return {}
    first = columns[0].index
    others = [c.index for c in header.columns if c.field not in (None, "area", "ignore")]
    found: dict[int, str] = {}
    last: str | None = None
    for index in range(header.first_data, len(header.sheet.rows)):
        row = header.sheet.rows[index]
        if all(cells.is_blank(v) for v in row):
            last = None
            continue
        if any(not cells.is_blank(at(row, c.index)) for c in columns):
            text = text_of(at(row, first))
            last = text or None
            continue
        if last is not None and any(not cells.is_blank(at(row, i)) for i in others):
            found[index] = last
    return found


def first_filled(row: list[CellValue]) -> list[tuple[int, CellValue]]:
    """The first three non-blank cells of a row (enough to tell blank, section and data rows)."""
    if _starts_filled(row):  # a data row usually starts with three filled cells: no search
        return [(0, row[0]), (1, row[1]), (2, row[2])]
    found: list[tuple[int, CellValue]] = []
    for position, value in enumerate(row):
        if value is None or (value.__class__ is str and not value.strip()):
            continue
        found.append((position, value))
        if len(found) == 3:
            break
    return found


def three_filled(row: list[CellValue]) -> bool:
    """Whether the row has at least three cells that are not blank (``first_filled``'s)."""
    return _starts_filled(row) or len(first_filled(row)) >= 3


def _starts_filled(row: list[CellValue]) -> bool:
    """The row's first three cells are all filled: text other than spaces, or a value."""
    if len(row) < 3:
        return False
    a, b, c = row[0], row[1], row[2]
    return (
        a is not None
        and b is not None
        and c is not None
        and (a.__class__ is not str or a.strip() != "")
        and (b.__class__ is not str or b.strip() != "")
        and (c.__class__ is not str or c.strip() != "")
    )


# -- before the shape is chosen: settle the columns the shape depends on ---------------------


def prepare(header: Header, notes: Notes) -> None:
    """Settle the value and name columns before the table's shape is told from them."""
    long_to_date.settle(header, notes)
    marked_figures.pair_ratings(header, notes)  # 'RAG' beside 'In quarter' | 'Year to date'
    typed_pairs.settle(header)  # 'Actual %' | 'Actual £', one filled a row: one figure
    _drop_undated_actuals(header, notes)
    _codes_in_name_column(header)


_CODE = re.compile(r"^[A-Za-z&]{1,8}[ ._-]?\d{1,4}[A-Za-z]?(?:[._-]\d{1,3})?$")


def _codes_in_name_column(header: Header) -> None:
    """'Indicator' holding NI 192, ASC1 ... beside a 'Description' of words: a code and a name."""
    names = header.of("name")
    wordy = header.of("description")
    if header.one("code") is not None or len(names) != 1 or not wordy:
        return
    rows = header.sheet.rows[header.first_data : header.first_data + 30]
    values = [text_of(at(r, names[0].index)) for r in rows]
    values = [v for v in values if v]
    if values and sum(1 for v in values if _CODE.match(v)) * 5 >= len(values) * 4:
        names[0].field, wordy[0].field = "code", "name"


def _has_figures(header: Header, column: Column) -> bool:
    """A figure in any data cell of the column."""
    return any(
        cells.is_figure(at(row, column.index)) for row in header.sheet.rows[header.first_data :]
    )


def _withheld(header: Header, column: Column, notes: Notes) -> bool:
    """A column whose period a rule withheld ('quarters or months?'): its own doubt."""
    if not column.doubt:
        return False
    notes.doubt(header.sheet.name, header.top, column.index, column.doubt, kind="period withheld")
    return True


def _drop_undated_actuals(header: Header, notes: Notes) -> None:
    """Value columns that name no period: beside dated ones they repeat one of them; two of
    them, or one counted from a period nothing names ('Previous', 'This quarter'), put
    figures in no period, and the reading is held for review. One plain 'Actual' column is a
    snapshot, read at the period the title names or the file's date. In a long table each
    row's period places them all."""
    dated = any(c.field == "actual" and c.period is not None for c in header.columns)
    undated = [
        c
        for c in header.columns
        if c.field == "actual"
        and c.period is None
        and not c.code
        and not c.to_date
        and c.index not in header.typed
    ]
    if dated:
        for column in undated:
            column.field = "ignore"
            if _withheld(header, column, notes):
                continue
            if vocabulary.normalise(column.header) in vocabulary.YEAR_TO_DATE:
                notes.doubt(
                    header.sheet.name,
                    header.top,
                    column.index,
                    f"the year to date under '{column.header}' runs to no month or quarter "
                    "the sheet names — name it in the heading or a title row (e.g. 'YTD to "
                    "Sep 2024'), or map the column",
                    kind="year to date in no period",
                )
                continue
            if vocabulary.normalise(column.header) in vocabulary.YEAR_FIGURE_WORDS and _has_figures(
                header, column
            ):
                notes.doubt(
                    header.sheet.name,
                    header.top,
                    column.index,
                    f"'{column.header}' names no year, and the periods beside it do not show "
                    "one (they are of several years, or months of a financial or a calendar "
                    "year alike) — say which year in the heading (e.g. 'Full year 2024/25'), "
                    "or import with --accept to leave the column out",
                    kind="year figure in no year",
                )
                continue
            if worded_values.doubt(header, column, notes):
                continue  # words, not a repeat of a dated column's figures: never dropped
            if undated_periods.doubt(header, column, notes):
                continue  # a period's figures the heading names but could not be placed
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
    if not long and (len(undated) > 1 or kept.unanchored or kept.doubt):
        for column in undated:
            if _withheld(header, column, notes):
                continue
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
