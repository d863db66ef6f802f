"""A percentage's base beside it under one period ('Q1 2024/25' over '%' | 'Base (n)'): the
percentage is the period's figure and the base its denominator, never a figure of its own;
'No.' or 'Number' beside a rate is the count it was worked out from, its numerator, and a
base with no percentage beside it is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.share_bases import is_base, is_share
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

BASES = ["Base", "Base (n)", "n", "n=", "No. of cases", "Number of cases", "Respondents",
         "Respondents (n)", "Sample size", "Number surveyed", "Denominator", "Eligible",
         "No. of responses", "Cases"]  # fmt: skip
SHARES = ["%", "Rate", "Percentage", "% achieved", "Result (%)", "Actual %"]


def _read(parsed: ParsedScorecard) -> dict[str, list[tuple[object, ...]]]:
    return {
        i.name: [
            (o.period.label, o.actual, o.actual_text, o.denominator, o.target)
            for o in i.observations
        ]
        for i in parsed.indicators
    }


def _two_rows(share: str, base: str) -> list[list[object]]:
    return [
        ["Housing feedback"],
        ["Measure", "Q1 2024/25", None, "Q2 2024/25", None, "Target"],
        [None, share, base, share, base, None],
        ["Tenants satisfied with repairs", 87.4, 412, 85.9, 388, 90],
        ["Complaints answered in time", 75.0, 8, 100.0, 3, 95],
        ["Ombudsman findings of maladministration", "n/a", 0, "*", 3, None],
    ]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("share", SHARES)
def test_a_base_beside_a_percentage_under_its_period_is_its_denominator(
    tmp_path: Path, share: str, base: str
) -> None:
    rows = _two_rows(share, base)
    parsed = detect_rows(tmp_path / "bases.xlsx", rows, ["B2:C2", "D2:E2"])
    assert parsed.review == []
    read = _read(parsed)
    assert read["Tenants satisfied with repairs"] == [
        ("Q1 2024/25", 87.4, None, 412, 90),
        ("Q2 2024/25", 85.9, None, 388, 90),
    ]
    assert read["Complaints answered in time"] == [
        ("Q1 2024/25", 75.0, None, 8, 95),
        ("Q2 2024/25", 100.0, None, 3, 95),
    ]
    # 'n/a' beside a base of 0 and '*' beside a suppressed small base stay as they said
    assert read["Ombudsman findings of maladministration"] == [
        ("Q1 2024/25", None, "n/a", 0, None),
        ("Q2 2024/25", None, "*", 3, None),
    ]
    assert len(read) == 3


@pytest.mark.parametrize(("share", "base"), [("%", "Base"), ("%", "n"), ("Rate", "No. of cases")])
def test_the_base_may_stand_before_the_percentage(tmp_path: Path, share: str, base: str) -> None:
    rows: list[list[object]] = [
        ["Casework 2024/25"],
        ["Ref", "Indicator", "Q1 2024/25", None, "Q2 2024/25", None],
        [None, None, base, share, base, share],
        ["CW1", "Stage 1 complaints answered in 10 days", 134, 82.1, 121, 88.4],
        ["CW2", "Stage 2 complaints answered in 20 days", 8, 75.0, 3, 100.0],
    ]
    parsed = detect_rows(tmp_path / "before.xlsx", rows, ["C2:D2", "E2:F2"])
    assert parsed.review == []
    assert _read(parsed)["Stage 2 complaints answered in 20 days"] == [
        ("Q1 2024/25", 75.0, None, 8, None),
        ("Q2 2024/25", 100.0, None, 3, None),
    ]


@pytest.mark.parametrize("base", ["Base", "No. of cases", "Sample size"])
def test_a_one_row_heading_of_period_and_base_beside_the_percentage(
    tmp_path: Path, base: str
) -> None:
    rows: list[list[object]] = [
        ["Survey results"],
        ["Measure", "Q1 2024/25 %", f"Q1 2024/25 {base}", "Q2 2024/25 %", f"Q2 2024/25 {base}"],
        ["Residents satisfied with their area", 71.2, 118, 74.0, 123],
        ["Residents who feel safe after dark", 58.0, 120, 61.5, 119],
    ]
    parsed = detect_rows(tmp_path / "one_row.xlsx", rows)
    assert parsed.review == []
    assert _read(parsed)["Residents who feel safe after dark"] == [
        ("Q1 2024/25", 58.0, None, 120, None),
        ("Q2 2024/25", 61.5, None, 119, None),
    ]


@pytest.mark.parametrize("count", ["No.", "Number", "Count"])
def test_a_count_beside_a_rate_is_its_numerator_not_its_base(tmp_path: Path, count: str) -> None:
    rows: list[list[object]] = [
        ["Crime and disorder"],
        ["Indicator", "2022/23", None, "2023/24", None],
        [None, count, "%", count, "%"],
        ["Repeat victims of domestic abuse", 120, 24.1, 130, 25.2],
        ["Repeat missing children", 40, 12.0, 45, 13.5],
    ]
    parsed = detect_rows(tmp_path / "count.xlsx", rows, ["B2:C2", "D2:E2"])
    assert parsed.review == []
    assert _read(parsed)["Repeat victims of domestic abuse"] == [
        ("2022/23", 24.1, None, None, None),
        ("2023/24", 25.2, None, None, None),
    ]
    victims = next(i for i in parsed.indicators if i.name == "Repeat victims of domestic abuse")
    assert [o.numerator for o in victims.observations] == [120, 130]


def test_an_unknown_count_beside_a_figure_that_is_no_percentage_is_still_asked_about(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Casework"],
        ["Measure", "Q1 2024/25", None, "Q2 2024/25", None],
        [None, "Actual", "No. of cases", "Actual", "No. of cases"],
        ["Average days to close a case", 12.4, 134, 11.8, 121],
        ["Average days to first contact", 2.1, 140, 1.9, 118],
    ]
    parsed = detect_rows(tmp_path / "actual.xlsx", rows, ["B2:C2", "D2:E2"])
    assert any("No. of cases" in item.line() for item in parsed.review)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Base (n)", True), ("n=", True), ("(n)", True), ("No. of cases", True),
     ("Number surveyed", True), ("Eligible", True), ("Respondents (n)", True),
     ("No.", False), ("Number", False), ("Count", False), ("Target", False),
     ("Baseline", False), ("Number of complaints", False)],
)  # fmt: skip
def test_what_names_a_base(text: str, expected: bool) -> None:
    assert is_base(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("%", True), ("% satisfied", True), ("Rate per 1,000", True), ("Percentage", True),
     ("Actual", False), ("No.", False)],
)  # fmt: skip
def test_what_names_a_percentage(text: str, expected: bool) -> None:
    assert is_share(text) is expected
