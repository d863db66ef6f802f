"""A risk register on a sheet beside the indicators is set aside: its scores are no figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.workbook import read_workbook


def _book(path: Path, register_heading: list[str]) -> Path:
    book = Workbook()
    kpis = book.active
    assert kpis is not None
    kpis.title = "KPIs"
    kpis.append(["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"])
    kpis.append(["W1", "Missed bins per 100,000 collections", 42, 38, 50, "G"])
    kpis.append(["W2", "Household waste recycled (%)", 44.0, 45.5, 50, "A"])
    risks = book.create_sheet("Service risks")
    risks.append(register_heading)
    risks.append(["R01", "Loss of the recycling contract", 3, 4, 12, "Amber", "Head of Waste"])
    risks.append(["R02", "Fleet breakdowns", 4, 4, 16, "Red", "Fleet Manager"])
    book.save(path)
    return path


@pytest.mark.parametrize(
    "heading",
    [
        [
            "Risk ref",
            "Risk description",
            "Likelihood (1-5)",
            "Impact (1-5)",
            "Risk score",
            "RAG",
            "Owner",
        ],
        ["Ref", "Risk", "Probability", "Impact", "Inherent score", "Status", "Owner"],
        ["ID", "Description of risk", "L", "I", "Residual risk", "Current risk score", "Lead"],
    ],
)
def test_a_risk_register_beside_the_kpis_is_set_aside(tmp_path: Path, heading: list[str]) -> None:
    parsed = detect(read_workbook(_book(tmp_path / "book.xlsx", heading)))
    assert sorted(i.code or "" for i in parsed.indicators) == ["W1", "W2"]
    assert any("risk register" in w for w in parsed.warnings), parsed.warnings


def test_an_impact_column_alone_is_no_risk_register(tmp_path: Path) -> None:
    heading = ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Impact", "Owner", "Notes"]
    parsed = detect(read_workbook(_book(tmp_path / "book.xlsx", heading)))
    assert "R01" in {i.code for i in parsed.indicators}
