"""Quarter columns headed by the day the quarter ends, each typed its own way: 'Quarter
Ending 30/06/2024', 'Qtr End Dec-24', 'Q/E 31 Dec 2024' are the quarters that end then."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period, parse_period_header
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Quarter Ending 30/06/2024", "Q1 2024/25"),
        ("Quarter ending 30 September 2024", "Q2 2024/25"),
        ("Qtr End Dec-24", "Q3 2024/25"),
        ("Quarter Ending 31/03/2025", "Q4 2024/25"),
        ("Q/E 31 Dec 2024", "Q3 2024/25"),
        ("Q/E 31/12/24", "Q3 2024/25"),
        ("Qtr. ending Sep 2024", "Q2 2024/25"),
        ("Quarter ended 31.03.2025", "Q4 2024/25"),
        ("Year to 31/03/2025", "2024/25"),
        ("6 months to 30/09/2024", "H1 2024/25"),
    ],
)
def test_a_span_named_by_the_day_it_ends_is_that_span(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize("text", ["Quarter ending 15/06/2024", "Qtr End 31/13/2024", "QE Dec 2024"])
def test_a_day_not_ending_a_month_or_an_unknown_lead_is_no_quarter(text: str) -> None:
    found = parse_period(text)
    assert found is None or found.kind != "quarter"


def test_a_quarter_end_heading_splits_from_its_field() -> None:
    found = parse_period_header("Qtr End Dec-24 Target")
    assert found is not None and (found[0].label, found[1]) == ("Q3 2024/25", "Target")
    # the end of a quarter on a day that ends no month: not taken for that month alone
    assert parse_period_header("Quarter ending 15/06/2024 Actual") is None
    assert parse_period_header("Qtr End 15 Dec 2024") is None


def test_columns_headed_by_the_quarter_end_in_several_forms(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "quarter_ends.xlsx",
        [
            ["Corporate scorecard"],
            [],
            ["Code", "Indicator", "Quarter Ending 30/06/2024", "Quarter ending 30 September 2024",
             "Qtr End Dec-24", "Q/E 31/03/2025", "Annual Target 2024/25"],
            ["HS1", "Homelessness prevented (%)", 61.2, 58.9, 63.4, 66.0, 60],
            ["CC1", "Calls answered in 60 seconds (%)", 71.3, 66.8, 74.9, 69.5, 80],
        ],
    )  # fmt: skip
    assert figures(read)["Calls answered in 60 seconds (%)"] == [
        ("Q1 2024/25", 71.3),
        ("Q2 2024/25", 66.8),
        ("Q3 2024/25", 74.9),
        ("Q4 2024/25", 69.5),
    ]
    assert not read.review
