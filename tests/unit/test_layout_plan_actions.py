"""A service plan's actions sheet beside the indicators is no table of indicators."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.choices import list_sheets
from desktop.scorecard.read.workbook import read_workbook


def _book(path: Path, action_heading: str, progress_heading: str) -> Path:
    wb = Workbook()
    kpis = wb.active
    kpis.title = "Indicators"
    kpis.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"])
    kpis.append(["NS1", "Missed bins per 100,000 collections", 41, 38, 50])
    kpis.append(["NS2", "Fly-tipping removed within 2 working days (%)", 91.2, 93.5, 90])
    kpis.append(["NS3", "Household waste recycled (%)", 44.1, 46.8, 45])
    actions = wb.create_sheet("Plan 2024-25")
    actions.append(["Ref", action_heading, "Lead officer", progress_heading, "Status"])
    actions.append(["A1", "Roll out food waste collections", "Head of Waste", 0.6, "Green"])
    actions.append(["A2", "Review the street cleansing rota", "Streets Manager", 0.35, "Amber"])
    actions.append(["A3", "Procure new bin stock", "Fleet Manager", 1, "Green"])
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("action", "progress"),
    [("Action", "% complete"), ("Key action", "Due date"), ("Milestone", "Percent complete")],
)
def test_the_actions_sheet_is_left_out_with_a_note(
    action: str, progress: str, tmp_path: Path
) -> None:
    parsed = preview(_book(tmp_path / "plan.xlsx", action, progress))
    assert not parsed.review
    codes = {i.code for i in parsed.indicators}
    assert codes == {"NS1", "NS2", "NS3"}
    assert any("Plan 2024-25: skipped" in w for w in parsed.warnings)


def test_a_kpi_table_with_a_progress_column_is_still_read(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", "Action", "% complete")
    wb = load_workbook(path)
    del wb["Plan 2024-25"]
    wb["Indicators"]["F1"] = "Progress"
    wb["Indicators"]["F2"] = "Improving after the new rota"
    wb.save(path)
    parsed = preview(path)
    assert {i.code for i in parsed.indicators} == {"NS1", "NS2", "NS3"}


def test_the_sheet_picker_does_not_offer_the_actions_sheet(tmp_path: Path) -> None:
    path = _book(tmp_path / "plan.xlsx", "Action", "% complete")
    sheets = dict(list_sheets(read_workbook(path)))
    assert sheets == {"Indicators": True, "Plan 2024-25": False}
