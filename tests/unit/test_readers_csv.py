"""Unit tests for reading CSV/TSV text: encodings, delimiters, line endings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.workbook import read_workbook


def _write(tmp_path: Path, data: bytes, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    book = read_workbook(_write(tmp_path, "\ufeffName,Value\nA,1\n".encode()))
    assert book.format == "csv"
    assert book.sheets[0].rows == [["Name", "Value"], ["A", "1"]]


def test_cp1252_pound_and_en_dash_decode(tmp_path: Path) -> None:
    data = "Cost,Range\n£5,1–2\n".encode("cp1252")
    rows = read_workbook(_write(tmp_path, data)).sheets[0].rows
    assert rows[1] == ["£5", "1–2"]


def test_latin1_accent_decodes(tmp_path: Path) -> None:
    data = "Ward,Score\nCaerffili Dé,3\n".encode("latin-1")
    rows = read_workbook(_write(tmp_path, data)).sheets[0].rows
    assert rows[1][0] == "Caerffili Dé"


def test_utf16_tab_separated_text(tmp_path: Path) -> None:
    data = "Indicator\tActual\nCyfradd\t5\n".encode("utf-16")
    rows = read_workbook(_write(tmp_path, data, "s.txt")).sheets[0].rows
    assert rows == [["Indicator", "Actual"], ["Cyfradd", "5"]]


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    data = "Indicator,Actual\nCalls,84\n".encode("utf-16-le")
    rows = read_workbook(_write(tmp_path, data)).sheets[0].rows
    assert rows == [["Indicator", "Actual"], ["Calls", "84"]]


def test_cp1252_bytes_0x80_to_0x9f_are_not_latin1_controls(tmp_path: Path) -> None:
    data = b"Name,Note\nA,\x93quoted\x94 \x80 5\n"
    rows = read_workbook(_write(tmp_path, data)).sheets[0].rows
    assert rows[1] == ["A", "\u201cquoted\u201d \u20ac 5"]


def test_semicolon_and_decimal_comma_set_the_hint(tmp_path: Path) -> None:
    data = b"Indicator;Actual;Target\nA;12,5;10,0\nB;1.234,5;1.000,0\n"
    book = read_workbook(_write(tmp_path, data))
    assert book.sheets[0].rows[1] == ["A", "12,5", "10,0"]
    assert book.decimal_comma is True


def test_comma_file_has_no_decimal_comma_hint(tmp_path: Path) -> None:
    book = read_workbook(_write(tmp_path, b"a,b\n1.5,2\n"))
    assert book.decimal_comma is False


def test_pipe_delimiter_is_detected(tmp_path: Path) -> None:
    rows = read_workbook(_write(tmp_path, b"a|b|c\n1|2|3\n")).sheets[0].rows
    assert rows == [["a", "b", "c"], ["1", "2", "3"]]


def test_quoted_multiline_cell_stays_one_cell(tmp_path: Path) -> None:
    data = b'Name,Comment\nA,"first line\r\nsecond, line"\nB,ok\n'
    rows = read_workbook(_write(tmp_path, data)).sheets[0].rows
    assert rows == [["Name", "Comment"], ["A", "first line\nsecond, line"], ["B", "ok"]]


def test_mixed_line_endings(tmp_path: Path) -> None:
    rows = read_workbook(_write(tmp_path, b"a,b\r\n1,2\n3,4\r5,6")).sheets[0].rows
    assert rows == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]]


def test_trailing_empty_columns_are_trimmed(tmp_path: Path) -> None:
    rows = read_workbook(_write(tmp_path, b"a,b,,\n1,2,,\n,,,\n")).sheets[0].rows
    assert rows == [["a", "b"], ["1", "2"]]


def test_csv_with_xlsx_name_is_read_with_a_warning(tmp_path: Path) -> None:
    book = read_workbook(_write(tmp_path, b"a,b\n1,2\n", "s.xlsx"))
    assert book.sheets[0].rows == [["a", "b"], ["1", "2"]]
    assert any("CSV file with the wrong extension" in w for w in book.warnings)


def test_plain_text_with_xlsx_name_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Quarterly report\nNot a table.\n", "s.xlsx")
    with pytest.raises(ScorecardError, match="plain text"):
        read_workbook(path)


def test_text_starting_like_a_bitmap_magic_is_still_csv(tmp_path: Path) -> None:
    rows = read_workbook(_write(tmp_path, b"BMI,Year\n25.1,2024\n")).sheets[0].rows
    assert rows == [["BMI", "Year"], ["25.1", "2024"]]
