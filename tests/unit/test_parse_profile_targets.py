"""A year's target with a period's profile in brackets ('97.0% (Q2 profile 56.5%)'): the
period the bracket names takes the profile, every other period of the year the year's
target; a bracket that names no period of the year is no profile, and one the sheet
cannot date is asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard, Period
from desktop.scorecard.parse.periods import parse_period
from desktop.scorecard.parse.profile_targets import (
    UNDATED,
    Profiled,
    figure_for,
    profile_for,
    split,
    written,
)
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "annual", "profiles"),
    [
        ("97.0% (Q2 profile 56.5%)", "97.0%", [("Q2", "56.5%")]),
        ("200 (Q2 profile 70)", "200", [("Q2", "70")]),
        ("620,000 (Q2: 305,000)", "620,000", [("Q2", "305,000")]),
        ("8.0 days (Q2 profile 3.8 days)", "8.0 days", [("Q2", "3.8 days")]),
        ("97% (profile Q2: 56%)", "97%", [("Q2", "56%")]),
        ("97% (Quarter 2 target = 56%)", "97%", [("Quarter 2", "56%")]),
        ("52% (Q1 50%, Q2 55%)", "52%", [("Q1", "50%"), ("Q2", "55%")]),
        ("52% (Q1 profile 50%; Q3 profile 53%)", "52%", [("Q1", "50%"), ("Q3", "53%")]),
        ("£1.2m (Q2 £0.6m)", "£1.2m", [("Q2", "£0.6m")]),
        ("97% (Sep profile 56%)", "97%", [("Sep", "56%")]),
        ("97% (H1 trajectory 48%)", "97%", [("H1", "48%")]),
        ("97% (Q2 2024/25 profile 56%)", "97%", [("Q2 2024/25", "56%")]),
    ],
)
def test_a_years_target_and_its_profiles(
    text: str, annual: str, profiles: list[tuple[str, str]]
) -> None:
    assert split(text) == Profiled(annual, tuple(profiles))


@pytest.mark.parametrize(
    "text",
    ["95% (stretch 97%)", "95% (provisional)", "95% (2025/26: 98%)", "95% (Q2)",
     "18 days (national 20)", "95% (n=20)", "97% (YTD profile 56%)", "97% (Apr-Sep 56%)",
     "97% (Q2 56%, Q2 57%)", "95%", "Maintain", "95% (Q2 56%) stretch"],
)  # fmt: skip
def test_brackets_that_are_no_profile(text: str) -> None:
    assert split(text) is None


def _period(label: str) -> Period:
    found = parse_period(label)
    assert found is not None
    return found


def test_each_period_takes_its_profile_or_the_years_target() -> None:
    year = _period("2024/25")
    text = "97.0% (Q2 profile 56.5%)"
    assert figure_for(text, _period("Q2 2024/25"), year, {}) == "56.5%"
    assert figure_for(text, _period("Q1 2024/25"), year, {}) == "97.0%"
    assert figure_for(text, _period("Q3 2024/25"), None, {}) == "97.0%"
    assert figure_for(text, year, year, {}) == "97.0%"
    assert profile_for(text, _period("Q1 2024/25"), year, {}) is None
    assert figure_for("97%", _period("Q2 2024/25"), year, {}) is None


def test_a_profile_is_dated_as_the_sheets_own_periods() -> None:
    # headings 'Q1 2024' | 'Q2 2024' read as calendar quarters: 'Q2' is April to June
    on_sheet = written({"Q1 2024": _period("Q4 2023/24"), "Q2 2024": _period("Q1 2024/25")})
    text = "60% (Q2 profile 30%)"
    assert figure_for(text, _period("Q1 2024/25"), None, on_sheet) == "30%"
    assert figure_for(text, _period("Q4 2023/24"), None, on_sheet) == "60%"


def test_a_profile_the_sheet_cannot_date_is_asked_about() -> None:
    assert profile_for("60% (Q2 30%)", _period("Q1 2024/25"), _period("2024"), {}) == UNDATED


def _targets(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None]]]:
    return {
        i.code or i.name: [(o.period.label, o.target) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    ("cell", "profile"),
    [("97.0% (Q2 profile 56.5%)", 56.5), ("97.0% (Q2: 56.5%)", 56.5),
     ("97.0% (Quarter 2 target 56.5%)", 56.5), ("97.0% (profile Q2 = 56.5%)", 56.5),
     ("97.0% (Q1 29%, Q2 56.5%)", 56.5)],
)  # fmt: skip
@pytest.mark.parametrize("heading", ["Annual target 2024/25", "Annual target", "Target"])
def test_a_profile_typed_in_the_years_target_cell(
    tmp_path: Path, cell: str, profile: float, heading: str
) -> None:
    rows = [
        ["Performance report 2024/25"],
        ["Code", "Measure", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25", heading],
        ["RB01", "Council tax collected (%)", 96.4, 29.1, 56.2, cell],
        ["HS01", "Affordable homes delivered", 187, 22, 67, "200 (Q2 profile 70)"],
        ["HR01", "Days lost to sickness per FTE", 8.9, 2.1, 4.3, "8.0 days (Q2: 3.8 days)"],
        ["PL01", "Major applications decided in time (%)", 88.9, 100.0, 80.0, 75],
    ]
    parsed = detect_rows(tmp_path / "profiles.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    targets = _targets(parsed)
    q1 = 29.0 if "Q1 29%" in cell else 97.0
    assert targets["RB01"][1:] == [("Q1 2024/25", q1), ("Q2 2024/25", profile)]
    if heading.endswith("2024/25"):  # the last year's outturn is no year of this target's
        assert targets["RB01"][0] == ("2023/24", None)
    assert targets["HS01"][1:] == [("Q1 2024/25", 200), ("Q2 2024/25", 70)]
    assert targets["HR01"][1:] == [("Q1 2024/25", 8.0), ("Q2 2024/25", 3.8)]
    assert targets["PL01"][1:] == [("Q1 2024/25", 75), ("Q2 2024/25", 75)]


def test_a_profile_beside_a_blank_profile_column_and_one_that_disagrees(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Annual target", "Q2 target"],
        ["RB01", "Council tax collected (%)", 29.1, 56.2, "97.0% (Q2 profile 56.5%)", None],
        ["RB02", "Business rates collected (%)", 31.0, 58.3, 98.0, 57.5],
        ["RB03", "Rent collected (%)", 96.8, 98.1, "99.0% (Q2 profile 97.5%)", 97.5],
    ]
    parsed = detect_rows(tmp_path / "blank.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed) == {
        "RB01": [("Q1 2024/25", 97.0), ("Q2 2024/25", 56.5)],
        "RB02": [("Q1 2024/25", 98.0), ("Q2 2024/25", 57.5)],
        "RB03": [("Q1 2024/25", 99.0), ("Q2 2024/25", 97.5)],
    }
    rows[3][5] = 96.0  # the profile column and the bracket give Q2 two targets
    parsed = detect_rows(tmp_path / "differ.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["E4"]


def test_monthly_profiles(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Aug 2024", "Sep 2024", "Oct 2024", "Annual target 2024/25"],
        ["LE01", "Visits to leisure centres", 51000, 48000, 52000, "620,000 (Sep: 305,000)"],
    ]
    parsed = detect_rows(tmp_path / "months.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed)["LE01"] == [
        ("Aug 2024", 620000),
        ("Sep 2024", 305000),
        ("Oct 2024", 620000),
    ]


@pytest.mark.parametrize(
    "cell", ["95% (97%)", "95% (YTD profile 56%)", "95% (2025/26: 97%)", "95% (Q2)"]
)
def test_a_bracket_that_is_no_profile_is_asked_about_at_its_cell(tmp_path: Path, cell: str) -> None:
    rows = [
        ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Annual target 2024/25"],
        ["RB01", "Council tax collected (%)", 29.1, 56.2, cell],
        ["RB02", "Business rates collected (%)", 31.0, 58.3, 98.0],
    ]
    parsed = detect_rows(tmp_path / "unclear.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["E2"]


def test_a_period_per_row_takes_the_profile_its_row_names(tmp_path: Path) -> None:
    rows = [
        ["Code", "Measure", "Period", "Actual", "Annual target"],
        ["RB01", "Council tax collected (%)", "Q1 2024/25", 29.1, "97% (Q2 profile 56.5%)"],
        ["RB01", "Council tax collected (%)", "Q2 2024/25", 56.2, "97% (Q2 profile 56.5%)"],
        ["RB01", "Council tax collected (%)", "Q3 2024/25", 84.0, "97% (Q2 profile 56.5%)"],
    ]
    parsed = detect_rows(tmp_path / "long.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    assert _targets(parsed)["RB01"] == [
        ("Q1 2024/25", 97.0),
        ("Q2 2024/25", 56.5),
        ("Q3 2024/25", 97.0),
    ]


def test_a_profile_on_a_sheet_of_calendar_quarters(tmp_path: Path) -> None:
    rows = [
        ["Visits, calendar year 2024"],
        ["Code", "Measure", "Q1 2024", "Q2 2024", "Q3 2024", "Annual target 2024"],
        ["LE01", "Visits to leisure centres", 150000, 160000, 170000, "620,000 (Q2: 300,000)"],
    ]
    parsed = detect_rows(tmp_path / "calendar.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    by_start = {
        o.period.start.isoformat(): o.target for i in parsed.indicators for o in i.observations
    }
    # the sheet's 'Q2 2024' is April to June 2024: the profile is its
    assert by_start == {"2024-01-01": 620000, "2024-04-01": 300000, "2024-07-01": 620000}
