"""Add what calamine leaves out of an xlsx/xlsm: styles that matter, errors, hidden rows/cols."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from desktop.scorecard.read.conditional import ICON_FILLS, conditional_fills, icon_ratings
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook, centred_spans
from desktop.scorecard.read.package import Package
from desktop.scorecard.read.palette import DEFAULT_PALETTE
from desktop.scorecard.read.raised_marks import Shown, apply_raised, shared_raised, sheet_raised
from desktop.scorecard.read.run_inks import cell_inks, inks_of, inline_runs, rich_items
from desktop.scorecard.read.sheet_margins import (
    MAX_NOTES_BYTES,
    cell_notes,
    picture_cells,
    print_lines,
)
from desktop.scorecard.read.sheetxml import SheetScan, blank_shared_strings, extent, scan_sheet
from desktop.scorecard.read.styles import (
    ColourResolver,
    StyleTable,
    parse_styles,
    theme_colours,
)
from desktop.scorecard.read.symbol_fonts import drawn
from desktop.scorecard.read.text_boxes import MAX_DRAWING_BYTES, drawing_lines

EPOCH_1904 = dt.date(1904, 1, 1)  # day 0 of Excel's 1904 date system
_FILL_REACH = 2  # empty filled cells up to this many rows/cols past the values join the grid


@dataclass(slots=True)
class PackageScan:
    """What the sheet XML says besides values, gathered before the values are read."""

    table: StyleTable
    sheets: dict[str, SheetScan] = field(default_factory=dict)
    # (sheet, cells) of a sheet whose values span more than allowed: reading it would
    # make the value reader allocate the whole rectangle (and abort on XFD1048576)
    oversized: tuple[str, int] | None = None
    # sheet -> cells whose text starts with a symbol in an ink of its own (rich text)
    inks: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    # sheet -> cells whose text ends a figure with digits formatted superscript, a note mark:
    # (the text as typed, '3.42', the text as shown, '3.4²')
    raised: dict[str, dict[tuple[int, int], Shown]] = field(default_factory=dict)
    # sheet -> the lines of text in text boxes drawn on it (a key beside the table)
    boxes: dict[str, list[str]] = field(default_factory=dict)
    # sheet -> its cell notes (comments) by cell
    notes: dict[str, dict[tuple[int, int], str]] = field(default_factory=dict)
    # sheet -> the lines of its print header and footer
    prints: dict[str, list[str]] = field(default_factory=dict)
    # sheet -> the cells pictures are placed over
    pictures: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # the workbook counts its dates from 1 January 1904
    date1904: bool = False


def scan_package(
    data: bytes,
    *,
    styles: bool,
    max_cells: int,
    inflated: Mapping[str, bytes] | None = None,
    sized: Callable[[], None] | None = None,
) -> PackageScan | None:
    """Scan every sheet's XML once; None if not a package.

    ``inflated`` holds parts already inflated by the limits check (by name in the archive):
    they are not inflated again. ``sized`` is called once every sheet is known to be within
    ``max_cells``, before the sheets are scanned: the values may be read from then on.
    """
    try:
        package = Package(data, inflated)
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    try:
        parts, styles_part, theme_part = package.layout()
        table = (
            parse_styles(package.read(styles_part), package.read(theme_part))
            if styles
            else StyleTable()
        )
        wanted = {*table.interesting(), *table.indented(), *table.centred_across()}
        figured = set(table.figured())
        result = PackageScan(table, date1904=package.date1904())
        colours = ColourResolver(theme_colours(package.read(theme_part)), list(DEFAULT_PALETTE))
        strings = package.read(_shared_strings(package)) if styles else None
        items = rich_items(strings)  # parsed once, where some run has properties
        shared = inks_of(items, colours)
        # a run set superscript is rare: looked for only where the word is in the part
        raised = shared_raised(items) if strings and strings.rfind(b"superscript") >= 0 else {}
        blanks: list[frozenset[int]] = []

        def blank_strings() -> frozenset[int]:
            """The shared strings that are only spaces, read once, when a sheet is large."""
            if not blanks:
                text = strings if styles else package.read(_shared_strings(package))
                blanks.append(blank_shared_strings(text))
            return blanks[0]

        for name, part in parts.items():
            xml = package.read(part)
            cells = extent(xml, max_cells, blank_strings) if xml else 0
            if cells > max_cells:
                result.oversized = (name, cells)
                return result
        if sized is not None:
            sized()
        for name, part in parts.items():  # held already, unless too large to keep
            xml = package.read(part)
            if xml:
                result.sheets[name] = scan_sheet(xml, wanted, with_merges=True, head_styles=figured)
                _margins(package, part, xml, name, result)
                if styles:
                    rich = inline_runs(xml)  # asked once for both
                    result.inks[name] = cell_inks(xml, shared, colours, rich)
                    result.raised[name] = sheet_raised(xml, raised, rich)
        return result
    finally:
        package.close()


def _margins(package: Package, part: str, xml: bytes, name: str, result: PackageScan) -> None:
    """What the sheet holds outside its cells: the lines of its text boxes, the cells its
    pictures sit over (from its drawing parts), its cell notes and its print header and
    footer."""
    prints = print_lines(xml)
    if prints:
        result.prints[name] = prints
    # the worksheet schema puts a sheet's drawing and legacy drawing after its cells: looked
    # for there, not through the whole of a large sheet (a cell's text may say "drawing")
    after = max(0, xml.rfind(b"sheetData>"))
    if xml.find(b"drawing", after) < 0 and xml.find(b"legacyDrawing", after) < 0:
        return  # no drawing part, and no comments (their boxes are a legacy drawing)
    boxes: list[str] = []
    pictures: set[tuple[int, int]] = set()
    notes: dict[tuple[int, int], str] = {}
    for kind, target in package.rels(part).values():
        if kind == "drawing" and package.size(target) <= MAX_DRAWING_BYTES:
            drawing = package.read(target)
            boxes.extend(drawing_lines(drawing))
            pictures |= picture_cells(drawing)
        elif kind == "comments" and package.size(target) <= MAX_NOTES_BYTES:
            notes.update(cell_notes(package.read(target)))
    if boxes:
        result.boxes[name] = boxes
    if pictures:
        result.pictures[name] = pictures
    if notes:
        result.notes[name] = notes


def _shared_strings(package: Package) -> str | None:
    rels = package.rels(package.workbook_part())
    return next((t for kind, t in rels.values() if kind == "sharedStrings"), None)


def apply_scan(book: Workbook, scan: PackageScan, *, styles: bool, max_cells: int) -> None:
    """Fill in styles, errors, hidden rows/cols, merges and the no-cached-values warning."""
    missing = 0
    if scan.date1904:
        book.date_epoch = EPOCH_1904
    for sheet in book.sheets:
        found = scan.sheets.get(sheet.name)
        if found is not None:
            missing += found.formulas_without_values
            _apply(sheet, found, scan.table, styles, max_cells)
            sheet.inks = scan.inks.get(sheet.name, {})
            sheet.boxes = scan.boxes.get(sheet.name, [])
            sheet.notes = scan.notes.get(sheet.name, {})
            sheet.print_lines = scan.prints.get(sheet.name, [])
            sheet.pictures = scan.pictures.get(sheet.name, set())
            sheet.draws_on = found.draws_on - {sheet.name}
            apply_raised(sheet, scan.raised.get(sheet.name, {}))
    book.formulas_without_values = missing
    if missing:
        noun = "formula has" if missing == 1 else "formulas have"
        book.warnings.append(
            f"{missing} {noun} no saved values — open and save the file in Excel first."
        )


def _apply(sheet: Sheet, scan: SheetScan, table: StyleTable, styles: bool, max_cells: int) -> None:
    for (r, c), text in scan.errors.items():
        width = len(sheet.rows[0]) if sheet.rows else 0
        if max(len(sheet.rows), r + 1) * max(width, c + 1) > max_cells:
            continue  # an error cell far out must not blow the grid up
        _grow(sheet.rows, r + 1, c + 1)
        sheet.rows[r][c] = None
        sheet.errors[(r, c)] = text
    sheet.unvalued = scan.unvalued
    sheet.unvalued_in_row = scan.unvalued_in_row
    sheet.formulas = scan.formulas
    if not sheet.merged:
        sheet.merged = scan.merged
    across = table.centred_across()
    if across:
        cells = {at for at, index in scan.styled.items() if index in across}
        sheet.merged = [*sheet.merged, *centred_spans(sheet.rows, cells, sheet.merged)]
    height = len(sheet.rows)
    width = len(sheet.rows[0]) if sheet.rows else 0
    sheet.hidden_rows = {r for r in scan.hidden_rows if r < height}
    sheet.hidden_cols = {
        c for lo, hi in scan.hidden_col_spans for c in range(max(lo, 0), min(hi, width - 1) + 1)
    }
    if styles:
        _apply_styles(sheet, scan, table)


def _apply_styles(sheet: Sheet, scan: SheetScan, table: StyleTable) -> None:
    height = len(sheet.rows)
    width = len(sheet.rows[0]) if sheet.rows else 0
    reach_r, reach_c = height + _FILL_REACH, width + _FILL_REACH
    far_r, far_c = height, width
    for (r, c), index in scan.styled.items():
        xf = table.xfs[index]
        if (xf.fill or xf.pattern) and r < reach_r and c < reach_c:
            far_r, far_c = max(far_r, r + 1), max(far_c, c + 1)
    _grow(sheet.rows, far_r, far_c)
    shared = {
        i: CellStyle(xf.number_format, xf.fill, xf.font, xf.struck, xf.pattern)
        for i, xf in table.interesting().items()
    }
    out = {
        (r, c): shared[index]
        for (r, c), index in scan.styled.items()
        if r < far_r and c < far_c and index in shared
    }
    figured = table.figured()
    sheet.figure_formats = {
        at: figured[index]
        for at, index in scan.figured.items()
        if index in figured and at not in out and at[0] < height and at[1] < width
    }
    indented = table.indented()
    if indented:
        sheet.indents = {
            (r, c): indented[index]
            for (r, c), index in scan.styled.items()
            if index in indented and r < height and c < width
        }
    for (r, c), index in scan.styled.items():
        font = table.xfs[index].symbol_font
        if font is not None and r < height and c < width:
            shapes = drawn(font, sheet.rows[r][c])
            if shapes is not None:
                sheet.rows[r][c] = shapes  # 'l' in Wingdings: the circle the sheet shows
    coloured = conditional_fills(scan.rules, table.dxf_fills, sheet.rows)
    for (r, c), fill in coloured.items():
        known = out.get((r, c))
        out[(r, c)] = replace(known, fill=fill) if known else CellStyle(fill=fill)
    _icons(sheet, scan, out, coloured)
    sheet.styles = out


def _icons(
    sheet: Sheet,
    scan: SheetScan,
    out: dict[tuple[int, int], CellStyle],
    coloured: Mapping[tuple[int, int], str],
) -> None:
    """A traffic light an icon-set rule draws is the cell's rating, as a colour rule's fill
    would be (a colour rule's own fill on the cell comes first); an icon that is no light
    is noted on the sheet, for the reading to be held."""
    for (r, c), light in icon_ratings(scan.rules, sheet.rows).items():
        if light is None:
            sheet.icons_unread.add((r, c))
        elif (r, c) not in coloured:
            known = out.get((r, c))
            fill = ICON_FILLS[light]
            out[(r, c)] = replace(known, fill=fill) if known else CellStyle(fill=fill)


def _grow(rows: list[list[CellValue]], height: int, width: int) -> None:
    """Extend the grid in place so it is at least height x width (rows stay equal length)."""
    current = len(rows[0]) if rows else 0
    width = max(width, current)
    if width > current:
        for row in rows:
            row.extend([None] * (width - current))
    while len(rows) < height:
        rows.append([None] * width)
