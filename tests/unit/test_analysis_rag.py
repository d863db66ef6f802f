"""The default RAG rule of CONTRACT.md and its tolerance modes."""

from __future__ import annotations

import math

import pytest

from desktop.analysis import Tolerance, compute_rag, effective_rag


def test_seed_ehcp_50_of_93_against_higher_target_is_red() -> None:
    assert compute_rag(50 / 93 * 100, 80.0, "higher_is_better") == "red"


def test_higher_is_better_meeting_target_is_green() -> None:
    assert compute_rag(80.0, 80.0, "higher_is_better") == "green"


def test_higher_is_better_within_ten_percent_of_target_is_amber() -> None:
    assert compute_rag(72.0, 80.0, "higher_is_better") == "amber"


def test_higher_is_better_amber_boundary_is_inclusive() -> None:
    assert compute_rag(53.82, 59.8, "higher_is_better") == "amber"
    assert compute_rag(54.0, 60.0, "higher_is_better") == "amber"


def test_higher_is_better_beyond_ten_percent_is_red() -> None:
    assert compute_rag(71.9, 80.0, "higher_is_better") == "red"


def test_seed_second_child_protection_plans_above_lower_target_is_red() -> None:
    assert compute_rag(25.0, 18.0, "lower_is_better") == "red"


def test_lower_is_better_just_above_target_is_amber() -> None:
    assert compute_rag(19.0, 18.0, "lower_is_better") == "amber"


def test_lower_is_better_below_target_is_green() -> None:
    assert compute_rag(12.0, 18.0, "lower_is_better") == "green"


def test_negative_target_uses_absolute_value_for_the_band() -> None:
    assert compute_rag(-10.5, -10.0, "higher_is_better") == "amber"


def test_seed_withdrawal_of_tolerance_turns_amber_red() -> None:
    no_tolerance = Tolerance(amber=0)
    assert compute_rag(72.0, 80.0, "higher_is_better") == "amber"
    assert compute_rag(72.0, 80.0, "higher_is_better", no_tolerance) == "red"


def test_points_tolerance_is_in_the_values_units() -> None:
    five_points = Tolerance(mode="points", amber=5)
    assert compute_rag(75.0, 80.0, "higher_is_better", five_points) == "amber"
    assert compute_rag(74.9, 80.0, "higher_is_better", five_points) == "red"


def test_percent_tolerance_can_be_widened() -> None:
    assert compute_rag(65.0, 80.0, "higher_is_better", Tolerance(amber=20)) == "amber"


@pytest.mark.parametrize("polarity", ["none", "unknown"])
def test_undirected_polarity_gives_no_rag(polarity: str) -> None:
    assert compute_rag(50.0, 80.0, polarity) is None


@pytest.mark.parametrize(("actual", "target"), [(None, 80.0), (50.0, None), (math.nan, 80.0)])
def test_missing_numbers_give_no_rag(actual: float | None, target: float | None) -> None:
    assert compute_rag(actual, target, "higher_is_better") is None


def test_on_target_inside_band_is_green() -> None:
    band = Tolerance(band_low=95, band_high=105)
    assert compute_rag(100.0, None, "on_target", band) == "green"


def test_on_target_outside_band_is_red_never_amber() -> None:
    band = Tolerance(band_low=95, band_high=105)
    assert compute_rag(106.0, None, "on_target", band) == "red"
    assert compute_rag(94.0, None, "on_target", band) == "red"


def test_on_target_without_band_gives_no_rag() -> None:
    assert compute_rag(100.0, 100.0, "on_target") is None


def test_on_target_with_one_sided_band() -> None:
    at_least = Tolerance(band_low=10)
    assert compute_rag(12.0, None, "on_target", at_least) == "green"
    assert compute_rag(8.0, None, "on_target", at_least) == "red"


def test_published_rag_wins_over_computed() -> None:
    assert effective_rag("green", "red") == "green"
    assert effective_rag(None, "red") == "red"
