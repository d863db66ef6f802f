"""Unit tests for xlsx details: errors, hidden rows/cols, merges, formulas, passwords, fallback."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest

from desktop.scorecard.model import PasswordRequired, ScorecardError
from desktop.scorecard.read.workbook import read_workbook


def _save(tmp_path: Path, wb: openpyxl.Workbook, name: str = "w.xlsx") -> Path:
    path = tmp_path / name
    wb.save(path)
    return path


def _patch_sheet(path: Path, old: bytes, new: bytes) -> None:
    """Rewrite xl/worksheets/sheet1.xml in place (to write what openpyxl will not)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            dst.writestr(item, data)
    path.write_bytes(buf.getvalue())


def _book(rows: list[list[object]]) -> openpyxl.Workbook:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    return wb


def test_error_cells_become_none_and_are_listed(tmp_path: Path) -> None:
    path = _save(tmp_path, _book([["KPI", "Value"], ["A", "#N/A"]]))  # written as an error cell
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[1] == ["A", None]
    assert sheet.errors == {(1, 1): "#N/A"}


def test_spill_error_falls_back_and_keeps_the_sheet(tmp_path: Path) -> None:
    path = _save(tmp_path, _book([["KPI", "Value"], ["A", "x"], ["B", 3]]))
    _patch_sheet(
        path,
        b'<c r="B2" t="inlineStr"><is><t>x</t></is></c>',
        b'<c r="B2" t="e"><v>#SPILL!</v></c>',
    )
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows == [["KPI", "Value"], ["A", None], ["B", 3]]
    assert sheet.errors == {(1, 1): "#SPILL!"}


def test_hidden_rows_and_columns_are_recorded(tmp_path: Path) -> None:
    wb = _book([["a", "b", "c"], [1, 2, 3], [4, 5, 6]])
    ws = wb.active
    assert ws is not None
    ws.row_dimensions[2].hidden = True
    ws.column_dimensions["C"].hidden = True
    sheet = read_workbook(_save(tmp_path, wb)).sheets[0]
    assert sheet.hidden_rows == {1}
    assert sheet.hidden_cols == {2}


def test_merged_ranges_are_recorded(tmp_path: Path) -> None:
    wb = _book([["Q1 2024/25", None, "Q2 2024/25"], ["Actual", "Target", "Actual"]])
    ws = wb.active
    assert ws is not None
    ws.merge_cells("A1:B1")
    sheet = read_workbook(_save(tmp_path, wb)).sheets[0]
    assert sheet.merged == [(0, 0, 0, 1)]


def test_formulas_without_saved_values_give_one_warning(tmp_path: Path) -> None:
    book = read_workbook(_save(tmp_path, _book([["a", "b"], [1, "=A2*2"], [2, "=A3*2"]])))
    assert book.sheets[0].rows == [["a", "b"], [1, None], [2, None]]
    assert book.warnings == [
        "2 formulas have no saved values — open and save the file in Excel first."
    ]


def test_formula_with_empty_text_result_is_not_missing(tmp_path: Path) -> None:
    path = _save(tmp_path, _book([["a", "b"], [1, '=IF(A2>5,"big","")']]))
    _patch_sheet(path, b'<c r="B2">', b'<c r="B2" t="str">')
    assert read_workbook(path).warnings == []


def test_formulas_with_saved_values_give_no_warning(tmp_path: Path) -> None:
    path = _save(tmp_path, _book([["a", "b"], [1, "=A2*2"]]))
    _patch_sheet(path, b"<f>A2*2</f><v></v>", b"<f>A2*2</f><v>2</v>")
    book = read_workbook(path)
    assert book.sheets[0].rows[1] == [1, 2]
    assert book.warnings == []


def _encrypted(tmp_path: Path, password: str) -> Path:
    plain = _save(tmp_path, _book([["KPI", "Value"], ["A", 1]]), "plain.xlsx")
    office = msoffcrypto.OfficeFile(io.BytesIO(plain.read_bytes()))
    out = io.BytesIO()
    office.encrypt(password, out)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(out.getvalue())
    return path


def test_encrypted_workbook_without_password_asks_for_it(tmp_path: Path) -> None:
    path = _encrypted(tmp_path, "s3cret")
    with pytest.raises(PasswordRequired, match="password-protected — give the password"):
        read_workbook(path)


def test_encrypted_workbook_opens_with_its_password(tmp_path: Path) -> None:
    book = read_workbook(_encrypted(tmp_path, "s3cret"), password="s3cret")
    assert book.format == "xlsx"
    assert book.sheets[0].rows == [["KPI", "Value"], ["A", 1]]


def test_encrypted_workbook_with_wrong_password_says_so(tmp_path: Path) -> None:
    with pytest.raises(PasswordRequired, match="password is wrong"):
        read_workbook(_encrypted(tmp_path, "s3cret"), password="nope")


def test_workbook_locked_with_excels_default_password_opens_without_asking(
    tmp_path: Path,
) -> None:
    book = read_workbook(_encrypted(tmp_path, "VelvetSweatshop"))
    assert book.sheets[0].rows[1] == ["A", 1]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ScorecardError, match="does not exist"):
        read_workbook(tmp_path / "nothing.xlsx")


def test_strict_ooxml_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        )
        zf.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>',
        )
    with pytest.raises(ScorecardError, match="Strict Open XML"):
        read_workbook(path)


def test_lone_value_far_out_is_refused_before_allocating(tmp_path: Path) -> None:
    wb = _book([["KPI"]])
    ws = wb.active
    assert ws is not None
    ws["XFD1048576"] = 1
    with pytest.raises(ScorecardError, match="more than the 5,000,000 allowed"):
        read_workbook(_save(tmp_path, wb))


def test_far_row_stored_first_is_refused_before_allocating(tmp_path: Path) -> None:
    """Rows out of order: the far row written before the table still bounds the grid."""
    wb = _book([["KPI", "Q1"], ["Homes", 5]])
    ws = wb.active
    assert ws is not None
    ws["XFD1048576"] = 1
    path = _save(tmp_path, wb)
    moved = tmp_path / "moved.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(moved, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                far = re.search(rb'<row r="1048576".*?</row>', data, re.DOTALL)
                assert far is not None
                data = data.replace(far.group(0), b"")
                data = data.replace(b"<sheetData>", b"<sheetData>" + far.group(0), 1)
            dst.writestr(item, data)
    with pytest.raises(ScorecardError, match="more than the 5,000,000 allowed"):
        read_workbook(moved)
