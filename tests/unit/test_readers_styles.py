"""Unit tests for what readers takes from xlsx formatting: percent formats, fills, colours."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.formatting.rule import CellIsRule, Rule
from openpyxl.styles import Color, PatternFill
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.worksheet.worksheet import Worksheet

from desktop.scorecard.read.grid import CellStyle
from desktop.scorecard.read.palette import BUILTIN_FORMATS, DEFAULT_PALETTE
from desktop.scorecard.read.styles import apply_tint, is_percent_format
from desktop.scorecard.read.workbook import read_workbook


def _sheet() -> tuple[openpyxl.Workbook, Worksheet]:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    return wb, ws


def test_percent_format_is_recorded(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = "Rate"
    ws["B1"] = 0.25
    ws["B1"].number_format = "0.0%"
    wb.save(tmp_path / "p.xlsx")
    sheet = read_workbook(tmp_path / "p.xlsx").sheets[0]
    assert sheet.styles == {(0, 1): CellStyle("0.0%", None)}


def test_builtin_percent_format_is_recorded(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = 0.5
    ws["A1"].number_format = "0%"
    wb.save(tmp_path / "p.xlsx")
    assert read_workbook(tmp_path / "p.xlsx").sheets[0].styles[(0, 0)].number_format == "0%"


def test_plain_number_format_is_not_recorded(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = 12.5
    ws["A1"].number_format = "0.00"
    wb.save(tmp_path / "p.xlsx")
    assert read_workbook(tmp_path / "p.xlsx").sheets[0].styles == {}


@pytest.mark.parametrize(
    "number_format", ['0" days"', "\u00a3#,##0", '\u00a3#,##0.0,,"m"', '0.0"%"', '0" wks"']
)
def test_a_format_showing_a_unit_is_recorded(tmp_path: Path, number_format: str) -> None:
    # a custom format is where some sheets state their units: '19' shown as '19 days'
    wb, ws = _sheet()
    ws["A1"] = 19
    ws["A1"].number_format = number_format
    wb.save(tmp_path / "u.xlsx")
    sheet = read_workbook(tmp_path / "u.xlsx").sheets[0]
    assert sheet.styles[(0, 0)].number_format == number_format


def test_rgb_fill_is_recorded(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = "Green"
    ws["A1"].fill = PatternFill("solid", fgColor="FF00B050")
    wb.save(tmp_path / "f.xlsx")
    assert read_workbook(tmp_path / "f.xlsx").sheets[0].styles[(0, 0)].fill == "00B050"


def test_theme_fill_with_tint_resolves_to_rgb(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = "x"
    colour = Color(theme=5, tint=0.3999755851924192)
    ws["A1"].fill = PatternFill("solid", fgColor=colour)
    wb.save(tmp_path / "t.xlsx")
    # openpyxl's default theme has accent2 = C0504D; lighter 40% is D99694 in Excel
    assert read_workbook(tmp_path / "t.xlsx").sheets[0].styles[(0, 0)].fill == "D99694"


def test_indexed_fill_resolves_to_rgb(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = "x"
    ws["A1"].fill = PatternFill("solid", fgColor=Color(indexed=52))
    wb.save(tmp_path / "i.xlsx")
    assert read_workbook(tmp_path / "i.xlsx").sheets[0].styles[(0, 0)].fill == "FF9900"


def test_blank_filled_cell_next_to_the_table_joins_the_grid(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws.append(["KPI", "Actual"])
    ws.append(["Bins", 40])
    ws["C2"].fill = PatternFill("solid", fgColor="FFFF0000")
    ws["Z900"].fill = PatternFill("solid", fgColor="FFFF0000")
    wb.save(tmp_path / "b.xlsx")
    sheet = read_workbook(tmp_path / "b.xlsx").sheets[0]
    assert sheet.rows == [["KPI", "Actual", None], ["Bins", 40, None]]
    assert sheet.styles == {(1, 2): CellStyle(None, "FF0000")}


def test_styles_false_records_no_styles(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws["A1"] = 0.5
    ws["A1"].number_format = "0%"
    wb.save(tmp_path / "p.xlsx")
    assert read_workbook(tmp_path / "p.xlsx", styles=False).sheets[0].styles == {}


def _cf_book(tmp_path: Path, rule: Rule, values: list[object]) -> Path:
    wb, ws = _sheet()
    for v in values:
        ws.append([v])
    ws.conditional_formatting.add(f"A1:A{len(values)}", rule)
    wb.save(tmp_path / "cf.xlsx")
    return tmp_path / "cf.xlsx"


def test_conditional_cell_is_equal_text_gives_fill(tmp_path: Path) -> None:
    rule = CellIsRule(operator="equal", formula=['"Red"'], fill=PatternFill(bgColor="FFC7CE"))
    path = _cf_book(tmp_path, rule, ["Red", "Green", "red"])
    styles = read_workbook(path).sheets[0].styles
    assert {k: v.fill for k, v in styles.items()} == {(0, 0): "FFC7CE", (2, 0): "FFC7CE"}


def test_conditional_between_numbers_gives_fill(tmp_path: Path) -> None:
    rule = CellIsRule(operator="between", formula=["10", "20"], fill=PatternFill(bgColor="C6EFCE"))
    path = _cf_book(tmp_path, rule, [5, 10, 15, 25])
    assert sorted(read_workbook(path).sheets[0].styles) == [(1, 0), (2, 0)]


def test_conditional_contains_text_gives_fill(tmp_path: Path) -> None:
    dxf = DifferentialStyle(fill=PatternFill(bgColor="FFEB9C"))
    rule = Rule(type="containsText", operator="containsText", text="amber", dxf=dxf)
    rule.formula = ['NOT(ISERROR(SEARCH("amber",A1)))']
    path = _cf_book(tmp_path, rule, ["Amber risk", "Green"])
    assert read_workbook(path).sheets[0].styles == {(0, 0): CellStyle(None, "FFEB9C")}


def test_conditional_expression_on_a_status_column_colours_the_row(tmp_path: Path) -> None:
    wb, ws = _sheet()
    ws.append(["Bins", 40, "R"])
    ws.append(["Calls", 85, "G"])
    dxf = DifferentialStyle(fill=PatternFill(bgColor="FFC7CE"))
    rule = Rule(type="expression", dxf=dxf, formula=['$C1="R"'])
    ws.conditional_formatting.add("A1:C2", rule)
    wb.save(tmp_path / "e.xlsx")
    styles = read_workbook(tmp_path / "e.xlsx").sheets[0].styles
    assert sorted(styles) == [(0, 0), (0, 1), (0, 2)]


def test_conditional_rule_against_a_relative_reference_compares_each_row(tmp_path: Path) -> None:
    wb, ws = _sheet()
    for row in ([5, 8], [10, 4], [7, 7]):
        ws.append(row)
    rule = CellIsRule(operator="greaterThan", formula=["$B1"], fill=PatternFill(bgColor="FFC7CE"))
    ws.conditional_formatting.add("A1:A3", rule)
    wb.save(tmp_path / "r.xlsx")
    assert sorted(read_workbook(tmp_path / "r.xlsx").sheets[0].styles) == [(1, 0)]


@pytest.mark.parametrize("formula", ["Targets!B1", "target_level", "VLOOKUP(A1,B:C,2,0)"])
def test_conditional_rule_with_what_cannot_be_worked_out_is_not_guessed(
    tmp_path: Path, formula: str
) -> None:
    rule = CellIsRule(operator="greaterThan", formula=[formula], fill=PatternFill(bgColor="FFC7CE"))
    path = _cf_book(tmp_path, rule, [5, 10])
    assert read_workbook(path).sheets[0].styles == {}


@pytest.mark.parametrize(
    ("code", "percent"),
    [("0%", True), ("0.0%", True), ('"%"0', False), ("0\\%", False), ("#,##0", False)],
)
def test_is_percent_format(code: str, percent: bool) -> None:
    assert is_percent_format(code) is percent


def test_tint_darkens_and_lightens() -> None:
    assert apply_tint("FFFFFF", -0.5) == "808080"
    assert apply_tint("000000", 0.5) == "808080"
    assert apply_tint("C0504D", 0.0) == "C0504D"


def test_palette_matches_openpyxl_indexed_colours() -> None:
    from openpyxl.styles.colors import COLOR_INDEX

    assert [c[-6:] for c in COLOR_INDEX[:64]] == list(DEFAULT_PALETTE[:64])


def test_builtin_formats_match_openpyxl() -> None:
    from openpyxl.styles.numbers import BUILTIN_FORMATS as OPENPYXL_FORMATS

    assert all(OPENPYXL_FORMATS[k] == v for k, v in BUILTIN_FORMATS.items())
