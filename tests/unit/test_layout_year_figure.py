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
