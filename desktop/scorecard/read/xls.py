"""Add what calamine leaves out of an Excel 97-2003 (.xls) workbook: formats, fills, hidden rows.

Without this a sheet saved as .xls read differently from the same sheet saved as .xlsx: 54%
came in as 0.54 and a RAG given only by fill colour was lost. xlrd reads the BIFF records
that say each cell's number format and fill, and which rows and columns are hidden.
"""

from __future__ import annotations

from typing import Any

import xlrd

from desktop.scorecard.read.grid import CellStyle, Sheet, Workbook

_SOLID = 1  # BIFF fill pattern: solid
_WHITE_OR_BLACK = frozenset({"FFFFFF", "000000"})


def enrich(book: Workbook, data: bytes) -> None:
    """Fill in the sheets' formats, fills and hidden rows/columns from the BIFF records."""
    source = xlrd.open_workbook(
        file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet()
    )
    try:
        styles = _Styles(source)
        by_name = {s.name: s for s in book.sheets}
        for index in range(source.nsheets):
            target = by_name.get(source.sheet_names()[index])
            if target is None:
                continue
            _apply(source.sheet_by_index(index), target, styles)
            source.unload_sheet(index)
    finally:
        source.release_resources()


class _Styles:
    """Each cell format index (XF) -> the CellStyle it carries, worked out once."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.known: dict[int, CellStyle | None] = {}

    def of(self, xf_index: int) -> CellStyle | None:
        if xf_index not in self.known:
            self.known[xf_index] = self._work_out(xf_index)
        return self.known[xf_index]

    def _work_out(self, xf_index: int) -> CellStyle | None:
        if xf_index >= len(self.source.xf_list):
            return None
        xf = self.source.xf_list[xf_index]
        number_format = None
        shown = self.source.format_map.get(xf.format_key)
        if shown is not None and _meaningful(shown.format_str):
            number_format = shown.format_str
        fill = None
        background = xf.background
        if background.fill_pattern == _SOLID:
            rgb = self.source.colour_map.get(background.pattern_colour_index)
            if rgb is not None:
                colour = "".join(f"{part:02X}" for part in rgb)
                fill = None if colour in _WHITE_OR_BLACK else colour
        if number_format is None and fill is None:
            return None
        return CellStyle(number_format=number_format, fill=fill)


def _meaningful(number_format: str) -> bool:
    """Formats that say something about units: percent, currency, or a quoted word."""
    return any(mark in number_format for mark in ("%", "£", "€", "$", '"'))


def _apply(source: Any, sheet: Sheet, styles: _Styles) -> None:
    height = min(len(sheet.rows), source.nrows)
    for r in range(height):
        row = sheet.rows[r]
        for c in range(min(len(row), source.row_len(r))):
            style = styles.of(source.cell_xf_index(r, c))
            if style is not None:
                sheet.styles[(r, c)] = style
        info = source.rowinfo_map.get(r)
        if info is not None and info.hidden:
            sheet.hidden_rows.add(r)
    width = max(map(len, sheet.rows), default=0)
    for c, info in source.colinfo_map.items():
        if c < width and info.hidden:
            sheet.hidden_cols.add(c)
    if not sheet.merged:
        sheet.merged = [
            (rlo, clo, rhi - 1, chi - 1)
            for rlo, rhi, clo, chi in source.merged_cells
            if rlo < height and clo < width
        ]


class _Quiet:
    """xlrd writes warnings about odd records to a log file; nobody reads them."""

    def write(self, text: str) -> int:
        return len(text)
