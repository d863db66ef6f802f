"""Hostile inputs, made on the fly: one maker per class of attack (small on disk, huge inside)."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Scorecard" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Indicator</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Q1 2024/25</t></is></c></row>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def _package(path: Path, parts: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]]) -> Path:
    base: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]] = {
        "[Content_Types].xml": _CONTENT_TYPES.encode(),
        "_rels/.rels": _RELS.encode(),
        "xl/workbook.xml": _WORKBOOK.encode(),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS.encode(),
    }
    base.update(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, content in base.items():
            if callable(content):
                content(archive, name)
            else:
                archive.writestr(name, content)
    return path


def _streamed(
    chunk: bytes, times: int, head: bytes, tail: bytes
) -> Callable[[zipfile.ZipFile, str], None]:
    def write(archive: zipfile.ZipFile, name: str) -> None:
        with archive.open(name, "w", force_zip64=True) as out:
            out.write(head)
            for _ in range(times):
                out.write(chunk)
            out.write(tail)

    return write


def sheet_bomb(folder: Path) -> Path:
    """A sheet whose XML inflates to 300 MB of whitespace (a few hundred KB on disk)."""
    return _package(
        folder / "sheet-bomb.xlsx",
        {
            "xl/worksheets/sheet1.xml": _streamed(
                b" " * (1 << 20), 300, _SHEET_HEAD.encode(), _SHEET_TAIL.encode()
            )
        },
    )


def ratio_bomb(folder: Path) -> Path:
    """A sheet of 40 MB of one repeated row: within the part limit, over the ratio limit."""
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    return _package(
        folder / "ratio-bomb.xlsx",
        {
            "xl/worksheets/sheet1.xml": _streamed(
                row * 20_000, 40, _SHEET_HEAD.encode(), _SHEET_TAIL.encode()
            )
        },
    )


def strings_bomb(folder: Path) -> Path:
    """Shared strings inflating to hundreds of MB of one short text."""
    head = b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    return _package(
        folder / "strings-bomb.xlsx",
        {
            "xl/sharedStrings.xml": _streamed(b"<si><t>a</t></si>" * 60_000, 300, head, b"</sst>"),
            "xl/worksheets/sheet1.xml": (_SHEET_HEAD + _SHEET_TAIL).encode(),
        },
    )


def entity_bomb(folder: Path) -> Path:
    """Billion laughs in the shared strings."""
    lol = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&i;</t></si></sst>"
    )
    return _package(
        folder / "entity-bomb.xlsx",
        {
            "xl/sharedStrings.xml": lol.encode(),
            "xl/worksheets/sheet1.xml": (_SHEET_HEAD + _SHEET_TAIL).encode(),
        },
    )


def external_entity(folder: Path) -> Path:
    """An external entity reading a local file into a cell."""
    xml = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&x;</t></si></sst>"
    )
    return _package(
        folder / "external-entity.xlsx",
        {
            "xl/sharedStrings.xml": xml.encode(),
            "xl/worksheets/sheet1.xml": (_SHEET_HEAD + _SHEET_TAIL).encode(),
        },
    )


def ods_bomb(folder: Path) -> Path:
    """An OpenDocument spreadsheet whose content.xml inflates to 300 MB."""
    path = folder / "content-bomb.ods"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.spreadsheet"
        )
        _streamed(
            b" " * (1 << 20),
            300,
            b'<?xml version="1.0"?><office:document-content '
            b'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">',
            b"</office:document-content>",
        )(archive, "content.xml")
    return path


def too_many_sheets(folder: Path) -> Path:
    parts: dict[str, bytes | Callable[[zipfile.ZipFile, str], None]] = {
        f"xl/worksheets/sheet{i}.xml": (_SHEET_HEAD + _SHEET_TAIL).encode() for i in range(1, 602)
    }
    return _package(folder / "many-sheets.xlsx", parts)


def sparse_giant(folder: Path) -> Path:
    """A 4 GiB file that takes no room on disk."""
    path = folder / "giant.csv"
    with path.open("wb") as handle:
        handle.truncate(4 << 30)
    return path


def fifo(folder: Path) -> Path:
    path = folder / "scorecard.csv"
    os.mkfifo(path)
    return path


def link_to_zero(folder: Path) -> Path:
    path = folder / "zero.xlsx"
    path.symlink_to("/dev/zero")
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "folder.xlsx"
    path.mkdir()
    return path


def million_rows(folder: Path) -> Path:
    """A 1,000,000-row CSV (about 38 MB): a warehouse extract, not a scorecard."""
    path = folder / "million.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Code,Indicator,Q1 2024/25,Target\n")
        for i in range(1_000_000):
            handle.write(f"X{i},Indicator number {i},{i % 97},50\n")
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "sheet bomb": sheet_bomb,
    "ratio bomb": ratio_bomb,
    "shared strings bomb": strings_bomb,
    "entity expansion": entity_bomb,
    "external entity": external_entity,
    "ods content bomb": ods_bomb,
    "601 sheets": too_many_sheets,
    "4 GiB sparse file": sparse_giant,
    "fifo": fifo,
    "link to /dev/zero": link_to_zero,
    "folder": a_folder,
    "1,000,000-row csv": million_rows,
}


def too_many_figures(folder: Path) -> Path:
    """5,000 indicators by 60 quarters: 300,000 figures, within the row limit, over the figures'."""
    path = folder / "figures.csv"
    quarters = [f"Q{q} {y}/{(y + 1) % 100:02d}" for y in range(2000, 2015) for q in (1, 2, 3, 4)]
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Code,Indicator," + ",".join(quarters) + "\n")
        for i in range(5_000):
            handle.write(f"F{i},Figure {i}," + ",".join(str(i % 89) for _ in quarters) + "\n")
    return path


HOSTILE["300,000 figures"] = too_many_figures
