"""Target columns that are not the council's own (stretch, national, minimum, previous) are
left out beside it, read as the comparator they name, or held for review when alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _targets(read: ParsedScorecard) -> dict[tuple[str, str], float | None]:
    return {(i.name, o.period.label): o.target for i in read.indicators for o in i.observations}


@pytest.mark.parametrize(
    "other",
    ["Stretch target", "Aspirational target", "Target (stretch)", "Minimum target",
     "Statutory target", "Previous target", "Original target", "Floor target",
     "Stretch target 2024/25", "Government target", "2024/25 Stretch", "Aspiration 2024/25"],
)  # fmt: skip
def test_a_second_target_column_is_left_out_beside_the_councils_own(
    tmp_path: Path, other: str
) -> None:
    read = detect_rows(
        tmp_path / "plan.xlsx",
        [
            ["Corporate plan performance, Quarter 2 2024/25"],
            [],
            ["Ref", "Indicator", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
             "Target 2024/25", other, "RAG"],
            ["CP1", "Planning applications on time (%)", 91.0, 88.9, 93.3, 90.0, 95.0, "Green"],
            ["CP2", "Household waste recycled (%)", 32.8, 36.1, 35.4, 35.0, 40.0, "Green"],
        ],
    )  # fmt: skip
    assert read.review == []
    assert _targets(read) == {
        ("Planning applications on time (%)", "2023/24"): None,
        ("Planning applications on time (%)", "Q1 2024/25"): 90.0,
        ("Planning applications on time (%)", "Q2 2024/25"): 90.0,
        ("Household waste recycled (%)", "2023/24"): None,
        ("Household waste recycled (%)", "Q1 2024/25"): 35.0,
        ("Household waste recycled (%)", "Q2 2024/25"): 35.0,
    }
    assert any("not the one its figures are judged against" in line for line in read.explain)


@pytest.mark.parametrize("own", ["Target", "Council target", "Our target", "Corporate target"])
def test_the_councils_target_wins_over_a_stretch_target_written_first(
    tmp_path: Path, own: str
) -> None:
    read = detect_rows(
        tmp_path / "stretch_first.xlsx",
        [
            ["Code", "Measure", "Q1 2024/25", "Stretch", "Stretch target", own],
            ["H1", "Homes relet in 28 days (%)", 71.5, "", 85, 80],
            ["H2", "Rent collected (%)", 97.2, "", 99.5, 98],
        ],
    )
    assert read.review == []
    assert _targets(read) == {
        ("Homes relet in 28 days (%)", "Q1 2024/25"): 80.0,
        ("Rent collected (%)", "Q1 2024/25"): 98.0,
    }


@pytest.mark.parametrize("heading", ["National target", "Target (national)", "England target"])
def test_a_national_target_is_a_comparator_not_the_target(tmp_path: Path, heading: str) -> None:
    read = detect_rows(
        tmp_path / "national.xlsx",
        [
            ["Code", "Measure", "Q2 2024/25", "Target", heading],
            ["P1", "Major applications in 13 weeks (%)", 93.3, 90, 60],
            ["P2", "Minor applications in 8 weeks (%)", 89.0, 85, 70],
        ],
    )
    assert read.review == []
    observation = read.indicators[0].observations[0]
    assert observation.target == 90.0
    assert list(observation.comparators.values()) == [60.0]


@pytest.mark.parametrize("heading", ["Last year's target", "Prior year target", "Target last year"])
def test_last_years_target_is_neither_a_figure_nor_a_comparator(
    tmp_path: Path, heading: str
) -> None:
    read = detect_rows(
        tmp_path / "last_year.xlsx",
        [
            ["Code", "Measure", "Q2 2024/25", "Target", heading],
            ["P1", "Major applications in 13 weeks (%)", 93.3, 90, 85],
            ["P2", "Minor applications in 8 weeks (%)", 89.0, 85, 80],
        ],
    )
    observation = read.indicators[0].observations[0]
    assert (observation.target, observation.comparators) == (90.0, {})


@pytest.mark.parametrize("heading", ["Stretch target", "Aspirational target", "Statutory target"])
def test_a_lone_stretch_target_is_held_for_review_at_its_heading(
    tmp_path: Path, heading: str
) -> None:
    read = detect_rows(
        tmp_path / "alone.xlsx",
        [
            ["Code", "Measure", "Q2 2024/25", heading, "RAG"],
            ["P1", "Major applications in 13 weeks (%)", 93.3, 95, "Green"],
            ["P2", "Minor applications in 8 weeks (%)", 89.0, 90, "Amber"],
        ],
    )
    assert [(r.cell, "no other column gives the council's own target" in r.reason)
            for r in read.review] == [("D1", True)]  # fmt: skip


@pytest.mark.parametrize("heading", ["Long term target", "Ambition"])
def test_a_target_heading_the_vocabulary_knows_is_read_alone(tmp_path: Path, heading: str) -> None:
    read = detect_rows(
        tmp_path / "ambition.xlsx",
        [
            ["Code", "Measure", "Q2 2024/25", heading],
            ["P1", "Major applications in 13 weeks (%)", 93.3, 95],
            ["P2", "Minor applications in 8 weeks (%)", 89.0, 90],
        ],
    )
    assert read.review == []
    assert read.indicators[0].observations[0].target == 95.0
