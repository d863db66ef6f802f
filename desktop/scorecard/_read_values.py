"""Read cell values of xlsx/xlsm/xls/xlsb/ods workbooks with calamine, openpyxl as fallback."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.scorecard.model import CellValue

ERROR_TEXTS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#UNKNOWN!",
        "#BUSY!",
        "#PYTHON!",
        "#EXTERNAL!",
    }
)


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


def _clean(value: Any) -> CellValue:
    if value is None or value == "":
        return None
    if isinstance(value, str | bool | int | float | dt.datetime | dt.date | dt.time):
        return value
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value)


def trim(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """Drop trailing fully-empty rows and columns; rows become equally long."""
    height = len(rows)
    while height and rows[height - 1].count(None) == len(rows[height - 1]):
        height -= 1
    kept = rows[:height]
    width = max((len(row) for row in kept), default=0)
    while width and all(len(row) < width or row[width - 1] is None for row in kept):
        width -= 1
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
            row = [v if type(v) in plain else _clean(v) for v in row]
        if "" in row:
            row = [None if v == "" else v for v in row]
        out.append(row)
    return trim(out)


def read_calamine(source: str | bytes, max_cells: int, fallback_xlsx: bool) -> RawBook:
    """Read every sheet's values; per-sheet failures fall back to openpyxl or are skipped."""
    import python_calamine as pc

    book = (
        pc.CalamineWorkbook.from_filelike(io.BytesIO(source))
        if isinstance(source, bytes)
        else pc.CalamineWorkbook.from_path(source)
    )
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
            except Exception as err:
                if fallback_xlsx:
                    fb = _openpyxl_sheet(source, name, max_cells)
                    if fb is not None:
                        fb.hidden = hidden
                        sheets.append(fb)
                        continue
                warnings.append(
                    f"Sheet '{name}' could not be read and was skipped ({_why(err, name)})."
                )
                continue
            sheets.append(RawSheet(name, rows, hidden, merged))
        return RawBook(sheets, warnings)
    finally:
        book.close()


def _why(err: Exception, name: str) -> str:
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


def _open_openpyxl(source: str | bytes) -> Any:
    import warnings

    import openpyxl

    handle: str | io.BytesIO = io.BytesIO(source) if isinstance(source, bytes) else source
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)


def _openpyxl_rows(ws: Any, name: str, max_cells: int) -> RawSheet:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
        return _openpyxl_rows_quiet(ws, name, max_cells)


def _openpyxl_rows_quiet(ws: Any, name: str, max_cells: int) -> RawSheet:
    ws.reset_dimensions()  # never trust a claimed A1:XFD1048576
    rows: list[list[CellValue]] = []
    errors: dict[tuple[int, int], str] = {}
    count = 0
    for r, raw in enumerate(ws.iter_rows(values_only=True)):
        row: list[CellValue] = []
        for c, v in enumerate(raw):
            if isinstance(v, str) and v in ERROR_TEXTS:
                errors[(r, c)] = v
                row.append(None)
            else:
                row.append(_clean(v))
        count += len(row)
        if count > max_cells:
            raise TooManyCells(name, count)
        rows.append(row)
    return RawSheet(name, trim(rows), errors=errors)


def _openpyxl_sheet(source: str | bytes, name: str, max_cells: int) -> RawSheet | None:
    try:
        wb = _open_openpyxl(source)
    except Exception:
        return None
    try:
        if name not in wb.sheetnames:
            return None
        return _openpyxl_rows(wb[name], name, max_cells)
    except TooManyCells:
        raise
    except Exception:
        return None
    finally:
        wb.close()


def read_openpyxl(source: str | bytes, max_cells: int) -> RawBook:
    """Whole-workbook fallback for xlsx/xlsm calamine cannot open."""
    wb = _open_openpyxl(source)
    try:
        sheets: list[RawSheet] = []
        warnings: list[str] = []
        for ws in wb.worksheets:
            try:
                sheet = _openpyxl_rows(ws, ws.title, max_cells)
            except TooManyCells:
                raise
            except Exception as err:
                warnings.append(
                    f"Sheet '{ws.title}' could not be read and was skipped ({_why(err, ws.title)})."
                )
                continue
            sheet.hidden = ws.sheet_state != "visible"
            sheets.append(sheet)
        return RawBook(sheets, warnings)
    finally:
        wb.close()


def path_or_bytes(path: str | os.PathLike[str], data: bytes, ext_ok: bool) -> str | bytes:
    """Calamine picks its reader by extension from a path: pass bytes when it would be wrong."""
    return os.fspath(path) if ext_ok else data
