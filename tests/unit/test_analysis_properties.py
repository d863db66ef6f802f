"""Properties of the analysis over generated data: symmetry, boundaries, and never raising."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.analysis import (
    Point,
    Series,
    Tolerance,
    assess,
    compute_rag,
    rag_counts,
    what_changed,
)
from desktop.analysis.assess import summarise
from desktop.analysis.flags import RULES
from desktop.analysis.rag import RagsAsRead, compute_rags

QUICK = settings(max_examples=200, deadline=None)

finite_values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
integers = st.integers(min_value=-1_000_000, max_value=1_000_000)
tolerances = st.builds(
    Tolerance,
    mode=st.sampled_from(["percent", "points"]),
    amber=st.floats(min_value=0, max_value=100, allow_nan=False),
)


@QUICK
@given(actual=finite_values, target=finite_values, tolerance=tolerances)
def test_negating_values_swaps_polarity_without_changing_the_verdict(
    actual: float, target: float, tolerance: Tolerance
) -> None:
    """rag(a, t, higher) == rag(-a, -t, lower): being x below a target when higher is better
    is the same verdict as being x above the negated target when lower is better."""
    assert compute_rag(actual, target, "higher_is_better", tolerance) == compute_rag(
        -actual, -target, "lower_is_better", tolerance
    )


@QUICK
@given(actual=integers, target=integers, tolerance=tolerances)
def test_mirroring_around_target_swaps_polarity_without_changing_the_verdict(
    actual: int, target: int, tolerance: Tolerance
) -> None:
    """rag(a, t, higher) == rag(2t - a, t, lower): the same distance on the good side of the
    target is green under both polarities, the same shortfall on the bad side is the same
    amber or red."""
    mirrored = 2 * target - actual
    assert compute_rag(actual, target, "higher_is_better", tolerance) == compute_rag(
        mirrored, target, "lower_is_better", tolerance
    )


@QUICK
@given(
    target=finite_values,
    polarity=st.sampled_from(["higher_is_better", "lower_is_better"]),
    tolerance=tolerances,
)
def test_actual_equal_to_target_is_green(
    target: float, polarity: str, tolerance: Tolerance
) -> None:
    assert compute_rag(target, target, polarity, tolerance) == "green"


@QUICK
@given(
    actual=integers,
    target=integers,
    polarity=st.sampled_from(["higher_is_better", "lower_is_better"]),
)
def test_tolerance_zero_is_green_on_target_and_red_past_it(
    actual: int, target: int, polarity: str
) -> None:
    met = actual >= target if polarity == "higher_is_better" else actual <= target
    expected = "green" if met else "red"
    assert compute_rag(actual, target, polarity, Tolerance(amber=0)) == expected


maybe_number = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-5, max_value=200).map(float),
)
KINDS = ("quarter", "month", "financial_year", "academic_year", "calendar_year", "range", "date")


@st.composite
def points(draw: st.DrawFn) -> Point:
    kind = draw(st.sampled_from(KINDS))
    start = dt.date(2015, 1, 1) + dt.timedelta(days=draw(st.integers(0, 3650)))
    length = {"quarter": 90, "month": 30, "date": 0}.get(kind, draw(st.integers(0, 800)))
    comparators = draw(st.dictionaries(st.sampled_from(["England", "SN", "London"]), maybe_number))
    return Point(
        period_label=f"{kind} {start.isoformat()}",
        period_start=start,
        period_end=start + dt.timedelta(days=length),
        period_kind=kind,
        actual=draw(maybe_number),
        actual_text=draw(st.sampled_from([None, "*", "n/a"])),
        target=draw(maybe_number),
        numerator=draw(maybe_number),
        denominator=draw(maybe_number),
        rag_published=draw(st.sampled_from([None, "red", "amber", "green"])),
        comparators=comparators,  # type: ignore[arg-type]
        commentary=draw(st.sampled_from([None, "", "  ", "Plan agreed."])),
    )


@st.composite
def any_series(draw: st.DrawFn) -> Series:
    tolerance = Tolerance(
        mode=draw(st.sampled_from(["percent", "points"])),
        amber=draw(st.floats(allow_nan=True, allow_infinity=True)),
        band_low=draw(maybe_number),
        band_high=draw(maybe_number),
    )
    return Series(
        key=draw(st.sampled_from(["a", "b", "c"])),
        name=draw(st.sampled_from(["", "Children in need", "Days to pay invoices"])),
        polarity=draw(
            st.sampled_from(["higher_is_better", "lower_is_better", "on_target", "none", "unknown"])
        ),
        unit=draw(st.sampled_from([None, "%", "number", "£", "days", "rate"])),
        points=tuple(draw(st.lists(points(), max_size=8))),
        tolerance=tolerance,
    )


@QUICK
@given(s=any_series())
def test_assess_never_raises_and_stays_consistent(s: Series) -> None:
    result = assess(s)
    assert len(result.rag_computed) == len(s.points)
    if result.latest_index is not None:
        actual = s.points[result.latest_index].actual
        assert actual is not None and math.isfinite(actual)
    assert 0 <= result.red_streak <= len(s.points)
    assert 0 <= result.red_in_last[0] <= result.red_in_last[1] <= 4
    assert {flag.rule for flag in result.flags} <= set(RULES)
    assert all(flag.message for flag in result.flags)


@QUICK
@given(s=any_series())
def test_the_summary_says_what_the_whole_assessment_says(s: Series) -> None:
    """The summary works out only the RAGs it reads: each is the one the assessment gives."""
    whole, summary = assess(s), summarise(s)
    latest = whole.latest_index
    assert summary.latest_index == latest
    assert summary.rag_computed == (None if latest is None else whole.rag_computed[latest])
    assert summary.rag_latest == whole.rag_latest
    assert (summary.direction_previous, summary.direction_last_year) == (
        whole.direction_previous,
        whole.direction_last_year,
    )
    assert (summary.red_streak, summary.flags) == (whole.red_streak, whole.flags)


@QUICK
@given(s=any_series())
def test_rags_worked_out_as_read_are_the_series_rule_s(s: Series) -> None:
    computed = RagsAsRead(s.points, s.polarity, s.tolerance)
    effective = RagsAsRead(s.points, s.polarity, s.tolerance, computed)
    expected = compute_rags(s.points, s.polarity, s.tolerance)
    for i in reversed(range(len(s.points))):  # in any order, each as the rule gives it
        assert effective[i] == (s.points[i].rag_published or expected[i])
        assert computed[i] == expected[i]
    assert list(computed) == list(expected) and computed[1:3] == list(expected[1:3])


@settings(max_examples=60, deadline=None)
@given(before=st.lists(any_series(), max_size=2), after=st.lists(any_series(), max_size=2))
def test_what_changed_and_roll_ups_never_raise(before: list[Series], after: list[Series]) -> None:
    old = {s.key: s for s in before}
    new = {s.key: s for s in after}
    summary = what_changed(old, new)
    assert summary.total() <= 2 * len(set(old) | set(new))
    assert sum(rag_counts(assess(s) for s in new.values()).values()) == len(new)


_ANY_VALUE = st.one_of(
    st.none(), st.floats(allow_nan=True, allow_infinity=True), integers, st.booleans()
)


@QUICK
@given(
    pairs=st.lists(st.tuples(_ANY_VALUE, _ANY_VALUE), max_size=8),
    polarity=st.sampled_from(["higher_is_better", "lower_is_better", "on_target", "unknown"]),
    tolerance=tolerances,
)
def test_the_series_rule_gives_what_the_point_rule_gives_point_by_point(
    pairs: list[tuple[object, object]], polarity: str, tolerance: Tolerance
) -> None:
    """compute_rags decides the common case inline: every answer is still compute_rag's."""
    day = dt.date(2024, 4, 1)
    points = [
        Point("Q1 2024/25", day, day, "quarter", actual=a, target=t)  # type: ignore[arg-type]
        for a, t in pairs
    ]
    assert compute_rags(points, polarity, tolerance) == tuple(
        compute_rag(p.actual, p.target, polarity, tolerance) for p in points
    )
