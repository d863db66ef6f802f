"""Quarters written in words: number words, ordinals before the name, Welsh forms."""

from __future__ import annotations

import pytest

from desktop.scorecard.parse.periods import (
    combine_period,
    financial_year,
    half_year,
    is_sub_period,
    parse_period,
    parse_period_header,
    quarter,
)


@pytest.mark.parametrize(
    ("text", "q"),
    [
        ("Quarter Two 2023/24", 2),
        ("Qtr three 2023-24", 3),
        ("Qtr. Four 23/24", 4),
        ("First Quarter 2023/24", 1),
        ("Second quarter 2023-2024", 2),
        ("Third Quarter of 2023/24", 3),
        ("fourth qtr 23/24", 4),
        ("1st Quarter 2023/24", 1),
        ("2nd Qtr 2023-24", 2),
        ("3rd Qtr. 2023/24", 3),
        ("4th quarter 2023/2024", 4),
        ("2023/24 Third Quarter", 3),
        ("2023-24 - Quarter Three", 3),
        ("Chwarter Un 2023/24", 1),
        ("Chwarter Dau 2023-24", 2),
        ("Chwarter Tri 23/24", 3),
        ("Chwarter Pedwar 2023/24", 4),
        ("Chwarter cyntaf 2023/24", 1),
        ("Ail chwarter 2023/24", 2),
        ("Trydydd Chwarter 2023-24", 3),
        ("Pedwerydd chwarter 2023/24", 4),
    ],
)
def test_worded_quarter_with_each_year_form(text: str, q: int) -> None:
    assert parse_period(text) == quarter(2023, q)


@pytest.mark.parametrize("text", ["Fifth Quarter 2023/24", "Quarter Five 2023/24", "Qone 2023/24"])
def test_words_that_are_no_quarter_are_not_read(text: str) -> None:
    assert parse_period(text) is None


def test_worded_quarter_in_a_header_leaves_the_rest() -> None:
    assert parse_period_header("Second Quarter 2024/25 Actual") == (quarter(2024, 2), "Actual")


@pytest.mark.parametrize("text", ["Third Quarter", "Quarter Three", "3rd Qtr", "Chwarter Tri"])
def test_worded_quarter_without_a_year_sits_under_a_year_heading(text: str) -> None:
    assert is_sub_period(text)
    assert combine_period(financial_year(2022), text) == quarter(2022, 3)


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("First half 2024/25", 1),
        ("Second Half 24/25", 2),
        ("1st Half-Year 2024-25", 1),
        ("2nd half year of 2024/2025", 2),
    ],
)
def test_halves_in_words(text: str, half: int) -> None:
    assert parse_period(text) == half_year(2024, half)
