"""A national 'Standard' column is every month's target where no column is headed as a
target, and a plan for the latest (or a named) month is that month's target over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _targets(read: ParsedScorecard) -> dict[tuple[str, str], float | None]:
    return {
        (i.code or "", o.period.label): o.target for i in read.indicators for o in i.observations
    }


def _report(standard: str, plan: str) -> list[list[object]]:
    return [
        ["Integrated performance report, Month 3 2024/25"],
        [],
        ["Ref", "Measure", standard, plan, "Apr 2024", "May 2024", "Jun 2024", "RAG"],
        ["U1", "A&E within 4 hours (%)", "95%", 78, 72.4, 73.1, 74.0, "A"],
        ["U2", "12-hour waits in A&E", "0", "-", 41, 28, 19, "R"],
        ["P1", "Patients waiting over 6 weeks for a test", "1", 5, 14.8, 13.9, None, "R"],
        ["C1", "Smoking quitters at 4 weeks", "-", 45, 38, 41, 44, "G"],
    ]


@pytest.mark.parametrize(
    "standard",
    ["Standard", "National standard", "Constitutional standard", "Operational standard"],
)
@pytest.mark.parametrize("plan", ["Plan (latest month)", "Trajectory - current month"])
def test_the_standard_is_every_months_target_and_the_plan_the_latest_months(
    tmp_path: Path, standard: str, plan: str
) -> None:
    read = detect_rows(tmp_path / "ipr.xlsx", _report(standard, plan))
    assert read.review == []
    targets = _targets(read)
    assert [targets[("U1", m)] for m in ("Apr 2024", "May 2024", "Jun 2024")] == [95, 95, 78]
    # no plan ('-'): the standard is the latest month's target too
    assert [targets[("U2", m)] for m in ("Apr 2024", "May 2024", "Jun 2024")] == [0, 0, 0]
    # a month in arrears: the plan is the row's own latest month's
    assert [targets[("P1", m)] for m in ("Apr 2024", "May 2024")] == [1, 5]
    # no standard: only the latest month has a target
    assert [targets[("C1", m)] for m in ("Apr 2024", "May 2024", "Jun 2024")] == [None, None, 45]


def test_a_plan_naming_its_month_is_that_months_target(tmp_path: Path) -> None:
    rows = _report("Standard", "Plan Jun 2024")
    read = detect_rows(tmp_path / "named.xlsx", rows)
    assert read.review == []
    targets = _targets(read)
    assert [targets[("U1", m)] for m in ("Apr 2024", "May 2024", "Jun 2024")] == [95, 95, 78]
    assert targets[("U2", "Jun 2024")] == 0


def test_beside_a_target_column_a_standard_is_read_as_before(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Target", "Standard", "Apr 2024", "May 2024", "RAG"],
        ["U1", "A&E within 4 hours (%)", 78, "95%", 72.4, 73.1, "A"],
        ["U2", "Ambulance handovers over 60 minutes", 10, "0", 41, 28, "R"],
    ]
    read = detect_rows(tmp_path / "target.xlsx", rows)
    assert _targets(read) == {
        ("U1", "Apr 2024"): 78,
        ("U1", "May 2024"): 78,
        ("U2", "Apr 2024"): 10,
        ("U2", "May 2024"): 10,
    }


@pytest.mark.parametrize("plan", ["Plan", "Plan (last month)", "Trajectory 2023/24"])
def test_a_plan_naming_no_period_shown_is_not_read_as_a_target(tmp_path: Path, plan: str) -> None:
    rows = [
        ["Ref", "Measure", plan, "Apr 2024", "May 2024", "RAG"],
        ["U1", "A&E within 4 hours (%)", 78, 72.4, 73.1, "A"],
        ["U2", "12-hour waits in A&E", 10, 41, 28, "R"],
    ]
    read = detect_rows(tmp_path / "plan.xlsx", rows)
    assert all(target is None for target in _targets(read).values())
