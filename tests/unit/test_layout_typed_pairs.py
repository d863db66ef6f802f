"""A long table's figure columns typed by kind ('Actual %' | 'Actual £'), one pair filled a
row, as a tracker kept in typed fields downloads them; and units a custom number format
states."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.typed_pairs import kind_of
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from desktop.scorecard.read.workbook import read_workbook

HEAD: list[CellValue] = [
    "Ref", "Indicator", "Quarter", "Actual %", "Target %", "Actual no.", "Target no.",
    "Actual \u00a3", "Target \u00a3", "RAG",
]  # fmt: skip


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    sheet = Sheet("Grid view", rows)
    book = Workbook(path="/tmp/grid.csv", format="csv", sheets=[sheet])
    return detect(book)


def _readings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


def test_heading_names_a_role_and_a_kind_either_way_round() -> None:
    assert kind_of("Actual %") == ("actual", "%")
    assert kind_of("Target no.") == ("target", "no")
    assert kind_of("\u00a3 Actual") == ("actual", "\u00a3")
    assert kind_of("Actual time") == ("actual", "time")
    assert kind_of("Actual") is None
    assert kind_of("Target 2024/25") is None


def test_each_row_reads_the_pair_it_fills() -> None:
    rows: list[list[CellValue]] = [
        HEAD,
        ["A1", "Calls answered", "Q1 2024/25", "84.0%", "85.0%", "", "", "", "", "Amber"],
        ["A1", "Calls answered", "Q2 2024/25", "79.6%", "85.0%", "", "", "", "", "Red"],
        ["B1", "Homes brought back into use", "Q1 2024/25", "", "", "9", "10", "", "", "Amber"],
        ["B1", "Homes brought back into use", "Q2 2024/25", "", "", "14", "10", "", "", "Green"],
        ["C1", "Sundry debt", "Q1 2024/25", "", "", "", "", "\u00a3412,350.00",
         "\u00a3400,000.00", "Amber"],
        ["C1", "Sundry debt", "Q2 2024/25", "", "", "", "", "", "\u00a3400,000.00", ""],
    ]  # fmt: skip
    parsed = _read(rows)
    assert _readings(parsed) == {
        "A1": [("Q1 2024/25", 84.0, 85.0), ("Q2 2024/25", 79.6, 85.0)],
        "B1": [("Q1 2024/25", 9.0, 10.0), ("Q2 2024/25", 14.0, 10.0)],
        "C1": [("Q1 2024/25", 412350.0, 400000.0)],  # a record with no figure: none
    }
    units = {i.code: i.unit for i in parsed.indicators}
    assert units["A1"] == "%" and units["C1"] == "\u00a3"


def test_a_row_filling_two_kinds_keeps_the_first_figure_column_alone() -> None:
    # both figures on one row: two measures of one record, not one figure typed by kind
    rows: list[list[CellValue]] = [
        HEAD,
        ["A1", "Calls answered", "Q1 2024/25", "84.0%", "85.0%", "120", "", "", "", "Amber"],
        ["B1", "Homes", "Q1 2024/25", "", "", "9", "10", "", "", "Amber"],
    ]
    parsed = _read(rows)
    assert _readings(parsed)["A1"] == [("Q1 2024/25", 84.0, 85.0)]
    assert "B1" not in _readings(parsed) or _readings(parsed)["B1"] == []
    assert any("second value column 'Actual no.'" in w for w in parsed.warnings)


def test_a_custom_format_gives_the_rows_unit(tmp_path: Path) -> None:
    # no unit column, names saying nothing (or a threshold: '90 days old'): the formats say
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"])
    ws.append(["R1", "Claims processing", 19, 17, 20])
    ws.append(["R2", "Sundry debt over 90 days old", 412350, 398120, 400000])
    ws.append(["R3", "Missed bins", 41, 38, 40])
    ws.append(["R4", "Adaptations completed", 21, 19, 20])
    formats = {2: '0" days"', 3: "\u00a3#,##0", 4: '#,##0" per 10,000"', 5: '0" wks"'}
    for row, number_format in formats.items():
        for col in "CDE":
            ws[f"{col}{row}"].number_format = number_format
    wb.save(tmp_path / "units.xlsx")
    parsed = detect(read_workbook(tmp_path / "units.xlsx"))
    units = {i.code: i.unit for i in parsed.indicators}
    assert units == {"R1": "days", "R2": "\u00a3", "R3": "rate", "R4": "weeks"}
