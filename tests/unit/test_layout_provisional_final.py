"""A period given as its provisional figure and its final (validated) one: one figure, the
final where given, else the provisional; a provisional column shaded to mark it is not rated."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.layout.restated import revision
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Provisional", "Final"),
        ("Prov", "Validated"),
        ("Unvalidated", "Verified"),
        ("As first reported", "Final (validated)"),
        ("Draft", "Confirmed"),
        ("Initial", "Revised"),
    ],
)
def test_the_final_figure_stands_where_given_else_the_provisional(
    tmp_path: Path, first: str, again: str
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Quarterly performance report, Quarter 2"],
            [None, None, "Q1 2024/25", None, "Q2 2024/25", None],
            ["Ref", "Indicator", first, again, first, "Target 2024/25"],
            ["H1", "Rent collected (%)", 97.8, 98.2, 98.6, 98.5],
            ["H2", "Repairs completed within target time (%)", 93.4, None, 92.1, 95],
            ["P2", "Food inspections completed when due (%)", "Not available", 88.9, 91.2, 95],
        ],
        merged=["C2:D2"],
    )
    assert figures(parsed) == {
        "Rent collected (%)": [("Q1 2024/25", 98.2), ("Q2 2024/25", 98.6)],
        "Repairs completed within target time (%)": [("Q1 2024/25", 93.4), ("Q2 2024/25", 92.1)],
        "Food inspections completed when due (%)": [("Q1 2024/25", 88.9), ("Q2 2024/25", 91.2)],
    }
    assert parsed.review == []


@pytest.mark.parametrize(
    ("first", "again"),
    [("Q1 provisional", "Q1 final"), ("Q1 (prov)", "Q1 (validated)"), ("Q1", "Q1 final")],
)
def test_one_heading_row_reads_the_same(tmp_path: Path, first: str, again: str) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Council Plan indicators 2024/25"],
            ["Ref", "Measure", first, again, "Q2", "Target"],
            ["C1", "Calls answered (%)", 81.0, 82.5, 84.0, 80],
            ["C2", "Complaints answered on time (%)", 70.0, None, 72.0, 75],
        ],
    )
    assert figures(parsed) == {
        "Calls answered (%)": [("Q1 2024/25", 82.5), ("Q2 2024/25", 84.0)],
        "Complaints answered on time (%)": [("Q1 2024/25", 70.0), ("Q2 2024/25", 72.0)],
    }


@pytest.mark.parametrize("words", ["provisional", "Prov", "unvalidated", "draft"])
def test_provisional_words_say_first_report(words: str) -> None:
    assert revision(words) == "first"


@pytest.mark.parametrize("words", ["final", "Validated", "verified", "final figure"])
def test_final_words_say_restated(words: str) -> None:
    assert revision(words) == "restated"


YELLOW = "FFF2CC"
ROWS = (
    ("Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG (Q2)"),
    ("A1", "Rent collected (%)", 96.1, 97.2, 98, "Green"),
    ("A2", "Homes relet within 28 days (%)", 81.0, 84.5, 85, None),
    ("A3", "Repairs done on time (%)", 90.2, 91.0, 92, "Red"),
    ("A4", "Complaints answered in 10 days (%)", 77.0, 79.3, 80, None),
)


def _read(tmp_path: Path, q2_heading: str, fills: dict[int, str]) -> ParsedScorecard:
    """ROWS under a 'Q2 2024/25' over ``q2_heading`` row, Q2's figures filled by row."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(["Quarterly performance report"])
    ws.append([None, None, None, "Q2 2024/25"])
    ws.append([*ROWS[0][:3], q2_heading, *ROWS[0][4:]])
    for row in ROWS[1:]:
        ws.append(list(row))
    for r, colour in fills.items():
        ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=colour)
    path = tmp_path / "shaded.xlsx"
    book.save(path)
    return find.detect(read_workbook(path))


def _q2_rags(parsed: ParsedScorecard) -> dict[str, object]:
    return {
        i.code or i.name: o.rag
        for i in parsed.indicators
        for o in i.observations
        if o.period.label == "Q2 2024/25"
    }


@pytest.mark.parametrize(
    "heading", ["Provisional", "Actual (prov)", "As first reported", "Unvalidated"]
)
def test_a_provisional_column_shaded_down_its_figures_is_not_rated_by_the_shade(
    tmp_path: Path, heading: str
) -> None:
    parsed = _read(tmp_path, heading, {r: YELLOW for r in range(4, 8)})
    assert _q2_rags(parsed) == {"A1": "green", "A2": None, "A3": "red", "A4": None}


def test_a_shaded_column_under_another_heading_keeps_its_colour(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "Actual", {r: YELLOW for r in range(4, 8)})
    assert _q2_rags(parsed)["A2"] == "amber"


def test_provisional_figures_coloured_each_their_own_way_are_ratings(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "Provisional", {4: "C6EFCE", 5: YELLOW, 6: "FFC7CE", 7: YELLOW})
    assert _q2_rags(parsed)["A2"] == "amber"
