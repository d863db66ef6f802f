"""The read facade: indicators from the store joined with their analysis, as plain data."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

from db.records import (
    AnalysisRecord,
    IndicatorRecord,
    ObservationRecord,
    PeriodRecord,
    SummaryRecord,
    make_analysis_record,
)
from desktop.analysis import assess, summarise, what_changed
from desktop.analysis.types import (
    DEFAULT_TOLERANCE,
    Assessment,
    ChangeSummary,
    Direction,
    Flag,
    Point,
    Polarity,
    Rag,
    Series,
    Tolerance,
    make_point,
    make_series,
)
from desktop.collector import collector_paused
from desktop.tolerances import default_tolerance

if TYPE_CHECKING:  # the store's queries load when first used: the window paints before them
    from sqlalchemy.orm import Session
_TOLERANCE_MODES = ("percent", "points")


# Bumped whenever the analysis rules change what summarise() gives: stored analyses made by an
# older version are worked out again when next loaded.
ANALYSIS_VERSION = 1


class _Described:
    """What an indicator is (code, name, place, unit…): shared by full views and summaries."""

    record: IndicatorRecord

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
    def label(self) -> str:
        return indicator_label(self.code, self.name)


@dataclass(frozen=True)
class IndicatorView(_Described):
    """One indicator as every view of the app sees it: its series and full analysis."""

    record: IndicatorRecord
    series: Series
    assessment: Assessment

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
    def flags(self) -> tuple[Flag, ...]:
        return self.assessment.flags

    @property
    def direction_previous(self) -> Direction | None:
        return self.assessment.direction_previous

    @property
    def direction_last_year(self) -> Direction | None:
        return self.assessment.direction_last_year

    @property
    def red_streak(self) -> int:
        return self.assessment.red_streak

    @property
    def commentary_text(self) -> str:
        """Every period's commentary, for searching."""
        return _commentary(self.record.observations)

    @property
    def last_text(self) -> str | None:
        """The latest non-numeric actual ("n/a", "*"), shown where there is no figure."""
        return _last_text(self.record.observations)


@dataclass(frozen=True)
class IndicatorSummary(_Described):
    """One indicator as the tree and ``list --json`` see it, from its stored analysis.

    Answers the same questions as IndicatorView about the latest figure, RAG, directions,
    streak and flags, without loading the series (the detail loads that on demand).
    """

    record: IndicatorRecord  # without observations
    analysis: AnalysisRecord
    latest: ObservationRecord | None  # without comparators

    @property
    def latest_rag_computed(self) -> str | None:
        return self.analysis.rag_computed

    @property
    def latest_rag(self) -> str | None:
        """The published RAG of the latest observation where given, else the computed one."""
        return self.analysis.rag_latest

    @cached_property
    def flags(self) -> tuple[Flag, ...]:
        return tuple(Flag(rule, message, period) for rule, message, period in self.analysis.flags())

    @cached_property
    def flag_rules(self) -> frozenset[str]:
        return frozenset(self.analysis.flag_rules)

    @property
    def direction_previous(self) -> Direction | None:
        return cast("Direction | None", self.analysis.direction_previous)

    @property
    def direction_last_year(self) -> Direction | None:
        return cast("Direction | None", self.analysis.direction_last_year)

    @property
    def red_streak(self) -> int:
        return self.analysis.red_streak

    @property
    def commentary_text(self) -> str:
        return self.analysis.commentary or ""

    @property
    def last_text(self) -> str | None:
        return self.analysis.last_text


def _commentary(observations: Iterable[ObservationRecord]) -> str:
    return " ".join(o.commentary for o in observations if o.commentary)


def _last_text(observations: Iterable[ObservationRecord]) -> str | None:
    texts = [o.actual_text for o in observations if o.actual_text]
    return texts[-1] if texts else None


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
    return make_point(
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
    return _series(record, tuple([_point(o) for o in record.observations]), default)


def _series(record: IndicatorRecord, points: tuple[Point, ...], default: Tolerance) -> Series:
    return make_series(
        str(record.id),
        record.name,
        record.code,
        cast(Polarity, record.polarity),
        record.unit,
        points,
        tolerance_of(record, default),
        record.portfolio,
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
    from db import queries

    default = default_tolerance(session)
    with collector_paused():
        records = queries.load_indicators(session, indicator_ids=indicator_ids)
        return [build_view(_cut(r, as_of), default) for r in records]


# -- the stored analysis -------------------------------------------------------------------------


def tolerance_key(record: IndicatorRecord, default: Tolerance) -> str:
    """The rule an indicator is judged by, as stored beside its analysis."""
    return _key(tolerance_of(record, default))


def _key(t: Tolerance) -> str:
    return f"{t.mode} {t.amber!r} {t.band_low!r} {t.band_high!r}"


def analyse_record(record: IndicatorRecord, default: Tolerance) -> AnalysisRecord:
    """Work out an indicator's stored analysis from its full record (the one way to do it)."""
    observations = record.observations
    return analyse_points(
        record, [_point(o) for o in observations], [o.period.id for o in observations], default
    )


def analyse_points(
    record: IndicatorRecord, points: list[Point], period_ids: list[int], default: Tolerance
) -> AnalysisRecord:
    """``analyse_record`` of ``record`` with these points (and their periods' ids) for its
    observations: those ``_point`` makes of them, in their order."""
    series = _series(record, tuple(points), default)
    summary = summarise(series)
    i = summary.latest_index
    texts = [p.actual_text for p in points if p.actual_text]
    flags = summary.flags
    return make_analysis_record(
        ANALYSIS_VERSION,
        _key(series.tolerance),  # tolerance_key, from the tolerance already made
        None if i is None else period_ids[i],
        summary.rag_computed,
        summary.rag_latest,
        summary.direction_previous,
        summary.direction_last_year,
        summary.red_streak,
        tuple([f.rule for f in flags]),
        json.dumps([[f.rule, f.message, f.period_label] for f in flags], ensure_ascii=False)
        if flags
        else "[]",
        " ".join(p.commentary for p in points if p.commentary) or None,
        texts[-1] if texts else None,
    )


def _stored(indicator_id: int, analysis: AnalysisRecord) -> dict[str, Any]:
    return {
        "indicator_id": indicator_id,
        "version": analysis.version,
        "tolerance": analysis.tolerance,
        "latest_period_id": analysis.latest_period_id,
        "rag_computed": analysis.rag_computed,
        "rag_latest": analysis.rag_latest,
        "direction_previous": analysis.direction_previous,
        "direction_last_year": analysis.direction_last_year,
        "red_streak": analysis.red_streak,
        "flag_rules": " ".join(analysis.flag_rules),
        "flags_json": analysis.flags_json,
        "commentary": analysis.commentary,
        "last_text": analysis.last_text,
    }


def _summary_of(record: IndicatorRecord, analysis: AnalysisRecord) -> IndicatorSummary:
    by_period = {o.period.id: o for o in record.observations}
    latest = by_period.get(analysis.latest_period_id) if analysis.latest_period_id else None
    return IndicatorSummary(replace(record, observations=()), analysis, latest)


def analysis_row(record: IndicatorRecord, default: Tolerance) -> dict[str, Any]:
    """The stored analysis of one figures-only record, as ``refresh_analysis`` stores it."""
    return _stored(record.id, analyse_record(record, default))


def analysis_row_of_points(
    record: IndicatorRecord, points: list[Point], period_ids: list[int], default: Tolerance
) -> dict[str, Any]:
    """``analysis_row`` of ``record`` with these points for its observations (see
    ``analyse_points``)."""
    return _stored(record.id, analyse_points(record, points, period_ids, default))


def refresh_analysis(
    session: Session,
    indicator_ids: Collection[int] | None = None,
    *,
    worked_out: Sequence[dict[str, Any]] = (),
) -> None:
    """Work out and store the analysis of these indicators (all when None).

    Every change to figures, targets or tolerances ends by calling this for the indicators
    it touched, in the same transaction: the stored analysis never lags behind the store.
    Indicators are read a batch at a time, so a large import does not hold every
    observation twice (once parsed, once read back). ``worked_out`` holds rows of
    ``analysis_row_of_points`` the caller made from figures it has just written and still
    holds (every figure of those indicators, as the store gives them back): those are
    stored as they are, not read back.
    """
    from db import queries

    default = default_tolerance(session)
    done = {row["indicator_id"] for row in worked_out}
    ids = (
        sorted(set(indicator_ids) - done)
        if indicator_ids is not None
        else [i for i in queries.indicator_ids(session) if i not in done]
    )
    rows: list[dict[str, Any]] = list(worked_out)
    with collector_paused():
        for start in range(0, len(ids), _REFRESH_BATCH):
            batch = ids[start : start + _REFRESH_BATCH]
            records = queries.load_indicators(session, indicator_ids=batch, figures_only=True)
            rows.extend(analysis_row(r, default) for r in records)
    queries.replace_analysis(session, rows)


_REFRESH_BATCH = 500


def load_summaries(
    session: Session, *, repair: bool = False, stale_out: list[int] | None = None
) -> list[IndicatorSummary]:
    """Every indicator's summary from the stored analysis, in export order.

    An indicator whose stored analysis is missing (a store from before it was kept) or was
    made by other rules or another tolerance is worked out afresh: stored too when
    ``repair`` (the session may write), else only for this answer and its id is added to
    ``stale_out`` so the caller can store it later.
    """
    from db import queries

    default = default_tolerance(session)
    with collector_paused():
        found = queries.load_summaries(session)
        stale = stale_ids(found, default)
        redone: dict[int, IndicatorSummary] = {}
        if stale_out is not None and not repair:
            stale_out.extend(stale)
        if stale:
            if repair:
                refresh_analysis(session, stale)
                fresh = [_summary(s) for s in queries.load_summaries(session, indicator_ids=stale)]
            else:
                records = queries.load_indicators(session, indicator_ids=stale)
                fresh = [_summary_of(r, analyse_record(r, default)) for r in records]
            redone = {s.id: s for s in fresh}
        return [redone[s.indicator.id] if s.indicator.id in redone else _summary(s) for s in found]


def stale_ids(found: Iterable[SummaryRecord], default: Tolerance) -> list[int]:
    """Indicators whose stored analysis is missing, or was made by other rules or another
    tolerance than ``default`` (or their own)."""
    # the key of every indicator without a rule of its own (most of them)
    default_key = _key(replace(default, band_low=None, band_high=None))
    return [s.indicator.id for s in found if not _current(s, default, default_key)]


def summaries_if_current(
    found: list[SummaryRecord], default: Tolerance
) -> list[IndicatorSummary] | None:
    """Every indicator's summary, or None when any stored analysis is stale (``stale_ids``)."""
    return None if stale_ids(found, default) else [_summary(s) for s in found]


def _summary(found: SummaryRecord) -> IndicatorSummary:
    return IndicatorSummary(found.indicator, cast(AnalysisRecord, found.analysis), found.latest)


def _current(summary: SummaryRecord, default: Tolerance, default_key: str) -> bool:
    a, r = summary.analysis, summary.indicator
    if a is None or a.version != ANALYSIS_VERSION:
        return False
    own = (r.tolerance_mode, r.tolerance_amber, r.band_low, r.band_high) != (None,) * 4
    return a.tolerance == (tolerance_key(r, default) if own else default_key)


def observed_period_choices(session: Session) -> list[tuple[str, dt.date]]:
    """period_choices() of the whole store, asked of the store (no series loaded)."""
    from db import queries

    return choices_among(queries.list_periods(session), queries.observed_period_ids(session))


def choices_among(
    periods: Iterable[PeriodRecord], used: Collection[int]
) -> list[tuple[str, dt.date]]:
    """The choosable periods (quarters, months, years) of ``used``, newest first, as (label, end)."""
    seen = {(p.label, p.end): None for p in periods if p.id in used and p.kind in _CHOSEN_KINDS}
    return sorted(seen, key=lambda p: (p[1], p[0]), reverse=True)


class ViewCache(Mapping[int, IndicatorView]):
    """Full views by indicator id, each loaded the first time it is asked for.

    The window starts from summaries; the series and full analysis of an indicator are
    only needed once it is shown, and of all of them only for whole-store answers (what
    changed, meetings), which load every missing view in one go.
    """

    def __init__(
        self,
        ids: Iterable[int],
        load: Callable[[Collection[int]], list[IndicatorView]],
        known: Iterable[IndicatorView] = (),
    ) -> None:
        self._ids = list(dict.fromkeys(ids))
        self._known = set(self._ids)
        self._load = load
        self._views: dict[int, IndicatorView] = {v.id: v for v in known if v.id in self._known}

    def __getitem__(self, indicator_id: int) -> IndicatorView:
        view = self._views.get(indicator_id)
        if view is None:
            if indicator_id not in self:
                raise KeyError(indicator_id)
            self._fill([indicator_id])
            view = self._views[indicator_id]
        return view

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self._known

    def __iter__(self) -> Iterator[int]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def values(self) -> list[IndicatorView]:  # type: ignore[override]
        self._fill([i for i in self._ids if i not in self._views])
        return [self._views[i] for i in self._ids if i in self._views]

    def items(self) -> list[tuple[int, IndicatorView]]:  # type: ignore[override]
        return [(v.id, v) for v in self.values()]

    def loaded(self) -> int:
        """How many views are loaded so far."""
        return len(self._views)

    def missing(self) -> list[int]:
        """Ids whose views are not loaded yet."""
        return [i for i in self._ids if i not in self._views]

    def fetch(self, ids: Collection[int]) -> list[IndicatorView]:
        """Load these views without keeping them (safe on a worker: the loader opens its own
        session); hand them to add() on the thread that owns the cache."""
        return self._load(ids)

    def add(self, views: Iterable[IndicatorView]) -> None:
        """Keep views fetched elsewhere."""
        for view in views:
            if view.id in self._known:
                self._views.setdefault(view.id, view)

    def _fill(self, ids: list[int]) -> None:
        if ids:
            for view in self._load(ids):
                self._views[view.id] = view


_CHOSEN_KINDS = ("quarter", "month", "financial_year")


def period_choices(views: Iterable[IndicatorView]) -> list[tuple[str, dt.date]]:
    """Quarter and month periods present in the store, newest first, as (label, end)."""
    seen: dict[tuple[str, dt.date], None] = {}
    for view in views:
        for obs in view.record.observations:
            if obs.period.kind in _CHOSEN_KINDS:
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


def latest_dict(view: IndicatorView | IndicatorSummary) -> dict[str, Any] | None:
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


def summary_dict(view: IndicatorView | IndicatorSummary) -> dict[str, Any]:
    """One element of ``list --json`` (CONTRACT.md)."""
    return {
        "code": view.code,
        "name": view.name,
        "portfolio": view.portfolio,
        "service": view.service,
        "polarity": view.polarity,
        "latest": latest_dict(view),
        "direction_previous": view.direction_previous,
        "direction_last_year": view.direction_last_year,
        "red_streak": view.red_streak,
        "flags": [{"rule": f.rule, "message": f.message} for f in view.flags],
        "open_questions": view.open_questions,
    }
