"""Plain, immutable results of queries: nothing here is bound to a session."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PeriodRecord:
    id: int
    label: str
    start: dt.date
    end: dt.date
    kind: str


@dataclass(frozen=True, slots=True)
class ObservationRecord:
    id: int
    period: PeriodRecord
    actual: float | None
    actual_text: str | None
    target: float | None
    numerator: float | None
    denominator: float | None
    rag: str | None
    direction_text: str | None
    commentary: str | None
    source_file: str | None
    source_sheet: str | None
    source_cell: str | None
    import_id: int | None
    comparators: tuple[tuple[str, float], ...] = ()  # (name, value), ordered by name


@dataclass(frozen=True, slots=True)
class IndicatorRecord:
    id: int
    code: str | None
    name: str
    portfolio: str | None
    service: str | None
    polarity: str
    unit: str | None
    description: str | None
    owner: str | None
    exempt: bool
    tolerance_mode: str | None
    tolerance_amber: float | None
    band_low: float | None
    band_high: float | None
    observations: tuple[ObservationRecord, ...] = ()  # ordered by period start, then end
    open_questions: int = 0
    portfolio_position: int = 0
    service_position: int = 0
    position: int = 0


@dataclass(frozen=True, slots=True)
class ImportRecord:
    id: int
    file_name: str
    sha256: str
    imported_at: dt.datetime
    status: str
    indicator_count: int
    observation_count: int
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class IndicatorMatch:
    """An indicator found from what a user typed (a code, a name, or PORTFOLIO/CODE)."""

    id: int
    code: str | None
    name: str
    portfolio: str | None


@dataclass(frozen=True, slots=True)
class AnalysisRecord:
    """An indicator's stored analysis (see ``IndicatorAnalysisRow``)."""

    version: int
    tolerance: str
    latest_period_id: int | None
    rag_computed: str | None
    rag_latest: str | None
    direction_previous: str | None
    direction_last_year: str | None
    red_streak: int
    flag_rules: tuple[str, ...]  # the rule of each flag, in order
    flags_json: str  # every flag as [rule, message, period label], read when asked for
    commentary: str | None
    last_text: str | None

    def flags(self) -> tuple[tuple[str, str, str | None], ...]:
        """Every flag as (rule, message, period label)."""
        return tuple(
            (str(f[0]), str(f[1]), None if f[2] is None else str(f[2]))
            for f in json.loads(self.flags_json)
        )


@dataclass(frozen=True, slots=True)
class SummaryRecord:
    """An indicator without its series: its stored analysis and its latest figure only."""

    indicator: IndicatorRecord  # observations left empty
    analysis: AnalysisRecord | None  # None when it was never worked out
    latest: ObservationRecord | None  # comparators left empty
