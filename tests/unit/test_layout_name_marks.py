"""A coloured symbol typed before each indicator's name: a marker taken off the name, and
where the table has no status column, the rating of the row's latest figure."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.name_marks import split
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.run_inks import shared_inks
from desktop.scorecard.read.styles import ColourResolver
from desktop.scorecard.read.workbook import read_workbook

RED, AMBER, GREEN, GREY, PURPLE = "FFFF0000", "FFFFBF00", "FF00A651", "FF808080", "FF7030A0"
ROWS = (
    ("Missed bins per 100,000 collections", 48, 52, 50),
    ("Fly-tipping incidents cleared in 2 days (%)", 88, 91, 90),
    ("Streets graded A or B for litter (%)", 93, 95, 94),
    ("Recycling rate (%)", 41, 43, 45),
)


def _book(
    path: Path,
    inks: list[str | None],
    *,
    mark: str = "\u25a0",
    status: list[str] | None = None,
    whole_cell: bool = False,
) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Waste"
    sheet.append(["Street Scene Performance, Quarter 3 2024/25"])
    sheet.append([])
    heading = ["Indicator", "Q2 2024/25", "Q3 2024/25", "Target"]
    sheet.append(heading + (["Status"] if status else []))
    for i, ((name, q2, q3, target), ink) in enumerate(zip(ROWS, inks, strict=True)):
        row = 4 + i
        sheet.append([None, q2, q3, target] + ([status[i]] if status else []))
        cell = sheet.cell(row=row, column=1)
        if whole_cell:
            cell.value = f"{mark} {name}"
            if ink:
                cell.font = Font(color=ink)
        elif ink is None:
            cell.value = f"{mark} {name}"
        else:
            cell.value = CellRichText(TextBlock(InlineFont(color=ink), mark), " " + name)
    book.save(path)
    return detect(read_workbook(path))


def _ratings(parsed: ParsedScorecard) -> dict[str, dict[str, str | None]]:
    return {i.name: {o.period.label: o.rag for o in i.observations} for i in parsed.indicators}


def test_the_ink_of_the_mark_before_a_name_rates_the_latest_figure(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "m.xlsx", [RED, AMBER, GREEN, GREY])
    ratings = _ratings(parsed)
    assert set(ratings) == {r[0] for r in ROWS}  # the marks are off the names
    assert ratings["Missed bins per 100,000 collections"] == {
        "Q2 2024/25": None,
        "Q3 2024/25": "red",
    }
    assert ratings["Fly-tipping incidents cleared in 2 days (%)"]["Q3 2024/25"] == "amber"
    assert ratings["Streets graded A or B for litter (%)"]["Q3 2024/25"] == "green"
    assert ratings["Recycling rate (%)"]["Q3 2024/25"] is None  # grey: not rated
    assert not parsed.review


def test_a_whole_name_cell_in_the_mark_s_colour_rates_it_too(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "w.xlsx", [GREEN, RED, GREEN, AMBER], mark="\u25cf", whole_cell=True)
    assert _ratings(parsed)["Fly-tipping incidents cleared in 2 days (%)"]["Q3 2024/25"] == "red"


def test_marks_all_in_one_colour_are_held_for_review(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "one.xlsx", [GREEN, GREEN, GREEN, GREEN])
    assert any("one colour" in item.reason for item in parsed.review)
    assert all(o.rag is None for i in parsed.indicators for o in i.observations)


def test_a_mark_in_a_colour_that_is_no_rating_is_held_for_review(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "purple.xlsx", [RED, PURPLE, GREEN, GREEN])
    assert any(item.cell == "A5" for item in parsed.review)
    assert _ratings(parsed)["Fly-tipping incidents cleared in 2 days (%)"]["Q3 2024/25"] is None


def test_marks_with_no_colour_are_held_for_review(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "plain.xlsx", [None, None, None, None], mark="\u25cf")
    assert set(_ratings(parsed)) == {r[0] for r in ROWS}  # the marks are off the names
    assert all(o.rag is None for i in parsed.indicators for o in i.observations)
    assert [item.cell for item in parsed.review] == ["A4"]


def test_beside_a_status_column_the_status_column_rates(tmp_path: Path) -> None:
    parsed = _book(
        tmp_path / "s.xlsx", [RED, RED, GREEN, GREEN], status=["Green", "Amber", "Red", "Green"]
    )
    ratings = _ratings(parsed)
    assert ratings["Missed bins per 100,000 collections"]["Q3 2024/25"] == "green"
    assert ratings["Streets graded A or B for litter (%)"]["Q3 2024/25"] == "red"


def test_shared_strings_give_the_ink_of_their_leading_symbol_run() -> None:
    xml = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<si><t>Plain</t></si>"
        b'<si><r><rPr><color rgb="FFC00000"/></rPr><t>\xe2\x97\x8f</t></r>'
        b'<r><t xml:space="preserve"> Museum visitors</t></r></si>'
        b"<si><r><t>\xe2\x97\x8f</t></r><r><t> Library visits</t></r></si>"
        b'<si><r><rPr><color rgb="FFC00000"/></rPr><t>Over</t></r><r><t>spend</t></r></si>'
        b"</sst>"
    )
    assert shared_inks(xml, ColourResolver([], [])) == {1: "C00000", 2: ""}


def test_only_a_symbol_before_words_is_a_mark() -> None:
    assert split("\u25cf Library visits") == ("\u25cf", "Library visits")
    assert split("\u25b2\u25b2 Falling") == ("\u25b2\u25b2", "Falling")
    assert split("\u25cf") is None
    assert split("A Library visits") is None
    assert split("- Library visits") is None


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_the_mark_s_ink_is_read_from_ods_and_xls_files_too(tmp_path: Path, fmt: str) -> None:
    _book(tmp_path / "m.xlsx", [RED, AMBER, GREEN, GREY])
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(tmp_path / "out"), str(tmp_path / "m.xlsx")],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    parsed = detect(read_workbook(tmp_path / "out" / f"m.{fmt}"))
    ratings = _ratings(parsed)
    assert ratings["Missed bins per 100,000 collections"]["Q3 2024/25"] == "red"
    assert ratings["Fly-tipping incidents cleared in 2 days (%)"]["Q3 2024/25"] == "amber"
    assert ratings["Recycling rate (%)"]["Q3 2024/25"] is None
