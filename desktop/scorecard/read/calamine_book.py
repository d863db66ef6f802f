"""Read cell values of xlsx/xlsm/xls/xlsb/ods workbooks with calamine, openpyxl as fallback."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.openpyxl_book import read_sheet
from desktop.scorecard.read.raw import (
    RawBook,
    RawSheet,
    ReaderFailed,
    TooManyCells,
    _native,
    clean,
    trim,
    why,
)

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


def _calamine_merged(sheet: Any) -> list[tuple[int, int, int, int]]:
    try:
        ranges = sheet.merged_cell_ranges
    except Exception:
        return []
    if not ranges:
        return []
    return [(int(a[0]), int(a[1]), int(b[0]), int(b[1])) for a, b in ranges]
