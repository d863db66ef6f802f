"""Unit tests for readers: format sniffing, refusals and workbook values."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.workbook import read_workbook, sniff_format


def _xlsx(path: Path, rows: list[list[object]], title: str = "Data") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_xlsx_values_are_kept_raw(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "a.xlsx",
        [["Indicator", "Q1", "Date"], ["Calls", 84.5, dt.datetime(2024, 6, 30)]],
    )
    book = read_workbook(path)
    assert book.format == "xlsx"
    assert book.sheets[0].name == "Data"
    assert book.sheets[0].rows == [
        ["Indicator", "Q1", "Date"],
        ["Calls", 84.5, dt.date(2024, 6, 30)],  # midnight reads as a date
    ]


def test_trailing_empty_rows_and_columns_are_trimmed(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "x"
    ws["B2"] = 2
    ws["E9"] = ""
    wb.save(tmp_path / "t.xlsx")
    rows = read_workbook(tmp_path / "t.xlsx").sheets[0].rows
    assert rows == [["x", None], [None, 2]]


def test_hidden_sheet_is_flagged(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "shown"
    hidden = wb.create_sheet("calc")
    hidden["A1"] = 1
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "h.xlsx")
    book = read_workbook(tmp_path / "h.xlsx")
    assert [(s.name, s.hidden) for s in book.sheets] == [("Sheet", False), ("calc", True)]


def test_xlsx_content_with_xls_name_is_read_by_content(tmp_path: Path) -> None:
    src = _xlsx(tmp_path / "a.xlsx", [["a", 1]])
    renamed = tmp_path / "a.xls"
    renamed.write_bytes(src.read_bytes())
    book = read_workbook(renamed)
    assert book.format == "xlsx"
    assert book.sheets[0].rows == [["a", 1]]


def test_zero_byte_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    with pytest.raises(ScorecardError, match="empty"):
        read_workbook(path)


def test_zip_that_is_not_a_spreadsheet_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ScorecardError, match="not a spreadsheet"):
        read_workbook(path)


def test_truncated_zip_is_refused_as_damaged(tmp_path: Path) -> None:
    src = _xlsx(tmp_path / "a.xlsx", [["a", 1]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(src.read_bytes()[:-100])
    with pytest.raises(ScorecardError, match="damaged"):
        read_workbook(cut)


def test_png_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(ScorecardError, match="PNG image"):
        read_workbook(path)


def test_html_saved_as_xls_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.xls"
    path.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")
    with pytest.raises(ScorecardError, match="HTML"):
        read_workbook(path)


def test_empty_workbook_is_refused(tmp_path: Path) -> None:
    openpyxl.Workbook().save(tmp_path / "e.xlsx")
    with pytest.raises(ScorecardError, match="no cells"):
        read_workbook(tmp_path / "e.xlsx")


def test_refusal_is_one_line_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "x.slk"
    path.write_bytes(b"ID;PWXL;N;E\r\nC;Y1;X1;K1\r\nE\r\n")
    with pytest.raises(ScorecardError) as info:
        read_workbook(path)
    message = str(info.value)
    assert "\n" not in message
    assert " — " in message
    assert "SYLK" in message


def test_sniff_format_tells_csv_from_text_head(tmp_path: Path) -> None:
    assert sniff_format(b"a,b\n1,2\n", tmp_path / "x.xlsx") == "csv"


def test_too_many_cells_is_refused(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "big.xlsx", [[1, 2, 3]] * 10)
    with pytest.raises(ScorecardError, match="more than the 20 allowed"):
        read_workbook(path, max_cells=20)


def _zip(path: Path, parts: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return path


def test_sniff_finds_ods_by_its_mimetype(tmp_path: Path) -> None:
    path = _zip(tmp_path / "s.xlsx", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})
    assert sniff_format(path.read_bytes()[:64], path) == "ods"


def test_sniff_finds_xlsm_by_its_content_types(tmp_path: Path) -> None:
    types = '<Types><Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'
    path = _zip(
        tmp_path / "m.xlsx", {"[Content_Types].xml": types, "xl/workbook.xml": "<workbook/>"}
    )
    assert sniff_format(path.read_bytes()[:64], path) == "xlsm"


def test_numbers_package_is_refused_with_export_advice(tmp_path: Path) -> None:
    path = _zip(tmp_path / "n.numbers", {"Index/Document.iwa": "x"})
    with pytest.raises(ScorecardError, match=r"export it from Numbers as \.xlsx"):
        read_workbook(path)


def test_old_numbers_folder_is_refused_with_export_advice(tmp_path: Path) -> None:
    (tmp_path / "old.numbers").mkdir()
    with pytest.raises(ScorecardError, match="Apple Numbers"):
        read_workbook(tmp_path / "old.numbers")


def test_word_document_zip_is_not_a_spreadsheet(tmp_path: Path) -> None:
    types = '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    path = _zip(tmp_path / "d.xlsx", {"[Content_Types].xml": types, "word/document.xml": "<w/>"})
    with pytest.raises(ScorecardError, match="Word document"):
        read_workbook(path)
