"""Row levels stepping from a year to its quarters in measures-across tables (Power BI matrices)."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def read(rows: list[list[CellValue]]) -> ParsedScorecard:
    sheet = Sheet(name="Export", rows=rows)
    return detect(Workbook(path="/tmp/matrix.xlsx", format="xlsx", sheets=[sheet]))


def figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None]]]:
    return {i.name: [(o.period.label, o.actual) for o in i.observations] for i in parsed.indicators}


def test_a_quarter_column_takes_its_year_from_the_year_above() -> None:
    parsed = read(
        [
            ["Fin Year", "Qtr", "Repairs completed", "Tenancies started"],
            ["2023-24", "Qtr 4", 410.0, 52.0],
            ["2024-25", "Qtr 1", 398.0, 47.0],
            [None, "Qtr 2", 420.0, 55.0],
            ["Total", None, 1228.0, 154.0],
        ]
    )
    assert figures(parsed) == {
        "Repairs completed": [("Q4 2023/24", 410.0), ("Q1 2024/25", 398.0), ("Q2 2024/25", 420.0)],
        "Tenancies started": [("Q4 2023/24", 52.0), ("Q1 2024/25", 47.0), ("Q2 2024/25", 55.0)],
    }
    assert not parsed.review


def test_year_rows_repeating_the_sum_of_their_quarters_are_left_out() -> None:
    parsed = read(
        [
            ["Period", "Missed collections", "Recycling rate %"],
            ["2024/25", 90.0, 44.0],
            ["Q1", 40.0, 45.0],
            ["Q2", 50.0, 43.0],
            ["2025/26", 35.0, 46.0],
            ["Q1", 35.0, 46.0],
        ]
    )
    assert figures(parsed) == {
        "Missed collections": [("Q1 2024/25", 40.0), ("Q2 2024/25", 50.0), ("Q1 2025/26", 35.0)],
        "Recycling rate %": [("Q1 2024/25", 45.0), ("Q2 2024/25", 43.0), ("Q1 2025/26", 46.0)],
    }
    assert not parsed.review
    assert any("A2" in w and "total" in w for w in parsed.warnings)


def test_a_year_row_that_is_not_the_sum_of_its_quarters_is_a_doubt() -> None:
    parsed = read(
        [
            ["Period", "Missed collections", "Recycling rate %"],
            ["2024/25", 95.0, 44.0],
            ["Q1", 40.0, 45.0],
            ["Q2", 50.0, 43.0],
        ]
    )
    found = figures(parsed)
    assert all(label.startswith("Q") for obs in found.values() for label, _ in obs)
    assert any("not their sum" in item.reason for item in parsed.review)


def test_year_rows_without_quarters_stay_annual_figures() -> None:
    parsed = read(
        [
            ["Year", "Fly-tipping incidents", "Enforcement actions"],
            ["2022/23", 1200.0, 310.0],
            ["2023/24", 1150.0, 295.0],
        ]
    )
    assert figures(parsed) == {
        "Fly-tipping incidents": [("2022/23", 1200.0), ("2023/24", 1150.0)],
        "Enforcement actions": [("2022/23", 310.0), ("2023/24", 295.0)],
    }


def test_a_quarter_under_a_calendar_year_is_a_doubt_not_an_annual_figure() -> None:
    with pytest.raises(ScorecardError, match="calendar or the financial year"):
        read(
            [
                ["Year", "Quarter", "Calls answered", "Complaints"],
                [2024, "Qtr 1", 5100.0, 41.0],
                [None, "Qtr 2", 4900.0, 38.0],
                [2025, "Qtr 1", 5300.0, 44.0],
            ]
        )


def test_months_step_under_a_financial_year() -> None:
    parsed = read(
        [
            ["Financial year", "Month", "Calls answered"],
            ["2024/25", "Feb", 5100.0],
            [None, "Mar", 4900.0],
            ["2025/26", "Apr", 5200.0],
        ]
    )
    assert figures(parsed) == {
        "Calls answered": [("Feb 2025", 5100.0), ("Mar 2025", 4900.0), ("Apr 2025", 5200.0)]
    }
