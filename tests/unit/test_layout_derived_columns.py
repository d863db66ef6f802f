"""A column worked out from the values and the target beside them is left out, not read."""

from __future__ import annotations

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/derived.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)])
    return detect(book, explaining=True)


def _figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    "heading",
    [
        "Percentage of target achieved",
        "Performance vs target",
        "% achieved",
        "Actual as a % of target",
        "Variance from target",
        "Proportion of target met",
        "Achievement against target",
    ],
)
def test_a_derived_column_beside_values_and_target_is_left_out(heading: str) -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2023/24", "2024/25", "Target", heading, "Status"],
        ["Calls answered (%)", 78.0, 81.0, 80.0, 1.0125, "Green"],
        ["Complaints closed in time (%)", 70.0, 72.0, 80.0, 0.9, "Amber"],
        ["Invoices paid in 30 days (%)", 90.0, 88.0, 95.0, 0.926, "Red"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _figures(parsed)["Calls answered (%)"] == [
        ("2023/24", 78.0, 80.0),
        ("2024/25", 81.0, 80.0),
    ]
    latest = {i.name: i.observations[-1].rag for i in parsed.indicators}
    assert latest == {
        "Calls answered (%)": "green",
        "Complaints closed in time (%)": "amber",
        "Invoices paid in 30 days (%)": "red",
    }
    said = next(line for line in parsed.explain if f"'{heading}'"[:20] in line)
    assert "not imported" in said and "worked out from the values and the target" in said


def test_a_derived_column_beside_a_rating_column_leaves_the_rating_read() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Actual", "Target", "% target achieved", "RAG"],
        ["A1", "Missed bins per 100,000", 31.0, 40.0, 1.29, "G"],
        ["A2", "Fly-tips cleared in 2 days (%)", 91.0, 95.0, 0.958, "A"],
        ["A3", "Days to re-let homes", 34.0, 28.0, 0.82, "R"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert [i.observations[0].rag for i in parsed.indicators] == ["green", "amber", "red"]
    assert [i.observations[0].actual for i in parsed.indicators] == [31.0, 91.0, 34.0]


def test_a_share_achieved_is_the_value_column_when_there_is_no_other() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "% achieved", "Target"],
        ["Calls answered within 20 seconds", 81.0, 80.0],
        ["Complaints closed in time", 72.0, 80.0],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert [i.observations[0].actual for i in parsed.indicators] == [81.0, 72.0]


def test_words_under_a_performance_against_target_heading_are_a_rating() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Actual", "Target", "Performance against target"],
        ["Calls answered (%)", 81.0, 80.0, "Green"],
        ["Complaints closed (%)", 72.0, 80.0, "Red"],
        ["Invoices paid (%)", 88.0, 90.0, "Amber"],
    ]
    parsed = _read(rows)
    assert [i.observations[0].rag for i in parsed.indicators] == ["green", "red", "amber"]
    assert [i.observations[0].actual for i in parsed.indicators] == [81.0, 72.0, 88.0]


@pytest.mark.parametrize(
    ("heading", "derived"),
    [
        ("% of target achieved", True),
        ("Actual v. target", True),
        ("Gap to target", True),
        ("Over/under target", True),
        ("Target", False),
        ("Target %", False),
        ("% Target", False),
        ("Target achieved", False),  # a yes/no rating
        ("Q2 Actual", False),
        ("% change", False),
    ],
)
def test_derived_headings(heading: str, derived: bool) -> None:
    assert vocabulary.is_derived_heading(heading) is derived


@pytest.mark.parametrize(
    "heading",
    [
        "Gap to target",
        "Distance from target",
        "Over/under target",
        "Deviation from target",
        "+/- target",
        "+/- against target",
        "Target +/-",
        "\u00b1 target",
    ],
)
def test_a_gap_to_the_target_is_never_read_as_the_target(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize("heading", ["Target", "Target (\u00b12%)", "Target 2024/25"])
def test_a_target_with_a_tolerance_written_in_it_is_still_the_target(heading: str) -> None:
    assert classify(heading).field == "target"
