"""A status drawn as a symbol whose only difference is its font colour: a Wingdings 'l'
(a filled circle), a Webdings 'n', a plain '●', in red, amber or green ink. The readers give
the shape the font draws and the font's colour; a status column rates the symbol by that
colour, grey is no rating, and any other colour is held for review naming the cell. The same
sheet saved as .ods or .xls reads the same."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Color, Font

from desktop.scorecard.importer import preview
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.symbol_fonts import drawn

RED, AMBER, GREEN = "FFFF0000", "FFFFC000", "FF00B050"


def _book(
    path: Path,
    statuses: list[tuple[str, Color | str | None]],
    *,
    font: str | None = "Wingdings",
    key: list[tuple[str, Color | str | None, str]] = (),  # type: ignore[assignment]
    heading: str = "Status",
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Dashboard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", heading])
    for n, (symbol, colour) in enumerate(statuses):
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1} (%)", 80 + n, 81 + n, 85, symbol])
        ws.cell(row=n + 2, column=6).font = Font(name=font, color=colour)
    if key:
        ws.append([])
        ws.append(["Key"])
        for symbol, colour, meaning in key:
            ws.append([symbol, meaning])
            ws.cell(row=ws.max_row, column=1).font = Font(name=font, color=colour)
    wb.save(path)
    return path


def _ratings(parsed: ParsedScorecard) -> list[str | None]:
    return [i.observations[-1].rag for i in parsed.indicators]


@pytest.mark.parametrize(
    ("font", "symbol"),
    [("Wingdings", "l"), ("Wingdings", "n"), ("Wingdings", "u"), ("Webdings", "n"),
     (None, "\u25cf"), ("Arial", "\u25a0")],
)  # fmt: skip
def test_a_symbol_told_apart_by_its_font_colour_is_rated_by_it(
    tmp_path: Path, font: str | None, symbol: str
) -> None:
    path = _book(tmp_path / "s.xlsx", [(symbol, GREEN), (symbol, AMBER), (symbol, RED)], font=font)
    parsed = preview(path)
    assert _ratings(parsed) == ["green", "amber", "red"]
    assert parsed.review == []


def test_theme_and_indexed_font_colours_are_read(tmp_path: Path) -> None:
    statuses: list[tuple[str, Color | str | None]] = [
        ("l", Color(theme=6)),  # accent 3 of the theme openpyxl writes (Office 2007): green
        ("l", Color(theme=9)),  # accent 6: orange
        ("l", Color(theme=5)),  # accent 2: red
        ("l", Color(theme=6, tint=-0.25)),  # the green darker
        ("l", Color(indexed=10)),  # the palette's red
        ("l", Color(indexed=17)),  # the palette's green
    ]
    parsed = preview(_book(tmp_path / "t.xlsx", statuses))
    assert _ratings(parsed) == ["green", "amber", "red", "green", "red", "green"]


@pytest.mark.parametrize("heading", ["Status", "Performance", "Current status", "Overall"])
def test_a_column_of_coloured_symbols_is_a_status_column_whatever_its_heading(
    tmp_path: Path, heading: str
) -> None:
    statuses: list[tuple[str, Color | str | None]] = [("l", GREEN), ("l", RED), ("l", AMBER)]
    parsed = preview(_book(tmp_path / "h.xlsx", statuses, heading=heading))
    assert _ratings(parsed) == ["green", "red", "amber"]


def test_a_grey_symbol_is_not_rated_and_not_doubted(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "g.xlsx", [("l", GREEN), ("l", "FF808080")]))
    assert _ratings(parsed) == ["green", None]
    assert parsed.review == []


@pytest.mark.parametrize("colour", ["FF0070C0", "FF7030A0", "FF000000", None])
def test_a_symbol_in_another_colour_is_held_for_review(tmp_path: Path, colour: str | None) -> None:
    parsed = preview(_book(tmp_path / "u.xlsx", [("l", GREEN), ("l", colour)]))
    assert _ratings(parsed) == ["green", None]
    assert [item.cell for item in parsed.review] == ["F3"]


def test_a_key_printing_one_symbol_three_times_is_read_by_colour(tmp_path: Path) -> None:
    key = [
        ("l", GREEN, "On or better than target"),
        ("l", AMBER, "Worse than target by 5% or less"),
        ("l", RED, "Off target"),
    ]
    path = _book(tmp_path / "k.xlsx", [("l", RED), ("l", GREEN), ("l", AMBER)], key=key)
    parsed = preview(path)
    assert _ratings(parsed) == ["red", "green", "amber"]
    assert parsed.review == []


def test_a_key_naming_the_symbol_once_keeps_its_meaning(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "once.xlsx",
        [("\u25cf", GREEN), ("\u25b2", RED)],
        font=None,
        key=[("\u25cf", None, "On track"), ("\u25b2", None, "At risk")],
    )
    assert _ratings(preview(path)) == ["green", "amber"]


def test_a_symbol_font_draws_its_known_glyphs_only() -> None:
    assert drawn("Wingdings", "l") == "\u25cf"
    assert drawn("'Webdings'", "n") == "\u25cf"
    assert drawn("Wingdings", "Rent") is None
    assert drawn("Calibri", "l") is None
    assert drawn("Wingdings", 3.0) is None


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_give_the_same_reading(tmp_path: Path, fmt: str) -> None:
    statuses: list[tuple[str, Color | str | None]] = [
        ("l", GREEN),
        ("l", AMBER),
        ("l", RED),
        ("l", "FF808080"),
    ]
    path = _book(tmp_path / "same.xlsx", statuses)
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = preview(path.with_suffix(f".{fmt}"))
    assert _ratings(converted) == _ratings(preview(path)) == ["green", "amber", "red", None]
