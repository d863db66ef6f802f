"""Rows whose name is struck through are withdrawn indicators: left out, and said so by cell.
The same sheet saved as .ods or .xls reads the same."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.scorecard.importer import preview
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.styles import parse_styles

STRUCK = Font(strike=True, color="FFA6A6A6")


def _book(
    path: Path,
    rows: list[list[object]],
    struck: dict[int, tuple[int, ...]],
    heading: tuple[str, ...] = ("Ref", "Performance indicator", "Q1 2024/25", "Q2 2024/25"),
) -> Path:
    """A sheet of ``rows`` under ``heading``; ``struck`` maps a data row (0-based) to the
    columns (1-based) whose font is struck through."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "PIs"
    ws.append(list(heading))
    for values in rows:
        ws.append(values)
    for n, columns in struck.items():
        for col in columns:
            ws.cell(row=n + 2, column=col).font = STRUCK
    wb.save(path)
    return path


ROWS: list[list[object]] = [
    ["ENV1", "Fly-tipping incidents cleared within 5 working days (%)", 91.0, 93.5],
    ["ENV2", "Missed bin collections per 100,000", 48.0, 52.0],
    ["ENV3", "Streets below litter standard (%)", 6.1, 5.8],
    ["ENV4", "Household waste reused, recycled or composted (%)", 44.2, 45.0],
]


def _codes(parsed: ParsedScorecard) -> list[str | None]:
    return [i.code for i in parsed.indicators]


def test_a_row_struck_through_across_is_left_out_and_named(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "s.xlsx", ROWS, {1: (1, 2, 3, 4)}))
    assert _codes(parsed) == ["ENV1", "ENV3", "ENV4"]
    said = [w for w in parsed.warnings if "struck through" in w]
    assert len(said) == 1 and said[0].startswith("PIs!B3:") and "Missed bin" in said[0]
    assert parsed.review == []


def test_a_struck_name_alone_withdraws_the_row(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "s.xlsx", ROWS, {0: (2,), 3: (2,)}))
    assert _codes(parsed) == ["ENV2", "ENV3"]


def test_without_a_name_column_the_struck_code_withdraws_the_row(tmp_path: Path) -> None:
    rows = [[code, q1, q2] for code, _, q1, q2 in ROWS]
    path = _book(
        tmp_path / "s.xlsx", rows, {2: (1,)}, heading=("PI code", "Q1 2024/25", "Q2 2024/25")
    )
    assert _codes(preview(path)) == ["ENV1", "ENV2", "ENV4"]


def test_a_struck_figure_beside_a_name_that_is_not_struck_is_read(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "s.xlsx", ROWS, {1: (3,)}))
    assert _codes(parsed) == ["ENV1", "ENV2", "ENV3", "ENV4"]
    assert not any("struck through" in w for w in parsed.warnings)


def test_a_note_saying_withdrawn_on_a_row_not_struck_keeps_the_row(tmp_path: Path) -> None:
    rows = [
        [*row, note]
        for row, note in zip(ROWS, [None, "Withdrawn from Q3", None, None], strict=True)
    ]
    path = _book(
        tmp_path / "s.xlsx",
        rows,
        {},
        heading=("Ref", "Performance indicator", "Q1 2024/25", "Q2 2024/25", "Comments"),
    )
    assert _codes(preview(path)) == ["ENV1", "ENV2", "ENV3", "ENV4"]


def test_many_withdrawn_rows_do_not_make_the_table_doubtful(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "s.xlsx", ROWS, {0: (2,), 1: (2,), 2: (2,)}))
    assert _codes(parsed) == ["ENV4"]
    assert parsed.review == []


def test_a_long_table_leaves_out_each_struck_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Fly-tipping cleared in 5 days (%)", "Q1 2024/25", 91.0],
        ["Fly-tipping cleared in 5 days (%)", "Q2 2024/25", 93.5],
        ["Graffiti removed in 2 days (%)", "Q1 2024/25", 77.0],
        ["Graffiti removed in 2 days (%)", "Q2 2024/25", 81.0],
    ]
    path = _book(
        tmp_path / "s.xlsx", rows, {2: (1,), 3: (1,)}, heading=("Measure", "Quarter", "Value")
    )
    parsed = preview(path)
    assert [i.name for i in parsed.indicators] == ["Fly-tipping cleared in 5 days (%)"]
    assert sum("struck through" in w for w in parsed.warnings) == 2


@pytest.mark.parametrize(
    ("strike", "struck"),
    [("<strike/>", True), ('<strike val="1"/>', True), ('<strike val="true"/>', True),
     ('<strike val="0"/>', False), ("", False)],
)  # fmt: skip
def test_the_xlsx_styles_say_which_fonts_strike_through(strike: str, struck: bool) -> None:
    xml = (
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<fonts count="1"><font>{strike}<sz val="11"/><name val="Arial"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0"/></cellXfs></styleSheet>'
    ).encode()
    assert parse_styles(xml, None).xfs[0].struck is struck


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_give_the_same_reading(tmp_path: Path, fmt: str) -> None:
    path = _book(tmp_path / "same.xlsx", ROWS, {1: (1, 2, 3, 4), 3: (2,)})
    assert OFFICE is not None
    subprocess.run(
        [
            OFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = preview(path.with_suffix(f".{fmt}"))
    assert _codes(converted) == _codes(preview(path)) == ["ENV1", "ENV3"]
