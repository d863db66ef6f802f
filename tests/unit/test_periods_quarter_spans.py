"""A span of a year's quarters ('Q1–Q2 2024/25', 'Q3 & Q4') is read as the months from the
first quarter's start to the last one's end, with its year or under the year written over it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.parse import cells, periods


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Q1-Q2 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
        ("Q1\u2013Q2 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
        ("Q3 to Q4 2024/25", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("Qtr 3 & 4 2024-25", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("Q3 and Q4 2024/25", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("Q1 - Q3 2024/25", dt.date(2024, 4, 1), dt.date(2024, 12, 31)),
        ("2023/24 Q2-Q4", dt.date(2023, 7, 1), dt.date(2024, 3, 31)),
    ],
)
def test_a_span_of_quarters_with_its_year(text: str, start: dt.date, end: dt.date) -> None:
    found = periods.parse_period(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)
    assert periods.parse_period(found.label) == found


def test_all_four_quarters_are_the_year() -> None:
    assert periods.parse_period("Q1-Q4 2024/25") == periods.financial_year(2024)


@pytest.mark.parametrize("text", ["Q2-Q1 2024/25", "Q1 & Q3 2024/25", "Q1 and Q4 2024/25"])
def test_quarters_backwards_or_joined_apart_are_no_span(text: str) -> None:
    assert periods.parse_period(text) is None


def test_a_heading_naming_a_span_and_a_field() -> None:
    found = cells.period_header("Target Q1\u2013Q2 2024/25")
    assert found is not None
    assert found[0] == periods.half_year(2024, 1)
    assert found[1].lower() == "target"


@pytest.mark.parametrize(
    ("inner", "start", "end"),
    [
        ("Q1-Q2", dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
        ("Q3 & Q4", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
        ("Qtr 2 to Qtr 4", dt.date(2024, 7, 1), dt.date(2025, 3, 31)),
        ("Apr-Sep", dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
        ("Oct\u2013Mar", dt.date(2024, 10, 1), dt.date(2025, 3, 31)),
    ],
)
def test_a_bare_span_under_its_year(inner: str, start: dt.date, end: dt.date) -> None:
    found = periods.combine_period(periods.financial_year(2024), inner)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_two_quarters_apart_under_a_year_are_no_span() -> None:
    assert periods.combine_period(periods.financial_year(2024), "Q1 and Q3") is None
