"""A figure typed in a cell merged across several period columns is the figure for the span the
columns make up together (the year over its quarters, halves or months; a quarter over its
months), never the first column's; a merge that makes up no one period goes to review."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import figures


def _read(rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]]) -> ParsedScorecard:
    sheet = Sheet("Performance", rows, merged=merged)
    return detect(Workbook(path="/tmp/merged.xlsx", format="xlsx", sheets=[sheet]))


def test_a_figure_merged_across_four_quarters_is_the_years() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Qtr 1 2023-24", "Qtr 2 2023-24", "Qtr 3 2023-24", "Qtr 4 2023-24"],
        ["L1", "Library visits", 20100.0, 19800.0, 18450.0, 21020.0],
        ["L2", "Residents who feel safe after dark (%)", 64.0, None, None, None],
        ["L3", "Library issues", 41000.0, 39500.0, 38200.0, 42100.0],
    ]
    parsed = _read(rows, merged=[(2, 2, 2, 5)])
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Residents who feel safe after dark (%)"] == [("2023/24", 64.0)]
    assert found["Library visits"][0] == ("Q1 2023/24", 20100.0)
    assert len(found["Library issues"]) == 4


def test_a_figure_merged_across_two_halves_is_the_years() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "H1 2024/25", "H2 2024/25", "Target"],
        ["A1", "Staff turnover (%)", 6.1, 5.8, 6.0],
        ["A2", "Staff survey: proud to work here (%)", 71.0, None, 75.0],
    ]
    parsed = _read(rows, merged=[(2, 2, 2, 3)])
    assert not parsed.review, parsed.review
    staff = next(i for i in parsed.indicators if i.code == "A2")
    assert [(o.period.label, o.actual, o.target) for o in staff.observations] == [
        ("2024/25", 71.0, 75.0)
    ]


def test_a_figure_merged_across_a_years_months_is_the_years() -> None:
    months = ["Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24", "Oct-24", "Nov-24",
              "Dec-24", "Jan-25", "Feb-25", "Mar-25"]  # fmt: skip
    rows: list[list[CellValue]] = [
        ["Indicator", *months],
        ["Calls answered (%)", *[90.0 + i / 10 for i in range(12)]],
        ["Carbon emissions (tonnes)", 4100.0, *[None] * 11],
        ["Quarterly audit score", 81.0, None, None, 84.0, None, None, 80.0, None, None, 86.0,
         None, None],
    ]  # fmt: skip
    merged = [(2, 1, 2, 12), (3, 1, 3, 3), (3, 4, 3, 6), (3, 7, 3, 9), (3, 10, 3, 12)]
    parsed = _read(rows, merged)
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Carbon emissions (tonnes)"] == [("2024/25", 4100.0)]
    assert found["Quarterly audit score"] == [
        ("Q1 2024/25", 81.0),
        ("Q2 2024/25", 84.0),
        ("Q3 2024/25", 80.0),
        ("Q4 2024/25", 86.0),
    ]
    assert len(found["Calls answered (%)"]) == 12


def test_a_merge_that_makes_up_no_one_period_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"],
        ["P1", "Planning appeals allowed (%)", 28.0, 31.0, 30.0, 27.0],
        ["P2", "Major applications decided in time (%)", 88.0, None, None, 92.0],
    ]
    parsed = _read(rows, merged=[(2, 2, 2, 4)])
    assert len(parsed.review) == 1
    assert parsed.review[0].cell == "C3"
    assert "Q1 2024/25" in parsed.review[0].reason and "Q3 2024/25" in parsed.review[0].reason
    found = figures(parsed)
    assert ("Q1 2024/25", 88.0) not in found["Major applications decided in time (%)"]


def test_a_merge_across_two_years_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2022/23", "2023/24", "2024/25"],
        ["Homes built", 412.0, 455.0, 390.0],
        ["Tenant satisfaction (%)", None, 79.0, None],
    ]
    parsed = _read(rows, merged=[(2, 2, 2, 3)])
    assert [item.cell for item in parsed.review] == ["C3"]


def test_a_merge_over_one_figure_column_and_a_comment_changes_nothing() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Comment", "Notes"],
        ["R1", "Rent collected (%)", 97.1, 98.0, "On track", None],
    ]
    parsed = _read(rows, merged=[(1, 4, 1, 5)])
    assert not parsed.review
    assert figures(parsed)["Rent collected (%)"] == [("Q1 2024/25", 97.1), ("Q2 2024/25", 98.0)]


def test_a_merged_xlsx_cell_reads_as_the_years_figure(tmp_path: Path) -> None:
    book = OpenpyxlWorkbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Year end"
    sheet.append(["PI", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
                  "Target 2024/25", "RAG"])  # fmt: skip
    sheet.append(["W1", "Waste recycled (%)", 51.0, 54.0, 49.0, 47.0, 50.0, "G"])
    sheet.append(["W2", "Parks with a Green Flag", 6.0, None, None, None, 7.0, "R"])
    sheet.merge_cells("C3:F3")
    path = tmp_path / "year end.xlsx"
    book.save(path)
    parsed = detect(read_workbook(path))
    assert not parsed.review, parsed.review
    parks = next(i for i in parsed.indicators if i.code == "W2")
    assert [(o.period.label, o.actual, o.target, o.rag) for o in parks.observations] == [
        ("2024/25", 6.0, 7.0, "red")
    ]


def test_a_marker_merged_across_some_quarters_is_no_doubt() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"],
        ["S1", "Sickness days per employee", 2.1, 2.4, 2.6, 2.2],
        ["S2", "Staff survey engagement (%)", "Annual measure - reported in Q4", None, None, 68.0],
    ]
    parsed = _read(rows, merged=[(2, 2, 2, 4)])
    assert not parsed.review, parsed.review
    assert ("Q4 2024/25", 68.0) in figures(parsed)["Staff survey engagement (%)"]


def _said(parsed: ParsedScorecard, code: str) -> list[tuple[str, float | None, str | None]]:
    found = next(i for i in parsed.indicators if i.code == code)
    return [(o.period.label, o.actual, o.actual_text) for o in found.observations]


_HALVES_HEAD: list[CellValue] = [
    "Ref", "Indicator", "Frequency", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"
]  # fmt: skip


def test_a_half_yearly_rows_figures_merged_over_quarter_pairs_are_its_halves() -> None:
    rows: list[list[CellValue]] = [
        _HALVES_HEAD,
        ["Q1", "Calls answered (%)", "Quarterly", 81.0, 83.0, 86.0, 88.0],
        ["H1", "Carers' assessments in 28 days (%)", "Half-yearly", 72.4, None, 78.9, None],
        ["H2", "Training completed (%)", "Half-yearly", 88.2, None, "Awaited", None],
        ["A1", "Residents satisfied (%)", "Annual", 57.0, None, None, None],
    ]
    merged = [(2, 3, 2, 4), (2, 5, 2, 6), (3, 3, 3, 4), (3, 5, 3, 6), (4, 3, 4, 6)]
    parsed = _read(rows, merged)
    assert not parsed.review, parsed.review
    assert _said(parsed, "H1") == [("H1 2024/25", 72.4, None), ("H2 2024/25", 78.9, None)]
    assert _said(parsed, "H2") == [("H1 2024/25", 88.2, None), ("H2 2024/25", None, "Awaited")]
    assert _said(parsed, "A1") == [("2024/25", 57.0, None)]
    assert len(_said(parsed, "Q1")) == 4


def test_a_quarterly_rows_figure_merged_over_a_half_goes_to_review() -> None:
    rows: list[list[CellValue]] = [
        _HALVES_HEAD,
        ["Q1", "Calls answered (%)", "Quarterly", 81.0, None, 86.0, 88.0],
    ]
    parsed = _read(rows, merged=[(1, 3, 1, 4)])
    assert [item.cell for item in parsed.review] == ["D2"]
    assert ("H1 2024/25", 81.0) not in figures(parsed)["Calls answered (%)"]


def test_words_merged_beside_a_merged_half_are_the_other_halfs() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"],
        ["S1", "Staff turnover (%)", 4.6, None, "Awaited", None],
    ]
    parsed = _read(rows, merged=[(1, 2, 1, 3), (1, 4, 1, 5)])
    assert not parsed.review, parsed.review
    assert _said(parsed, "S1") == [("H1 2024/25", 4.6, None), ("H2 2024/25", None, "Awaited")]


def test_a_note_merged_over_unreported_quarters_stands_in_each_of_them() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"],
        ["E1", "Persistent absence (%)", 21.3, "Data due February", None, None],
        ["E2", "Vacancy rate (%)", "Not collected this year", None, None, None],
        ["E3", "Survey: feel safe (%)", "Annual measure", None, None, 68.0],
        *[[f"F{n}", f"Measure {n} (%)", 50.0 + n, 51.0, 52.0, 53.0] for n in range(6)],
    ]
    parsed = _read(rows, merged=[(1, 3, 1, 4), (2, 2, 2, 5), (3, 2, 3, 4)])
    assert not parsed.review, parsed.review
    due = "Data due February"
    assert _said(parsed, "E1") == [
        ("Q1 2024/25", 21.3, None),
        ("Q2 2024/25", None, due),
        ("Q3 2024/25", None, due),
    ]
    quarters = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"]
    gone = "Not collected this year"
    assert _said(parsed, "E2") == [(q, None, gone) for q in quarters]
    assert _said(parsed, "E3") == [
        *[(q, None, "Annual measure") for q in quarters[:3]],
        ("Q4 2024/25", 68.0, None),
    ]
