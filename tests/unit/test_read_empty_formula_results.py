"""A formula whose saved result is the empty string ('=IF(Data!E7="","",Data!E7)' over a blank
data cell) is a blank cell that has its value, however the empty value is written; a formula
saved with no value at all is still a figure missing, held for review."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.read.sheetxml import scan_sheet
from desktop.scorecard.read.workbook import read_workbook

BLANK = '=IF(Inputs!A1="","",Inputs!A1)'  # a formula showing an empty input as blank


def _scorecard(path: Path) -> Path:
    """Two quarters; the second quarter of HR2 is a formula, its value written by ``_saved``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"])
    sheet.append(["HR1", "Sickness days lost per FTE", 2.4, 2.6, 2.5])
    sheet.append(["HR2", "Staff turnover (%)", 3.1, BLANK, 3.0])
    sheet.append(["HR3", "Agency spend (%)", 6.2, 5.9, 5.0])
    book.create_sheet("Inputs")
    book.save(path)
    return path


def _saved(path: Path, cell: str) -> Path:
    """Write the formula cell D3 as ``cell`` (its tag and what follows the formula)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text, n = re.subn(
                    r'<c r="D3"([^>]*)><f>(.*?)</f><v></v></c>',
                    lambda m: cell.format(attrs=m.group(1), f=f"<f>{m.group(2)}</f>"),
                    data.decode(),
                )
                assert n == 1
                data = text.encode()
            dst.writestr(item, data)
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("empty", ["<v/>", "<v />", "<v></v>"])
def test_an_empty_text_result_is_a_blank_with_its_value(tmp_path: Path, empty: str) -> None:
    path = _saved(_scorecard(tmp_path / "q2.xlsx"), '<c r="D3"{attrs} t="str">{f}' + empty + "</c>")
    book = read_workbook(path)
    assert book.warnings == []
    assert book.sheets[0].unvalued == []
    assert book.sheets[0].rows[2][3] is None
    parsed = preview(path)
    assert parsed.review == []
    turnover = next(i for i in parsed.indicators if i.code == "HR2")
    assert [o.period.label for o in turnover.observations] == ["Q1 2024/25"]


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="D3"{attrs}>{f}</c>',  # no value saved
        '<c r="D3"{attrs} t="str">{f}</c>',  # a text result, but none saved
        '<c r="D3"{attrs}>{f}<v/></c>',  # an empty value of no type: no figure saved
    ],
)
def test_a_formula_saved_without_a_value_is_still_held(tmp_path: Path, cell: str) -> None:
    path = _saved(_scorecard(tmp_path / "q2.xlsx"), cell)
    assert read_workbook(path).sheets[0].unvalued == [(2, 3)]
    lines = [item.line() for item in preview(path).review]
    assert any(line.startswith("Scorecard!D3:") and "no saved value" in line for line in lines)


def test_a_shared_formulas_empty_text_result_counts_as_its_value() -> None:
    xml = (
        b'<worksheet><sheetData><row r="1"><c r="A1" t="str"><f t="shared" ref="A1:A3" si="0">'
        b'IF(Inputs!A1="","",Inputs!A1)</f><v>x</v></c></row><row r="2"><c r="A2" t="str">'
        b'<f t="shared" si="0"/><v/></c></row><row r="3"><c r="A3"><f t="shared" si="0"/>'
        b"<v></v></c></row></sheetData></worksheet>"
    )
    scan = scan_sheet(xml, (), with_merges=True)
    assert scan.formulas_without_values == 1
    assert scan.unvalued == [(2, 0)]
