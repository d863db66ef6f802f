"""A target for the end of a plan of several years ('Target 2024–27') beside the year's own
target is no target for any figure of the year, and no figure: a row whose annual target
is blank has no target, not the plan's."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(annual: str, plan: str) -> dict[str, list[tuple[str, float | None, float | None]]]:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", annual, plan, "RAG"],
        ["H1", "Affordable homes delivered", 30, 61, 120, 400, "G"],
        ["H2", "Waste recycled %", 44.1, 45.2, None, 50, None],
    ]
    parsed = detect(Workbook("/tmp/p.xlsx", "xlsx", [Sheet("Plan", rows)]))
    assert parsed.review == []
    return {
        i.code or i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    "plan",
    [
        "Target 2024–27",
        "Target 2024-2027",
        "Council Plan target 2024-27",
        "Plan target 2024/25-2026/27",
    ],
)
@pytest.mark.parametrize("annual", ["Annual target 2024/25", "Target 2024/25", "2024/25 target"])
def test_a_plan_target_beside_the_annual_one_is_set_aside(annual: str, plan: str) -> None:
    assert _read(annual, plan) == {
        "H1": [("Q1 2024/25", 30.0, 120.0), ("Q2 2024/25", 61.0, 120.0)],
        "H2": [("Q1 2024/25", 44.1, None), ("Q2 2024/25", 45.2, None)],
    }


@pytest.mark.parametrize("plan", ["Target 2027", "Target by March 2027", "Ambition 2026/27"])
def test_a_target_for_a_later_date_is_no_target_of_this_year(plan: str) -> None:
    got = _read("Annual target 2024/25", plan)
    assert got["H2"] == [("Q1 2024/25", 44.1, None), ("Q2 2024/25", 45.2, None)]
