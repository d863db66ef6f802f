"""Turn a spreadsheet or CSV file into the plain Workbook grid the layout finder reads."""

from __future__ import annotations

import csv
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Literal

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read import ods, xls
from desktop.scorecard.read.calamine_book import read_calamine
from desktop.scorecard.read.crypto import decrypt
from desktop.scorecard.read.grid import Sheet, Workbook
from desktop.scorecard.read.limits import (
    MAX_FIELD_CHARS,
    MAX_ROWS,
    check_package,
    read_bounded,
    too_many_rows,
)
from desktop.scorecard.read.markup import read_markup
from desktop.scorecard.read.openpyxl_book import read_book
from desktop.scorecard.read.raw import RawBook, TooManyCells, trim
from desktop.scorecard.read.sniff import Format, is_strict_ooxml, refuse, sniff_decrypted
from desktop.scorecard.read.sniff import sniff_format as _sniff
from desktop.scorecard.read.text import TooManyRows, read_text
from desktop.scorecard.read.xlsx import PackageScan, apply_scan, scan_package

__all__ = ["read_workbook", "sniff_format"]

BookFormat = Literal["xlsx", "xlsm", "xls", "xlsb", "ods", "csv"]
_TEXT_EXTS = {".csv", ".tsv", ".txt", ".tab", ".dat", ""}
_EXTS: dict[str, set[str]] = {
    "xlsx": {".xlsx"},
    "xlsm": {".xlsm"},
    "xlsb": {".xlsb"},
    "xls": {".xls"},
    "ods": {".ods"},
}
_SAVE_XLSX = "open it in Excel, save a new copy as .xlsx and import that"


def sniff_format(data_head: bytes, path: str | os.PathLike[str]) -> str:
    """Real format of the file by content: xlsx, xlsm, xlsb, ods, xls, csv or encrypted."""
    return _sniff(data_head, path)


def read_workbook(
    path: str | os.PathLike[str],
    *,
    password: str | None = None,
    styles: bool = True,
    max_cells: int = 5_000_000,
) -> Workbook:
    """Read ``path`` into a Workbook of raw values; raise ScorecardError on unusable input."""
    data = read_bounded(path)
    try:
        book = _read(path, data, password, styles, max_cells)
        read_markup(book)  # rich-text fields exported as HTML read as the text they show
        return book
    except ScorecardError:
        raise
    except Exception as err:  # hostile input must never surface as a traceback
        raise refuse(
            path,
            f"the file could not be read ({type(err).__name__}: {err})",
            "open it in Excel, save a new copy as .xlsx and import that",
        ) from err


def _read(
    path: str | os.PathLike[str],
    data: bytes,
    password: str | None,
    styles: bool,
    max_cells: int,
) -> Workbook:
    fmt: Format = _sniff(data[:8192], path)
    decrypted = False
    if fmt == "encrypted":
        data = decrypt(data, path, password)
        decrypted = True
        fmt = sniff_decrypted(data, path)
    if fmt == "csv":
        return _read_csv(path, data, max_cells)
    # the check inflates every part: the sheets and styles it keeps are scanned from there
    ooxml = fmt in ("xlsx", "xlsm")
    inflated = check_package(
        path, data, _scanned_part if ooxml else None, _worksheet if ooxml else None
    )
    return _read_book(path, data, fmt, decrypted, styles, max_cells, inflated)


def _scanned_part(name: str) -> bool:
    """A part the formatting scan reads: a worksheet, the styles or the theme."""
    lower = name.lower().lstrip("/")
    return lower.startswith(("xl/worksheets/", "xl/theme/")) or lower == "xl/styles.xml"


def _worksheet(name: str) -> bool:
    """A worksheet's part: the value readers read it to its end, checking its checksum as
    zipfile does (a sheet whose checksum is wrong is not read, so its scan is never used),
    so the limits check need not work the checksum out as well."""
    lower = name.lower().lstrip("/")
    return lower.startswith("xl/worksheets/") and "/" not in lower[14:] and lower.endswith(".xml")


def _read_csv(path: str | os.PathLike[str], data: bytes, max_cells: int) -> Workbook:
    ext = Path(path).suffix.lower()
    try:
        table = read_text(data, max_rows=MAX_ROWS, max_field_chars=MAX_FIELD_CHARS)
    except TooManyRows as err:
        raise too_many_rows(path, limit=err.rows) from err
    except csv.Error as err:
        raise refuse(
            path,
            f"a field could not be read ({err}); nothing was guessed",
            "open it in a spreadsheet program, check the quotes, save it and import again",
        ) from err
    warnings: list[str] = []
    rows = trim(table.rows)
    if ext not in _TEXT_EXTS:
        if max((len(r) for r in rows), default=0) <= 1:
            raise refuse(
                path,
                "this is a plain text file, not a spreadsheet",
                "pick the Excel or CSV file",
            )
        warnings.append(
            f"{Path(path).name}: this is a CSV file with the wrong extension — read as CSV."
        )
    cells = sum(map(len, rows))
    if cells > max_cells:
        raise _too_big(path, Path(path).stem, cells, max_cells)
    if not rows:
        raise refuse(path, "the file has no cells at all", "check you picked the right file")
    sheet = Sheet(Path(path).stem, rows)
    return Workbook(str(path), "csv", [sheet], warnings, decimal_comma=table.decimal_comma)


def _too_big(
    path: str | os.PathLike[str], sheet: str, cells: int, max_cells: int
) -> ScorecardError:
    where = (
        "all sheets together span" if sheet == "all sheets together" else f"sheet '{sheet}' spans"
    )
    return refuse(
        path,
        f"{where} {cells:,} cells, more than the {max_cells:,} allowed",
        "delete unused rows and columns or split the file, then import again",
    )


def _read_book(
    path: str | os.PathLike[str],
    data: bytes,
    fmt: Format,
    decrypted: bool,
    styles: bool,
    max_cells: int,
    inflated: dict[str, bytes],
) -> Workbook:
    assert fmt in ("xlsx", "xlsm", "xlsb", "xls", "ods")
    book_fmt: BookFormat = fmt
    ext_ok = not decrypted and Path(path).suffix.lower() in _EXTS[fmt]
    source: str | bytes = os.fspath(path) if ext_ok else data
    ooxml = fmt in ("xlsx", "xlsm")
    # python-calamine lets go of the interpreter while it decodes a sheet: the formatting
    # scan runs on a thread beside it, once it has found every sheet within the cell limit
    with ThreadPoolExecutor(1, thread_name_prefix="read-scan") as pool:
        scanning = _Scanning(pool, data, styles, max_cells, inflated) if ooxml else None
        try:
            if scanning is not None and not scanning.sized():
                ended = scanning.result()  # over the limit, or no package to scan
                if ended is not None and ended.oversized is not None:
                    raise TooManyCells(*ended.oversized)
            raw = _values(source, ooxml, max_cells)
        except TooManyCells as err:
            raise _too_big(path, err.sheet, err.cells, max_cells) from err
        except ScorecardError:
            raise
        except Exception as err:
            raise _unreadable(path, fmt, data, err) from err
        scan = scanning.result() if scanning is not None else None
    sheets = [Sheet(s.name, s.rows, s.hidden, merged=s.merged, errors=s.errors) for s in raw.sheets]
    book = Workbook(str(path), book_fmt, sheets, list(raw.warnings))
    if ooxml:
        _enrich(book, scan, styles, max_cells)
    elif fmt == "ods" and styles:
        _keep_values(book, lambda: ods.enrich(book, data))
    elif fmt == "xls" and styles:
        _keep_values(book, lambda: xls.enrich(book, data))
    if raw.warnings and not any(s.rows and not s.hidden for s in sheets):
        raise refuse(path, "the workbook is damaged (its sheets cannot be read)", _SAVE_XLSX)
    if not any(s.rows for s in sheets):
        if not sheets and ooxml:
            raise _strict_or_damaged(path, data)
        raise refuse(path, "the workbook has no cells at all", "check you picked the right file")
    return book


_NO_FORMATTING = (
    "The cell formatting could not be read, so fill colours, percent formats "
    "and error cells are not known — the values were read."
)


def _scan(
    data: bytes,
    styles: bool,
    max_cells: int,
    inflated: dict[str, bytes],
    sized: Callable[[], None],
) -> PackageScan | None:
    try:
        return scan_package(
            data, styles=styles, max_cells=max_cells, inflated=inflated, sized=sized
        )
    except Exception:  # formatting is a bonus: a broken part must not lose the values
        return None


class _Scanning:
    """The formatting scan of a package, on a thread: the values may be read beside it once
    it has found every sheet within the cell limit. The sheets' XML is let go once scanned."""

    def __init__(
        self,
        pool: ThreadPoolExecutor,
        data: bytes,
        styles: bool,
        max_cells: int,
        inflated: dict[str, bytes],
    ) -> None:
        self._known = threading.Event()
        self._within = False
        self._future = pool.submit(self._run, data, styles, max_cells, inflated)

    def _run(
        self, data: bytes, styles: bool, max_cells: int, inflated: dict[str, bytes]
    ) -> PackageScan | None:
        try:
            return _scan(data, styles, max_cells, inflated, self._sized)
        finally:
            inflated.clear()
            self._known.set()

    def _sized(self) -> None:
        self._within = True
        self._known.set()

    def sized(self) -> bool:
        """Wait until every sheet is found within the limit (True), or the scan has ended
        without finding that: a sheet over it, no package, or a failure (False)."""
        self._known.wait()
        return self._within

    def result(self) -> PackageScan | None:
        return self._future.result()


def _enrich(book: Workbook, scan: PackageScan | None, styles: bool, max_cells: int) -> None:
    if scan is None:
        book.warnings.append(_NO_FORMATTING)
        return
    try:
        apply_scan(book, scan, styles=styles, max_cells=max_cells)
    except Exception:  # as above: keep the values
        book.warnings.append(_NO_FORMATTING)


def _keep_values(book: Workbook, enrich: Callable[[], None]) -> None:
    try:
        enrich()
    except Exception:  # formatting is a bonus: a broken part must not lose the values
        book.warnings.append(_NO_FORMATTING)


def _values(source: str | bytes, ooxml: bool, max_cells: int) -> RawBook:
    try:
        return read_calamine(source, max_cells, fallback_xlsx=ooxml)
    except TooManyCells:
        raise
    except Exception:
        if not ooxml:
            raise
        return read_book(source, max_cells)


def _unreadable(
    path: str | os.PathLike[str], fmt: str, data: bytes, err: Exception
) -> ScorecardError:
    text = str(err)
    if "limit" in text.lower():
        return refuse(
            path,
            "the file claims an impossibly large sheet",
            "open it and save a new copy as .xlsx, then import that",
        )
    if fmt in ("xlsx", "xlsm"):
        return _strict_or_damaged(path, data)
    if fmt == "xls" and (b"B\x00o\x00o\x00k" in data[:4096] or b"\x09\x08\x08\x00" in data):
        return refuse(
            path, "this is an old Excel 95 (or older) workbook it cannot read", _SAVE_XLSX
        )
    kind = {"xls": "Excel 97-2003", "xlsb": "Excel binary", "ods": "OpenDocument"}.get(fmt, fmt)
    return refuse(path, f"the {kind} workbook is damaged or cannot be read", _SAVE_XLSX)


def _strict_or_damaged(path: str | os.PathLike[str], data: bytes) -> ScorecardError:
    if is_strict_ooxml(data):
        return refuse(
            path,
            "this is a Strict Open XML workbook that cannot be read",
            "open it in Excel and save as a normal .xlsx Workbook",
        )
    return refuse(path, "the workbook is damaged (parts are missing or broken)", _SAVE_XLSX)
