"""A heading naming two things in one column ('Status / trend') is not a bilingual pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import one_language
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize("heading", ["Status / trend", "RAG / Direction", "Status/DoT"])
def test_a_rating_and_a_direction_in_one_heading_stay_together(heading: str) -> None:
    assert one_language(heading) == heading


@pytest.mark.parametrize(
    ("heading", "side"), [("Statws / Status", "Status"), ("Targed / Target", "Target")]
)
def test_a_welsh_and_english_pair_is_read_by_its_english_side(heading: str, side: str) -> None:
    assert one_language(heading) == side


def test_ratings_with_arrows_under_a_status_and_trend_heading_are_ratings(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "trend.xlsx",
        [
            ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "Status / trend"],
            ["P1", "Smoking quitters (%)", 48.0, 51.2, 50, "Green ↑"],
            ["P2", "Health checks taken up (%)", 40.1, 38.0, 45, "Red ↓"],
            ["P3", "Breastfeeding at 6-8 weeks (%)", 46.0, 46.5, 48, "Amber ↔"],
        ],
    )
    assert not parsed.review
    assert [i.observations[-1].rag for i in parsed.indicators] == ["green", "red", "amber"]
