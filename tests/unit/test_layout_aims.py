"""'Aim' heads a target as often as a polarity: a period beside it or figures under it make it
the target, 'Higher'/'Lower' under it the polarity, and a mix of both is held for review."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout import aims
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(
    rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]] | None = None
) -> ParsedScorecard:
    sheet = Sheet("KPIs", rows, merged=merged or [])
    return detect(Workbook(path="/tmp/aims.xlsx", format="xlsx", sheets=[sheet]))


def _targets(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("2024/25 Aim", "2024/25"),
        ("Aim 2024/25", "2024/25"),
        ("Aim - 2024/25", "2024/25"),
        ("Q2 2024/25 aim", "Q2 2024/25"),
        ("AIMS 2024-25", "2024/25"),
    ],
)
def test_an_aim_beside_a_period_is_that_periods_target(heading: str, label: str) -> None:
    column = classify(heading)
    assert column.field == "target"
    assert column.period is not None and column.period.label == label


@pytest.mark.parametrize("heading", ["Aim", "Aims", "Aim (both councils)", "aim"])
def test_an_aim_over_figures_is_the_target(heading: str) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", heading, "Good is"],
        ["H1", "Homes let within 28 days (%)", 81.0, 84.0, 85.0, "High"],
        ["H2", "Average days to re-let", 31.0, 29.0, "no more than 28", "Low"],
        ["H3", "Rent collected (%)", 97.2, 98.1, 98.0, "High"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    found = _targets(parsed)
    assert found["Homes let within 28 days (%)"] == [
        ("Q1 2024/25", 81.0, 85.0),
        ("Q2 2024/25", 84.0, 85.0),
    ]
    assert found["Average days to re-let"][0][2] == 28.0
    assert {i.name: i.polarity for i in parsed.indicators}["Average days to re-let"] == (
        "lower_is_better"
    )


def test_an_aim_over_directions_is_the_polarity() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2022/23", "2023/24", "Aim"],
        ["Adults who smoke (%)", 13.2, 12.1, "Lower is better"],
        ["Healthy life expectancy (years)", 62.1, 62.6, "Higher is better"],
        ["Physically active adults (%)", 64.0, 66.2, "Higher is better"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert {i.name: i.polarity for i in parsed.indicators} == {
        "Adults who smoke (%)": "lower_is_better",
        "Healthy life expectancy (years)": "higher_is_better",
        "Physically active adults (%)": "higher_is_better",
    }
    assert all(o.target is None for i in parsed.indicators for o in i.observations)


def test_an_aim_of_both_kinds_goes_to_review_naming_its_column() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2022/23", "2023/24", "Aim"],
        ["Adults who smoke (%)", 13.2, 12.1, "Reduce"],
        ["Children overweight in year 6 (%)", 36.4, 35.8, "Reduce to 33%"],
        ["Healthy life expectancy (years)", 62.1, 62.6, "Increase"],
        ["Drug treatment completions (%)", 5.1, 5.6, "6.0"],
    ]
    parsed = _read(rows)
    assert any(
        r.line().startswith("KPIs!D1:") and "targets and directions" in r.reason
        for r in parsed.review
    )


def test_an_aim_beside_a_target_column_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2023/24", "Target", "Aim"],
        ["Rent collected (%)", 97.2, 98.0, 99.0],
        ["Homes let within 28 days (%)", 81.0, 85.0, 90.0],
    ]
    parsed = _read(rows)
    assert any(r.line().startswith("KPIs!D1:") for r in parsed.review), parsed.review


def test_aim_merged_under_each_quarter_is_that_quarters_target() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", None, "Q2 2024/25", None],
        [None, None, "Outturn", "Aim", "Outturn", "Aim"],
        ["P1", "Quitters at 4 weeks", 312.0, 300.0, 287.0, 310.0],
        ["P2", "Health checks delivered (%)", 3.1, 3.75, 3.9, 3.75],
    ]
    parsed = _read(rows, merged=[(0, 2, 0, 3), (0, 4, 0, 5)])
    assert not parsed.review, parsed.review
    assert _targets(parsed)["Quitters at 4 weeks"] == [
        ("Q1 2024/25", 312.0, 300.0),
        ("Q2 2024/25", 287.0, 310.0),
    ]


@pytest.mark.parametrize(
    ("heading", "found"),
    [("Aim", True), ("Q3 aim", True), ("Aim higher", False), ("Target", False)],
)
def test_what_counts_as_an_aim_heading(heading: str, found: bool) -> None:
    assert aims.is_aim(heading) is found


@pytest.mark.parametrize("heading", ["Goal", "Goals", "GOAL"])
@pytest.mark.parametrize("target", ["Target value", "Target", "Annual target"])
def test_a_goal_over_directions_beside_a_target_is_the_polarity(heading: str, target: str) -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Measure", heading, "2023/24", "2024/25", target],
        ["W1", "Household waste recycled (%)", "Maximise", 48.2, 50.1, 52.0],
        ["W2", "Missed bins per 100,000 collections", "Minimise", 61.0, 58.0, 55.0],
        ["W3", "Fly-tipping cleared within 2 days (%)", "Maximise", 91.0, 93.5, 95.0],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    found = _targets(parsed)
    # an 'Annual target' beside two years' figures is the current year's (target_years)
    earlier = None if target == "Annual target" else 52.0
    assert found["Household waste recycled (%)"] == [
        ("2023/24", 48.2, earlier),
        ("2024/25", 50.1, 52.0),
    ]
    assert {i.name: i.polarity for i in parsed.indicators}[
        "Missed bins per 100,000 collections"
    ] == "lower_is_better"


def test_a_goal_over_directions_leaves_a_two_column_target_band_whole() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Goal", "Q1 2024/25", "Q2 2024/25", "Lower limit", "Upper limit"],
        ["T1", "Cash balances (£m)", "Stay within range", 42.7, 58.3, 20.0, 60.0],
        ["T2", "Invoices paid in 30 days (%)", "Higher is better", 93.8, 95.2, 95.0, None],
        ["T3", "Debt over 90 days (%)", "Lower is better", 18.2, 16.9, None, 15.0],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    found = _targets(parsed)
    assert found["Invoices paid in 30 days (%)"][0] == ("Q1 2024/25", 93.8, 95.0)
    assert found["Debt over 90 days (%)"][0] == ("Q1 2024/25", 18.2, 15.0)


@pytest.mark.parametrize("heading", ["Goal", "Goal 2024/25"])
def test_a_goal_over_figures_is_the_target(heading: str) -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1 2024/25", "Q2 2024/25", heading],
        ["Rent collected (%)", 97.2, 98.1, 98.0],
        ["Homes let within 28 days (%)", 81.0, 84.0, 85.0],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _targets(parsed)["Rent collected (%)"][0][2] == 98.0
