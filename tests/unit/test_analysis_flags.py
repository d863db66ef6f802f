"""Each named flag rule: when it fires, what it says, and when it stays quiet."""

from __future__ import annotations

from desktop.analysis import Flag, Series, Tolerance, assess

from .test_analysis_support import financial_year, quarter, run_of_quarters, series


def flags(s: Series, rule: str) -> list[Flag]:
    return [f for f in assess(s).flags if f.rule == rule]


def test_rag_mismatch_published_green_computed_red() -> None:
    s = series(quarter(2024, 1, actual=54.0, target=80.0, rag_published="green"))
    [flag] = flags(s, "rag_mismatch")
    assert flag.message == (
        "Published green, but 32% worse than target (54% against 80%, higher is better)."
    )


def test_rag_mismatch_published_red_but_meets_target() -> None:
    s = series(
        quarter(2024, 1, actual=12.0, target=15.0, rag_published="red"), polarity="lower_is_better"
    )
    [flag] = flags(s, "rag_mismatch")
    assert "meets the target" in flag.message


def test_rag_mismatch_quiet_when_they_agree() -> None:
    s = series(quarter(2024, 1, actual=54.0, target=80.0, rag_published="red"))
    assert flags(s, "rag_mismatch") == []


def test_seed_care_proceedings_small_base() -> None:
    s = series(quarter(2017, 1, actual=33.3, target=80.0, numerator=1, denominator=3))
    [flag] = flags(s, "small_base")
    assert (
        flag.message == "Based on 3 cases: one more or fewer would move it from 33.3% to 0%/66.7%."
    )


def test_small_base_six_cases_message() -> None:
    s = series(quarter(2024, 1, actual=33.3, target=80.0, numerator=2, denominator=6))
    [flag] = flags(s, "small_base")
    assert flag.message.startswith(
        "Based on 6 cases: one more or fewer would move it from 33.3% to 16.7%/50%"
    )


def test_small_base_when_one_case_changes_the_rag() -> None:
    s = series(
        quarter(
            2024, 1, actual=79.5, target=80.0, numerator=159, denominator=200, rag_published=None
        )
    )
    [flag] = flags(s, "small_base")
    assert "rating from amber to green" in flag.message


def test_small_base_quiet_for_a_large_stable_base() -> None:
    s = series(quarter(2024, 1, actual=53.8, target=80.0, numerator=50, denominator=93))
    assert flags(s, "small_base") == []


def test_target_changed_says_which_way() -> None:
    s = series(
        quarter(2023, 4, actual=70.0, target=80.0), quarter(2024, 1, actual=70.0, target=70.0)
    )
    [flag] = flags(s, "target_changed")
    assert flag.message == (
        "Target lowered from 80% in Q4 2023/24 to 70% in Q1 2024/25 "
        "(an easier target, as higher is better)."
    )


def test_target_changed_quiet_when_unchanged() -> None:
    assert flags(series(*run_of_quarters([70.0, 71.0], target=80.0)), "target_changed") == []


def test_target_missing_for_directional_polarity() -> None:
    [flag] = flags(series(quarter(2024, 1, actual=70.0)), "target_missing")
    assert flag.period_label == "Q1 2024/25"


def test_target_missing_quiet_without_direction() -> None:
    assert flags(series(quarter(2024, 1, actual=70.0), polarity="none"), "target_missing") == []


def test_out_of_range_percentage_over_100() -> None:
    [flag] = flags(series(quarter(2024, 1, actual=104.0)), "out_of_range")
    assert "104%" in flag.message


def test_out_of_range_negative_count() -> None:
    [flag] = flags(series(quarter(2024, 1, actual=-3.0), unit="number"), "out_of_range")
    assert "cannot be negative" in flag.message


def test_out_of_range_quiet_for_negative_money() -> None:
    assert flags(series(quarter(2024, 1, actual=-3000.0), unit="£"), "out_of_range") == []


def test_gap_in_series_names_both_sides() -> None:
    s = series(quarter(2023, 1, actual=1.0), quarter(2023, 4, actual=2.0))
    [flag] = flags(s, "gap_in_series")
    assert flag.message == "2 quarters missing between Q1 2023/24 and Q4 2023/24."


def test_gap_in_series_quiet_for_consecutive_years() -> None:
    s = series(financial_year(2022, actual=1.0), financial_year(2023, actual=2.0))
    assert flags(s, "gap_in_series") == []


def test_suppressed_figure_is_not_a_gap() -> None:
    points = run_of_quarters([1.0, None, 2.0])
    assert flags(series(*points), "gap_in_series") == []


def test_no_commentary_on_red() -> None:
    s = series(quarter(2024, 1, actual=50.0, target=80.0, commentary="  "))
    assert [f.rule for f in flags(s, "no_commentary_on_red")] == ["no_commentary_on_red"]


def test_commentary_on_red_quiets_the_flag() -> None:
    s = series(quarter(2024, 1, actual=50.0, target=80.0, commentary="Backlog of plans cleared."))
    assert flags(s, "no_commentary_on_red") == []


def test_rag_without_target() -> None:
    s = series(quarter(2024, 1, actual=50.0, rag_published="green"))
    [flag] = flags(s, "rag_without_target")
    assert flag.message == "Rated green in Q1 2024/25, but no target is given."


def test_rag_without_target_quiet_for_banded_indicator() -> None:
    band = Tolerance(band_low=1, band_high=2)
    s = series(
        quarter(2024, 1, actual=1.5, rag_published="green"), polarity="on_target", tolerance=band
    )
    assert flags(s, "rag_without_target") == []


def test_polarity_missing() -> None:
    assert (
        len(flags(series(quarter(2024, 1, actual=1.0), polarity="unknown"), "polarity_missing"))
        == 1
    )


def test_polarity_none_is_not_missing() -> None:
    assert flags(series(quarter(2024, 1, actual=1.0), polarity="none"), "polarity_missing") == []


def test_small_base_from_denominator_alone() -> None:
    s = series(quarter(2024, 1, actual=4.0, denominator=7), unit="number")
    [flag] = flags(s, "small_base")
    assert flag.message == "Based on only 7 cases, too few for a reliable rate."


def test_rag_mismatch_on_target_names_the_band() -> None:
    band = Tolerance(band_low=95, band_high=105)
    s = series(
        quarter(2024, 1, actual=110.0, rag_published="green"),
        polarity="on_target",
        tolerance=band,
        unit="number",
    )
    [flag] = flags(s, "rag_mismatch")
    assert flag.message == "Published green, but 110 is outside the band 95 to 105."


def test_target_raised_when_lower_is_better_is_easier() -> None:
    s = series(
        quarter(2023, 4, actual=20.0, target=15.0),
        quarter(2024, 1, actual=20.0, target=18.0),
        polarity="lower_is_better",
    )
    [flag] = flags(s, "target_changed")
    assert "(an easier target, as lower is better)" in flag.message
