"""Rows shaded in bands are the table's styling: a pale green band is not a green rating."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

ROWS = (
    ("Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"),
    ("A1", "Rent collected (%)", 96.1, 97.2, 98),
    ("A2", "Homes relet within 28 days (%)", 81.0, 84.5, 85),
    ("A3", "Repairs done on time (%)", 90.2, 91.0, 92),
    ("A4", "Complaints answered in 10 days (%)", 77.0, 79.3, 80),
    ("A5", "Gas safety checks in date (%)", 99.1, 99.6, 100),
)


def _read(tmp_path: Path, fill: str, shaded: list[int], whole_row: bool = True) -> ParsedScorecard:
    book = Workbook()
    ws = book.active
    assert ws is not None
    for row in ROWS:
        ws.append(list(row))
    for r in shaded:
        for c in range(1 if whole_row else 3, len(ROWS[0]) + 1):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=fill)
    path = tmp_path / "banded.xlsx"
    book.save(path)
    return find.detect(read_workbook(path))


def _rags(parsed: ParsedScorecard) -> set[object]:
    return {o.rag for i in parsed.indicators for o in i.observations}


def test_every_other_row_shaded_green_is_not_a_rating(tmp_path: Path) -> None:
    for fill in ("E2EFDA", "C6EFCE", "D9E1F2"):  # pale greens and a blue, as table styles band
        assert _rags(_read(tmp_path, fill, [3, 5])) == {None}, fill


def test_figures_shaded_green_on_their_own_are_still_rated(tmp_path: Path) -> None:
    # the figures alone filled, the names not: colour on the figures says how they did
    assert "green" in _rags(_read(tmp_path, "C6EFCE", [3, 5], whole_row=False))


def test_rows_shaded_on_adjacent_rows_are_read_as_ratings(tmp_path: Path) -> None:
    # shaded rows running on, not every other row: rows coloured by their status
    assert "green" in _rags(_read(tmp_path, "C6EFCE", [2, 3, 5]))
