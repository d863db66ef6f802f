"""Plain input and output types of the analysis: no Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Polarity = Literal["higher_is_better", "lower_is_better", "on_target", "none", "unknown"]
Rag = Literal["red", "amber", "green"]
Direction = Literal["improving", "worsening", "no_change"]
ToleranceMode = Literal["percent", "points"]


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far from target is still amber. Default: within 10% of |target|."""

    mode: ToleranceMode = "percent"
    amber: float = 10.0
    band_low: float | None = None  # on_target polarity: green inside [low, high]
    band_high: float | None = None


DEFAULT_TOLERANCE = Tolerance()


@dataclass(frozen=True, slots=True)
class Point:
    """One observation of an indicator, as analysis needs it."""

    period_label: str
    period_start: dt.date
    period_end: dt.date
    period_kind: str
    actual: float | None = None
    actual_text: str | None = None
    target: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    rag_published: Rag | None = None
    comparators: Mapping[str, float] = field(default_factory=dict)
    commentary: str | None = None


class _PointBeingMade:
    """A Point's slots, in its order, without the frozen guard: ``make_point`` fills one
    with plain attribute stores and then makes it the Point it is laid out as."""

    __slots__ = Point.__slots__


_new = object.__new__


def make_point(
    period_label: str,
    period_start: dt.date,
    period_end: dt.date,
    period_kind: str,
    actual: float | None,
    actual_text: str | None,
    target: float | None,
    numerator: float | None,
    denominator: float | None,
    rag_published: Rag | None,
    comparators: Mapping[str, float],
    commentary: str | None,
) -> Point:
    """``Point(...)`` with every field given in order, made in a fifth of the time: for the
    loops that make one per observation (an import of 100,000 figures, a store's start-up).
    The frozen class's __init__ sets every field through the guarded object.__setattr__;
    here they are plain stores into the same slots, and the object then takes the class
    whose layout it has (a test holds the two equal)."""
    point: Any = _new(_PointBeingMade)
    point.period_label = period_label
    point.period_start = period_start
    point.period_end = period_end
    point.period_kind = period_kind
    point.actual = actual
    point.actual_text = actual_text
    point.target = target
    point.numerator = numerator
    point.denominator = denominator
    point.rag_published = rag_published
    point.comparators = comparators
    point.commentary = commentary
    point.__class__ = Point
    return point  # type: ignore[no-any-return]  # (a Point now: no call to cast)


@dataclass(frozen=True, slots=True)
class Series:
    """An indicator and its observations, ordered by period start."""

    key: str  # stable id (the store's indicator id as text)
    name: str
    code: str | None = None
    polarity: Polarity = "unknown"
    unit: str | None = None
    points: tuple[Point, ...] = ()
    tolerance: Tolerance = DEFAULT_TOLERANCE
    portfolio: str | None = None


class _SeriesBeingMade:
    """A Series' slots, in its order, without the frozen guard (as ``_PointBeingMade``)."""

    __slots__ = Series.__slots__


def make_series(
    key: str,
    name: str,
    code: str | None,
    polarity: Polarity,
    unit: str | None,
    points: tuple[Point, ...],
    tolerance: Tolerance,
    portfolio: str | None,
) -> Series:
    """``Series(...)`` with every field given in order, made as ``make_point`` makes a Point
    (a third of the time): one is made for each indicator whose analysis is worked out."""
    series: Any = _new(_SeriesBeingMade)
    series.key = key
    series.name = name
    series.code = code
    series.polarity = polarity
    series.unit = unit
    series.points = points
    series.tolerance = tolerance
    series.portfolio = portfolio
    series.__class__ = Series
    return series  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Flag:
    rule: str  # e.g. "small_base", "rag_mismatch"
    message: str  # plain English, one sentence
    period_label: str | None = None


@dataclass(frozen=True, slots=True)
class ComparatorGap:
    name: str  # "England"
    value: float
    gap: float  # actual - comparator
    verdict: Literal["better", "worse", "similar"] | None  # by polarity; None if unknown


@dataclass(frozen=True, slots=True)
class Enquiry:
    """A suggested line of enquiry and the facts that prompted it."""

    rule: str
    text: str
    facts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything the analysis says about one series."""

    key: str
    rag_computed: tuple[Rag | None, ...]  # aligned with Series.points
    latest_index: int | None  # index into Series.points of the latest numeric observation
    direction_previous: Direction | None = None
    direction_last_year: Direction | None = None
    red_streak: int = 0
    red_in_last: tuple[int, int] = (0, 0)  # (red periods, of the last M periods)
    first_red: str | None = None  # period label
    recovered: bool = False  # was red, latest is not
    year_to_date_average: float | None = None
    whole_year_average: float | None = None
    best: tuple[str, float] | None = None  # (period label, value)
    worst: tuple[str, float] | None = None
    comparator_gaps: tuple[ComparatorGap, ...] = ()
    flags: tuple[Flag, ...] = ()
    enquiries: tuple[Enquiry, ...] = ()
    facts: tuple[str, ...] = ()  # plain-English history facts for the detail pane
    rag_latest: Rag | None = None  # latest period: published RAG where given, else computed


@dataclass(frozen=True, slots=True)
class Summary:
    """The part of an assessment the tree and ``list --json`` show: small enough to store."""

    key: str
    latest_index: int | None
    rag_computed: Rag | None = None  # of the latest point
    rag_latest: Rag | None = None  # latest point: published RAG where given, else computed
    direction_previous: Direction | None = None
    direction_last_year: Direction | None = None
    red_streak: int = 0
    flags: tuple[Flag, ...] = ()


class _SummaryBeingMade:
    """A Summary's slots, in its order, without the frozen guard (as ``_PointBeingMade``)."""

    __slots__ = Summary.__slots__


def make_summary(
    key: str,
    latest_index: int | None,
    rag_computed: Rag | None,
    rag_latest: Rag | None,
    direction_previous: Direction | None,
    direction_last_year: Direction | None,
    red_streak: int,
    flags: tuple[Flag, ...],
) -> Summary:
    """``Summary(...)`` with every field given in order, made as ``make_point`` makes a Point:
    one is made for each indicator whose analysis is stored."""
    summary: Any = _new(_SummaryBeingMade)
    summary.key = key
    summary.latest_index = latest_index
    summary.rag_computed = rag_computed
    summary.rag_latest = rag_latest
    summary.direction_previous = direction_previous
    summary.direction_last_year = direction_last_year
    summary.red_streak = red_streak
    summary.flags = flags
    summary.__class__ = Summary
    return summary  # type: ignore[no-any-return]


# A change between two issues or two periods: (series key, indicator name, plain-English detail).
ChangeItem = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """What moved between two issues of a scorecard, or two periods of the same one."""

    newly_red: tuple[ChangeItem, ...] = ()
    recovered: tuple[ChangeItem, ...] = ()  # was red, now amber or green
    worsened: tuple[ChangeItem, ...] = ()  # by polarity, not already newly red
    improved: tuple[ChangeItem, ...] = ()  # by polarity, not already recovered
    new: tuple[ChangeItem, ...] = ()  # a figure now where there was none
    withdrawn: tuple[ChangeItem, ...] = ()  # a figure before, none now
    targets_changed: tuple[ChangeItem, ...] = ()
    before_period: str | None = None
    after_period: str | None = None

    def total(self) -> int:
        """How many entries there are across every heading."""
        return sum(
            len(group)
            for group in (
                self.newly_red,
                self.recovered,
                self.worsened,
                self.improved,
                self.new,
                self.withdrawn,
                self.targets_changed,
            )
        )
