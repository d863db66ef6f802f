"""A target heading naming no year applies to every figure of its row; one saying it is the
year's ('Year-end target', 'Annual target') applies to the current year's figures only where
the row also gives another year's ('Same quarter last year', '2023/24 outturn')."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout import target_years
from desktop.scorecard.model import ParsedObservation, ParsedScorecard
from desktop.scorecard.parse import periods
from tests.helpers.layout_sheets import detect_rows


def _targets(read: ParsedScorecard) -> dict[tuple[str, str], float | None]:
    return {
        (i.code or i.name, o.period.label): o.target
        for i in read.indicators
        for o in i.observations
    }


def test_year_end_target_is_not_last_years(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "dashboard.xlsx",
        [
            ["Adults dashboard"],
            ["Reporting quarter: Q2 2024/25"],
            ["Ref", "Measure", "Q2 2024/25", "Q1 2024/25", "Q2 2023/24", "Year-end target"],
            ["ASC01", "Still at home 91 days after discharge", 82.4, 80.1, 79.8, 82],
            ["ASC05", "Days to a completed assessment", 31.5, 34.8, 41.2, 28],
        ],
    )
    assert _targets(read) == {
        ("ASC01", "Q2 2024/25"): 82,
        ("ASC01", "Q1 2024/25"): 82,
        ("ASC01", "Q2 2023/24"): None,
        ("ASC05", "Q2 2024/25"): 28,
        ("ASC05", "Q1 2024/25"): 28,
        ("ASC05", "Q2 2023/24"): None,
    }


def test_plain_target_beside_last_year_applies_to_each(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "plain.xlsx",
        [
            ["Ref", "Measure", "Q2 2024/25", "Q1 2024/25", "Q2 2023/24", "Target"],
            ["ASC01", "Still at home 91 days after discharge", 82.4, 80.1, 79.8, 82],
        ],
    )
    assert set(_targets(read).values()) == {82}


def test_annual_target_over_one_years_quarters_applies_to_each(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "quarters.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Annual target"],
            ["H1", "Homes let", 40, 42, 45, 50],
        ],
    )
    assert set(_targets(read).values()) == {50}


def _found(*labels: str) -> list[ParsedObservation]:
    found = []
    for label in labels:
        period = periods.parse_period(label)
        assert period is not None
        found.append(ParsedObservation(period))
    return found


def test_year_end_headings() -> None:
    assert target_years.for_the_year("Year-end target")
    assert target_years.for_the_year("Annual Target")
    assert not target_years.for_the_year("Target")
    assert not target_years.for_the_year("YTD target")


def test_current_year_is_none_within_one_year() -> None:
    assert target_years.current_year(_found("Q1 2024/25", "Q4 2024/25")) is None
    assert target_years.current_year(_found("Jan 2024", "Dec 2024")) is None  # a calendar year
    assert target_years.current_year(_found("Q2 2024/25")) is None


def test_current_year_is_the_latest_figures_year() -> None:
    assert target_years.current_year(
        _found("Q2 2023/24", "Q1 2024/25", "Q2 2024/25")
    ) == periods.financial_year(2024)
    assert target_years.current_year(_found("2023/24", "Q1 2024/25")) == periods.financial_year(
        2024
    )
    assert target_years.current_year(_found("2022", "2023")) == periods.calendar_year(2023)
