"""Add what calamine leaves out of an Excel 97-2003 (.xls) workbook: formats, fills, hidden rows.

Without this a sheet saved as .xls read differently from the same sheet saved as .xlsx: 54%
came in as 0.54 and a RAG given only by fill colour was lost. xlrd reads the BIFF records
that say each cell's number format, fill, font (its colour, and a symbol font such as
Wingdings) and indent, and which rows and columns are hidden.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import xlrd

from desktop.scorecard.read.format_words import shows_words
from desktop.scorecard.read.grid import (
    FIGURE_FORMAT_ROWS,
    CellStyle,
    Sheet,
    Workbook,
    centred_spans,
)
from desktop.scorecard.read.raised_marks import shown
from desktop.scorecard.read.run_inks import is_marker
from desktop.scorecard.read.styles import is_ink, says_a_unit, shows_a_figure
from desktop.scorecard.read.symbol_fonts import drawn, is_symbol_font

_SOLID = 1  # BIFF fill pattern: solid
_CENTRE_ACROSS = 6  # BIFF horizontal alignment: centred across selection
_WHITE_OR_BLACK = frozenset({"FFFFFF", "000000"})


def enrich(book: Workbook, data: bytes) -> None:
    """Fill in the sheets' formats, fills and hidden rows/columns from the BIFF records."""
    source = xlrd.open_workbook(
        file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet()
    )
    try:
        if source.datemode == 1:  # the 1904 date system
            book.date_epoch = dt.date(1904, 1, 1)
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
        self.symbols: dict[int, str | None] = {}  # XF -> its symbol font's name
        self.indents: dict[int, int] = {}  # XF -> its alignment's indent (levels)
        self.figures: dict[int, str | None] = {}  # XF -> a figure's format ('#,##0') it shows

    def indent(self, xf_index: int) -> int:
        """How many levels the XF's alignment sets the cell's text in (0: none)."""
        found = self.indents.get(xf_index)
        if found is None:
            xfs = self.source.xf_list
            alignment = getattr(xfs[xf_index], "alignment", None) if xf_index < len(xfs) else None
            found = self.indents[xf_index] = max(int(getattr(alignment, "indent_level", 0)), 0)
        return found

    def figure_format(self, xf_index: int) -> str | None:
        """The XF's number format where it shows a figure's thousands separator or decimal
        places and says no unit ('#,##0', '0.0'), else None."""
        if xf_index not in self.figures:
            code = None
            if xf_index < len(self.source.xf_list):
                key = self.source.xf_list[xf_index].format_key
                shown = self.source.format_map.get(key)
                code = shown.format_str if shown is not None else None
            figure = code is not None and shows_a_figure(code) and not says_a_unit(code)
            self.figures[xf_index] = code if figure else None
        return self.figures[xf_index]

    def centred_across(self, xf_index: int) -> bool:
        """The XF's alignment is 'Centre Across Selection'."""
        xfs = self.source.xf_list
        alignment = getattr(xfs[xf_index], "alignment", None) if xf_index < len(xfs) else None
        return getattr(alignment, "hor_align", 0) == _CENTRE_ACROSS

    def symbol_font(self, xf_index: int) -> str | None:
        """The name of the XF's font where it draws symbols (Wingdings), else None."""
        if xf_index not in self.symbols:
            font = self._font(xf_index)
            name = getattr(font, "name", None) if font is not None else None
            self.symbols[xf_index] = name if is_symbol_font(name) else None
        return self.symbols[xf_index]

    def _font(self, xf_index: int) -> Any:
        if xf_index >= len(self.source.xf_list):
            return None
        font_index = self.source.xf_list[xf_index].font_index
        fonts = self.source.font_list
        return fonts[font_index] if 0 <= font_index < len(fonts) else None

    def lead_ink(self, runs: list[tuple[int, int]] | None, value: object) -> str | None:
        """The colour of a symbol run a rich-text cell starts with ("" for black), or None."""
        if not runs or runs[0][0] != 0 or not isinstance(value, str) or len(runs) < 2:
            return None
        if not is_marker(value[: runs[1][0]]) or not value[runs[1][0] :].strip():
            return None
        fonts = self.source.font_list
        font = fonts[runs[0][1]] if 0 <= runs[0][1] < len(fonts) else None
        rgb = self.source.colour_map.get(font.colour_index) if font is not None else None
        shade = "".join(f"{part:02X}" for part in rgb) if rgb is not None else None
        return shade if is_ink(shade) else ""

    def raised_runs(
        self, runs: list[tuple[int, int]], xf_index: int, text: str
    ) -> list[tuple[str, bool]]:
        """(text, raised) of a rich-text cell's runs: each run's font is set superscript
        (BIFF escapement 1) or not; before the first run the cell's own font holds."""
        fonts = self.source.font_list
        starts = [(0, getattr(self._font(xf_index), "escapement", 0) == 1)]
        for offset, font_index in runs:
            font = fonts[font_index] if 0 <= font_index < len(fonts) else None
            starts.append((offset, getattr(font, "escapement", 0) == 1))
        ends = [offset for offset, _ in starts[1:]] + [len(text)]
        return [(text[start:end], up) for (start, up), end in zip(starts, ends, strict=True)]

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
        if shown is not None and (says_a_unit(shown.format_str) or shows_words(shown.format_str)):
            number_format = shown.format_str
        fill = None
        background = xf.background
        if background.fill_pattern == _SOLID:
            rgb = self.source.colour_map.get(background.pattern_colour_index)
            if rgb is not None:
                colour = "".join(f"{part:02X}" for part in rgb)
                fill = None if colour in _WHITE_OR_BLACK else colour
        font = None
        struck = False
        typeface = self._font(xf_index)
        if typeface is not None:
            ink = self.source.colour_map.get(typeface.colour_index)
            shade = "".join(f"{part:02X}" for part in ink) if ink is not None else None
            font = shade if is_ink(shade) else None
            struck = bool(getattr(typeface, "struck_out", 0))
        if number_format is None and fill is None and font is None and not struck:
            return None
        return CellStyle(number_format, fill, font, struck)


def _apply(source: Any, sheet: Sheet, styles: _Styles) -> None:
    height = min(len(sheet.rows), source.nrows)
    across: set[tuple[int, int]] = set()
    for r in range(height):
        row = sheet.rows[r]
        for c in range(min(len(row), source.row_len(r))):
            xf_index = source.cell_xf_index(r, c)
            style = styles.of(xf_index)
            if style is not None:
                sheet.styles[(r, c)] = style
            if r < FIGURE_FORMAT_ROWS and (figure := styles.figure_format(xf_index)):
                sheet.figure_formats[(r, c)] = figure  # '#,##0': a format styles leave out
            symbols = styles.symbol_font(xf_index)
            if symbols is not None and (shapes := drawn(symbols, row[c])) is not None:
                row[c] = shapes  # 'l' in Wingdings: the circle the sheet shows
            runs = source.rich_text_runlist_map.get((r, c))
            ink = styles.lead_ink(runs, row[c])
            if ink is not None:  # a red '●' typed before a name in black
                sheet.inks[(r, c)] = ink
            if runs and row[c].__class__ is str:
                both = shown(styles.raised_runs(runs, xf_index, str(row[c])))
                if both is not None and both[0] == row[c]:
                    row[c] = both[1]  # '3.4' and a raised '2': 3.4 with note 2, as shown
            indent = styles.indent(xf_index)
            if indent:
                sheet.indents[(r, c)] = indent
            if styles.centred_across(xf_index):
                across.add((r, c))
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
    if across:
        sheet.merged = [*sheet.merged, *centred_spans(sheet.rows, across, sheet.merged)]


class _Quiet:
    """xlrd writes warnings about odd records to a log file; nobody reads them."""

    def write(self, text: str) -> int:
        return len(text)
