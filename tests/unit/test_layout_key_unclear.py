"""A key that gives one symbol several meanings (told apart only by colour) rates nothing by
its text: a cell of that symbol is rated only by its own font colour, and doubted without one."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.scorecard.importer import preview
from desktop.scorecard.layout import keys


def _book(
    path: Path,
    symbol: str,
    meanings: list[str],
    statuses: list[str],
    colour: str | None = None,
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Dashboard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "Status"])
    for n, status in enumerate(statuses):
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1} (%)", 80 + n, 81 + n, 85, status])
        ws.cell(row=n + 2, column=6).font = Font(name="Wingdings", color=colour)
    ws.append([])
    ws.append(["Key"])
    for meaning in meanings:
        ws.append([symbol, meaning])
        ws.cell(row=ws.max_row, column=1).font = Font(name="Wingdings")
    wb.save(path)
    return path


def test_a_symbol_keyed_with_three_meanings_is_doubted_not_rated(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "w.xlsx",
        "l",
        ["On or better than target", "Worse than target by 5% or less", "Off target"],
        ["l", "l", "l"],
    )
    parsed = preview(path)
    lines = [item.line() for item in parsed.review]
    assert any("Dashboard!F2" in line and "more than one meaning" in line for line in lines)
    rated = [o.rag for i in parsed.indicators for o in i.observations if o.rag is not None]
    assert rated == []


def test_the_cells_own_font_colour_rates_the_symbol(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "w.xlsx",
        "l",
        ["On or better than target", "Worse than target by 5% or less", "Off target"],
        ["l", "l", "l"],
        colour="FF00B050",
    )
    parsed = preview(path)
    assert parsed.review == []
    assert [i.observations[-1].rag for i in parsed.indicators] == ["green"] * 3


def test_the_same_meaning_printed_twice_stays_clear() -> None:
    key: keys.Key = {}
    keys._enter(key, "●", "green")
    keys._enter(key, "●", "green")
    keys._enter(key, "▲", "amber")
    assert key == {"●": "green", "▲": "amber"}
    keys._enter(key, "▲", "red")
    assert keys.rating(key, "▲") == "unclear"
