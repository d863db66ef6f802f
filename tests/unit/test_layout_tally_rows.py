"""A portfolio heading row carrying its tally of ratings is a heading, not an indicator."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures

HEAD = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"]
PLACE = [
    ["PL1", "Household waste recycled (%)", 52.3, 44.1, 50, "Red"],
    ["PL2", "Potholes repaired in 28 days (%)", 91.5, 95.8, 90, "Green"],
    ["PL3", "Buses on time (%)", 84.1, 84.7, 85, "Amber"],
    ["PL4", "Planning decisions in time (%)", 100, 92.3, 90, "Green"],
]


def test_a_heading_with_red_1_amber_2_in_the_next_cells_is_a_section(tmp_path: Path) -> None:
    rows = [HEAD, ["Place", None, "Red 1", "Amber 1", "Green 2"], *PLACE]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    found = figures(parsed)
    assert "Place" not in found
    assert found["Buses on time (%)"] == [("Q1 2024/25", 84.1), ("Q2 2024/25", 84.7)]
    assert not parsed.review


def test_bare_counts_that_tally_with_the_ratings_below_are_not_figures(tmp_path: Path) -> None:
    rows = [HEAD, ["Place", None, 1, 1, 2], *PLACE]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert "Place" not in figures(parsed)
    assert len(parsed.indicators) == 4
    assert not parsed.review


def test_counts_in_rating_colours_that_do_not_tally_are_held(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in [HEAD, ["Place", None, 3, 0, 1], *PLACE]:
        sheet.append(row)
    for col, rgb in zip("CDE", ("FFFF0000", "FFFFC000", "FF00B050"), strict=True):
        sheet[f"{col}2"].fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    path = tmp_path / "t.xlsx"
    book.save(path)
    parsed = find.detect(read_workbook(path), explaining=True)
    assert "Place" not in figures(parsed)
    assert any(item.cell == "C2" for item in parsed.review)
