"""Milestones among KPIs: a row whose period cells are all words ('On schedule', 'Delayed')
has a deadline where its target goes ('Complete by March 2025', a date cell), which is no
figure and no doubt; its words are kept as they stand. A row of figures with such a target
is still held for review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

HEADING = ["Ref", "Measure / milestone", "Target 2024/25", "Q1 2024/25", "Q2 2024/25",
           "Q3 2024/25", "RAG"]  # fmt: skip


KPI = ["K9", "Planning applications on time (%)", 85.0, 83.3, 87.5, 86.0, "G"]


def _read(tmp_path: Path, rows: list[list[object]]) -> ParsedScorecard:
    """The heading and rows under a title, a KPI row of figures first (row 4)."""
    return detect_rows(
        tmp_path / "plan.xlsx", [["Service plan monitoring 2024/25"], [], rows[0], KPI, *rows[1:]]
    )


def _observed(
    parsed: ParsedScorecard, code: str
) -> list[tuple[float | None, str | None, float | None]]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [(o.actual, o.actual_text, o.target) for o in indicator.observations]


@pytest.mark.parametrize(
    "deadline",
    ["Complete by March 2025", "Contracts awarded by December 2024",
     "Adopted by Council, September 2024", "100% surveyed by March 2025", "Live by Oct '24",
     "By 31 July", "by Q4", "Submission by the end of 2025", "Erbyn Mawrth 2025",
     "31/03/2025", dt.datetime(2025, 3, 31)],
)  # fmt: skip
def test_a_milestones_deadline_is_no_target_and_no_doubt(tmp_path: Path, deadline: object) -> None:
    parsed = _read(
        tmp_path,
        [
            HEADING,
            ["K1", "Household waste recycled (%)", 50.0, 52.4, 51.8, 47.9, "A"],
            ["M1", "Procure food waste vehicles", deadline, "Not started", "On schedule",
             "Delayed", "R"],
            ["K2", "Missed bins per 100,000 collections", 60, 48, 55, 71, "R"],
        ],
    )  # fmt: skip
    assert parsed.review == []
    assert _observed(parsed, "M1") == [
        (None, "Not started", None),
        (None, "On schedule", None),
        (None, "Delayed", None),
    ]
    assert [o.target for o in parsed.indicators[1].observations] == [50.0, 50.0, 50.0]
    assert any("milestone's deadline" in w and "!C6" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "progress",
    ["On schedule - 62% of homes surveyed", "On track (80% complete)", "Complete - 100%",
     "Complete (Nov 2024)", "Delayed to June 2025", "Phase 2 of 4 under way"],
)  # fmt: skip
def test_a_figure_inside_progress_words_is_not_the_rows_value(
    tmp_path: Path, progress: str
) -> None:
    parsed = _read(
        tmp_path,
        [
            HEADING,
            ["M1", "Complete stock condition surveys", "Complete by March 2025", "On schedule",
             None, progress, "G"],
        ],
    )  # fmt: skip
    assert parsed.review == []
    assert _observed(parsed, "M1") == [(None, "On schedule", None), (None, progress, None)]


@pytest.mark.parametrize("target", ["Complete by March 2025", "95% by March 2025", "by Q4"])
def test_a_deadline_beside_figures_is_still_doubted(tmp_path: Path, target: str) -> None:
    parsed = _read(
        tmp_path,
        [
            HEADING,
            ["K1", "Household waste recycled (%)", target, 52.4, 51.8, 47.9, "A"],
            ["K2", "Missed bins per 100,000 collections", 60, 48, 55, 71, "R"],
        ],
    )
    assert [item.cell for item in parsed.review] == ["C5"]


def test_a_deadline_beside_one_figure_among_words_is_still_doubted(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            HEADING,
            ["K1", "Household waste recycled (%)", "Complete by March 2025", 52.4, "Data due",
             "Data due", "A"],
        ],
    )  # fmt: skip
    assert [item.cell for item in parsed.review] == ["C5"]


def test_words_that_name_no_deadline_are_still_doubted_as_a_target(tmp_path: Path) -> None:
    parsed = _read(
        tmp_path,
        [
            HEADING,
            ["M1", "Adopt the Climate Action Plan", "Adoption by Council", "On schedule",
             "Delayed", "Complete", "G"],
        ],
    )  # fmt: skip
    assert [item.cell for item in parsed.review] == ["C5"]


def test_a_long_table_milestone_row(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Measure", "Quarter", "Actual", "Target"],
            ["K1", "Waste recycled (%)", "Q1 2024/25", 52.4, 50],
            ["K1", "Waste recycled (%)", "Q2 2024/25", 53.1, 50],
            ["K2", "Missed bins per 100,000", "Q1 2024/25", 48, 60],
            ["K2", "Missed bins per 100,000", "Q2 2024/25", 55, 60],
            ["M1", "Open the new depot", "Q1 2024/25", "On schedule", "Open by June 2025"],
            ["M1", "Open the new depot", "Q2 2024/25", "At risk", "Open by June 2025"],
        ],
    )
    assert parsed.review == []
    assert _observed(parsed, "M1") == [(None, "On schedule", None), (None, "At risk", None)]
    assert _observed(parsed, "K1") == [(52.4, None, 50.0), (53.1, None, 50.0)]
