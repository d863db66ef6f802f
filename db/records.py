"""Plain, immutable results of queries: nothing here is bound to a session."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any


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


class _IndicatorRecordBeingMade:
    """An IndicatorRecord's slots, in its order, without the frozen guard: filled with plain
    stores, the object then takes the class whose layout it has (a test holds the two
    equal)."""

    __slots__ = IndicatorRecord.__slots__


_new = object.__new__


def make_indicator_record(
    id: int,
    code: str | None,
    name: str,
    portfolio: str | None,
    service: str | None,
    polarity: str,
    unit: str | None,
    description: str | None,
    owner: str | None,
    exempt: bool,
    tolerance_mode: str | None,
    tolerance_amber: float | None,
    band_low: float | None,
    band_high: float | None,
    observations: tuple[ObservationRecord, ...],
    open_questions: int,
    portfolio_position: int,
    service_position: int,
    position: int,
) -> IndicatorRecord:
    """``IndicatorRecord(...)`` with every field given in order, made in a third of the time
    (the frozen class's __init__ sets each field through the guarded object.__setattr__):
    one is made for each indicator a store's start-up or an import reads."""
    record: Any = _new(_IndicatorRecordBeingMade)
    record.id = id
    record.code = code
    record.name = name
    record.portfolio = portfolio
    record.service = service
    record.polarity = polarity
    record.unit = unit
    record.description = description
    record.owner = owner
    record.exempt = exempt
    record.tolerance_mode = tolerance_mode
    record.tolerance_amber = tolerance_amber
    record.band_low = band_low
    record.band_high = band_high
    record.observations = observations
    record.open_questions = open_questions
    record.portfolio_position = portfolio_position
    record.service_position = service_position
    record.position = position
    record.__class__ = IndicatorRecord
    return record  # type: ignore[no-any-return]


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


class _AnalysisRecordBeingMade:
    """An AnalysisRecord's slots, in its order, without the frozen guard (as above)."""

    __slots__ = AnalysisRecord.__slots__


def make_analysis_record(
    version: int,
    tolerance: str,
    latest_period_id: int | None,
    rag_computed: str | None,
    rag_latest: str | None,
    direction_previous: str | None,
    direction_last_year: str | None,
    red_streak: int,
    flag_rules: tuple[str, ...],
    flags_json: str,
    commentary: str | None,
    last_text: str | None,
) -> AnalysisRecord:
    """``AnalysisRecord(...)`` with every field given in order, made as
    ``make_indicator_record`` makes a record: one is made for each indicator analysed."""
    analysis: Any = _new(_AnalysisRecordBeingMade)
    analysis.version = version
    analysis.tolerance = tolerance
    analysis.latest_period_id = latest_period_id
    analysis.rag_computed = rag_computed
    analysis.rag_latest = rag_latest
    analysis.direction_previous = direction_previous
    analysis.direction_last_year = direction_last_year
    analysis.red_streak = red_streak
    analysis.flag_rules = flag_rules
    analysis.flags_json = flags_json
    analysis.commentary = commentary
    analysis.last_text = last_text
    analysis.__class__ = AnalysisRecord
    return analysis  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class SummaryRecord:
    """An indicator without its series: its stored analysis and its latest figure only."""

    indicator: IndicatorRecord  # observations left empty
    analysis: AnalysisRecord | None  # None when it was never worked out
    latest: ObservationRecord | None  # comparators left empty
