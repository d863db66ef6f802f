"""Plain data passed between the scorecard readers, the layout finder and the importer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

CellValue = str | float | int | bool | dt.datetime | dt.date | dt.time | None

PeriodKind = Literal[
    "quarter", "month", "financial_year", "academic_year", "calendar_year", "range", "date"
]
Polarity = Literal["higher_is_better", "lower_is_better", "on_target", "none", "unknown"]
Rag = Literal["red", "amber", "green"]


class ScorecardError(Exception):
    """Input problem: the file is refused. ``str(err)`` is one line: what, then what to do."""


class PasswordRequired(ScorecardError):
    """The workbook is encrypted and no (or a wrong) password was given."""


@dataclass(frozen=True, slots=True)
class CellStyle:
    """What a cell's formatting says, only where it carries meaning."""

    number_format: str | None = None  # e.g. "0%", "0.0%", '"£"#,##0'
    fill: str | None = None  # solid fill (or conditional-format fill) as "RRGGBB"


@dataclass(slots=True)
class Sheet:
    """One worksheet as a rectangular grid of raw values (row-major, 0-based)."""

    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    # only cells whose style matters (percent formats, fills), keyed by (row, col), 0-based
    styles: dict[tuple[int, int], CellStyle] = field(default_factory=dict)
    # merged ranges as (first_row, first_col, last_row, last_col), 0-based inclusive
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    # cells holding an Excel error value (#N/A, #DIV/0! ...): (row, col) -> text
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class Workbook:
    path: str
    format: Literal["xlsx", "xlsm", "xls", "xlsb", "ods", "csv"]
    sheets: list[Sheet]
    warnings: list[str] = field(default_factory=list)
    # text files whose numbers are written 1.234,5 (cells stay strings; parsers convert)
    decimal_comma: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    label: str  # as the app shows it, e.g. "Q1 2024/25"
    start: dt.date
    end: dt.date
    kind: PeriodKind


@dataclass(slots=True)
class ParsedObservation:
    period: Period
    actual: float | None = None
    actual_text: str | None = None  # what stood there when it was not a number
    target: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    rag: Rag | None = None  # as the scorecard gave it
    direction_text: str | None = None  # as the scorecard gave it
    comparators: dict[str, float] = field(default_factory=dict)
    commentary: str | None = None
    sheet: str | None = None
    cell: str | None = None  # A1 reference of the actual (or the row's first cell)


@dataclass(slots=True)
class ParsedIndicator:
    name: str
    code: str | None = None
    portfolio: str | None = None
    service: str | None = None
    polarity: Polarity = "unknown"
    unit: str | None = None
    description: str | None = None
    owner: str | None = None
    exempt: bool = False
    observations: list[ParsedObservation] = field(default_factory=list)


@dataclass(slots=True)
class ParsedScorecard:
    """Everything read from one file, before it touches the store."""

    path: str
    indicators: list[ParsedIndicator]
    warnings: list[str] = field(default_factory=list)
    area: str | None = None
    sheet: str | None = None
    profile: str | None = None
