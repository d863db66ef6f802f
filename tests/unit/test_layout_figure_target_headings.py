"""A heading naming a kind of figure and a target ('Rate target', 'Target (%)') is the target
column, whichever word comes first, and never read as the figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from tests.helpers.layout_sheets import detect_rows

HEADINGS = [
    "Rate target",
    "Target rate",
    "Target (rate)",
    "Rate (target)",
    "Rate - target",
    "Targeted rate",
    "Target %",
    "% target",
    "Target (%)",
    "Target rate (%)",
    "Percentage target",
    "Value target",
    "No. target",
    "Count target",
    "Target rate per 1,000",
]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_figures_target_heading_is_the_target(heading: str) -> None:
    assert classify(heading).field == "target"


@pytest.mark.parametrize("heading", ["Rate vs target", "% of target", "Rate", "Value"])
def test_headings_with_other_words_are_not_taken_for_the_target(heading: str) -> None:
    assert classify(heading).field != "target"


def test_a_figures_target_heading_with_its_year() -> None:
    column = classify("Rate target 2024/25")
    assert column.field == "target" and column.period is not None
    assert column.period.label == "2024/25"


@pytest.mark.parametrize("heading", ["Rate target", "Target (%)", "Value target"])
def test_wide_table_reads_the_target_not_a_second_figure(tmp_path: Path, heading: str) -> None:
    rows = [
        ["Code", "Indicator", heading, "Q1 2024/25", "Q2 2024/25", "RAG"],
        ["A1", "Rent collected (%)", 97, 96.1, 97.2, "Green"],
        ["A2", "Calls answered (%)", 90, 88.0, 91.5, "Amber"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    read = {
        i.code: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }
    assert read["A1"] == [("Q1 2024/25", 96.1, 97.0), ("Q2 2024/25", 97.2, 97.0)]
    assert read["A2"] == [("Q1 2024/25", 88.0, 90.0), ("Q2 2024/25", 91.5, 90.0)]


@pytest.mark.parametrize("heading", ["Rate target", "Target rate", "% target"])
def test_long_table_with_the_target_before_the_rate(tmp_path: Path, heading: str) -> None:
    rows = [
        ["Code", "Indicator", "Period", heading, "Rate"],
        ["A1", "Rent collected (%)", "Q1 2024/25", 97, 96.1],
        ["A1", "Rent collected (%)", "Q2 2024/25", 97, 97.2],
        ["A2", "Calls answered (%)", "Q1 2024/25", 90, 88.0],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    read = {
        i.code: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }
    assert read["A1"] == [("Q1 2024/25", 96.1, 97.0), ("Q2 2024/25", 97.2, 97.0)]
    assert read["A2"] == [("Q1 2024/25", 88.0, 90.0)]
