"""Heading rows that rate the indicators under them (an exceptions report's groups)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.rating_sections import section_rating
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("RED – off target", "red"),
        ("AMBER - at risk", "amber"),
        ("Green: on track", "green"),
        ("Off track", "red"),
        ("Red indicators", "red"),
        ("Measures rated Amber", "amber"),
        ("On track measures", "green"),
        ("Amber: KPIs", "amber"),
    ],
)
def test_a_heading_that_says_only_a_rating_rates_its_rows(text: str, rating: str) -> None:
    assert section_rating(text) == rating


@pytest.mark.parametrize(
    "text",
    [
        "Green spaces",
        "Green Spaces and Parks",
        "Red Cross contract",
        "Housing",
        "R",
        "Red – see note",
    ],
)
def test_a_section_named_like_a_service_rates_nothing(text: str) -> None:
    assert section_rating(text) is None


def test_rows_under_a_rating_heading_take_it_for_their_latest_figure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "exceptions.xlsx",
        [
            ["Quarter 3 exceptions report 2024/25"],
            [],
            ["Code", "Indicator", "Q2 2024/25", "Q3 2024/25", "Target"],
            ["Environment"],
            ["Off track measures"],
            ["E1", "Recycling rate (%)", 44.1, 43.0, 50],
            ["E2", "Fly-tips cleared in 3 days (%)", 70, None, 90],
            ["At risk measures"],
            ["E3", "Street cleanliness (%)", 91, 92, 95],
            ["Green spaces"],
            ["E4", "Parks with a Green Flag", 6, 7, 6],
        ],
    )
    by_name = {i.name: i for i in parsed.indicators}
    assert len(by_name) == 4, list(by_name)
    recycling = by_name["Recycling rate (%)"].observations
    assert [(o.period.label, o.rag) for o in recycling] == [
        ("Q2 2024/25", None),
        ("Q3 2024/25", "red"),
    ]
    fly = by_name["Fly-tips cleared in 3 days (%)"].observations
    assert [(o.period.label, o.rag) for o in fly] == [("Q2 2024/25", "red")]
    assert by_name["Street cleanliness (%)"].observations[-1].rag == "amber"
    assert by_name["Street cleanliness (%)"].portfolio == "Environment"
    parks = by_name["Parks with a Green Flag"]
    assert [o.rag for o in parks.observations] == [None, None]
    assert parks.portfolio == "Green spaces"
