"""Quarters named by the day they begin, in the heading itself: 'Quarter beginning 01/04/2024',
'Qtr commencing 1 Jul 2024' are the quarters of the financial year that begin then."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Quarter beginning 01/04/2024", "Q1 2024/25"),
        ("Qtr commencing 1 Jul 2024", "Q2 2024/25"),
        ("Quarter starting October 2024", "Q3 2024/25"),
        ("Qtr. beg. 01/01/2025", "Q4 2024/25"),
        ("Quarter beginning on 1st April 2024", "Q1 2024/25"),
        ("Three months commencing 01.07.2024", "Q2 2024/25"),
        ("Chwarter yn dechrau 01/10/2024", "Q3 2024/25"),
    ],
)
def test_a_quarter_named_by_the_day_it_begins_is_that_quarter(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize(
    "text",
    [
        "Quarter beginning 01/02/2024",  # February to April: no quarter of the financial year
        "Quarter beginning 15/04/2024",  # not the first day of a quarter
        "Period beginning 01/04/2024",  # how long a period? not said
    ],
)
def test_a_day_that_begins_no_quarter_names_none(text: str) -> None:
    assert parse_period(text) is None


def test_quarter_beginning_headings_read_as_their_quarters(tmp_path: Path) -> None:
    rows = [
        ["Corporate scorecard"],
        ["Ref", "Measure", "Quarter beginning 01/04/2024", "Quarter beginning 01/07/2024"],
        ["HS1", "Households prevented from becoming homeless (%)", 58.2, 61.0],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Households prevented from becoming homeless (%)"] == [
        ("Q1 2024/25", 58.2), ("Q2 2024/25", 61.0),
    ]  # fmt: skip
