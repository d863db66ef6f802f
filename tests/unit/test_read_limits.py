"""The reader's limits, checked before any reader opens a workbook: each refusal names its limit."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read import limits
from desktop.scorecard.read.text import read_text
from desktop.scorecard.read.workbook import read_workbook

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def _refusal(data: bytes) -> str:
    with pytest.raises(ScorecardError) as refused:
        limits.check_package("book.xlsx", data)
    message = str(refused.value)
    assert "\n" not in message and " — " in message
    return message


def test_the_sample_scorecard_is_within_every_limit() -> None:
    limits.check_package(SAMPLE, SAMPLE.read_bytes())


def test_a_part_that_holds_more_than_it_declares_is_refused() -> None:
    data = bytearray(_zip({"xl/worksheets/sheet1.xml": b"<row>" * 5_000}))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<L", data, central + 24, 100)  # the central directory's size: a lie
    assert "declares 100 bytes but holds 25,000" in _refusal(bytes(data))


def test_xml_entities_are_refused_wherever_they_are_declared() -> None:
    data = _zip({"xl/workbook.xml": b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><w/>'})
    assert "XML entities" in _refusal(data)


def test_shared_strings_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_SHARED_STRINGS", 10)
    data = _zip({"xl/sharedStrings.xml": b"<sst>" + b"<si><t>x</t></si>" * 11 + b"</sst>"})
    assert "11 different texts, over the 10 limit" in _refusal(data)


def test_styles_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_STYLES", 3)
    data = _zip({"xl/styles.xml": b"<cellXfs>" + b'<xf numFmtId="0"/>' * 4 + b"</cellXfs>"})
    assert "4 cell styles, over the 3 limit" in _refusal(data)


def test_rows_over_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    data = _zip(
        {"xl/worksheets/sheet1.xml": b"<sheetData>" + b'<row r="1"/>' * 6 + b"</sheetData>"}
    )
    assert "6 rows in xl/worksheets/sheet1.xml, over the limit of 5" in _refusal(data)


def test_rows_are_counted_across_the_chunks_a_part_is_inflated_in() -> None:
    counter = limits._Counter((b"<row ",))
    for chunk in (b"<ro", b"w r='1'/><r", b"ow r='2'/>"):
        counter.feed(chunk)
    assert counter.counts == [2]


def test_data_that_is_not_a_zip_is_left_to_the_readers() -> None:
    limits.check_package("notes.csv", b"Code,Indicator\nA1,Bins\n")


def test_a_csv_field_longer_than_the_csv_modules_default_is_read_whole() -> None:
    field = "x," * 100_000
    table = read_text(f'a,"{field}",c\nd,e,f\n'.encode())
    assert table.rows == [["a", field, "c"], ["d", "e", "f"]]


def test_a_csv_over_the_row_limit_stops_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.scorecard.read.workbook.MAX_ROWS", 3)
    source = tmp_path / "rows.csv"
    source.write_text("Code,Q1 2024/25\n" + "".join(f"A{i},{i}\n" for i in range(5)))
    with pytest.raises(ScorecardError, match="more than 3 rows"):
        read_workbook(source)


def test_only_regular_files_are_opened(tmp_path: Path) -> None:
    with pytest.raises(ScorecardError, match="folder"):
        limits.check_input_file(tmp_path)
    big = tmp_path / "big.csv"
    with big.open("wb") as handle:
        handle.truncate(limits.MAX_FILE_BYTES + 1)
    with pytest.raises(ScorecardError, match="64 MB limit"):
        limits.read_bounded(big)


def test_the_parts_asked_for_come_back_as_the_archive_holds_them() -> None:
    data = SAMPLE.read_bytes()
    kept = limits.check_package(SAMPLE, data, lambda name: name.startswith("xl/worksheets/"))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and sorted(kept) == sorted(sheets)
        assert all(kept[name] == archive.read(name) for name in sheets)


def test_a_kept_part_is_checked_like_any_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    rows = {"xl/worksheets/sheet1.xml": b"<sheetData>" + b'<row r="1"/>' * 6 + b"</sheetData>"}
    with pytest.raises(ScorecardError, match=r"6 rows in xl/worksheets/sheet1\.xml"):
        limits.check_package("book.xlsx", _zip(rows), lambda name: True)
    entity = {"xl/worksheets/sheet1.xml": b'<!DOCTYPE w [<!ENTITY a "b">]><worksheet/>'}
    with pytest.raises(ScorecardError, match="XML entities"):
        limits.check_package("book.xlsx", _zip(entity), lambda name: True)


def test_rows_are_counted_exactly_when_a_rough_count_is_over_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(limits, "MAX_ROWS", 5)
    sheet = b"<sheetData>" + b'<row r="1"/>' * 5 + b'</sheetData><rowBreaks count="1"/>'
    kept = limits.check_package("book.xlsx", _zip({"xl/worksheets/s.xml": sheet}), bool)
    assert kept == {"xl/worksheets/s.xml": sheet}


def test_a_part_asked_for_that_lies_about_its_size_is_refused() -> None:
    data = bytearray(_zip({"xl/worksheets/sheet1.xml": b"<row>" * 5_000}))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<L", data, central + 24, 100)
    with pytest.raises(ScorecardError, match="declares 100 bytes but holds 25,000"):
        limits.check_package("book.xlsx", bytes(data), lambda name: True)


def _wrong_checksum(data: bytes, part: str) -> bytes:
    """``data`` with the checksum ``part`` declares (local header and central directory) off."""
    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(part)
    struct.pack_into("<L", out, info.header_offset + 14, info.CRC ^ 1)
    at = out.index(b"PK\x01\x02")
    while out[at + 46 : at + 46 + len(part)] != part.encode():
        at = out.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<L", out, at + 16, info.CRC ^ 1)
    return bytes(out)


def test_a_kept_part_left_to_its_reader_to_check_comes_back_whatever_its_checksum() -> None:
    sheet = "xl/worksheets/sheet1.xml"
    data = _wrong_checksum(_zip({sheet: b"<sheetData/>", "xl/styles.xml": b"<x/>"}), sheet)
    kept = limits.check_package("book.xlsx", data, bool, lambda name: name == sheet)
    assert kept == {sheet: b"<sheetData/>", "xl/styles.xml": b"<x/>"}
    assert limits.check_package("book.xlsx", data, bool) == {"xl/styles.xml": b"<x/>"}


def test_a_sheet_whose_checksum_is_wrong_is_skipped_with_its_formatting(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Figures"
    first.append(["Indicator", "Q1 2024/25"])
    first.append(["Bins", 5.0])
    other = book.create_sheet("Other")
    other.append(["Indicator", "Q1 2024/25"])
    other.append(["Homes", 0.7])
    other["B2"].number_format = "0%"
    saved = io.BytesIO()
    book.save(saved)
    path = tmp_path / "book.xlsx"
    path.write_bytes(_wrong_checksum(saved.getvalue(), "xl/worksheets/sheet2.xml"))
    read = read_workbook(path)
    assert [s.name for s in read.sheets] == ["Figures"]
    assert read.warnings == [
        "Sheet 'Other' could not be read and was skipped (I/O error: Invalid checksum)."
    ]
