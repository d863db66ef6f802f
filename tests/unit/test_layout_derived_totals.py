"""A total worked out by formula from the row's own quarters, saved with no values, is left
out with a warning; any other figure formula saved without a value holds the file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook


def _read(path: Path, rows: list[list[object]]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    for row in rows:
        sheet.append(row)
    other = book.create_sheet("Data")
    other["A1"] = 5
    book.save(path)  # openpyxl saves formulas with no calculated value
    return find.detect(read_workbook(path))


def test_a_year_to_date_sum_of_the_row_is_left_out_with_a_warning(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Revenues and benefits scorecard, Quarter 3 2024/25"],
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Year to date", "Target"],
        ["R1", "Benefit claims processed", 1200, 1310, 1190, "=SUM(C3:E3)", 1250],
        ["R2", "Average days to process a change", 6.1, 5.8, 7.2, "=AVERAGE($C4:$E4)", 7],
    ]
    parsed = _read(tmp_path / "ytd.xlsx", rows)
    assert parsed.review == []
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"Q1 2024/25", "Q2 2024/25", "Q3 2024/25"}
    assert any("'Year to date' is worked out by formula" in w for w in parsed.warnings)


def test_a_quarter_worked_out_by_formula_still_holds_the_file(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Measure", "Number", "Total", "Q1 2024/25 (%)", "Q2 2024/25 (%)"],
        ["Invoices paid in 30 days", 940, 1000, 94.0, "=B2/C2*100"],
    ]
    parsed = _read(tmp_path / "q.xlsx", rows)
    assert parsed.review
    assert any("no saved value" in item.reason for item in parsed.review)


def test_a_total_reading_another_sheet_still_holds_the_file(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Waste collection, Quarter 2 2024/25"],
        ["Measure", "Q1 2024/25", "Q2 2024/25", "Year to date"],
        ["Missed collections", 120, 98, "=B3+C3+Data!A1"],
    ]
    parsed = _read(tmp_path / "x.xlsx", rows)
    assert [item.reason for item in parsed.review if "no saved value" in item.reason]
