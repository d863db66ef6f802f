"""Formulas saved with no value (a workbook written by a program and never opened in Excel)
leave their figures missing: where they fall among a table's rows the file is held for
review naming the first such cell, never imported short without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def _last_row(path: Path, *below: list[object]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Housing"
    sheet.append(["Code", "Indicator", "Apr-24", "May-24", "Jun-24", "Target"])
    sheet.append(["H1", "Rent collected (%)", 95.1, 96.0, 96.8, 97.0])
    sheet.append(["H2", "Average days to re-let", 31.0, 29.0, 27.5, 28.0])
    for row in below:
        sheet.append(row)
    book.save(path)
    return path


def test_a_last_indicator_row_of_formulas_with_no_values_is_held_for_review(
    tmp_path: Path,
) -> None:
    last = ["H3", "Repairs done on time (%)", "=C2-1", "=D2-1", "=E2-1", 90.0]
    parsed = detect(read_workbook(_last_row(tmp_path / "h.xlsx", last)))
    lines = [item.line() for item in parsed.review]
    assert any(line.startswith("Housing!C4:") and "no saved value" in line for line in lines)


def test_a_last_row_with_no_target_and_no_figures_is_held_too(tmp_path: Path) -> None:
    last = ["H3", "Repairs done on time (%)", "=C2-1", "=D2-1", "=E2-1"]
    total = ["", "Total", "=SUM(C2:C4)", "=SUM(D2:D4)", "=SUM(E2:E4)"]
    parsed = detect(read_workbook(_last_row(tmp_path / "h.xlsx", last, total)))
    assert [item.cell for item in parsed.review] == ["C4"]


@pytest.mark.parametrize("label", ["Total", "Grand total", "All", "Average", "", "Sum"])
def test_a_totals_row_below_the_table_is_only_warned_about(tmp_path: Path, label: str) -> None:
    total = ["", label, "=SUM(C2:C3)", "=SUM(D2:D3)", "=SUM(E2:E3)"]
    parsed = detect(read_workbook(_last_row(tmp_path / "h.xlsx", total)))
    assert not any("no saved value" in item.line() for item in parsed.review)
    assert [i.code for i in parsed.indicators] == ["H1", "H2"]
