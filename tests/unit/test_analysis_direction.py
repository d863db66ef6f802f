"""Direction of travel by polarity, and finding the previous and last year's period."""

from __future__ import annotations

import datetime as dt

from desktop.analysis import Point, Tolerance, direction, previous_point, same_period_last_year

from .test_analysis_support import financial_year, month, quarter


def test_seed_rising_repeat_child_protection_plans_are_worsening() -> None:
    earlier, now = quarter(2017, 4, actual=18.0), quarter(2018, 1, actual=22.0)
    assert direction(now, earlier, "lower_is_better") == "worsening"


def test_seed_downward_trend_not_necessarily_negative() -> None:
    earlier, now = quarter(2021, 3, actual=12.0), quarter(2021, 4, actual=9.0)
    assert direction(now, earlier, "lower_is_better") == "improving"


def test_higher_is_better_falling_is_worsening() -> None:
    assert (
        direction(quarter(2024, 1, actual=50.0), quarter(2023, 4, actual=60.0), "higher_is_better")
        == "worsening"
    )


def test_change_within_one_percent_is_no_change() -> None:
    earlier, now = quarter(2023, 4, actual=100.0), quarter(2024, 1, actual=101.0)
    assert direction(now, earlier, "higher_is_better") == "no_change"


def test_change_just_over_one_percent_counts() -> None:
    earlier, now = quarter(2023, 4, actual=100.0), quarter(2024, 1, actual=101.5)
    assert direction(now, earlier, "higher_is_better") == "improving"


def test_from_zero_any_change_counts() -> None:
    earlier, now = quarter(2023, 4, actual=0.0), quarter(2024, 1, actual=1.0)
    assert direction(now, earlier, "lower_is_better") == "worsening"


def test_undirected_polarity_has_no_direction() -> None:
    earlier, now = quarter(2023, 4, actual=10.0), quarter(2024, 1, actual=20.0)
    assert direction(now, earlier, "none") is None
    assert direction(now, earlier, "unknown") is None


def test_missing_actual_has_no_direction() -> None:
    earlier, now = quarter(2023, 4, actual=None, actual_text="*"), quarter(2024, 1, actual=20.0)
    assert direction(now, earlier, "higher_is_better") is None


def test_on_target_moving_into_the_band_is_improving() -> None:
    band = Tolerance(band_low=95, band_high=105)
    earlier, now = quarter(2023, 4, actual=90.0), quarter(2024, 1, actual=99.0)
    assert direction(now, earlier, "on_target", tolerance=band) == "improving"


def test_on_target_moving_away_from_target_is_worsening() -> None:
    earlier, now = (
        quarter(2023, 4, actual=101.0, target=100.0),
        quarter(2024, 1, actual=110.0, target=100.0),
    )
    assert direction(now, earlier, "on_target") == "worsening"


def test_previous_point_is_the_quarter_just_before_of_the_same_kind() -> None:
    points = [
        financial_year(2023, actual=1.0),
        quarter(2023, 4, actual=2.0),
        quarter(2024, 1, actual=3.0),
    ]
    assert previous_point(points, 2) == 1


def test_previous_point_is_none_across_a_missing_quarter() -> None:
    points = [quarter(2023, 3, actual=2.0), quarter(2024, 1, actual=3.0)]
    assert previous_point(points, 1) is None


def test_previous_point_of_the_first_is_none() -> None:
    assert previous_point([quarter(2024, 1, actual=3.0)], 0) is None


def test_same_period_last_year_matches_kind_and_start() -> None:
    points = [
        quarter(2023, 1, actual=1.0),
        month(2023, 4, actual=5.0),
        quarter(2024, 1, actual=3.0),
    ]
    assert same_period_last_year(points, 2) == 0


def test_same_period_last_year_missing_is_none() -> None:
    points = [quarter(2023, 2, actual=1.0), quarter(2024, 1, actual=3.0)]
    assert same_period_last_year(points, 1) is None


def test_same_period_last_year_tolerates_leap_day_snapshots() -> None:
    earlier = Point("28 Feb 2023", dt.date(2023, 2, 28), dt.date(2023, 2, 28), "date", actual=1.0)
    later = Point("29 Feb 2024", dt.date(2024, 2, 29), dt.date(2024, 2, 29), "date", actual=2.0)
    assert same_period_last_year([earlier, later], 1) == 0


def test_out_of_range_index_gives_none() -> None:
    assert previous_point([], 3) is None
    assert same_period_last_year([], 0) is None
