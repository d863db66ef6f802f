"""A heading ending with the noun for an indicator ('Service measure', 'Outcome indicator')
names the indicators; one that makes it something about them ('Unit of measure') does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "heading",
    ["Service measure", "Outcome measure", "Service indicator", "Local indicator",
     "Corporate KPI", "What we measure", "Housing metric"],
)  # fmt: skip
def test_a_heading_ending_with_an_indicator_noun_names_the_indicators(heading: str) -> None:
    assert classify(heading).field == "name"


@pytest.mark.parametrize(
    "heading", ["Unit of measure", "Type of indicator", "Indicator code", "Lead for indicator",
                "KPI ref", "Target measure", "Key measure"],
)  # fmt: skip
def test_headings_about_the_indicator_are_not_its_name(heading: str) -> None:
    assert classify(heading).field != "name"


@pytest.mark.parametrize("heading", ["Service measure", "Outcome indicator"])
def test_a_name_only_table_under_such_a_heading_is_read(tmp_path: Path, heading: str) -> None:
    rows = [
        ["Environment performance 2024/25"],
        [heading, "April", "May", "June"],
        ["Missed bins per 100,000 collections", 41, 38, 45],
        ["Fly-tipping incidents cleared in 2 days (%)", 91.0, 92.5, 90.1],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert figures(parsed)["Missed bins per 100,000 collections"] == [
        ("Apr 2024", 41.0),
        ("May 2024", 38.0),
        ("Jun 2024", 45.0),
    ]
