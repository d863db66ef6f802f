"""assess(): latest point, directions, streaks, averages, best and worst, comparators, facts."""

from __future__ import annotations

import pytest

from desktop.analysis import Tolerance, assess

from .test_analysis_support import financial_year, month, quarter, run_of_quarters, series


def test_rag_computed_is_aligned_with_points() -> None:
    result = assess(series(*run_of_quarters([85.0, 75.0, 50.0, None], target=80.0)))
    assert result.rag_computed == ("green", "amber", "red", None)


def test_latest_is_the_most_recent_point_with_a_number() -> None:
    points = run_of_quarters([70.0, 72.0, None], target=80.0)
    assert assess(series(*points)).latest_index == 1


def test_no_numbers_means_no_latest_and_no_streak() -> None:
    result = assess(series(*run_of_quarters([None, None])))
    assert result.latest_index is None
    assert result.red_streak == 0
    assert result.rag_latest is None


def test_empty_series_is_assessed_quietly() -> None:
    result = assess(series())
    assert result.rag_computed == ()
    assert result.facts == ("No figures yet.",)


def test_directions_against_previous_and_last_year() -> None:
    values = [60.0, 61.0, 62.0, 63.0, 55.0]
    result = assess(series(*run_of_quarters(values, target=80.0)))
    assert result.direction_previous == "worsening"
    assert result.direction_last_year == "worsening"


def test_direction_last_year_by_polarity_lower_is_better() -> None:
    result = assess(
        series(*run_of_quarters([20.0, 19.0, 18.0, 17.0, 15.0]), polarity="lower_is_better")
    )
    assert result.direction_last_year == "improving"


def test_red_streak_counts_back_from_latest() -> None:
    result = assess(series(*run_of_quarters([85.0, 50.0, 51.0, 52.0], target=80.0)))
    assert result.red_streak == 3
    assert result.first_red == "Q2 2023/24"


def test_red_streak_uses_published_rag_where_given() -> None:
    points = run_of_quarters([50.0, 50.0, 50.0], target=80.0)
    points[1] = quarter(2023, 2, actual=50.0, target=80.0, rag_published="amber")
    assert assess(series(*points)).red_streak == 1


def test_red_streak_stops_at_a_missing_quarter() -> None:
    points = [
        quarter(2023, 1, actual=50.0, target=80.0),
        quarter(2023, 3, actual=50.0, target=80.0),
    ]
    assert assess(series(*points)).red_streak == 1


def test_red_in_last_four_periods() -> None:
    result = assess(series(*run_of_quarters([50.0, 50.0, 85.0, 50.0, 85.0, 50.0], target=80.0)))
    assert result.red_in_last == (2, 4)


def test_recovered_when_previous_red_and_latest_not() -> None:
    result = assess(series(*run_of_quarters([50.0, 50.0, 79.0], target=80.0)))
    assert result.recovered is True
    assert result.red_streak == 0
    assert result.first_red == "Q1 2023/24"


def test_not_recovered_when_never_red() -> None:
    assert assess(series(*run_of_quarters([90.0, 79.0], target=80.0))).recovered is False


def test_year_to_date_pools_numerators_and_denominators() -> None:
    points = [
        quarter(2023, 4, actual=10.0, numerator=10, denominator=100),
        quarter(2024, 1, actual=50.0, numerator=50, denominator=100),
        quarter(2024, 2, actual=80.0, numerator=164, denominator=205),
    ]
    result = assess(series(*points))
    assert result.year_to_date_average == pytest.approx(214 / 305 * 100)
    assert "Year-to-date average 70.2% (from 214 of 305)." in result.facts


def test_year_to_date_is_mean_of_actuals_without_numerators() -> None:
    points = [
        quarter(2024, 1, actual=50.0),
        quarter(2024, 2, actual=70.0, numerator=7, denominator=10),
    ]
    assert assess(series(*points)).year_to_date_average == pytest.approx(60.0)


def test_year_to_date_pools_rates_per_ten_thousand() -> None:
    points = [
        quarter(2024, 1, actual=20.0, numerator=20, denominator=10000),
        quarter(2024, 2, actual=40.0, numerator=80, denominator=20000),
    ]
    result = assess(series(*points, unit="rate"))
    assert result.year_to_date_average == pytest.approx(100 / 30000 * 10000)


def test_whole_year_average_uses_last_four_quarters() -> None:
    values = [0.0, 10.0, 20.0, 30.0, 40.0, 50.0]
    assert assess(series(*run_of_quarters(values))).whole_year_average == pytest.approx(35.0)


def test_whole_year_average_uses_last_twelve_months() -> None:
    points = [month(2023, m, actual=float(m)) for m in range(1, 13)] + [
        month(2024, 1, actual=100.0)
    ]
    expected = (sum(range(2, 13)) + 100.0) / 12
    assert assess(series(*points)).whole_year_average == pytest.approx(expected)


def test_whole_year_average_of_annual_series_is_the_latest_year() -> None:
    points = [financial_year(2022, actual=40.0), financial_year(2023, actual=60.0)]
    result = assess(series(*points))
    assert result.whole_year_average == pytest.approx(60.0)
    assert result.year_to_date_average is None


def test_best_and_worst_follow_polarity() -> None:
    result = assess(series(*run_of_quarters([5.0, 2.0, 9.0]), polarity="lower_is_better"))
    assert result.best == ("Q2 2023/24", 2.0)
    assert result.worst == ("Q3 2023/24", 9.0)


def test_best_and_worst_need_a_direction() -> None:
    result = assess(series(*run_of_quarters([5.0, 2.0]), polarity="none"))
    assert result.best is None and result.worst is None


def test_comparator_gaps_judged_by_polarity() -> None:
    latest = quarter(
        2024, 1, actual=54.0, comparators={"England": 60.0, "London": 54.3, "SN": 50.0}
    )
    gaps = {g.name: g for g in assess(series(latest)).comparator_gaps}
    assert gaps["England"].verdict == "worse"
    assert gaps["England"].gap == pytest.approx(-6.0)
    assert gaps["London"].verdict == "similar"
    assert gaps["SN"].verdict == "better"


def test_comparator_gap_below_is_better_when_lower_is_better() -> None:
    latest = quarter(2024, 1, actual=10.0, comparators={"England": 12.0})
    gap = assess(series(latest, polarity="lower_is_better")).comparator_gaps[0]
    assert gap.verdict == "better"


def test_fact_names_the_start_of_a_red_run() -> None:
    values = [85.0, 85.0, 50.0, 50.0, 50.0]
    result = assess(series(*run_of_quarters(values, target=80.0)))
    assert "Red for 3 consecutive quarters (since Q3 2023/24)." in result.facts


def test_fact_states_the_latest_figure() -> None:
    result = assess(series(quarter(2024, 1, actual=54.0, target=80.0)))
    assert (
        result.facts[0]
        == "Latest: 54% in Q1 2024/25 against a target of 80% (higher is better), red."
    )


def test_rag_latest_prefers_published() -> None:
    result = assess(series(quarter(2024, 1, actual=54.0, target=80.0, rag_published="amber")))
    assert result.rag_latest == "amber"
    assert result.rag_computed == ("red",)


def test_series_tolerance_is_applied() -> None:
    points = run_of_quarters([75.0], target=80.0)
    assert assess(series(*points, tolerance=Tolerance(amber=0))).rag_computed == ("red",)


def test_best_and_worst_on_target_are_nearest_and_furthest_from_band() -> None:
    band = Tolerance(band_low=95, band_high=105)
    points = run_of_quarters([80.0, 100.0, 110.0])
    result = assess(series(*points, polarity="on_target", tolerance=band, unit="number"))
    assert result.best == ("Q2 2023/24", 100.0)
    assert result.worst == ("Q1 2023/24", 80.0)


def test_monthly_streak_is_counted_in_months() -> None:
    points = [month(2024, m, actual=40.0, target=80.0) for m in (4, 5, 6)]
    result = assess(series(*points))
    assert result.red_streak == 3
    assert "Red for 3 consecutive months (since Apr 2024)." in result.facts


def test_unknown_polarity_has_no_direction_or_rating() -> None:
    result = assess(series(*run_of_quarters([50.0, 60.0], target=80.0), polarity="unknown"))
    assert result.rag_computed == (None, None)
    assert result.direction_previous is None


def test_fact_notes_a_later_period_shown_without_a_number() -> None:
    points = [quarter(2024, 1, actual=50.0), quarter(2024, 2, actual=None, actual_text="*")]
    assert 'No figure for Q2 2024/25 (shown as "*").' in assess(series(*points)).facts


def test_seed_repeat_child_protection_plans_red_and_worsening() -> None:
    points = [
        quarter(2017, 1, actual=18.0, target=20.0),
        quarter(2017, 2, actual=24.0, target=20.0),
    ]
    result = assess(series(*points, polarity="lower_is_better"))
    assert result.rag_computed[-1] == "red"
    assert result.direction_previous == "worsening"


def test_seed_ehcp_quarter_from_counts() -> None:
    latest = quarter(2019, 1, actual=53.8, target=80.0, numerator=50, denominator=93)
    result = assess(series(latest, name="EHCPs issued within 20 weeks"))
    assert result.rag_latest == "red"
    assert result.year_to_date_average == pytest.approx(50 / 93 * 100)
