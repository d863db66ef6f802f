"""A period split over a year column, a period-type column and a period-number column, as a
data warehouse's date dimension writes it ('Financial_Year' 2024/25, 'Period_Type' Month,
'Period_No' 7: October 2024)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import Column, classify
from desktop.scorecard.layout.period_parts import period_parts
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import CellValue
from tests.helpers.layout_sheets import detect_rows, figures


def _columns(*headings: str) -> list[Column]:
    return [Column(i, h, "period") for i, h in enumerate(headings)]


@pytest.mark.parametrize(
    ("headings", "values", "parts"),
    [
        (("Financial_Year", "Period_Type", "Period_No"), ("2024/25", "Month", "7"), ["P7", "2024/25"]),
        (("Year", "Period type", "Period number"), ("2023-24", "Quarter", 3), ["Q3", "2023-24"]),
        (("Year", "Period type", "Number"), ("2023/24", "Quarterly", 4.0), ["Q4", "2023/24"]),
        (("Fin Year", "Type", "No"), ("2024/25", "Half year", "2"), ["H2", "2024/25"]),
        (("Financial_Year", "Period_Type", "Period_No"), ("2022/23", "Year", ""), ["2022/23"]),
        (("Year", "Frequency", "Period"), ("2024/25", "Annual", None), ["2024/25"]),
        # a financial word says how a month of a plain year counts
        (("Year", "Period_Type", "Fiscal_Period"), (2024, "Month", 1), ["P1", 2024]),
        # a calendar word: month 7 is July
        (("Year", "Period_Type", "Calendar_Month"), (2024, "Month", 7), ["Jul", 2024]),
        (("Year", "Period_Type", "Period_No"), ("2024", "Calendar month", "12"), ["Dec", "2024"]),
        (("Year", "Period_Type", "Period_No"), ("2024", "Calendar quarter", "3"), ["Jul-Sep", "2024"]),
    ],
)  # fmt: skip
def test_the_type_says_what_the_number_counts(
    headings: tuple[str, ...], values: tuple[CellValue, ...], parts: list[CellValue]
) -> None:
    assert period_parts(_columns(*headings), list(values)) == parts


@pytest.mark.parametrize(
    ("headings", "values"),
    [
        # month 7 of 2024: July, or the seventh month from April? Nothing says
        (("Year", "Period_Type", "Period_No"), ("2024", "Month", "7")),
        # a school year's months are not counted from April
        (("Academic_Year", "Period_Type", "Period_No"), ("2024/25", "Month", "1")),
        # numbers beyond the kind's count, or a year with a number
        (("Year", "Period_Type", "Period_No"), ("2024/25", "Quarter", "5")),
        (("Year", "Period_Type", "Period_No"), ("2024/25", "Month", "13")),
        (("Year", "Period_Type", "Period_No"), ("2024/25", "Year", "1")),
    ],
)
def test_numbers_nothing_places_are_left_as_written(
    headings: tuple[str, ...], values: tuple[CellValue, ...]
) -> None:
    assert period_parts(_columns(*headings), list(values)) == list(values)


def test_a_quarter_heading_over_a_number_is_still_that_quarter() -> None:
    assert period_parts(_columns("Year", "Quarter"), [2012, 3]) == [2012, "Q3"]


@pytest.mark.parametrize(
    "heading", ["Extract_Date", "Date extracted", "Run date", "Refresh date", "Data refreshed on"]
)
def test_a_heading_dating_the_file_is_no_period(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize("heading", ["Date", "Period", "Report date", "Month"])
def test_period_headings_stay_periods(heading: str) -> None:
    assert classify(heading).field == "period"


def test_a_long_extract_with_the_period_in_three_columns(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Indicator", "Fin_Year", "Frequency_Type", "Period_Number", "Actual", "Date_Extracted"],
        ["Rent arrears as % of rent due", "2023/24", "Month", 11, 2.1, "01/04/2025"],
        ["Rent arrears as % of rent due", "2023/24", "Month", 12, 2.3, "01/04/2025"],
        ["Rent arrears as % of rent due", "2024/25", "Month", 1, 2.0, "01/04/2025"],
        ["Void properties re-let (days)", "2024/25", "Quarter", 2, 31, "01/04/2025"],
        ["Void properties re-let (days)", "2024/25", "Quarter", 3, 29, "01/04/2025"],
        ["Tenant satisfaction (%)", "2023/24", "Annual", None, 81, "01/04/2025"],
    ]
    parsed = detect_rows(tmp_path / "warehouse.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed) == {
        "Rent arrears as % of rent due": [("Feb 2024", 2.1), ("Mar 2024", 2.3), ("Apr 2024", 2.0)],
        "Void properties re-let (days)": [("Q2 2024/25", 31), ("Q3 2024/25", 29)],
        "Tenant satisfaction (%)": [("2023/24", 81)],
    }


def test_month_numbers_of_a_plain_year_with_nothing_saying_how_are_not_guessed(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Indicator", "Year", "Period_Type", "Period_No", "Value"],
        ["Missed bins per 100,000", 2024, "Month", 7, 48],
        ["Missed bins per 100,000", 2024, "Month", 8, 52],
    ]
    with pytest.raises(ScorecardError, match=r"Scorecard!B2: period '2024 Month 7' not understood"):
        detect_rows(tmp_path / "unclear.xlsx", rows)


def test_a_frequency_column_beside_start_and_end_dates_changes_nothing(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Indicator", "Frequency", "period_start", "period_end", "Value"],
        ["Missed bins per 100,000", "Monthly", "2024-04-01", "2024-04-30", 48],
        ["Calls answered in 60 seconds (%)", "Quarterly", "2024-04-01", "2024-06-30", 81],
    ]
    parsed = detect_rows(tmp_path / "dates.xlsx", rows)
    assert figures(parsed) == {
        "Missed bins per 100,000": [("Apr 2024", 48)],
        "Calls answered in 60 seconds (%)": [("Q1 2024/25", 81)],
    }
