"""Status words of a performance system that sets a tolerance on each target ('On target',
'Within tolerance', 'Outside tolerance'), and the words saying nothing was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.values import parse_rag, says_not_rated
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "rag"),
    [
        ("Within tolerance", "amber"),
        ("WITHIN TOLERANCE", "amber"),
        ("Outside tolerance", "red"),
        ("Out of tolerance", "red"),
        ("Outside of tolerance", "red"),
        ("Not within tolerance", "red"),
        ("Outside tolerance - see action plan", "red"),
        ("On target", "green"),
    ],
)
def test_tolerance_words_rate(text: str, rag: str) -> None:
    assert parse_rag(text) == rag
    assert not says_not_rated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not measured",
        "Not Assessed",
        "Not yet measured",
        "Not rated",
        "No data",
        "Unrated",
        "No rating",
        "Not measured - no target set",
        "Heb ei fesur",
    ],
)
def test_nothing_measured_is_no_rating(text: str) -> None:
    assert parse_rag(text) is None
    assert says_not_rated(text)


def test_a_tolerance_scheme_reads_without_review(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Indicator", "Target", "Tolerance", "Q3 2023/24", "Performance status"],
        ["A1", "Calls answered within 30 seconds (%)", 80, 5, 81, "On target"],
        ["A2", "Complaints answered within 10 days (%)", 95, 3, 93, "Within tolerance"],
        ["A3", "Average days to process a benefit claim", 20, 2, 26, "Out of tolerance"],
        ["A4", "Residents satisfied with the area (%)", 75, 5, None, "Not assessed"],
        ["A5", "Visits to the museum", None, None, 4120, "Not measured"],
    ]
    parsed = detect_rows(tmp_path / "tolerance.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    rated = {
        i.code: [(o.period.label, o.actual, o.rag) for o in i.observations]
        for i in parsed.indicators
    }
    assert rated["A1"] == [("Q3 2023/24", 81, "green")]
    assert rated["A2"] == [("Q3 2023/24", 93, "amber")]
    assert rated["A3"] == [("Q3 2023/24", 26, "red")]
    assert rated["A4"] == []
    assert rated["A5"] == [("Q3 2023/24", 4120, None)]
