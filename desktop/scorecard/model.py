"""Plain data the layout stage hands to the importer: periods, parsed indicators, errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

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
