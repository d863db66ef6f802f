"""Hidden columns are left out alike in .xlsx, .ods and .xls (converted by LibreOffice)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.read.workbook import read_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
]


def _build(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Quarterly"
    sheet.append(["Adult social care measures 2024/25"])
    sheet.append(["ID", "Measure", "Source key", "Count Q1", "Base Q1", "Q1 2024/25",
                  "Count Q2", "Base Q2", "Q2 2024/25", "Target", "Status"])  # fmt: skip
    sheet.append(["AS1", "Reviews completed in year (%)", "SALT_R1", 410, 800, 51.3,
                  430, 790, 54.4, 60, "Amber"])  # fmt: skip
    sheet.append(["AS2", "Carers assessed (%)", "SALT_C2", 120, 400, 30.0,
                  150, 410, 36.6, 35, "Green"])  # fmt: skip
    for letter in ("C", "D", "E", "G", "H"):
        sheet.column_dimensions[letter].hidden = True
    book.save(path)
    return path


def _reading(path: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    parsed = find.detect(read_workbook(path))
    found = [
        (i.code, o.period.label, o.actual, o.numerator, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    ]
    hidden = [w for w in parsed.warnings if "hidden in the sheet" in w]
    return sorted(found, key=repr), hidden


def test_hidden_columns_read_the_same_in_every_format(tmp_path: Path) -> None:
    source = _build(tmp_path / "hidden.xlsx")
    expected, lines = _reading(source)
    assert [(code, label, actual) for code, label, actual, *_ in expected] == [
        ("AS1", "Q1 2024/25", 51.3),
        ("AS1", "Q2 2024/25", 54.4),
        ("AS2", "Q1 2024/25", 30.0),
        ("AS2", "Q2 2024/25", 36.6),
    ]
    assert all(numerator is None for _, _, _, numerator, _, _ in expected)
    (line,) = lines
    assert "C 'Source key', D 'Count Q1', E 'Base Q1', G 'Count Q2', H 'Base Q2'" in line
    for fmt in ("ods", "xls"):
        subprocess.run(
            [
                str(SOFFICE),
                f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(tmp_path / fmt),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        assert _reading(tmp_path / fmt / f"hidden.{fmt}") == (expected, lines), fmt
