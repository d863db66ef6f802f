"""Ratings kept in a table of their own, one column per period, joined to the figures by code."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

FIGURES = [
    ["Quarterly performance indicators 2024/25"],
    [],
    ["PI Code", "Performance indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target"],
    ["WR01", "Household waste recycled (%)", 53.4, 55.1, 54.2, 55],
    ["WR02", "Missed bins per 100,000 collections", 58.0, 49.0, 61.0, 60],
    ["EH01", "Food businesses rated 4 or 5 (%)", 94.1, 94.6, 95.0, 95],
    ["CS01", "Calls answered in 60 seconds (%)", 71.2, 76.5, 80.3, 80],
]


def _book(
    path: Path,
    sheets: dict[str, Sequence[Sequence[object]]],
    style: Callable[[Worksheet], None] | None = None,
) -> ParsedScorecard:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        if style is not None:
            style(sheet)
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _ratings(read: ParsedScorecard) -> dict[tuple[str | None, str], str | None]:
    return {
        (i.code or i.name, o.period.label): o.rag for i in read.indicators for o in i.observations
    }


def _explained(read: ParsedScorecard, start: str) -> str:
    found = [line for line in read.explain if line.startswith(start)]
    assert found, read.explain
    return found[0]


def test_a_status_sheet_of_words_by_code_rates_each_quarter_of_its_titles_year(
    tmp_path: Path,
) -> None:
    read = _book(
        tmp_path / "status_sheet.xlsx",
        {
            "Figures": FIGURES,
            "RAG status": [
                ["RAG status 2024/25 - assessed by the performance team"],
                [],
                ["PI code", "Short title", "Q1", "Q2", "Q3", "Q4", "Assessed by"],
                ["EH01", "Food hygiene", "Amber", "Amber", "Green", None, "PT"],
                ["WR02", "Missed bins", "Green", "Green", "Red", None, "PT / Waste"],
                ["HS05", "Empty homes", "Amber", "Amber", "Withdrawn", None, "PT"],
                ["WR01", "Recycling", "Amber", "Green", "Amber", None, "PT / Waste"],
                [],
                ["Green: on target. Amber: within 5% of target. Red: more than 5% short."],
            ],
        },
    )
    assert read.review == []
    ratings = _ratings(read)
    assert ratings[("WR01", "Q1 2024/25")] == "amber"
    assert ratings[("WR01", "Q2 2024/25")] == "green"
    assert ratings[("WR02", "Q3 2024/25")] == "red"
    assert ratings[("EH01", "Q3 2024/25")] == "green"
    assert ratings[("CS01", "Q2 2024/25")] is None  # not on the status sheet
    assert not any(i.code == "HS05" for i in read.indicators)  # ratings alone: no indicator
    line = _explained(read, "ratings on sheet 'RAG status'")
    assert "joined to 3 of the 4 indicators read" in line
    assert "9 ratings given to figures" in line
    assert any("HS05" in each and "left out" in each for each in read.explain)
    assert any("with no indicator read" in w for w in read.warnings)


def test_letters_keyed_by_name_with_the_year_in_each_heading(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "by_name.xlsx",
        {
            "Scorecard": [
                ["Measure", "Q1 2024/25", "Q2 2024/25"],
                ["Calls answered (%)", 81.3, 86.9],
                ["Complaints answered in 10 days (%)", 77.0, 79.5],
                ["Invoices paid in 30 days (%)", 96.2, 97.0],
            ],
            "Ratings": [
                ["Measure", "Q1 2024/25 RAG", "Q2 2024/25 RAG"],
                ["Invoices paid in 30 days (%)", "G", "G"],
                ["Calls answered (%)", "A", "G"],
                ["Complaints answered in 10 days (%)", "R", "n/a"],
            ],
        },
    )
    assert read.review == []
    assert _ratings(read) == {
        ("Calls answered (%)", "Q1 2024/25"): "amber",
        ("Calls answered (%)", "Q2 2024/25"): "green",
        ("Complaints answered in 10 days (%)", "Q1 2024/25"): "red",
        ("Complaints answered in 10 days (%)", "Q2 2024/25"): None,
        ("Invoices paid in 30 days (%)", "Q1 2024/25"): "green",
        ("Invoices paid in 30 days (%)", "Q2 2024/25"): "green",
    }
    assert "joined by name" not in _explained(read, "ratings on sheet 'Ratings'")
    assert "by name" in _explained(read, "ratings on sheet 'Ratings'")


def test_symbols_on_a_sheet_named_with_its_year(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "symbols.xlsx",
        {
            "Q3": FIGURES,
            "Status 2024-25": [
                ["Ref", "Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"],
                ["WR01", "⚠", "✔", "⚠", "Not due"],
                ["WR02", "✔", "✔", "✘", "Not due"],
                ["EH01", "⚠", "⚠", "✔", "-"],
                ["CS01", "✘", "⚠", "✔", "-"],
            ],
        },
    )
    assert read.review == []
    ratings = _ratings(read)
    assert ratings[("WR01", "Q1 2024/25")] == "amber"
    assert ratings[("WR02", "Q3 2024/25")] == "red"
    assert ratings[("CS01", "Q1 2024/25")] == "red"
    assert ratings[("EH01", "Q3 2024/25")] == "green"
    assert "joined to 4 of the 4" in _explained(read, "ratings on sheet 'Status 2024-25'")


def test_dots_told_apart_by_their_ink(tmp_path: Path) -> None:
    from openpyxl.styles import Font

    inks = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}

    def ink(sheet: Worksheet) -> None:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("●"):
                    cell.font = Font(color=inks[cell.value[1]])
                    cell.value = "●"

    read = _book(
        tmp_path / "dots.xlsx",
        {
            "Figures": FIGURES,
            "RAG 2024-25": [
                ["Code", "Q1", "Q2", "Q3"],
                ["WR01", "●A", "●G", "●A"],
                ["WR02", "●G", "●G", "●R"],
                ["EH01", "●A", "●A", "●G"],
                ["CS01", "●R", "●A", "●G"],
            ],
        },
        ink,
    )
    assert read.review == []
    ratings = _ratings(read)
    assert ratings[("WR02", "Q3 2024/25")] == "red"
    assert ratings[("CS01", "Q2 2024/25")] == "amber"
    assert ratings[("EH01", "Q3 2024/25")] == "green"


def test_a_rating_differing_from_the_figures_own_is_held_naming_both_cells(
    tmp_path: Path,
) -> None:
    read = _book(
        tmp_path / "disagree.xlsx",
        {
            "Scorecard": [
                ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q2 RAG"],
                ["C1", "Calls answered (%)", 81.3, 86.9, "Green"],
                ["C2", "Complaints answered on time (%)", 77.0, 79.5, "Amber"],
                ["C3", "Invoices paid in 30 days (%)", 96.2, 97.0, "Green"],
            ],
            "Corporate RAG": [
                ["Corporate assessment 2024/25"],
                ["Code", "Q1", "Q2"],
                ["C1", "Amber", "Green"],
                ["C2", "Red", "Red"],
                ["C3", "Green", "Green"],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Corporate RAG", "C4")]
    reason = read.review[0].reason
    assert "rated red here but amber at Scorecard!E3" in reason
    ratings = _ratings(read)
    assert ratings[("C1", "Q1 2024/25")] == "amber"  # only the lookup rates Q1
    assert "1 agreeing with the figures' own" not in _explained(read, "ratings on sheet")
    assert "2 agreeing with the figures' own" in _explained(read, "ratings on sheet")


def test_a_ratings_table_with_one_figure_is_no_lookup(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "stray.xlsx",
        {
            "Figures": FIGURES,
            "RAG status": [
                ["RAG status 2024/25"],
                ["PI code", "Q1", "Q2", "Q3"],
                ["WR01", "Amber", "Green", "Amber"],
                ["WR02", "Green", "Green", "Red"],
                ["EH01", "Amber", 94.6, "Green"],
                ["CS01", "Red", "Amber", "Green"],
            ],
        },
    )
    assert not any(line.startswith("ratings on sheet") for line in read.explain)
    assert not any("RAG status: the ratings of" in w for w in read.warnings)
    # read as a table of its own, as before: its odd column is asked about
    assert any(r.sheet == "RAG status" for r in read.review)


def test_a_status_sheet_only_few_indicators_are_on_is_held_at_its_key_column(
    tmp_path: Path,
) -> None:
    read = _book(
        tmp_path / "few.xlsx",
        {
            "Figures": FIGURES,
            "RAG status": [
                ["RAG status 2024/25"],
                ["Code", "Q1", "Q2", "Q3"],
                ["WR01", "Amber", "Green", "Amber"],
                ["HS01", "Green", "Green", "Red"],
                ["HS02", "Amber", "Amber", "Green"],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("RAG status", "A2")]
    assert "only 1 of the 4 indicators read are on it" in read.review[0].reason


def test_a_rating_of_a_quarter_with_no_figure_is_not_imported(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "ahead.xlsx",
        {
            "Figures": [
                ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
                ["C1", "Calls answered (%)", 81.3, None],
                ["C2", "Complaints answered on time (%)", 77.0, 79.5],
            ],
            "RAG 2024-25": [
                ["Code", "Q1", "Q2", "Q3"],
                ["C1", "Green", "Amber", "Green"],
                ["C2", "Red", "Red", "Amber"],
            ],
        },
    )
    assert read.review == []
    assert _ratings(read) == {
        ("C1", "Q1 2024/25"): "green",
        ("C2", "Q1 2024/25"): "red",
        ("C2", "Q2 2024/25"): "red",
    }
    assert any("3 ratings of a period with no figure read" in line for line in read.explain)


def test_quarters_no_year_places_are_held_at_their_heading(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "undated.xlsx",
        {
            "Figures": FIGURES,
            "Ratings": [
                ["Code", "Q1 RAG", "Q2 RAG", "Q3 RAG"],
                ["WR01", "Amber", "Green", "Amber"],
                ["WR02", "Green", "Green", "Red"],
                ["EH01", "Amber", "Amber", "Green"],
                ["CS01", "Red", "Amber", "Green"],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Ratings", "B1")]
    assert "rates a period with no year" in read.review[0].reason
    assert "2 more like it: C1, D1" in read.review[0].line()
    assert all(o.rag is None for i in read.indicators for o in i.observations)


def test_a_councils_own_status_words_its_key_rates(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "keyed.xlsx",
        {
            "Figures": FIGURES,
            "Progress 2024-25": [
                ["Ref", "Q1", "Q2", "Q3"],
                ["WR01", "Some slippage", "On course", "Some slippage"],
                ["WR02", "On course", "On course", "Stalled"],
                ["EH01", "Some slippage", "Some slippage", "On course"],
                ["CS01", "Stalled", "Some slippage", "On course"],
                [],
                ["Key: On course = Green, Some slippage = Amber, Stalled = Red"],
            ],
        },
    )
    assert read.review == []
    ratings = _ratings(read)
    assert ratings[("WR01", "Q1 2024/25")] == "amber"
    assert ratings[("WR02", "Q3 2024/25")] == "red"
    assert ratings[("EH01", "Q3 2024/25")] == "green"


def test_a_ratings_table_below_the_figures_on_their_sheet(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "below.xlsx",
        {
            "KPIs": [
                *FIGURES,
                [],
                [],
                ["Corporate RAG status 2024/25"],
                ["PI Code", "Q1", "Q2", "Q3"],
                ["WR01", "Amber", "Green", "Amber"],
                ["WR02", "Green", "Green", "Red"],
                ["EH01", "Amber", "Amber", "Green"],
                ["CS01", "Red", "Amber", "Green"],
            ],
        },
    )
    assert read.review == []
    assert len(read.indicators) == 4
    ratings = _ratings(read)
    assert ratings[("WR02", "Q3 2024/25")] == "red"
    assert ratings[("CS01", "Q1 2024/25")] == "red"
    assert "joined to 4 of the 4" in _explained(read, "ratings on sheet 'KPIs' A11:D15")
