"""A note mark typed as an ordinary digit or letter formatted superscript after a figure
('3.42' shown 3.4², '118a' shown 118ᵃ) is read as the sheet shows it, a mark, never as part
of the figure nor as a rating; in .xlsx (shared and inline strings), .ods and .xls alike."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.raised_marks import is_raised_position, shown
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures

UP = InlineFont(vertAlign="superscript")
DOWN = InlineFont(vertAlign="subscript")


def raised(*parts: str) -> CellRichText:
    """Runs alternating plain and superscript, starting plain."""
    return CellRichText(
        *(TextBlock(UP, text) if i % 2 else text for i, text in enumerate(parts) if text)
    )


@pytest.mark.parametrize(
    ("runs", "as_shown"),
    [
        ([("3.4", False), ("2", True)], "3.4\u00b2"),
        ([("57.8%", False), ("1", True)], "57.8%\u00b9"),
        ([("15.9 ", False), ("3", True)], "15.9 \u00b3"),
        ([("226,910", False), ("12", True)], "226,910\u00b9\u00b2"),
        ([("3.4", False), ("2", True), (" (est)", False)], "3.4\u00b2 (est)"),
        ([("Q3 2024/25", False), ("1", True)], "Q3 2024/25\u00b9"),
        ([("3.4", False), ("1", True), ("0", True)], "3.4\u00b9\u2070"),  # one mark, two runs
        ([("118", False), ("a", True)], "118\u1d43"),
        ([("12.5 ", False), ("ii", True)], "12.5 \u2071\u2071"),
        ([("85%", False), ("b", True), (" (est.)", False)], "85%\u1d47 (est.)"),
    ],
)
def test_raised_digits_after_a_figure_are_shown_as_superscript(
    runs: list[tuple[str, bool]], as_shown: str
) -> None:
    assert shown(runs) == ("".join(text for text, _ in runs), as_shown)


@pytest.mark.parametrize(
    "runs",
    [
        [("3.4", False), ("2", False)],  # nothing raised
        [("3.42", True)],  # the whole cell raised
        [("3", False), ("2", True), ("4", False)],  # inside a number
        [("CO", False), ("2", True), (" emissions", False)],  # after letters
        [("3.4", False), ("A", True)],  # a capital: may be a rating, read as typed
        [("3.4", False), ("q", True)],  # no superscript q in Unicode
        [("3.4", False), ("2a", True)],
        [("45", False), ("*", True)],  # read as a note mark as typed
        [("3.4", False), ("1,2", True)],
        [("12", False), ("2", True), ("/24", False)],
    ],
)
def test_other_raised_text_is_left_as_typed(runs: list[tuple[str, bool]]) -> None:
    assert shown(runs) is None


@pytest.mark.parametrize(
    ("position", "up"),
    [
        ("super 58%", True),
        ("33% 58%", True),
        ("super", True),
        ("-33% 58%", False),
        ("sub 58%", False),
        ("0% 100%", False),
        (None, False),
        ("", False),
    ],
)
def test_an_ods_text_position_is_raised_when_it_shifts_up(position: str | None, up: bool) -> None:
    assert is_raised_position(position) is up


def _book(path: Path) -> Path:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["CP02", "Child protection plans repeated (%)", 2.1, raised("3.4", "2"), 4],
        ["HB01", "Days to process new claims", raised("19.8 ", "3"), 15.9, 18],
        ["WR01", "Recycling rate", raised("45.6%", "1"), raised("41.0", "2", " (est)"), 45],
        ["LE01", "Leisure centre visits", raised("226,910", "12"), 198405, 200000],
        ["CO01", raised("CO", "2", " per resident (tonnes)"), 5.2, 5.0, 5],
    ]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(row)
    sheet["A8"] = CellRichText("Subscript ", TextBlock(DOWN, "2"))
    book.save(path)
    return path


EXPECTED = {
    "Child protection plans repeated (%)": [("Q1 2024/25", 2.1), ("Q2 2024/25", 3.4)],
    "Days to process new claims": [("Q1 2024/25", 19.8), ("Q2 2024/25", 15.9)],
    "Recycling rate": [("Q1 2024/25", 45.6), ("Q2 2024/25", 41.0)],
    "Leisure centre visits": [("Q1 2024/25", 226910.0), ("Q2 2024/25", 198405.0)],
    "CO2 per resident (tonnes)": [("Q1 2024/25", 5.2), ("Q2 2024/25", 5.0)],
}


def _shared(path: Path) -> Path:
    """The same workbook with its strings in a shared-string part, as Excel writes them."""
    out = path.with_name("shared.xlsx")
    strings: list[bytes] = []

    def share(found: re.Match[bytes]) -> bytes:
        strings.append(found[2])
        return found[1] + b' t="s"><v>' + str(len(strings) - 1).encode() + b"</v></c>"

    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="inlineStr"><is>(.*?)</is></c>',
                              share, data)  # fmt: skip
            elif name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif name == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            target.writestr(name, data)
        items = b"".join(b"<si>" + s + b"</si>" for s in strings)
        target.writestr(
            "xl/sharedStrings.xml",
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            + items
            + b"</sst>",
        )
    with zipfile.ZipFile(out) as written:
        assert b"inlineStr" not in written.read("xl/worksheets/sheet1.xml")
    return out


@pytest.mark.parametrize("strings", ["inline", "shared"])
def test_a_figure_with_a_raised_note_mark_is_the_figure(tmp_path: Path, strings: str) -> None:
    path = _book(tmp_path / "raised.xlsx")
    if strings == "shared":
        path = _shared(path)
    book = read_workbook(path)
    rows = book.sheets[0].rows
    assert rows[1][3] == "3.4\u00b2"
    assert rows[5][1] == "CO2 per resident (tonnes)"  # after letters: as typed
    assert rows[7][0] == "Subscript 2"  # lowered, not raised: as typed
    parsed = detect(book)
    assert figures(parsed) == EXPECTED
    assert not parsed.review


def test_without_formatting_the_cell_reads_as_typed(tmp_path: Path) -> None:
    path = _book(tmp_path / "raised.xlsx")
    assert read_workbook(path, styles=False).sheets[0].rows[1][3] == "3.42"


@pytest.mark.parametrize("mark", ["a", "b", "g", "r", "iv"])
def test_a_raised_letter_after_a_figure_is_a_note_not_a_rating(tmp_path: Path, mark: str) -> None:
    parsed = detect_rows(
        tmp_path / "letter.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["A1", "Anti-social behaviour incidents", 120, raised("118", mark)],
            ["A2", "Fly-tipping incidents", raised("52 ", mark), 47],
        ],
    )
    got = {
        (i.code, o.period.label): (o.actual, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }
    assert got[("A1", "Q2 2024/25")] == (118.0, None)
    assert got[("A2", "Q1 2024/25")] == (52.0, None)
    assert not parsed.review


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_files_read_the_raised_mark_too(tmp_path: Path, fmt: str) -> None:
    _book(tmp_path / "raised.xlsx")
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(tmp_path / "out"), str(tmp_path / "raised.xlsx")],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    book = read_workbook(tmp_path / "out" / f"raised.{fmt}")
    assert book.sheets[0].rows[1][3] == "3.4\u00b2"
    parsed = detect(book)
    assert figures(parsed) == EXPECTED
    assert not parsed.review
