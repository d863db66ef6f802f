"""Tell a spreadsheet's real format from its bytes, and refuse files that are not one."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Literal

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.text import utf16_without_bom

Format = Literal["xlsx", "xlsm", "xlsb", "ods", "xls", "csv", "encrypted"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# what zipfile raises on damaged archives (unsupported versions raise NotImplementedError)
_ZIP_ERRORS = (zipfile.BadZipFile, EOFError, OSError, KeyError, zlib.error, NotImplementedError)
_SAVE_AS = "save it as .xlsx or .csv and import that"

_BINARY_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def _name(path: str | os.PathLike[str]) -> str:
    return Path(path).name


def refuse(path: str | os.PathLike[str], what: str, todo: str) -> ScorecardError:
    """Build the one-line refusal "<file>: what — what to do"."""
    line = f"{_name(path)}: {what} — {todo}"
    return ScorecardError(" ".join(line.split()))


def sniff_format(data_head: bytes, path: str | os.PathLike[str]) -> Format:
    """Return the real format of ``path`` judged by content; raise ScorecardError if unusable.

    ``data_head`` is the start of the file (a few KB is enough); container formats
    (ZIP, OLE2) are opened through ``path`` to look inside.
    """
    if not data_head:
        raise refuse(path, "the file is empty (0 bytes)", "check you picked the right file")
    if data_head.startswith(ZIP_MAGICS):
        return _sniff_zip(path)
    if data_head.startswith(OLE_MAGIC):
        return _sniff_ole(path)
    if data_head[:4] in (b"\x09\x00\x04\x00", b"\x09\x02\x06\x00", b"\x09\x04\x06\x00"):
        raise refuse(path, "this is a very old Excel (2.x–4.x) file", _SAVE_AS)
    for magic, what in _BINARY_MAGICS:
        if data_head.startswith(magic):
            raise refuse(path, f"this is {what}, not a spreadsheet", "pick the Excel or CSV file")
    return _sniff_text(data_head, path)


def _sniff_zip(path: str | os.PathLike[str]) -> Format:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "[Content_Types].xml" in names:
                types = zf.read("[Content_Types].xml")
                return _ooxml_kind(types, names, path)
            if "mimetype" in names:
                mime = zf.read("mimetype").strip()
                return _odf_kind(mime, zf, path)
    except _ZIP_ERRORS as err:
        raise refuse(
            path,
            "the file is damaged or incomplete (not a readable ZIP package)",
            "download or copy it again, or open it in Excel and save a new copy",
        ) from err
    lowered = {n.lower() for n in names}
    if any(n.startswith("index/") and n.endswith(".iwa") for n in lowered) or any(
        ".numbers/" in n or n.endswith(".numbers") for n in lowered
    ):
        raise _numbers(path)
    raise refuse(
        path, "this is a ZIP archive, not a spreadsheet", "unzip it and pick the .xlsx inside"
    )


def sniff_decrypted(data: bytes, path: str | os.PathLike[str]) -> Format:
    """Format of a decrypted workbook held in memory (OOXML package or xls)."""
    if data.startswith(OLE_MAGIC):
        return "xls"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            types = zf.read("[Content_Types].xml")
    except _ZIP_ERRORS as err:
        raise refuse(
            path,
            "the workbook opened with the password is damaged",
            "open it in Excel, save a copy without a password and import that",
        ) from err
    return _ooxml_kind(types, names, path)


def is_strict_ooxml(data: bytes) -> bool:
    """True if an OOXML package uses the Strict (ISO) namespaces."""
    if b"purl.oclc.org/ooxml" in data[:65536]:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                if name.lower().endswith("workbook.xml"):
                    return b"purl.oclc.org/ooxml" in zf.read(name)[:4096]
    except Exception:
        return False
    return False


def _numbers(path: str | os.PathLike[str]) -> ScorecardError:
    return refuse(
        path, "this is an Apple Numbers file", "export it from Numbers as .xlsx and import that"
    )


def _ooxml_kind(types: bytes, names: set[str], path: str | os.PathLike[str]) -> Format:
    if b"sheet.binary.macroEnabled" in types or "xl/workbook.bin" in names:
        return "xlsb"
    if b"spreadsheetml" not in types and not any(n.startswith("xl/") for n in names):
        what = "a Word document" if b"wordprocessingml" in types else "an Office file"
        if b"presentationml" in types:
            what = "a PowerPoint presentation"
        raise refuse(path, f"this is {what}, not a spreadsheet", "pick the Excel or CSV file")
    if b"macroEnabled" in types:
        return "xlsm"
    return "xlsx"


def _odf_kind(mime: bytes, zf: zipfile.ZipFile, path: str | os.PathLike[str]) -> Format:
    if b"apple" in mime.lower():
        raise _numbers(path)
    if mime != b"application/vnd.oasis.opendocument.spreadsheet":
        raise refuse(
            path,
            "this is an OpenDocument file but not a spreadsheet",
            "pick the spreadsheet (.ods, .xlsx or .csv)",
        )
    try:
        manifest = zf.read("META-INF/manifest.xml")
    except KeyError:
        manifest = b""  # a missing manifest only means no encryption is declared
    if b"encryption-data" in manifest:
        raise refuse(
            path,
            "this OpenDocument spreadsheet is password-protected",
            "open it in LibreOffice, save a copy without a password and import that",
        )
    return "ods"


def _sniff_ole(path: str | os.PathLike[str]) -> Format:
    import olefile  # type: ignore[import-untyped]  # installed with msoffcrypto-tool

    try:
        with olefile.OleFileIO(os.fspath(path)) as ole:
            streams = {"/".join(parts).lower() for parts in ole.listdir(streams=True)}
            if "encryptioninfo" in streams and "encryptedpackage" in streams:
                return "encrypted"
            book = next((s for s in ("workbook", "book") if s in streams), None)
            if book is None:
                if "worddocument" in streams:
                    what = "a Word document"
                elif "powerpoint document" in streams:
                    what = "a PowerPoint presentation"
                else:
                    what = "an Office file without a workbook inside"
                raise refuse(path, f"this is {what}, not a spreadsheet", "pick the Excel file")
            head = ole.openstream(book).read(4096)
    except ScorecardError:
        raise
    except Exception as err:  # olefile raises many kinds on damaged containers
        raise refuse(
            path,
            "the file is damaged (its Excel container cannot be read)",
            "open it in Excel, save a new copy as .xlsx and import that",
        ) from err
    protection = _filepass(head)
    if protection == "xor":
        raise refuse(
            path,
            "this workbook is password-protected with old XOR obfuscation that cannot be opened here",
            "open it in Excel, save a copy without a password and import that",
        )
    return "encrypted" if protection else "xls"


def _filepass(stream_head: bytes) -> str | None:
    """Kind of FILEPASS record (0x002F) among the BIFF stream's first records: rc4/xor/None."""
    buf = io.BytesIO(stream_head)
    for _ in range(64):
        header = buf.read(4)
        if len(header) < 4:
            return None
        rec, size = struct.unpack("<HH", header)
        if rec == 0x002F:
            kind = buf.read(2)
            # BIFF8 wEncryptionType 0 = XOR obfuscation; BIFF5 FILEPASS is XOR too
            return "xor" if size == 4 or kind == b"\x00\x00" else "rc4"
        if rec in (0x0085, 0x000A):  # BOUNDSHEET or EOF: past the file header
            return None
        buf.seek(size, io.SEEK_CUR)
    return None


def _sniff_text(data_head: bytes, path: str | os.PathLike[str]) -> Format:
    if data_head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(data_head):
        return "csv"
    text = data_head.lstrip(b"\xef\xbb\xbf").lstrip()
    low = text[:2048].lower()
    if low.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")) or (
        low.startswith(b"<") and b"<table" in low and b"urn:schemas-microsoft" not in low
    ):
        raise refuse(
            path,
            "this is a web page (HTML) saved with a spreadsheet name",
            "open it in Excel and save it as .xlsx, then import that",
        )
    if low.startswith(b"<?xml") or low.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in low or b"<workbook" in low:
            raise refuse(path, "this is an Excel 2003 XML spreadsheet", _SAVE_AS)
        if b"office:document" in low or b"opendocument" in low:
            raise refuse(path, "this is a flat OpenDocument spreadsheet (.fods)", _SAVE_AS)
        raise refuse(path, "this is an XML file, not a spreadsheet", _SAVE_AS)
    if text.startswith(b"ID;"):
        raise refuse(path, "this is a SYLK (.slk) file", _SAVE_AS)
    if text.startswith(b"TABLE") and b"VECTORS" in text[:200]:
        raise refuse(path, "this is a DIF (.dif) file", _SAVE_AS)
    if b"\x00" in data_head[:4096]:
        raise refuse(path, "this is not a spreadsheet (unknown binary file)", _SAVE_AS)
    return "csv"
