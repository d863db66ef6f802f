"""The read facade: indicators from the store joined with their analysis, as plain data."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any, cast

from sqlalchemy.orm import Session

from db import queries
from db.records import IndicatorRecord, ObservationRecord
from desktop.analysis import assess, what_changed
from desktop.analysis.types import (
    DEFAULT_TOLERANCE,
    Assessment,
    ChangeSummary,
    Point,
    Polarity,
    Rag,
    Series,
    Tolerance,
)
from desktop.tolerances import default_tolerance

_TOLERANCE_MODES = ("percent", "points")


@dataclass(frozen=True)
class IndicatorView:
    """One indicator as every view of the app sees it."""

    record: IndicatorRecord
    series: Series
    assessment: Assessment

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def code(self) -> str | None:
        return self.record.code

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def portfolio(self) -> str | None:
        return self.record.portfolio

    @property
    def service(self) -> str | None:
        return self.record.service

    @property
    def polarity(self) -> str:
        return self.record.polarity

    @property
    def unit(self) -> str | None:
        return self.record.unit

    @property
    def exempt(self) -> bool:
        return self.record.exempt

    @property
    def open_questions(self) -> int:
        return self.record.open_questions

    @property
    def observations(self) -> tuple[ObservationRecord, ...]:
        return self.record.observations

    @property
    def latest(self) -> ObservationRecord | None:
        i = self.assessment.latest_index
        return None if i is None else self.record.observations[i]

    def rag_computed_at(self, i: int) -> str | None:
        return self.assessment.rag_computed[i]

    @property
    def latest_rag_computed(self) -> str | None:
        i = self.assessment.latest_index
        return None if i is None else self.assessment.rag_computed[i]

    @property
    def latest_rag(self) -> str | None:
        """The published RAG of the latest observation where given, else the computed one."""
        latest = self.latest
        if latest is None:
            return None
        return latest.rag or self.latest_rag_computed

    @cached_property
    def flag_rules(self) -> frozenset[str]:
        return frozenset(f.rule for f in self.assessment.flags)

    @property
    def label(self) -> str:
        return indicator_label(self.code, self.name)


def indicator_label(code: str | None, name: str, separator: str = " ") -> str:
    """Code and name, as "CS1 Children seen"; the code once when the name is or starts with it.

    Benchmark files often give only a code, which then stands as the name as well.
    """
    if not code or name.casefold().startswith(code.casefold()):
        return name
    return f"{code}{separator}{name}"


def tolerance_of(record: IndicatorRecord, default: Tolerance = DEFAULT_TOLERANCE) -> Tolerance:
    """The indicator's own tolerance, or the default rule where it has none."""
    mode = record.tolerance_mode if record.tolerance_mode in _TOLERANCE_MODES else default.mode
    amber = record.tolerance_amber if record.tolerance_amber is not None else default.amber
    return Tolerance(
        mode=cast(Any, mode), amber=amber, band_low=record.band_low, band_high=record.band_high
    )


def _point(obs: ObservationRecord) -> Point:
    # positional, in Point's field order: this runs once per observation of the store
    period = obs.period
    return Point(
        period.label,
        period.start,
        period.end,
        period.kind,
        obs.actual,
        obs.actual_text,
        obs.target,
        obs.numerator,
        obs.denominator,
        cast("Rag | None", obs.rag),
        dict(obs.comparators),
        obs.commentary,
    )


def to_series(record: IndicatorRecord, default: Tolerance = DEFAULT_TOLERANCE) -> Series:
    return Series(
        key=str(record.id),
        name=record.name,
        code=record.code,
        polarity=cast(Polarity, record.polarity),
        unit=record.unit,
        points=tuple([_point(o) for o in record.observations]),
        tolerance=tolerance_of(record, default),
        portfolio=record.portfolio,
    )


def _cut(record: IndicatorRecord, as_of: dt.date | None) -> IndicatorRecord:
    if as_of is None:
        return record
    kept = tuple(o for o in record.observations if o.period.end <= as_of)
    if len(kept) == len(record.observations):
        return record
    return replace(record, observations=kept)


def build_view(record: IndicatorRecord, default: Tolerance = DEFAULT_TOLERANCE) -> IndicatorView:
    series = to_series(record, default)
    return IndicatorView(record=record, series=series, assessment=assess(series))


def load_views(
    session: Session,
    *,
    as_of: dt.date | None = None,
    indicator_ids: Collection[int] | None = None,
) -> list[IndicatorView]:
    """Every indicator (or those asked for) with its analysis, in export order."""
    records = queries.load_indicators(session, indicator_ids=indicator_ids)
    default = default_tolerance(session)
    # tens of thousands of small immutable objects: the cyclic collector only slows this down
    paused = gc.isenabled()
    gc.disable()
    try:
        return [build_view(_cut(r, as_of), default) for r in records]
    finally:
        if paused:
            gc.enable()


def period_choices(views: Iterable[IndicatorView]) -> list[tuple[str, dt.date]]:
    """Quarter and month periods present in the store, newest first, as (label, end)."""
    seen: dict[tuple[str, dt.date], None] = {}
    for view in views:
        for obs in view.record.observations:
            if obs.period.kind in ("quarter", "month", "financial_year"):
                seen[(obs.period.label, obs.period.end)] = None
    return sorted(seen, key=lambda p: (p[1], p[0]), reverse=True)


def period_pair(
    views: Sequence[IndicatorView], period: str | None = None
) -> tuple[str | None, str | None]:
    """(the period shown, the one before it of the same kind): latest by default."""
    choices = period_choices(views)
    if not choices:
        return period, None
    latest = period or choices[0][0]
    kinds = {o.period.label: o.period.kind for v in views for o in v.observations}
    same_kind = [label for label, _end in choices if kinds.get(label) == kinds.get(latest)]
    after = same_kind.index(latest) + 1 if latest in same_kind else len(same_kind)
    return latest, same_kind[after] if after < len(same_kind) else None


def changes_between(
    views: Sequence[IndicatorView], before: str | None, after: str | None
) -> ChangeSummary:
    """What changed between two periods: newly red, recovered, worse, better, targets."""
    series = {str(v.id): v.series for v in views}
    return what_changed(series, series, before_period=before, after_period=after)


def _num(value: float | None) -> float | None:
    return None if value is None else float(value)


def _int_or_float(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


def latest_dict(view: IndicatorView) -> dict[str, Any] | None:
    latest = view.latest
    if latest is None:
        return None
    return {
        "period": latest.period.label,
        "period_start": latest.period.start.isoformat(),
        "period_end": latest.period.end.isoformat(),
        "actual": _num(latest.actual),
        "target": _num(latest.target),
        "rag": latest.rag,
        "rag_computed": view.latest_rag_computed,
        "numerator": _int_or_float(latest.numerator),
        "denominator": _int_or_float(latest.denominator),
    }


def summary_dict(view: IndicatorView) -> dict[str, Any]:
    """One element of ``list --json`` (CONTRACT.md)."""
    a = view.assessment
    return {
        "code": view.code,
        "name": view.name,
        "portfolio": view.portfolio,
        "service": view.service,
        "polarity": view.polarity,
        "latest": latest_dict(view),
        "direction_previous": a.direction_previous,
        "direction_last_year": a.direction_last_year,
        "red_streak": a.red_streak,
        "flags": [{"rule": f.rule, "message": f.message} for f in a.flags],
        "open_questions": view.open_questions,
    }
