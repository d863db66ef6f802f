"""The readers keep the figure formats ('#,##0', '0.0') of a sheet's first rows, where its
heading rows are: a number so shown was typed as a figure, not a date that lost its format."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.read.grid import FIGURE_FORMAT_ROWS
from desktop.scorecard.read.styles import shows_a_figure
from desktop.scorecard.read.workbook import read_workbook

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
FORMATS = {"#,##0": 38412, "0.0": 412.5, "General": 45383, "0": 45413, "0%": 0.5}


def _book(path: Path) -> Path:
    """One row per format in FORMATS, label then a number so shown; then a '#,##0' number
    below the first rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row, (code, number) in enumerate(FORMATS.items(), start=1):
        sheet.cell(row=row, column=1, value=code)
        sheet.cell(row=row, column=2, value=number).number_format = code
    far = sheet.cell(row=FIGURE_FORMAT_ROWS + 1, column=2, value=38412)
    far.number_format = "#,##0"
    book.save(path)
    return path


def test_figure_formats_are_told_from_general_and_dates() -> None:
    shown = ["#,##0", "0.0", "#,##0.00", "#,##0;(#,##0)", "[$-809]#,##0"]
    plain = ["General", "0", "mmm-yy", "dd/mm/yyyy", "mm:ss", "hh:mm:ss.0", "@"]
    assert all(shows_a_figure(code) for code in shown)
    assert not any(shows_a_figure(code) for code in plain)


def test_the_first_rows_figure_formats_are_kept_beside_the_styles(tmp_path: Path) -> None:
    sheet = read_workbook(_book(tmp_path / "f.xlsx")).sheets[0]
    assert sheet.figure_formats == {(0, 1): "#,##0", (1, 1): "0.0"}
    assert sheet.number_format(4, 1) == "0%" and sheet.number_format(0, 1) == "#,##0"
    assert sheet.number_format(2, 1) is None and sheet.number_format(3, 1) is None
    assert sheet.number_format(FIGURE_FORMAT_ROWS, 1) is None  # past the first rows


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_keep_the_same_figure_formats(tmp_path: Path, fmt: str) -> None:
    path = _book(tmp_path / "same.xlsx")
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    sheet = read_workbook(path.with_suffix(f".{fmt}")).sheets[0]
    assert sheet.figure_formats == {(0, 1): "#,##0", (1, 1): "0.0"}
    assert sheet.number_format(4, 1) == "0%"
