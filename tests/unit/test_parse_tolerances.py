"""A target typed with its tolerance in the same cell is its level with a band either side."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.targets import Target, parse_target
from desktop.scorecard.parse.tolerances import Tolerance, tolerance
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("98% ± 1.5%", Tolerance(98.0, 96.5, 99.5, "%")),
        ("98% (±1.5%)", Tolerance(98.0, 96.5, 99.5, "%")),
        ("75% +/- 5%", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% + / - 5", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% +-5%", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% -/+ 5%", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% plus or minus 5%", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75%, tolerance 5", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% (tolerance: 5%)", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% with a tolerance of 5 percentage points", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% (5pp tolerance)", Tolerance(75.0, 70.0, 80.0, "%")),
        ("75% ± 5 points", Tolerance(75.0, 70.0, 80.0, "%")),
        ("1.5% (tol. 0.25)", Tolerance(1.5, 1.25, 1.75, "%")),
        ("0% \u00b1 0.5%", Tolerance(0.0, -0.5, 0.5, "%")),
        ("\u22122% \u00b1 1%", Tolerance(-2.0, -3.0, -1.0, "%")),
        ("20 working days \u00b1 2", Tolerance(20.0, 18.0, 22.0, "working days")),
        ("30 days +/- 3 days", Tolerance(30.0, 27.0, 33.0, "days")),
        ("£2.4m ± £0.2m", Tolerance(2_400_000.0, 2_200_000.0, 2_600_000.0, "£")),
        ("£400k +/- 10%", Tolerance(400_000.0, 360_000.0, 440_000.0, "£")),
        ("1,200 \u00b1 50", Tolerance(1200.0, 1150.0, 1250.0, None)),
    ],
)
def test_a_level_and_its_tolerance_as_councils_type_them(text: str, expected: Tolerance) -> None:
    assert tolerance(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "95-97%",  # a band written by its ends: read as such elsewhere
        "95%",
        "95 ± 2%",  # points or a share of 95? either reading is a guess
        "14 days ± 1 week",  # another unit
        "95% ± 0",  # no tolerance at all
        "95% (within tolerance)",
        "± 2%",  # no level
        "95% ± 2% of the budget",
        "tolerance 2%",
    ],
)
def test_what_is_not_a_level_with_a_tolerance_reads_nothing(text: str) -> None:
    assert tolerance(text) is None


def test_a_tolerance_target_keeps_its_level_and_says_stay_inside() -> None:
    assert parse_target("88% (+/- 4%)") == Target(
        88.0, low=84.0, high=92.0, polarity="on_target", unit="%"
    )
    # a range keeps its ends and makes up no level
    assert parse_target("84-92%") == Target(
        None, low=84.0, high=92.0, polarity="on_target", unit="%"
    )


def test_a_target_column_with_tolerances_gives_bands_and_plain_targets(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Ref", "Indicator", "Target", "Q1 2024/25", "Q2 2024/25"],
            ["FN1", "Budget variance at year end (%)", "0% plus or minus 1.5%", 2.1, 1.2],
            ["FN2", "Average days to pay invoices", "10 days \u00b1 2", 11.4, 9.7],
            ["FN3", "Agency staff spend against budget (%)", "100% (tolerance 5)", 104.0, 101.0],
            ["FN4", "Invoices paid within 30 days (%)", "92%", 90.1, 93.2],
        ],
    )
    assert not parsed.review
    by_code = {i.code: i for i in parsed.indicators}
    assert (by_code["FN1"].band_low, by_code["FN1"].band_high) == (-1.5, 1.5)
    assert [o.target for o in by_code["FN1"].observations] == [0.0, 0.0]
    assert (by_code["FN2"].band_low, by_code["FN2"].band_high) == (8.0, 12.0)
    assert (by_code["FN3"].band_low, by_code["FN3"].band_high) == (95.0, 105.0)
    assert {by_code[c].polarity for c in ("FN1", "FN2", "FN3")} == {"on_target"}
    assert by_code["FN4"].band_low is None and by_code["FN4"].polarity == "unknown"
    assert [o.target for o in by_code["FN4"].observations] == [92.0, 92.0]


def test_a_tolerance_whose_unit_is_unclear_goes_to_review(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Target", "Q1 2024/25"],
            ["Household waste recycled", "45 \u00b1 2%", 43.0],
            ["Missed bins per 100,000 collections", 60, 55.0],
        ],
    )
    assert any(r.cell == "B2" for r in parsed.review)
