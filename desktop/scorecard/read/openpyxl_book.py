"""Fallback reader for xlsx/xlsm sheets calamine refuses (e.g. #SPILL! cells, macro sheets)."""

from __future__ import annotations

import io
import warnings
from typing import Any

from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.raw import RawBook, RawSheet, TooManyCells, clean, trim, why

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


def _open(source: str | bytes) -> Any:
    import openpyxl

    handle: str | io.BytesIO = io.BytesIO(source) if isinstance(source, bytes) else source
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)


def _rows(ws: Any, name: str, max_cells: int) -> RawSheet:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it drops
        return _rows_quiet(ws, name, max_cells)


def _rows_quiet(ws: Any, name: str, max_cells: int) -> RawSheet:
    ws.reset_dimensions()  # never trust a claimed A1:XFD1048576
    rows: list[list[CellValue]] = []
    errors: dict[tuple[int, int], str] = {}
    width = 0
    for r, raw in enumerate(ws.iter_rows(values_only=True)):
        row: list[CellValue] = []
        for c, v in enumerate(raw):
            if isinstance(v, str) and v in ERROR_TEXTS:
                errors[(r, c)] = v
                row.append(None)
            else:
                row.append(clean(v))
        width = max(width, len(row))
        rows.append(row)
        if len(rows) * width > max_cells:  # the grid is padded to the widest row
            raise TooManyCells(name, len(rows) * width)
    return RawSheet(name, trim(rows), errors=errors)


def read_sheet(source: str | bytes, name: str, max_cells: int) -> RawSheet | None:
    """One sheet by name, or None if openpyxl cannot read it either."""
    try:
        wb = _open(source)
    except Exception:
        return None
    try:
        if name not in wb.sheetnames:
            return None
        return _rows(wb[name], name, max_cells)
    except TooManyCells:
        raise
    except Exception:
        return None
    finally:
        wb.close()


def read_book(source: str | bytes, max_cells: int) -> RawBook:
    """Whole-workbook fallback for xlsx/xlsm calamine cannot open."""
    wb = _open(source)
    try:
        sheets: list[RawSheet] = []
        warnings: list[str] = []
        for ws in wb.worksheets:
            try:
                sheet = _rows(ws, ws.title, max_cells)
            except TooManyCells:
                raise
            except Exception as err:
                warnings.append(
                    f"Sheet '{ws.title}' could not be read and was skipped ({why(err, ws.title)})."
                )
                continue
            sheet.hidden = ws.sheet_state != "visible"
            sheets.append(sheet)
        return RawBook(sheets, warnings)
    finally:
        wb.close()
