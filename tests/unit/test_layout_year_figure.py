"""A bare 'Full year' / 'Year total' / 'Annual' column after one year's quarters is that year."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "heading", ["Full year", "Year total", "Whole year", "Annual", "FULL YEAR"]
)
def test_the_year_figure_after_one_years_quarters_is_that_year(
    heading: str, tmp_path: Path
) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", heading],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.4, 100.6, 99.1],
        ["HS2", "Homes let", 41, 38, 45, 52, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    read = figures(parsed)
    assert read["Rent collected (%)"][-1] == ("2023/24", 99.1)
    assert ("2023/24", 176.0) in read["Homes let"]
    assert len(read["Homes let"]) == 5


def test_a_year_figure_beside_two_years_quarters_is_not_guessed(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q4 2023/24", "Q1 2024/25", "Full year"],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 99.1],
        ["HS2", "Homes let", 41, 38, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    read = figures(parsed)
    placed = {label for series in read.values() for label, _ in series}
    assert placed <= {"Q4 2023/24", "Q1 2024/25"}
    said = " ".join(parsed.warnings) + " ".join(item.line() for item in parsed.review)
    assert "Full year" in said, "a whole-year column no single year places must be named"


@pytest.mark.parametrize("heading", ["Full year", "Year total", "Annual", "Whole year"])
def test_a_year_figure_beside_two_years_quarters_is_held_for_review(
    heading: str, tmp_path: Path
) -> None:
    rows = [
        ["Ref", "Measure", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", heading],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.1, 98.4, 99.1],
        ["HS2", "Homes let", 41, 38, 45, 52, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert [item.cell for item in parsed.review] == ["G1"]
    assert heading in parsed.review[0].reason


def test_a_year_figure_whose_heading_names_its_year_is_read(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q4 2023/24", "Q1 2024/25", "Full year 2023/24"],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 99.1],
        ["HS2", "Homes let", 41, 38, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert ("2023/24", 99.1) in figures(parsed)["Rent collected (%)"]


def test_an_empty_year_figure_column_beside_two_years_is_only_noted(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q4 2023/24", "Q1 2024/25", "Full year"],
        ["HS1", "Rent collected (%)", 96.8, 97.9, None],
        ["HS2", "Homes let", 41, 38, "-"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert any("Full year" in warning for warning in parsed.warnings)


@pytest.mark.parametrize(
    "heading", ["Year end", "Year End Position", "Year-end outturn", "End of year", "Annual"]
)
def test_a_year_end_column_after_one_years_quarters_is_that_year(
    heading: str, tmp_path: Path
) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", heading],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.4, 100.6, 99.1],
        ["HS2", "Homes let", 41, 38, 45, 52, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed)["Homes let"][-1] == ("2024/25", 176.0)


@pytest.mark.parametrize(
    ("months", "year"),
    [
        # April to March: the financial year
        (["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24",
          "Dec-24", "Jan-25", "Feb-25", "Mar-25"], "2024/25"),
        # a financial year so far: from April, or over the new year
        (["Apr 2024", "May 2024", "Jun 2024"], "2024/25"),
        (["Nov 2024", "Dec 2024", "Jan 2025"], "2024/25"),
        # over April: the calendar year
        (["Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024"], "2024"),
        (["Feb 2024", "Mar 2024", "Apr 2024", "May 2024"], "2024"),
    ],
)  # fmt: skip
def test_a_full_year_column_after_one_years_months_is_that_year(
    months: list[str], year: str, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", *months, "Full year"],
        ["HS1", "Rent collected (%)", *[96.0 + n / 10 for n in range(len(months))], 99.1],
        ["HS2", "Homes let", *[40 + n for n in range(len(months))], 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed)["Homes let"][-1] == (year, 176.0)


@pytest.mark.parametrize(
    "months",
    [["Feb 2024", "Mar 2024"],  # of the financial year 2023/24 or the calendar year 2024?
     ["Jan 2025", "Feb 2025", "Mar 2025"]],  # the end of 2024/25, or the start of 2025?
)  # fmt: skip
def test_months_of_either_kind_of_year_leave_the_year_figure_for_review(
    months: list[str], tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", *months, "Year end"],
        ["HS1", "Rent collected (%)", *[96.0 + n / 10 for n in range(len(months))], 99.1],
        ["HS2", "Homes let", *[40 + n for n in range(len(months))], 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert [item.line().split(":")[0] for item in parsed.review] == [
        f"Scorecard!{chr(ord('C') + len(months))}1"
    ]


def test_a_year_end_column_of_periods_in_a_long_table_stays_the_period(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Code", "Indicator", "Year end", "Value"]]
    for code, name in (("H1", "Rent collected (%)"), ("H2", "Homes let"), ("H3", "Voids")):
        rows += [[code, name, "2022/23", 90.0], [code, name, "2023/24", 91.0]]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert figures(parsed)["Homes let"] == [("2022/23", 90.0), ("2023/24", 91.0)]


def test_a_year_average_and_an_annual_total_after_the_quarters_are_the_years_figure(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
         "Year average", "Annual total"],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.4, 99.0, 98.0, None],
        ["HS2", "Homes let", 41, 38, 45, 52, None, 176],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    read = figures(parsed)
    assert read["Rent collected (%)"][-1] == ("2024/25", 98.0)
    assert read["Homes let"][-1] == ("2024/25", 176.0)


@pytest.mark.parametrize("heading", ["Annual mean", "Average for the year", "Year sum"])
def test_the_years_figure_named_by_how_it_is_made_up_is_that_year(
    heading: str, tmp_path: Path
) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", heading],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.4, 99.0, 98.0],
        ["HS2", "Homes let", 41, 38, 45, 52, 176],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed)["Homes let"][-1] == ("2024/25", 176.0)


def test_a_year_average_beside_two_years_quarters_is_held_for_review(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Year average"],
        ["HS1", "Rent collected (%)", 96.8, 97.9, 98.1, 98.4, 97.8],
        ["HS2", "Homes let", 41, 38, 45, 52, 44],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert [item.cell for item in parsed.review] == ["G1"]
