"""Percentages written on two scales: a fraction (0.92) among figures in points is a doubt."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Measure", "Unit", "2022/23", "2023/24", "2024/25"]


def _read(*rows: list[CellValue], styles: dict[tuple[int, int], CellStyle] | None = None):
    sheet = Sheet("Adults", [HEADING, *rows], styles=styles or {})
    return detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))


def _cells(read: ParsedScorecard) -> list[str]:
    return [f"{r.sheet}!{r.cell}" for r in read.review]


def test_a_fraction_among_a_percentage_s_points_is_a_doubt_at_its_cell() -> None:
    read = _read(
        ["Reviews held on time", "%", 81.0, 0.87, 84.5],
        ["Carers assessed", "number", 410.0, 452.0, 470.0],
    )
    assert _cells(read) == ["Adults!D2"]
    assert "87" in read.review[0].reason and "fraction" in read.review[0].reason


def test_a_percent_heading_makes_the_column_a_percentage() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Indicator", "Quarter", "Result (%)"],
            ["Reviews held on time", "Q1 2024/25", 79.5],
            ["Reviews held on time", "Q2 2024/25", 0.83],
            ["Reviews held on time", "Q3 2024/25", 81.0],
            ["Reablement completed", "Q1 2024/25", 64.0],
            ["Reablement completed", "Q2 2024/25", 66.0],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert _cells(read) == ["Adults!C3"]


def test_an_unlabelled_column_says_nothing_of_its_scale() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Indicator", "Quarter", "Result"],
            ["Households in temporary accommodation per 1,000", "Q1 2024/25", 9.5],
            ["Households in temporary accommodation per 1,000", "Q2 2024/25", 0.9],
            ["Households in temporary accommodation per 1,000", "Q3 2024/25", 8.0],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []


def test_small_percentages_throughout_are_genuine() -> None:
    read = _read(["Delayed transfers of care", "%", 0.8, 1.2, 0.6])
    assert read.review == []


def test_a_small_percentage_among_other_small_ones_is_genuine() -> None:
    read = _read(["Staff turnover", "%", 2.4, 4.9, 0.9])
    assert read.review == []


def test_rates_and_counts_are_not_percentages() -> None:
    read = _read(
        ["Falls per 1,000 residents", "rate", 12.0, 0.4, 9.5],
        ["Serious incidents", "number", 14.0, 1.0, 8.0],
    )
    assert read.review == []


def test_zero_is_the_same_on_both_scales() -> None:
    read = _read(["Complaints upheld", "%", 12.0, 0.0, 9.0])
    assert read.review == []


def test_a_figure_written_with_its_percent_sign_says_its_scale() -> None:
    read = _read(["Reviews held on time", "%", 81.0, "0.87%", 84.5])
    assert read.review == []
    formatted = {(1, 3): CellStyle(number_format="0.00%")}
    read = _read(["Reviews held on time", "%", 81.0, 0.0087, 84.5], styles=formatted)
    assert read.review == []


def test_fractions_beside_targets_in_points_are_still_one_doubt() -> None:
    sheet = Sheet(
        "Adults",
        [
            ["Measure", "Target", "Q1 2024/25", "Q2 2024/25"],
            ["Reviews held on time (%)", 85.0, 0.81, 0.83],
        ],
    )
    read = detect(Workbook(path="/tmp/adults.xlsx", format="xlsx", sheets=[sheet]))
    assert [r.cell for r in read.review] == ["C2"]
    assert "targets" in read.review[0].reason


def _figures(read: ParsedScorecard) -> dict[str, list[tuple[float | None, float | None]]]:
    return {i.name: [(o.actual, o.target) for o in i.observations] for i in read.indicators}


PQ_HEADING: list[CellValue] = ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"]


def _pq(*rows: list[CellValue], styles: dict[tuple[int, int], CellStyle] | None = None):
    sheet = Sheet("Scorecard", [PQ_HEADING, *rows], styles=styles or {})
    return detect(Workbook(path="/tmp/pq.xlsx", format="xlsx", sheets=[sheet]))


@pytest.mark.parametrize("unit", ["%", "Percentage", "per cent", "Percent"])
def test_a_table_storing_its_percentages_as_fractions_is_read_in_points(unit: str) -> None:
    read = _pq(
        ["Assessments completed within 45 days", unit, 0.873, 0.852, 0.9],
        ["Early help assessments started", "Number", 412.0, 388.0, 400.0],
        ["Plans issued within 20 weeks", unit, 0.412, 0.468, 0.6],
    )
    figures = _figures(read)
    assert figures["Assessments completed within 45 days"] == [(87.3, 90.0), (85.2, 90.0)]
    assert figures["Plans issued within 20 weeks"] == [(41.2, 60.0), (46.8, 60.0)]
    assert figures["Early help assessments started"][0] == (412.0, 400.0)
    assert read.review == []


def test_a_percent_in_the_name_reads_fractions_as_points_too() -> None:
    sheet = Sheet(
        "Resources",
        [
            ["Measure", "Target", "Q1 2024/25", "Q2 2024/25"],
            ["Council tax collected (%)", 0.975, 0.298, 0.572],
            ["Business rates collected (%)", 0.98, 0.317, 0.598],
            ["Sundry debt outstanding (£)", 1000000.0, 1284500.0, 1197320.0],
        ],
    )
    read = detect(Workbook(path="/tmp/resources.xlsx", format="xlsx", sheets=[sheet]))
    figures = _figures(read)
    assert figures["Council tax collected (%)"] == [(29.8, 97.5), (57.2, 97.5)]
    assert figures["Business rates collected (%)"] == [(31.7, 98.0), (59.8, 98.0)]
    assert read.review == []


def test_per_cents_under_one_in_a_table_writing_points_are_left_as_written() -> None:
    """The hard case: 0.4% typed as 0.4 looks like 40% stored as a fraction; a neighbour in
    points (12.3) says the table writes percentages in points."""
    read = _pq(
        ["Council tax base growth in year", "%", 0.412, 0.655, 0.6],
        ["Staff turnover, rolling 12 months", "per cent", 12.3, 11.8, 12.0],
    )
    figures = _figures(read)
    assert figures["Council tax base growth in year"] == [(0.412, 0.6), (0.655, 0.6)]
    assert read.review == []


def test_a_lone_row_of_fractions_is_held_not_guessed() -> None:
    read = _pq(
        ["Assessments completed within 45 days", "%", 0.873, 0.852, 0.9],
        ["Early help assessments started", "Number", 412.0, 388.0, 400.0],
    )
    assert _cells(read) == ["Scorecard!C2"]
    assert "per cent under one" in read.review[0].reason
    assert _figures(read)["Assessments completed within 45 days"][0] == (0.873, 0.9)


def test_fractions_of_two_decimals_at_most_are_held() -> None:
    """0.4 and 0.35 may as well be 0.4% and 0.35% as 40% and 35%: nothing tells."""
    read = _pq(
        ["Tax base growth", "%", 0.4, 0.6, 0.5],
        ["Collection fund surplus", "Percentage", 0.35, 0.3, 0.25],
    )
    assert _cells(read) == ["Scorecard!C2"]
    assert "and 1 more" in read.review[0].reason
    assert _figures(read)["Tax base growth"][0] == (0.4, 0.5)


def test_fractions_beside_rows_formatted_as_per_cent_are_held() -> None:
    formatted = {(2, c): CellStyle(number_format="0.0%") for c in (2, 3, 4)}
    read = _pq(
        ["Delayed transfers of care", "%", 0.812, 0.655, 0.9],
        ["Reviews held on time", "%", 0.81, 0.84, 0.85],
        styles=formatted,
    )
    assert _cells(read) == ["Scorecard!C2"]
    assert _figures(read)["Reviews held on time"][0] == (81.0, 85.0)


def test_a_row_on_two_scales_among_fractions_is_held() -> None:
    read = _pq(
        ["Assessments completed within 45 days", "%", 0.873, 0.852, 0.9],
        ["Capital spend against profile", "%", 0.981, 1.024, 1.0],
        ["Plans issued within 20 weeks", "%", 0.412, 0.468, 60.0],
        ["Invoices paid within 30 days", "%", 0.934, 0.951, 0.95],
    )
    assert _cells(read) == ["Scorecard!C3"]
    assert "and 1 more" in read.review[0].reason and "C4" in read.review[0].reason
    figures = _figures(read)
    assert figures["Assessments completed within 45 days"][0] == (87.3, 90.0)
    assert figures["Invoices paid within 30 days"][1] == (95.1, 95.0)
    assert figures["Capital spend against profile"][1] == (1.024, 1.0)


def test_a_band_and_comparators_stored_as_fractions_are_read_in_points_with_the_figures() -> None:
    sheet = Sheet(
        "Scorecard",
        [
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "England", "Target"],
            ["Posts filled", "%", 0.918, 0.934, 0.905, "0.93-0.97"],
            ["Reviews held on time", "%", 0.812, 0.845, 0.8, 0.85],
        ],
    )
    read = detect(Workbook(path="/tmp/pq.xlsx", format="xlsx", sheets=[sheet]))
    posts = next(i for i in read.indicators if i.name == "Posts filled")
    assert (posts.band_low, posts.band_high) == (93.0, 97.0)
    assert [o.actual for o in posts.observations] == [91.8, 93.4]
    assert posts.observations[-1].comparators == {"England": 90.5}
    assert read.review == []


def test_a_target_typed_with_its_percent_sign_says_the_row_is_in_points() -> None:
    read = _pq(
        ["Council tax base growth in year", "%", 0.312, 0.455, "0.6% tolerance 0.2"],
        ["Reviews held on time", "%", 0.812, 0.845, 0.85],
    )
    growth = next(i for i in read.indicators if i.name == "Council tax base growth in year")
    assert [o.actual for o in growth.observations] == [0.312, 0.455]
    assert (growth.band_low, growth.band_high) == (0.4, 0.8)


def test_fractions_with_a_figure_over_one_are_left_as_written() -> None:
    read = _read(
        ["Delayed transfers of care", "%", 0.8, 0.9, 0.6],
        ["Staff turnover", "%", 0.4, 1.2, 0.9],
    )
    figures = _figures(read)
    assert [a for a, _ in figures["Staff turnover"]] == [0.4, 1.2, 0.9]


def test_a_neighbour_over_one_throughout_says_points_too() -> None:
    read = _pq(
        ["Hate crimes reported as a share of all crime", "%", 0.1, 0.2, 0.25],
        ["Repeat victims of anti-social behaviour", "Percentage", 1.2, 1.3, 1.1],
    )
    assert _figures(read)["Hate crimes reported as a share of all crime"][0] == (0.1, 0.25)
    assert read.review == []


@pytest.mark.parametrize(
    "name", ["Collection rate change on last year (percentage points)", "Turnover change (pp)"]
)
def test_a_change_in_percentage_points_is_never_taken_for_fractions(name: str) -> None:
    read = _pq([name, "%", 0.312, -0.205, 0.5], ["Staff in post", "Number", 412.0, 388.0, 400.0])
    assert _figures(read)[name][0] == (0.312, 0.5)
    assert read.review == []
