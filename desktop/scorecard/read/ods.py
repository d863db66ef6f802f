"""Add what calamine leaves out of an OpenDocument spreadsheet: formats, fills, hidden rows.

The value reader gives an .ods file's values only, so a sheet saved as .ods read differently
from the same sheet saved as .xlsx: 54% came in as 0.54, a RAG given by fill colour was lost,
and hidden rows were not known. This scan reads content.xml (and the data styles in
styles.xml) once, as a stream, and records the same facts the .xlsx scan records:
percent and currency formats, number styles showing words in place of the number, solid
fills, hidden rows and columns, and merged cells.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import IO
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse

from desktop.scorecard.read import ods_conditional
from desktop.scorecard.read.conditional import conditional_fills
from desktop.scorecard.read.formula_refs import ods_sheets_named
from desktop.scorecard.read.grid import FIGURE_FORMAT_ROWS, CellStyle, Sheet, Workbook
from desktop.scorecard.read.raised_marks import Shown, apply_raised, is_raised_position, shown
from desktop.scorecard.read.run_inks import is_marker
from desktop.scorecard.read.sheet_margins import MAX_NOTE_CHARS, MAX_NOTES
from desktop.scorecard.read.styles import is_ink
from desktop.scorecard.read.symbol_fonts import drawn, is_symbol_font
from desktop.scorecard.read.text_boxes import MAX_LINES

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_NUMBER = "{urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_CALC = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
# shapes whose paragraphs are text drawn on the sheet: a frame's text box (as written by
# hand or other programs), and the rectangle LibreOffice saves an Excel text box as
_TEXT_SHAPES = frozenset({_DRAW + "text-box", _DRAW + "custom-shape", _DRAW + "rect"})

# what makes a number style show digits: its number, in any form
_NUMBER_PARTS = frozenset({_NUMBER + "number", _NUMBER + "scientific-number", _NUMBER + "fraction"})
_ODS_CONDITION = re.compile(r"value\(\)(<=|>=|!=|<>|=|<|>)([-+]?(?:\d+(?:\.\d*)?|\.\d+))")

MAX_REPEAT = 1_000  # styled blank cells repeated to the sheet's edge carry nothing


@dataclass(slots=True)
class _SheetFacts:
    styles: dict[tuple[int, int], CellStyle] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    symbols: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> symbol font
    # conditional formats: (test, target ranges, cell style applied), in priority order
    conditions: list[tuple[str, str, str]] = field(default_factory=list)
    inks: dict[tuple[int, int], str] = field(default_factory=dict)  # a red '●' before a name
    # '3.4' then a span raised '2': the text as typed and as shown ('3.4²'), a note mark
    raised: dict[tuple[int, int], Shown] = field(default_factory=dict)
    # the lines of text boxes drawn on the sheet (draw:frame > draw:text-box > text:p)
    boxes: list[str] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> its formula
    notes: dict[tuple[int, int], str] = field(default_factory=dict)  # cell -> its note's text
    pictures: set[tuple[int, int]] = field(default_factory=set)  # cells a picture is anchored to
    # cells of the first rows whose number style shows a figure's grouping or decimals
    figure_formats: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class _Styles:
    formats: dict[str, str] = field(default_factory=dict)  # data style -> number format
    cells: dict[str, CellStyle] = field(default_factory=dict)  # cell style -> what it carries
    symbols: dict[str, str] = field(default_factory=dict)  # cell style -> its symbol font
    fills: dict[str, str] = field(default_factory=dict)  # cell style (or shown name) -> fill
    text_inks: dict[str, str] = field(default_factory=dict)  # text style -> colour ("" black)
    raised: set[str] = field(default_factory=set)  # text styles set superscript
    # number styles showing only text ('On track') in place of the number: their text and
    # the conditions ('value()=1') picking another style for some numbers
    words: dict[str, tuple[str, list[tuple[str, str]]]] = field(default_factory=dict)
    # number styles showing a figure's thousands separator or decimal places ('#,##0', '0.0')
    # and the cell styles using one: their format, kept for the sheet's first rows only
    figures: dict[str, str] = field(default_factory=dict)
    cell_figures: dict[str, str] = field(default_factory=dict)


_SETTINGS_REACH = 1 << 16  # the calculation settings come before the first table
_NULL_DATE_RE = re.compile(rb"<table:null-date\b[^>]*?table:date-value=\"(\d{4})-(\d\d)-(\d\d)")


def _null_date(head: bytes) -> dt.date | None:
    """The day a date stored as a plain number counts from, where the file sets its own
    ('1904-01-01'; LibreOffice's default is 30 December 1899, as Excel's 1900 system)."""
    found = _NULL_DATE_RE.search(head)
    if found is None:
        return None
    try:
        return dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


def enrich(book: Workbook, data: bytes) -> None:
    """Fill in the sheets' formats, fills, hidden rows/columns and merges from the package."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = set(package.namelist())
        styles = _Styles()
        for part in ("styles.xml", "content.xml"):
            if part in names:
                with package.open(part) as stream:
                    _read_styles(stream, styles)
        if "content.xml" not in names:
            return
        with package.open("content.xml") as stream:
            book.date_epoch = _null_date(stream.read(_SETTINGS_REACH)) or book.date_epoch
        with package.open("content.xml") as stream:
            facts = dict(_read_tables(stream, styles))
    for sheet in book.sheets:
        found = facts.get(sheet.name)
        if found is None:
            continue
        height = len(sheet.rows)
        width = max(map(len, sheet.rows), default=0)
        sheet.styles.update(
            {(r, c): s for (r, c), s in found.styles.items() if r < height and c < width}
        )
        sheet.figure_formats.update(
            {(r, c): f for (r, c), f in found.figure_formats.items() if r < height and c < width}
        )
        sheet.hidden_rows |= {r for r in found.hidden_rows if r < height}
        sheet.hidden_cols |= {c for c in found.hidden_cols if c < width}
        if not sheet.merged:
            sheet.merged = [m for m in found.merged if m[0] < height and m[1] < width]
        for (r, c), font in found.symbols.items():
            if r < height and c < len(sheet.rows[r]):
                shapes = drawn(font, sheet.rows[r][c])
                if shapes is not None:
                    sheet.rows[r][c] = shapes  # 'l' in Wingdings: the circle the sheet shows
        if found.conditions:
            _apply_conditions(sheet, found.conditions, styles)
        sheet.inks.update(found.inks)
        sheet.formulas.update(found.formulas)
        # the other sheets its formulas read ('[$Data.E7]'), as the .xlsx reader says
        sheet.draws_on = ods_sheets_named(found.formulas.values()) - {sheet.name}
        apply_raised(sheet, found.raised)
        sheet.boxes = found.boxes
        sheet.notes = found.notes
        sheet.pictures = found.pictures


def _apply_conditions(
    sheet: Sheet, conditions: list[tuple[str, str, str]], styles: _Styles
) -> None:
    """Colour the cells the sheet's conditional formats colour, as the .xlsx reader does."""
    fills: list[str | None] = []
    rules = []
    for priority, (test, ranges, style) in enumerate(conditions, start=1):
        found = ods_conditional.rule(test, ranges, len(fills), priority)
        fills.append(styles.fills.get(style))
        if found is not None:
            rules.append(found)
    for (r, c), fill in conditional_fills(rules, fills, sheet.rows).items():
        known = sheet.styles.get((r, c))
        sheet.styles[(r, c)] = replace(known, fill=fill) if known else CellStyle(fill=fill)


def _read_styles(stream: IO[bytes], styles: _Styles) -> None:
    """Data styles (percent, currency, a unit word) and the cell styles that use them."""
    pending: dict[str, tuple[str | None, str | None, str | None, bool]] = {}
    for _, node in iterparse(stream, events=("end",)):
        tag = node.tag
        if tag in (_NUMBER + "percentage-style", _NUMBER + "currency-style"):
            styles.formats[node.get(_STYLE + "name", "")] = _format_of(node, tag)
            node.clear()
        elif tag == _NUMBER + "number-style":
            unit = _unit_text(node)
            if unit:
                styles.formats[node.get(_STYLE + "name", "")] = f'0 "{unit}"'
            else:
                _note_words(node, styles)
                figure = _figure_format(node)
                if figure is not None:
                    styles.figures[node.get(_STYLE + "name", "")] = figure
            node.clear()
        elif tag == _STYLE + "style" and node.get(_STYLE + "family") == "text":
            for child in node:
                if child.tag != _STYLE + "text-properties":
                    continue
                if child.get(_FO + "color"):
                    ink = _ink(child.get(_FO + "color"))
                    styles.text_inks[node.get(_STYLE + "name", "")] = ink or ""
                if is_raised_position(child.get(_STYLE + "text-position")):
                    styles.raised.add(node.get(_STYLE + "name", ""))
            node.clear()
        elif tag == _STYLE + "style" and node.get(_STYLE + "family") == "table-cell":
            fill = font = None
            struck = False
            name = node.get(_STYLE + "name", "")
            for child in node:
                if child.tag == _STYLE + "table-cell-properties":
                    fill = _colour(child.get(_FO + "background-color"))
                elif child.tag == _STYLE + "text-properties":
                    font = _ink(child.get(_FO + "color"))
                    family = child.get(_STYLE + "font-name") or child.get(_FO + "font-family")
                    if is_symbol_font(family):
                        styles.symbols[name] = (family or "").strip("'\"")
                    struck = _struck(child)
            pending[name] = (node.get(_STYLE + "data-style-name"), fill, font, struck)
            if fill is not None:  # a conditional format names the style it applies by either
                styles.fills[name] = fill
                styles.fills[node.get(_STYLE + "display-name", "")] = fill
            node.clear()
    for name in styles.words:
        code = _words_format(name, styles.words)
        if code is not None:
            styles.formats.setdefault(name, code)
    for name, (data_style, fill, font, struck) in pending.items():
        if data_style in styles.figures:
            styles.cell_figures[name] = styles.figures[data_style]
        number_format = styles.formats.get(data_style or "")
        if number_format or fill or font or struck:
            styles.cells[name] = CellStyle(number_format, fill, font, struck)


def _struck(properties: Element) -> bool:
    """A text style that strikes its text through (a line of any style but 'none')."""
    line = properties.get(_STYLE + "text-line-through-style")
    kind = properties.get(_STYLE + "text-line-through-type")
    return line not in (None, "none") and kind != "none"


def _figure_format(node: Element) -> str | None:
    """A plain number style's format where it groups thousands or shows decimal places
    ('#,##0', '0.0'); None for one showing neither (LibreOffice's 'General', '0')."""
    shown = next((child for child in node if child.tag == _NUMBER + "number"), None)
    if shown is None:
        return None
    places = int(shown.get(_NUMBER + "decimal-places", "0") or 0)
    grouped = shown.get(_NUMBER + "grouping") in ("true", "1")
    if not grouped and places <= 0:
        return None
    return ("#,##0" if grouped else "0") + ("." + "0" * places if places > 0 else "")


def _format_of(node: Element, tag: str) -> str:
    places = 0
    symbol = ""
    for child in node.iter():
        if child.tag == _NUMBER + "number":
            places = int(child.get(_NUMBER + "decimal-places", "0") or 0)
        elif child.tag == _NUMBER + "currency-symbol":
            symbol = (child.text or "").strip()
    digits = "0" + ("." + "0" * places if places else "")
    if tag.endswith("percentage-style"):
        return digits + "%"
    return f'"{symbol}"#,##{digits}' if symbol else "#,##" + digits


def _note_words(node: Element, styles: _Styles) -> None:
    """Keep a number style that shows text alone, no digits, with its conditions."""
    if any(child.tag in _NUMBER_PARTS for child in node):
        return
    text = "".join(child.text or "" for child in node if child.tag == _NUMBER + "text")
    maps = [
        (child.get(_STYLE + "condition", ""), child.get(_STYLE + "apply-style-name", ""))
        for child in node
        if child.tag == _STYLE + "map"
    ]
    styles.words[node.get(_STYLE + "name", "")] = (text, maps)


def _words_format(name: str, words: dict[str, tuple[str, list[tuple[str, str]]]]) -> str | None:
    """A number style showing words ('[=1]"On track";[=2]"At risk";"Off track"' as LibreOffice
    saves it: a style per section, picked by conditions) as the Excel format code it stands
    for; None where a section shows digits or the conditions are more than a code holds."""
    text, maps = words[name]
    if len(maps) > 2:
        return None
    parts: list[str] = []
    for condition, target in maps:
        test = _ODS_CONDITION.fullmatch("".join(condition.split()))
        if test is None or target not in words or words[target][1]:
            return None
        op = "<>" if test.group(1) == "!=" else test.group(1)
        parts.append(f"[{op}{test.group(2)}]{_quoted(words[target][0])}")
    return ";".join([*parts, _quoted(text)])


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '"\\""') + '"'


def _unit_text(node: Element) -> str:
    after_number = False
    words: list[str] = []
    for child in node:
        if child.tag == _NUMBER + "number":
            after_number = True
        elif child.tag == _NUMBER + "text" and after_number and (child.text or "").strip():
            words.append((child.text or "").strip())
    return " ".join(words)


def _ink(value: str | None) -> str | None:
    """A font colour ('#ff0000') as RRGGBB, where it is neither black nor white."""
    if not value or not value.startswith("#") or len(value) != 7:
        return None
    return value[1:].upper() if is_ink(value[1:]) else None


def _colour(value: str | None) -> str | None:
    if not value or not value.startswith("#") or len(value) != 7:
        return None
    colour = value[1:].upper()
    return None if colour in ("FFFFFF", "000000") else colour


def _read_tables(stream: IO[bytes], styles: _Styles) -> Iterator[tuple[str, _SheetFacts]]:
    """Walk each table's rows and cells once, counting repeats, recording what matters."""
    facts = _SheetFacts()
    name = ""
    row = col = 0
    column_styles: list[str | None] = []
    row_style: str | None = None
    for event, node in iterparse(stream, events=("start", "end")):
        tag = node.tag
        if event == "start":
            if tag == _TABLE + "table":
                facts, name, row, column_styles = (
                    _SheetFacts(),
                    node.get(_TABLE + "name", ""),
                    0,
                    [],
                )
            elif tag == _TABLE + "table-column":
                repeat = min(int(node.get(_TABLE + "number-columns-repeated", "1")), MAX_REPEAT)
                hidden = node.get(_TABLE + "visibility", "visible") != "visible"
                for _ in range(repeat):
                    if hidden:
                        facts.hidden_cols.add(len(column_styles))
                    column_styles.append(node.get(_TABLE + "default-cell-style-name"))
            elif tag == _TABLE + "table-row":
                col = 0
                row_style = node.get(_TABLE + "default-cell-style-name")
            continue
        if tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
            repeat = min(int(node.get(_TABLE + "number-columns-repeated", "1")), MAX_REPEAT)
            if tag == _TABLE + "table-cell":
                _cell(node, facts, styles, row, col, repeat, column_styles, row_style)
            col += repeat
            node.clear()
        elif tag == _TABLE + "table-row":
            repeat = min(int(node.get(_TABLE + "number-rows-repeated", "1")), MAX_REPEAT)
            if node.get(_TABLE + "visibility", "visible") != "visible":
                facts.hidden_rows.update(range(row, row + repeat))
            row += repeat
            node.clear()
        elif tag == _CALC + "conditional-format":
            ranges = node.get(_CALC + "target-range-address", "")
            for child in node:
                if child.tag == _CALC + "condition":
                    test = child.get(_CALC + "value", "")
                    facts.conditions.append(
                        (test, ranges, child.get(_CALC + "apply-style-name", ""))
                    )
            node.clear()
        elif tag in _TEXT_SHAPES:
            _box_lines(node, facts.boxes)
        elif tag == _TABLE + "table":
            yield name, facts
            node.clear()


def _box_lines(node: Element, out: list[str]) -> None:
    """Each non-blank paragraph of a text box drawn on the sheet, a line of its notes."""
    for para in node.iter(_TEXT + "p"):
        if len(out) >= MAX_LINES:
            return
        text = "".join(para.itertext()).strip()
        if text:
            out.append(text)


def _cell(
    node: Element,
    facts: _SheetFacts,
    styles: _Styles,
    row: int,
    col: int,
    repeat: int,
    column_styles: list[str | None],
    row_style: str | None,
) -> None:
    rows_spanned = int(node.get(_TABLE + "number-rows-spanned", "1"))
    cols_spanned = int(node.get(_TABLE + "number-columns-spanned", "1"))
    if rows_spanned > 1 or cols_spanned > 1:
        facts.merged.append((row, col, row + rows_spanned - 1, col + cols_spanned - 1))
    if len(node):
        _attached(node, facts, row, col)
    value_type = node.get(_OFFICE + "value-type")
    formula = node.get(_TABLE + "formula")
    if formula is not None:  # 'of:=ROUND([.F6]/[.G6];3)': the text after the '='
        for offset in range(repeat):
            facts.formulas[(row, col + offset)] = formula.partition("=")[2]
    if value_type is None and repeat > 1:
        return  # styled blanks
    name = node.get(_TABLE + "style-name") or row_style
    if name is None and col < len(column_styles):
        name = column_styles[col]
    style = styles.cells.get(name or "")
    symbols = styles.symbols.get(name or "")
    if value_type == "string" and styles.text_inks:
        ink = _lead_ink(node, styles)
        if ink is not None:  # a red '●' typed before a name in black
            facts.inks[(row, col)] = ink
    if value_type == "string" and styles.raised and any(len(p) for p in node):
        both = shown(_runs(node, styles.raised))
        if both is not None:  # '3.4' and a raised '2': 3.4 with note 2
            facts.raised[(row, col)] = both
    if symbols is not None and value_type == "string":
        for offset in range(repeat):
            facts.symbols[(row, col + offset)] = symbols
    if value_type == "float" and row < FIGURE_FORMAT_ROWS and (name or "") in styles.cell_figures:
        for offset in range(repeat):
            facts.figure_formats[(row, col + offset)] = styles.cell_figures[name or ""]
    if value_type == "percentage" and (style is None or "%" not in (style.number_format or "")):
        style = replace(style, number_format="0%") if style else CellStyle(number_format="0%")
    if style is None:
        return
    for offset in range(repeat):
        facts.styles[(row, col + offset)] = style


def _attached(node: Element, facts: _SheetFacts, row: int, col: int) -> None:
    """A cell's note (office:annotation) and a picture anchored to it (draw:frame holding a
    draw:image), as the .xlsx reader keeps them."""
    for child in node:
        if child.tag == _DRAW + "frame" and child.find(_DRAW + "image") is not None:
            facts.pictures.add((row, col))
        elif child.tag == _OFFICE + "annotation" and len(facts.notes) < MAX_NOTES:
            lines = ("".join(p.itertext()).strip() for p in child.iter(_TEXT + "p"))
            text = "\n".join(line for line in lines if line)
            if text:
                facts.notes[(row, col)] = text[:MAX_NOTE_CHARS]


def _lead_ink(node: Element, styles: _Styles) -> str | None:
    """The colour of a symbol span a cell's text starts with ("" for none), or None."""
    paragraph = next((child for child in node if child.tag == _TEXT + "p"), None)
    if paragraph is None or (paragraph.text or "").strip() or len(paragraph) == 0:
        return None
    span = paragraph[0]
    if span.tag != _TEXT + "span" or not is_marker(span.text or "") or len(span):
        return None
    if not (span.tail or "").strip() and len(paragraph) < 2:
        return None
    return styles.text_inks.get(span.get(_TEXT + "style-name", ""), "")


def _runs(node: Element, raised: set[str]) -> list[tuple[str, bool]]:
    """(text, raised) of a string cell's paragraphs and spans, in order (paragraphs on lines
    of their own)."""
    runs: list[tuple[str, bool]] = []
    for paragraph in (child for child in node if child.tag == _TEXT + "p"):
        if runs:
            runs.append(("\n", False))
        _walk(paragraph, False, raised, runs)
    return runs


def _walk(node: Element, up: bool, raised: set[str], runs: list[tuple[str, bool]]) -> None:
    runs.append((node.text or "", up))
    for child in node:
        if child.tag == _TEXT + "s":
            runs.append((" " * _count(child.get(_TEXT + "c")), up))
        elif child.tag == _TEXT + "tab":
            runs.append(("\t", up))
        elif child.tag == _TEXT + "line-break":
            runs.append(("\n", up))
        else:
            inner = up or child.get(_TEXT + "style-name", "") in raised
            _walk(child, inner, raised, runs)
        runs.append((child.tail or "", up))


def _count(value: str | None) -> int:
    """The spaces a ``text:s`` stands for (one unless it says; never a hostile many)."""
    return min(int(value), MAX_REPEAT) if value and value.isdigit() else 1
