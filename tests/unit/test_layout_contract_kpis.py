"""A contract's KPI table with the money a miss costs the provider beside each indicator
('Service credit (£)', 'Credits due', 'Deduction applied'): the amount is neither the
indicator's figure nor the service it belongs to, and is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    "heading",
    ["Service credit (£)", "Service credits", "Credit due", "Credits applied", "Deduction (£k)",
     "Financial penalty", "Abatement", "Service failure points", "Liquidated damages",
     "Service credits Q2 2024/25", "Performance deductions to date"],
)  # fmt: skip
def test_money_owed_for_a_miss_is_no_column_to_read(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize(
    "heading", ["Penalty charge notices issued", "Credit union members", "Service area"]
)
def test_a_heading_that_only_mentions_such_a_word_is_read_as_before(heading: str) -> None:
    assert classify(heading).field != "ignore"


@pytest.mark.parametrize(
    "money",
    ["Service credit (£)", "Service credits", "Credit due", "Deductions applied (£)",
     "Service cost (£)", "Service charge £"],
)  # fmt: skip
@pytest.mark.parametrize("where", ["before", "after"])
def test_a_contract_kpi_table_keeps_names_figures_and_targets(
    tmp_path: Path, money: str, where: str
) -> None:
    def placed(kpi: list[object], amount: object) -> list[object]:
        return [*kpi[:2], amount, *kpi[2:]] if where == "before" else [*kpi, amount]

    parsed = detect_rows(
        tmp_path / "contract.xlsx",
        [
            ["Highways maintenance contract — KPIs Q2 2024/25"],
            placed(["KPI", "Description", "Target", "Actual", "RAG"], money),
            placed(["KPI 1", "Calls answered within 20 seconds (%)", 90, 88.5, "Red"], 1500),
            placed(["KPI 2", "Repairs completed on time (%)", 95, 96.2, "Green"], 0),
            placed(["KPI 3", "Complaints resolved within 10 days (%)", 85, 80.1, "Red"], 2500),
        ],
    )
    assert parsed.review == []
    read = {
        i.code: (i.name, i.service, [(o.period.label, o.actual, o.target) for o in i.observations])
        for i in parsed.indicators
    }
    assert read == {
        "KPI 1": ("Calls answered within 20 seconds (%)", None, [("Q2 2024/25", 88.5, 90.0)]),
        "KPI 2": ("Repairs completed on time (%)", None, [("Q2 2024/25", 96.2, 95.0)]),
        "KPI 3": ("Complaints resolved within 10 days (%)", None, [("Q2 2024/25", 80.1, 85.0)]),
    }


def test_a_service_column_of_names_is_still_the_service(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "services.xlsx",
        [
            ["Performance Q2 2024/25"],
            ["KPI", "Description", "Service area", "Target", "Actual"],
            ["KPI 1", "Calls answered within 20 seconds (%)", "Customer services", 90, 88.5],
            ["KPI 2", "Repairs completed on time (%)", "Housing", 95, 96.2],
        ],
    )
    assert [i.service for i in parsed.indicators] == ["Customer services", "Housing"]
