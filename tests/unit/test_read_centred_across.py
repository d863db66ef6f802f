"""'Centre Across Selection' (horizontal="centerContinuous") shows a heading typed in one cell
centred over the blank cells after it with the same alignment: read as the merge it looks
like, so a year typed once spans its quarter columns and stops where the run stops."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook, centred_spans
from desktop.scorecard.read.workbook import read_workbook

ACROSS = Alignment(horizontal="centerContinuous")


def test_a_run_spans_the_text_cell_and_the_blank_centred_cells_after_it() -> None:
    rows: list[list[CellValue]] = [[None, "2023/24", None, None, "2024/25", None, "Notes"]]
    cells = {(0, c) for c in range(1, 7)}
    assert centred_spans(rows, cells) == [(0, 1, 0, 3), (0, 4, 0, 5)]


def test_a_run_stops_at_a_cell_aligned_otherwise() -> None:
    rows: list[list[CellValue]] = [["Performance", None, None, None]]
    assert centred_spans(rows, {(0, 0), (0, 1)}) == [(0, 0, 0, 1)]
    assert centred_spans(rows, {(0, 0), (0, 2)}) == []  # the cell beside it is not centred


def test_blank_runs_and_cells_already_merged_give_no_span() -> None:
    rows: list[list[CellValue]] = [[None, None, "Year", None, None], ["Q1", "  ", None, None, None]]
    cells = {(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (1, 0), (1, 1)}
    assert centred_spans(rows, cells, merged=[(0, 3, 0, 4)]) == [(1, 0, 1, 1)]


def test_a_run_never_reaches_past_the_grid() -> None:
    rows: list[list[CellValue]] = [["Targets", None]]
    assert centred_spans(rows, {(0, 0), (0, 1), (0, 2), (0, 3)}) == [(0, 0, 0, 1)]


def _book(path: Path, top: list[tuple[int, int, str]], second: list[str]) -> Path:
    """Headings ``top`` (first column, last column, text; 1-based) centred across their
    columns over the row ``second``, and one indicator's figures."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Scorecard"
    for first, last, text in top:
        for col in range(first, last + 1):
            ws.cell(row=1, column=col).alignment = ACROSS
        ws.cell(row=1, column=first, value=text)
    for col, text in enumerate(second, start=1):
        ws.cell(row=2, column=col, value=text)
    figures = [61.0, 62.5, 60.1, 63.4, 64.0, 65.2]
    for col, value in enumerate(["Missed collections per 100,000", *figures], start=1):
        ws.cell(row=3, column=col, value=value)
    wb.save(path)
    return path


def test_xlsx_centred_years_become_merges(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "a.xlsx",
        [(2, 4, "2023/24"), (5, 7, "2024/25")],
        ["Indicator", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"],
    )
    sheet = read_workbook(path).sheets[0]
    assert sheet.merged == [(0, 1, 0, 3), (0, 4, 0, 6)]


@pytest.mark.parametrize(
    ("top", "second", "labels"),
    [
        (
            [(2, 4, "2023/24"), (5, 7, "2024/25")],
            ["Indicator", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3"],
            ["Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"],
        ),
        (
            [(2, 5, "Year ending March 2024"), (6, 7, "2024-25")],
            ["Measure", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"],
            ["Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25"],
        ),
    ],
)
def test_centred_years_place_the_quarters_under_them(
    tmp_path: Path, top: list[tuple[int, int, str]], second: list[str], labels: list[str]
) -> None:
    parsed = preview(_book(tmp_path / "b.xlsx", top, second))
    assert [o.period.label for o in parsed.indicators[0].observations] == labels


@pytest.mark.parametrize(
    "banner", ["Position at Quarter 2", "Performance this quarter", "Current performance"]
)
def test_a_figures_banner_over_a_target_heading_keeps_it_a_target(banner: str) -> None:
    rows: list[list[CellValue]] = [
        [None, "2024/25", None, banner, None],
        ["Indicator", "Q1", "Q2", "Target 2024/25", "RAG"],
        ["Invoices paid within 30 days %", 94.1, 95.2, 95, "Green"],
    ]
    sheet = Sheet("S", rows, merged=[(0, 1, 0, 2), (0, 3, 0, 4)])
    parsed = detect(Workbook("/tmp/s.xlsx", "xlsx", [sheet]))
    observations = parsed.indicators[0].observations
    assert [(o.period.label, o.actual, o.target) for o in observations] == [
        ("Q1 2024/25", 94.1, 95.0),
        ("Q2 2024/25", 95.2, 95.0),
    ]
    assert observations[-1].rag == "green"


def test_xls_alignment_six_is_centre_across_selection() -> None:
    from types import SimpleNamespace

    from desktop.scorecard.read.xls import _Styles

    def xf(align: int) -> SimpleNamespace:
        return SimpleNamespace(alignment=SimpleNamespace(hor_align=align, indent_level=0))

    styles = _Styles(SimpleNamespace(xf_list=[xf(0), xf(2), xf(6)]))
    assert [styles.centred_across(i) for i in range(4)] == [False, False, True, False]
