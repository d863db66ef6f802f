"""Read cell values of xlsx/xlsm/xls/xlsb/ods workbooks with calamine, openpyxl as fallback."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.scorecard.model import CellValue


class ReaderFailed(Exception):
    """The value reader could not open the workbook (its own error, or a panic inside it)."""


def _native(err: BaseException) -> BaseException:
    """Pass a reader failure back; re-raise anything else (Ctrl+C, exit)."""
    # calamine's Rust panics surface as pyo3's PanicException, a BaseException
    if isinstance(err, Exception) or type(err).__name__ == "PanicException":
        return err
    raise err


class TooManyCells(Exception):
    """A sheet holds more cells than the caller allows."""

    def __init__(self, sheet: str, cells: int) -> None:
        super().__init__(sheet, cells)
        self.sheet = sheet
        self.cells = cells


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class RawBook:
    sheets: list[RawSheet]
    warnings: list[str] = field(default_factory=list)


def clean(value: Any) -> CellValue:
    """A reader's cell value as a CellValue: empty text is None, durations become text."""
    if value is None or value == "":
        return None
    if isinstance(value, str | bool | int | float | dt.datetime | dt.date | dt.time):
        return value
    return str(value)  # e.g. a timedelta from a duration format


def trim(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """Drop trailing fully-empty rows and columns; rows become equally long."""
    height = len(rows)
    while height and rows[height - 1].count(None) == len(rows[height - 1]):
        height -= 1
    kept = rows[:height]
    widest = max(map(len, kept), default=0)
    width = widest
    while width and all(len(row) < width or row[width - 1] is None for row in kept):
        width -= 1
    if width == widest and min(map(len, kept), default=0) == width:
        return kept  # already rectangular (what calamine gives): nothing to cut or pad
    out: list[list[CellValue]] = []
    for row in kept:
        if len(row) == width:
            out.append(row)
        elif len(row) > width:
            out.append(row[:width])
        else:
            out.append(row + [None] * (width - len(row)))
    return out


_PLAIN = frozenset({str, float, int, bool, dt.datetime, dt.date, dt.time})


def _to_grid(raw: Iterable[list[Any]]) -> list[list[CellValue]]:
    plain = _PLAIN
    out: list[list[Any]] = []
    for row in raw:
        if not plain.issuperset(map(type, row)):  # durations come back as timedelta
            row = [v if type(v) in plain else clean(v) for v in row]
        blanks = row.count("")
        if blanks == 1:  # the usual case: one empty cell, set in place
            row[row.index("")] = None
        elif blanks:
            row = [None if v == "" else v for v in row]
        out.append(row)
    return trim(out)


def read_calamine(source: str | bytes, max_cells: int, fallback_xlsx: bool) -> RawBook:
    """Read every sheet's values; per-sheet failures fall back to openpyxl or are skipped."""
    import python_calamine as pc

    try:
        book = (
            pc.CalamineWorkbook.from_filelike(io.BytesIO(source))
            if isinstance(source, bytes)
            else pc.CalamineWorkbook.from_path(source)
        )
    except BaseException as err:
        raise ReaderFailed(str(err)) from _native(err)
    try:
        sheets: list[RawSheet] = []
        warnings: list[str] = []
        total = 0
        for index, meta in enumerate(book.sheets_metadata):
            name = str(meta.name)
            hidden = meta.visible != pc.SheetVisibleEnum.Visible
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue  # chart, dialog and macro sheets hold no table
            try:
                sheet = book.get_sheet_by_index(index)
                end = sheet.end  # the grid is padded from A1, so A1..end is what we hold
                cells = 0 if end is None else (int(end[0]) + 1) * (int(end[1]) + 1)
                total += cells
                if cells > max_cells:
                    raise TooManyCells(name, cells)
                if total > max_cells:
                    raise TooManyCells("all sheets together", total)
                rows = _to_grid(sheet.to_python(skip_empty_area=False))
                merged = _calamine_merged(sheet)
            except TooManyCells:
                raise
            except BaseException as err:
                _native(err)
                if fallback_xlsx:
                    from desktop.scorecard._read_openpyxl import read_sheet

                    fb = read_sheet(source, name, max_cells)
                    if fb is not None:
                        fb.hidden = hidden
                        sheets.append(fb)
                        continue
                warnings.append(
                    f"Sheet '{name}' could not be read and was skipped ({why(err, name)})."
                )
                continue
            sheets.append(RawSheet(name, rows, hidden, merged))
        return RawBook(sheets, warnings)
    finally:
        book.close()


def why(err: BaseException, name: str) -> str:
    """A short reason a sheet could not be read, fit for a warning."""
    text = " ".join(str(err).split())
    if isinstance(err, KeyError) or text in ("", name) or len(text) > 120:
        return "its part of the file is missing or damaged"
    return text


def _calamine_merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    try:
        ranges = sheet.merged_cell_ranges
    except Exception:
        return []
    if not ranges:
        return []
    return [(int(a[0]), int(a[1]), int(b[0]), int(b[1])) for a, b in ranges]
