"""A table of targets stacked with the table of figures: joined by code (or name) and period."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find, target_tables
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook


def _read(path: Path, rows: Sequence[Sequence[object]]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _seen(read: ParsedScorecard) -> dict[tuple[str, str], tuple[float | None, float | None]]:
    return {
        (i.code or i.name, o.period.label): (o.actual, o.target)
        for i in read.indicators
        for o in i.observations
    }


@pytest.mark.parametrize(
    "text",
    [
        "Targets 2024/25 (profiled by quarter)",
        "Agreed performance targets",
        "Profiled targets for 2025-26",
        "TARGETS",
        "Service plan targets 2024/25",
    ],
)
def test_captions_saying_a_table_holds_targets(text: str) -> None:
    assert target_tables.says_targets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Actuals",
        "Performance against targets",
        "Actual v target 2024/25",
        "Targets and actuals",
        "Indicators missing their targets",
        "Adult Social Care",
        None,
    ],
)
def test_captions_that_do_not_say_targets_alone(text: str | None) -> None:
    assert not target_tables.says_targets(text)


def test_monthly_targets_above_the_actuals_joined_by_name(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "monthly.xlsx",
        [
            ["Waste and recycling monthly report"],
            [],
            ["Agreed targets 2024/25"],
            ["Indicator", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024"],
            ["Missed bins per 100,000", 50, 50, 45, 45],
            ["Household waste recycled (%)", 52, 53, 54, 55],
            [],
            [],
            ["Actual performance"],
            ["Indicator", "Apr 2024", "May 2024", "Jun 2024"],
            ["Household waste recycled (%)", 51.2, 53.9, 52.8],
            ["Missed bins per 100,000", 61, 44, 47],
            ["Fly-tips cleared in 2 days (%)", 92, 95, 97],
        ],
    )
    assert read.review == []
    seen = _seen(read)
    assert seen[("Household waste recycled (%)", "Apr 2024")] == (51.2, 52.0)
    assert seen[("Missed bins per 100,000", "Jun 2024")] == (47.0, 45.0)
    assert seen[("Fly-tips cleared in 2 days (%)", "May 2024")] == (95.0, None)
    assert not any(label == "Jul 2024" for _, label in seen)
    assert len(seen) == 9
    assert any(line.startswith("targets table on sheet") for line in read.explain)


def test_a_targets_table_whose_codes_match_few_figures_is_asked_about(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "other_codes.xlsx",
        [
            ["Actuals"],
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["HS1", "Repairs on time (%)", 91.0, 89.5],
            ["HS2", "Rent collected (%)", 97.1, 98.0],
            ["HS3", "Voids re-let (days)", 31, 28],
            [],
            ["Targets 2024/25"],
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["EN1", "Recycling (%)", 50, 50],
            ["EN2", "Missed bins", 40, 40],
            ["HS1", "Repairs on time (%)", 92, 92],
        ],
    )
    assert [item.cell for item in read.review] == ["A7"]
    assert "holds targets" in read.review[0].reason
    assert not any(code.startswith("EN") for code, _ in _seen(read))


def test_a_targets_table_of_other_periods_is_asked_about(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "other_years.xlsx",
        [
            ["Actuals"],
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["HS1", "Repairs on time (%)", 91.0, 89.5],
            ["HS2", "Rent collected (%)", 97.1, 98.0],
            [],
            ["Targets"],
            ["Code", "Measure", "Q1 2025/26", "Q2 2025/26"],
            ["HS1", "Repairs on time (%)", 92, 92],
            ["HS2", "Rent collected (%)", 98, 98],
        ],
    )
    assert [item.cell for item in read.review] == ["A6"]
    assert "none of its periods" in read.review[0].reason
    assert all(label.endswith("2024/25") for _, label in _seen(read))


def test_tables_under_other_captions_stay_figures(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "two_services.xlsx",
        [
            ["Performance against targets"],
            ["Code", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["HS1", "Repairs on time (%)", 91.0, 89.5],
            ["HS2", "Rent collected (%)", 97.1, 98.0],
            [],
            ["Actuals"],
            ["Code", "Measure", "Q3 2024/25", "Q4 2024/25"],
            ["HS1", "Repairs on time (%)", 92, 93],
            ["HS2", "Rent collected (%)", 98, 99],
        ],
    )
    assert read.review == []
    seen = _seen(read)
    assert seen[("HS1", "Q1 2024/25")] == (91.0, None)
    assert seen[("HS1", "Q4 2024/25")] == (93.0, None)
