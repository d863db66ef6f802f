"""A target cell naming a year for each figure gives each period its own year's figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period
from desktop.scorecard.parse.year_targets import figure_for
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("2024/25: 85% / 2025/26: 88%", "85%"),
        ("90% (25/26), 85% (24/25)", "85%"),
        ("97% by March 2025; 100% by March 2026", "97%"),
        ("2024-25 target 18 days and 2025-26 target 16 days", "18 days"),
        ("FY24/25 - 1,200 | FY25/26 - 1,350", "1,200"),
    ],
)
def test_the_periods_own_year(text: str, wanted: str) -> None:
    period = parse_period("Q3 2024/25")
    assert period is not None
    assert figure_for(text, period) == wanted


def test_ordinary_targets_and_other_years() -> None:
    period = parse_period("Q1 2023/24")
    assert period is not None
    assert figure_for("85%", period) is None
    assert figure_for("Minimum 85% (2024/25)", period) is None  # one year: an ordinary target
    assert figure_for("85% / 90%", period) is None
    assert figure_for("2024/25: 85% / 2025/26: 88%", period) == ""  # not this year's


def test_a_table_with_year_targets_in_one_cell(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Targets"],
        ["E1", "Business rates collected (%)", 29.5, 57.9, "2024/25: 98% / 2025/26: 98.5%"],
        ["E2", "New homes completed", 88, 171, "600 (24/25), 650 (25/26)"],
        ["E3", "Apprentices starting", 12, 15, 50],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review == []
    assert {i.code: [o.target for o in i.observations] for i in parsed.indicators} == {
        "E1": [98, 98], "E2": [600, 600], "E3": [50, 50],
    }  # fmt: skip
