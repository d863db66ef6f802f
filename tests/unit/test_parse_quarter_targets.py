"""A target cell listing a target for each quarter ('Q1 48% / Q2 50% / Q3 42% / Q4 40%'):
each quarter's figure takes its own quarter's target, a quarter the cell does not list
none; a cell that mixes anything else in is held for review as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard, Period
from desktop.scorecard.parse.periods import parse_period
from desktop.scorecard.parse.quarter_targets import NOT_A_QUARTER, UNDATED, figure_for, split
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Q1 48% / Q2 50% / Q3 42% / Q4 40%", [("Q1", "48%"), ("Q2", "50%"), ("Q3", "42%"),
                                              ("Q4", "40%")]),
        ("Q1: 90%, Q2: 91%", [("Q1", "90%"), ("Q2", "91%")]),
        ("Q1 210,000\nQ2 195,000", [("Q1", "210,000"), ("Q2", "195,000")]),
        ("Q1 40 days | Q2 38 days", [("Q1", "40 days"), ("Q2", "38 days")]),
        ("Q1-15, Q2-40, Q3-65", [("Q1", "15"), ("Q2", "40"), ("Q3", "65")]),
        ("Qtr 1 - 20; Qtr 2 - 40", [("Q1", "20"), ("Q2", "40")]),
        ("Quarter 1: £1.2m | Quarter 2: £850k", [("Q1", "£1.2m"), ("Q2", "£850k")]),
        ("Q1 target 48% / Q2 target 50%;", [("Q1", "48%"), ("Q2", "50%")]),
        ("Q2 50% / Q4 40%", [("Q2", "50%"), ("Q4", "40%")]),
        ("Q1 -2%, Q2 -4%", [("Q1", "-2%"), ("Q2", "-4%")]),  # a space before the dash: minus
    ],
)  # fmt: skip
def test_a_list_of_quarters_targets(text: str, listed: list[tuple[str, str]]) -> None:
    assert split(text) == tuple(listed)


@pytest.mark.parametrize(
    "text",
    ["Q4 95%", "Q1 48% / Q1 50%", "Q1 48% / Q2 50% / Annual 45%", "Q1 40-45 / Q2 50",
     "Q1 48% Q2 50%", "Q1 48% / Q2 50% (to be reviewed)", "Target: Q1 48% / Q2 50%",
     "Q1 48% 50% / Q2 50%", "Q1 & Q2 48%, Q3 50%", "48% / 50% / 42%", "Q1 tbc / Q2 50%",
     "Reduce to 400 by Q4", "97% (Q2 profile 56%)", "2024/25: 85% / 2025/26: 88%"],
)  # fmt: skip
def test_cells_that_are_no_list_of_quarters(text: str) -> None:
    assert split(text) is None


def _period(label: str) -> Period:
    found = parse_period(label)
    assert found is not None
    return found


def test_each_quarter_is_dated_in_the_targets_year() -> None:
    text = "Q1 48% / Q2 50%"
    year = _period("2024/25")
    assert figure_for(text, _period("Q2 2024/25"), year, {}) == "50%"
    assert figure_for(text, _period("Q3 2024/25"), year, {}) == ""
    assert figure_for(text, _period("Q2 2023/24"), year, {}) == ""
    assert figure_for(text, _period("Q2 2024/25"), None, {}) == "50%"
    assert figure_for(text, year, year, {}) == NOT_A_QUARTER
    assert figure_for(text, _period("Q1 2024/25"), _period("2024"), {}) == UNDATED
    assert figure_for("48%", _period("Q1 2024/25"), year, {}) is None


def _targets(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None]]]:
    return {
        i.code or i.name: [(o.period.label, o.target) for o in i.observations]
        for i in parsed.indicators
    }


QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]


@pytest.mark.parametrize("heading", ["Target 2024/25", "Target", "Annual target"])
def test_each_quarter_takes_its_own_target_from_the_list(tmp_path: Path, heading: str) -> None:
    rows = [
        ["Code", "Measure", *QUARTERS, heading],
        ["WR01", "Waste recycled (%)", 46.2, 48.9, 41.3, "Q1 48% / Q2 50% / Q3 42% / Q4 40%"],
        ["LE01", "Visits to leisure centres", 212480, 198311, 176905,
         "Qtr 1 210,000\nQtr 2 195,000\nQtr 3 180,000\nQtr 4 215,000"],
        ["HO01", "Average days to re-let homes", 42.3, 38.6, 35.1,
         "Quarter 1 - 40 days; Quarter 2 - 38 days; Quarter 3 - 35 days"],
        ["HO02", "Affordable homes delivered", 12, 31, 58, "Q1-15, Q2-40, Q3-65, Q4-120"],
        ["RS01", "Council tax collected (%)", 29.4, 57.0, 84.3, "Q2: 57.2% | Q3: 84.8%"],
        ["PL01", "Planning applications in time (%)", 84.6, 82.1, 79.8, 85],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "listed.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    targets = _targets(parsed)
    assert [t for _, t in targets["WR01"]] == [48, 50, 42]
    assert [t for _, t in targets["LE01"]] == [210000, 195000, 180000]
    assert [t for _, t in targets["HO01"]] == [40, 38, 35]
    assert [t for _, t in targets["HO02"]] == [15, 40, 65]
    assert [t for _, t in targets["RS01"]] == [None, 57.2, 84.8]  # Q1 not listed: no target
    assert [t for _, t in targets["PL01"]] == [85, 85, 85]


def test_a_list_on_a_sheet_of_calendar_quarters(tmp_path: Path) -> None:
    rows = [
        ["Visits, calendar year 2024"],
        ["Code", "Measure", "Q1 2024", "Q2 2024", "Q3 2024", "Target 2024"],
        ["LE01", "Visits to leisure centres", 150000, 160000, 170000,
         "Q1 140,000 / Q2 155,000 / Q3 175,000 / Q4 150,000"],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "calendar.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    by_start = {
        o.period.start.isoformat(): o.target for i in parsed.indicators for o in i.observations
    }
    # the sheet's 'Q1 2024' is January to March 2024: the list's Q1 is its
    assert by_start == {"2024-01-01": 140000, "2024-04-01": 155000, "2024-07-01": 175000}


def test_a_period_per_row_takes_its_quarters_target(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Period", "Actual", "Target"],
        ["WR01", "Waste recycled (%)", "Q1 2024/25", 46.2, "Q1 48% / Q2 50% / Q3 42%"],
        ["WR01", "Waste recycled (%)", "Q2 2024/25", 48.9, "Q1 48% / Q2 50% / Q3 42%"],
        ["WR01", "Waste recycled (%)", "Q3 2024/25", 41.3, "Q1 48% / Q2 50% / Q3 42%"],
    ]
    parsed = detect_rows(tmp_path / "long.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed)["WR01"] == [
        ("Q1 2024/25", 48),
        ("Q2 2024/25", 50),
        ("Q3 2024/25", 42),
    ]


def test_a_years_figure_takes_no_target_from_a_list_of_quarters(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["WR01", "Waste recycled (%)", 44.0, 46.2, 48.9, "Q1 48% / Q2 50%"],
    ]
    parsed = detect_rows(tmp_path / "year.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed)["WR01"] == [
        ("2023/24", None),
        ("Q1 2024/25", 48),
        ("Q2 2024/25", 50),
    ]
    assert any("not a quarter" in w for w in parsed.warnings), parsed.warnings


def test_a_list_and_a_quarters_own_target_column_must_agree(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Q2 target"],
        ["WR01", "Waste recycled (%)", 46.2, 48.9, "Q1 48% / Q2 50%", 50],
        ["WR02", "Food waste recycled (%)", 16.2, 18.9, "Q1 18% / Q2 20%", None],
    ]
    parsed = detect_rows(tmp_path / "agree.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed)["WR01"] == [("Q1 2024/25", 48), ("Q2 2024/25", 50)]
    assert _targets(parsed)["WR02"] == [("Q1 2024/25", 18), ("Q2 2024/25", 20)]
    rows[1][5] = 52  # the list and the column give Q2 two targets
    parsed = detect_rows(tmp_path / "differ.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["E2"]


@pytest.mark.parametrize(
    "cell",
    ["Q1 48% / Q2 50% (to be reviewed)", "Q1 48% / Q1 50%", "Q1 48% / Q2 50% / Annual 45%",
     "48% / 50% / 42%", "Q1 40-45% / Q2 50%", "Q3 42%"],
)  # fmt: skip
def test_a_list_mixing_something_else_in_is_held_at_its_cell(tmp_path: Path, cell: str) -> None:
    rows = [
        ["Code", "Measure", *QUARTERS, "Target 2024/25"],
        ["WR01", "Waste recycled (%)", 46.2, 48.9, 41.3, cell],
        ["PL01", "Planning applications in time (%)", 84.6, 82.1, 79.8, 85],
    ]
    parsed = detect_rows(tmp_path / "mixed.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["F2"], [r.line() for r in parsed.review]


def test_a_list_whose_quarters_no_year_dates_is_held(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Apr-Jun 2024", "Jul-Sep 2024", "Target 2024"],
        ["WR01", "Waste recycled (%)", 46.2, 48.9, "Q1 48% / Q2 50%"],
    ]
    parsed = detect_rows(tmp_path / "undated.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["E2"], [r.line() for r in parsed.review]
