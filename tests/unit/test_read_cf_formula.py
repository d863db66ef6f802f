"""Conditional-format formulas that rate a figure against its row's target are worked out."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import PatternFill

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read import cf_formula
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.workbook import read_workbook

GRID: list[list[CellValue]] = [
    ["Ref", "Target", "Actual", "Status"],
    ["A1", 90.0, 92.5, "Green"],
    ["A2", 90.0, 84.0, "red"],
    ["A3", 90.0, None, None],
]


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("AND(ISNUMBER(C2),C2>=$B2)", [True, False, False]),
        ("=C2<$B2*0.95", [False, True, True]),  # a blank cell is 0 beside a number
        ("ABS(C2-$B2)/$B2<=5%", [True, False, False]),
        ('OR($D2="Red",$D2="R")', [False, True, False]),
        ("IF(ISBLANK(C2),FALSE,C2>=B2)", [True, False, False]),
        ("NOT(C2>=$B$2)", [False, True, True]),
        ("-C2<-90", [True, False, False]),
    ],
)
def test_formulas_are_worked_out_row_by_row(formula: str, expected: list[bool]) -> None:
    node = cf_formula.compile_formula(formula)
    got = [cf_formula.truthy(cf_formula.evaluate(node, GRID, (shift, 0))) for shift in range(3)]
    assert got == expected


@pytest.mark.parametrize(
    "formula", ["Targets!B2", "C2>target_level", "VLOOKUP(A2,B:C,2,0)>1", "C2>=", "SUM(C2:C4)>1"]
)
def test_what_cannot_be_worked_out_is_unknown(formula: str) -> None:
    with pytest.raises(cf_formula.Unknown):
        cf_formula.compile_formula(formula)


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb, bgColor=rgb)


def test_a_month_coloured_against_each_row_s_target_is_rated(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Measure", "Target", "Q1 2025/26", "Q2 2025/26"])
    sheet.append(["LS1", "Library visits per 1,000 residents", 400, 380, 410])
    sheet.append(["LS2", "Leisure centre attendances per 1,000 residents", 900, 870, 700])
    sheet.append(["LS3", "Museum visitors satisfied (%)", 95, 96, 93])
    sheet.append(["LS4", "Sports pitches available (%)", 98, 97, None])
    green, amber, red = _fill("C6EFCE"), _fill("FFEB9C"), _fill("FFC7CE")
    sheet.conditional_formatting.add(
        "E2:E5", CellIsRule(operator="greaterThanOrEqual", formula=["$C2"], fill=green)
    )
    sheet.conditional_formatting.add(
        "E2:E5", FormulaRule(formula=['AND(E2<>"",E2<$C2,E2>=$C2*0.9)'], fill=amber)
    )
    sheet.conditional_formatting.add("E2:E5", FormulaRule(formula=["E2<$C2*0.9"], fill=red))
    path = tmp_path / "leisure.xlsx"
    book.save(path)
    parsed = detect(read_workbook(path))
    latest = {i.code: i.observations[-1] for i in parsed.indicators}
    assert {code: o.rag for code, o in latest.items()} == {
        "LS1": "green",
        "LS2": "red",
        "LS3": "amber",
        "LS4": None,
    }
    assert all(i.observations[0].rag is None for i in parsed.indicators)


def test_a_between_rule_against_each_row_s_band(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in ([5, 4, 8], [9, 8, 4], [2, 3, 6]):
        sheet.append(row)
    sheet.conditional_formatting.add(
        "A1:A3", CellIsRule(operator="between", formula=["$B1", "$C1"], fill=_fill("FFEB9C"))
    )
    book.save(tmp_path / "band.xlsx")
    assert sorted(read_workbook(tmp_path / "band.xlsx").sheets[0].styles) == [(0, 0)]
