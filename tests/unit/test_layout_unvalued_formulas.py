"""Formulas saved with no value (a workbook written by a program and never opened in Excel)
leave their figures missing: where they fall among a table's rows the file is held for
review naming the first such cell, never imported short without a word."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.workbook import read_workbook


def _write(path: Path, formula_row: int | None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Revenues"
    sheet.append(["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"])
    sheet.append(["RV1", "Council tax collected (%)", 28.1, 55.9, 96.0])
    sheet.append(["RV2", "Business rates collected (%)", 30.2, 57.4, 97.5])
    sheet.append(["RV3", "Benefit claims processed in 20 days (%)", 91.0, 92.5, 90.0])
    sheet.append(["Notes: figures from the revenues system at quarter end."])
    if formula_row is not None:
        sheet.cell(formula_row, 4, "=C3*2")  # openpyxl saves no value for it
    book.save(path)
    return path


def test_a_formula_with_no_value_among_the_rows_is_held_for_review(tmp_path: Path) -> None:
    parsed = detect(read_workbook(_write(tmp_path / "q2.xlsx", formula_row=3)))
    lines = [item.line() for item in parsed.review]
    assert any("Revenues!D3" in line and "no saved value" in line for line in lines), lines


def test_a_file_with_every_value_saved_reads_without_that_doubt(tmp_path: Path) -> None:
    parsed = detect(read_workbook(_write(tmp_path / "q2.xlsx", formula_row=None)))
    assert not any("no saved value" in item.line() for item in parsed.review)
    assert len(parsed.indicators) == 3


def test_a_formula_above_the_table_is_only_warned_about(tmp_path: Path) -> None:
    path = tmp_path / "q2.xlsx"
    _write(path, formula_row=None)

    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.insert_rows(1, 2)
    sheet["A1"] = "Revenues and benefits: quarter 2"
    sheet["F1"] = "=TODAY()"
    book.save(path)
    parsed = detect(read_workbook(path))
    assert not any("no saved value" in item.line() for item in parsed.review)
    assert len(parsed.indicators) == 3
