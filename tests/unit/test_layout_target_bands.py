"""A target given as a band over two columns, in the words councils use for its ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard import vocabulary
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("Lower limit", "Upper limit"),
        ("Tolerance from", "Tolerance to"),
        ("Floor", "Ceiling"),
        ("Minimum target", "Maximum target"),
        ("Target range (low)", "Target range (high)"),
    ],
)
def test_two_end_columns_give_a_band_and_a_lone_end_a_target(
    tmp_path: Path, low: str, high: str
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Q2 2024/25", low, high],
            ["Occupancy of temporary accommodation (%)", 88.0, 93.5, 90, 98],
            ["Calls answered within 60 seconds (%)", 71.0, 80.5, 80, None],
            ["Average days to relet council homes", 41.0, 36.0, None, 35],
        ],
    )
    by_name = {i.name: i for i in parsed.indicators}
    occupancy = by_name["Occupancy of temporary accommodation (%)"]
    assert (occupancy.band_low, occupancy.band_high) == (90.0, 98.0)
    assert [o.target for o in occupancy.observations] == [None, None]
    calls = by_name["Calls answered within 60 seconds (%)"]
    assert [o.target for o in calls.observations] == [80.0, 80.0]
    assert calls.band_low is None and calls.polarity == "higher_is_better"
    relets = by_name["Average days to relet council homes"]
    assert [o.target for o in relets.observations] == [35.0, 35.0]
    assert relets.polarity == "lower_is_better"


def test_limits_beside_a_plain_target_are_not_read_as_its_band(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Target", "Lower limit", "Upper limit", "Q1 2024/25"],
            ["Emergency readmissions within 30 days (%)", 12.0, 9.1, 14.2, 13.0],
        ],
    )
    (indicator,) = parsed.indicators
    assert indicator.band_low is None
    assert [o.target for o in indicator.observations] == [12.0]


def test_a_band_written_the_wrong_way_round_is_held_for_review(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Target (min)", "Target (max)"],
            ["Capital spend against profile (%)", 93.0, 110, 90],
        ],
    )
    assert any("low end" in r.reason and r.cell == "C2" for r in parsed.review)


def test_only_headings_naming_an_end_of_a_band_are_ends() -> None:
    assert vocabulary.target_band_end("Target (min)") == "low"
    assert vocabulary.target_band_end("Tolerance to") == "high"
    assert vocabulary.target_band_end("Target") is None
    assert vocabulary.target_band_end("Minimum") is None  # a benchmark's lowest council


@pytest.mark.parametrize(
    ("low", "high"),
    [("Target 2024/25 (min)", "Target 2024/25 (max)"), ("Tolerance from 2024/25", "Tolerance to 2024/25")],
)  # fmt: skip
def test_ends_that_name_the_year_give_that_year_s_band(tmp_path: Path, low: str, high: str) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Q2 2024/25", low, high],
            ["Occupancy of temporary accommodation (%)", 88.0, 93.5, 90, 98],
        ],
    )
    (indicator,) = parsed.indicators
    assert (indicator.band_low, indicator.band_high) == (90.0, 98.0)
    assert parsed.review == []


def test_bands_that_differ_by_quarter_are_held_for_review(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Q1 2024/25 Target min", "Q1 2024/25 Target max",
             "Q2 2024/25", "Q2 2024/25 Target min", "Q2 2024/25 Target max"],
            ["Cash held at quarter end (£m)", 42.7, 20, 60, 58.3, 25, 55],
        ],
    )  # fmt: skip
    assert any("another target band" in r.reason for r in parsed.review)
