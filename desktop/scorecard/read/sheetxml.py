"""Byte-level scan of one worksheet XML for styled cells, errors, hidden rows/cols and formulas."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from desktop.scorecard.read import shared_formulas
from desktop.scorecard.read.formula_refs import SHEET_REF
from desktop.scorecard.read.grid import FIGURE_FORMAT_ROWS

_P = rb"(?:[A-Za-z_][\w.-]*:)?"  # optional namespace prefix
_ATTR_R = re.compile(rb'\br="([A-Za-z]{1,3})([0-9]{1,7})"')
_VALUE = re.compile(rb"<" + _P + rb"v>([^<]*)</" + _P + rb"v>")
_ROW_R = re.compile(rb'\br="([0-9]+)"')
_ROW_TAG = re.compile(rb"<" + _P + rb'row\s[^>]*?\br="([0-9]+)"')
_MIN = re.compile(rb'\bmin="([0-9]+)"')
_MAX = re.compile(rb'\bmax="([0-9]+)"')
_MERGE = re.compile(rb"<" + _P + rb'mergeCell\s[^>]*\bref="([A-Za-z]+[0-9]+):([A-Za-z]+[0-9]+)"')
_CF_BLOCK = re.compile(
    rb"<"
    + _P
    + rb'conditionalFormatting\s[^>]*\bsqref="([^"]*)"[^>]*>(.*?)</'
    + _P
    + rb"conditionalFormatting>",
    re.DOTALL,
)
_CF_RULE = re.compile(
    rb"<" + _P + rb"cfRule\s([^>]*?)(?:/>|>(.*?)</" + _P + rb"cfRule>)", re.DOTALL
)
_CF_FORMULA = re.compile(rb"<" + _P + rb"formula>([^<]*)</" + _P + rb"formula>")
_ICON_SET = re.compile(
    rb"<" + _P + rb"iconSet\b([^>]*?)(?:/>|>(.*?)</" + _P + rb"iconSet>)", re.DOTALL
)
_CFVO = re.compile(rb"<" + _P + rb"cfvo\s([^>]*?)/?>")
_ATTR = re.compile(rb'([\w:]+)="([^"]*)"')

_MANY_STYLES = 256  # past this many interesting style indexes, match any and filter


def _prefix(xml: bytes) -> bytes:
    """Namespace prefix the sheet's own elements use (b"" or e.g. b"x:")."""
    at = xml.find(b"sheetData")
    if at <= 0:
        return b""
    start = xml.rfind(b"<", 0, at)
    return xml[start + 1 : at] if start >= 0 else b""


def _absent(xml: bytes, needle: bytes) -> bool:
    """``needle not in xml``, answered by a search from the end: CPython's backward search
    takes about half the time of its forward one over sheet XML, whose frequent quotes and
    equals signs defeat the forward search's skips (the usual answer is "absent", after a
    search of the whole part)."""
    return xml.rfind(needle) < 0


def _positions(xml: bytes, needle: bytes) -> Iterator[int]:
    """Start offsets of ``needle`` preceded by whitespace (an attribute, not a suffix)."""
    if _absent(xml, needle):
        return
    at = xml.find(needle)
    while at >= 0:
        if xml[at - 1 : at] in (b" ", b"\t", b"\n", b"\r"):
            yield at
        at = xml.find(needle, at + len(needle))


def _tag_around(xml: bytes, pos: int) -> tuple[bytes, bytes]:
    """(element name, whole start tag) of the tag containing byte ``pos``."""
    start = xml.rfind(b"<", 0, pos)
    end = xml.find(b">", pos)
    tag = xml[start + 1 : end if end >= 0 else len(xml)]
    name = tag.split(None, 1)[0] if tag else b""
    return name, tag


@functools.lru_cache(maxsize=4096)
def col_index(letters: bytes | str) -> int:
    """0-based column number of letters like b"AB"."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def cell_ref(ref: bytes | str) -> tuple[int, int] | None:
    """(row, col), 0-based, of an A1 reference; None if it is not one."""
    text = ref.decode() if isinstance(ref, bytes) else ref
    m = re.fullmatch(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})", text)
    if m is None or int(m.group(2)) == 0:
        return None
    return int(m.group(2)) - 1, col_index(m.group(1))


@dataclass(frozen=True, slots=True)
class IconSet:
    """An icon-set rule's icons: their set's name ('3TrafficLights1'), its thresholds as
    (type, value, '>=' rather than '>') for each icon, the first icon's ignored, and whether
    the order is reversed."""

    name: str
    cfvo: tuple[tuple[str, str, bool], ...]
    reverse: bool = False
    show_value: bool = True


@dataclass(frozen=True, slots=True)
class CfRule:
    kind: str
    operator: str | None
    dxf: int | None
    priority: int
    text: str | None
    formulas: tuple[str, ...]
    ranges: tuple[tuple[int, int, int, int], ...]
    icons: IconSet | None = None


@dataclass(slots=True)
class SheetScan:
    styled: dict[tuple[int, int], int] = field(default_factory=dict)
    # cells of the sheet's first rows styled with a figure's format ('#,##0'): their style
    figured: dict[tuple[int, int], int] = field(default_factory=dict)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_col_spans: list[tuple[int, int]] = field(default_factory=list)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    formulas_without_values: int = 0
    # where they are (the first few): a table's figure there is missing, not blank
    unvalued: list[tuple[int, int]] = field(default_factory=list)
    # of those, the ones whose formula reads only cells of its own row ('=SUM(D5:F5)')
    unvalued_in_row: set[tuple[int, int]] = field(default_factory=set)
    rules: list[CfRule] = field(default_factory=list)
    # the other sheets the sheet's cell formulas read ('=Data!F7', '=XLOOKUP(..., Data!A2:A40)')
    draws_on: frozenset[str] = frozenset()
    # cells holding a formula -> its text ('' for a shared formula's later cells)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)


def _head(xml: bytes, rows: int) -> bytes:
    """The sheet's XML up to its first row numbered past ``rows`` (all of it where none is)."""
    for found in _ROW_TAG.finditer(xml):
        if int(found.group(1)) > rows:
            return xml[: found.start()]
    return xml


def _styled_cells(xml: bytes, wanted: Iterable[int], prefix: bytes) -> dict[tuple[int, int], int]:
    keep = set(wanted)
    out: dict[tuple[int, int], int] = {}
    if not keep:
        return out
    ids = b"|".join(str(i).encode() for i in sorted(keep)) if len(keep) <= _MANY_STYLES else None
    index_re = ids if ids is not None else rb"[0-9]+"
    open_tag = b"<" + prefix + b"c "
    if xml.count(open_tag) == xml.count(open_tag + b'r="'):
        # usual case: r comes first, so one C-level regex yields only interesting cells
        fast = re.compile(
            re.escape(open_tag) + rb'r="([A-Z]{1,3})([0-9]{1,7})"[^>]*? s="(' + index_re + rb')"'
        )
        for m in fast.finditer(xml):
            index = int(m.group(3))
            if index in keep:
                out[(int(m.group(2)) - 1, col_index(m.group(1)))] = index
        return out
    pattern = re.compile(rb's="(' + index_re + rb')"')
    cell = prefix + b"c"
    for m in pattern.finditer(xml):
        if xml[m.start() - 1 : m.start()] not in (b" ", b"\t", b"\n", b"\r"):
            continue
        index = int(m.group(1))
        if index not in keep:
            continue
        name, tag = _tag_around(xml, m.start())
        r = _ATTR_R.search(tag)
        if name == cell and r is not None:
            out[(int(r.group(2)) - 1, col_index(r.group(1)))] = index
    return out


def _errors(xml: bytes, prefix: bytes) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    cell, close = prefix + b"c", b"</" + prefix + b"c>"
    for at in _positions(xml, b't="e"'):
        name, tag = _tag_around(xml, at)
        r = _ATTR_R.search(tag)
        if name != cell or r is None or tag.endswith(b"/"):
            continue
        end = xml.find(close, at)
        v = _VALUE.search(xml, at, end if end >= 0 else len(xml))
        if v is not None:
            out[(int(r.group(2)) - 1, col_index(r.group(1)))] = v.group(1).decode(
                "utf-8", "replace"
            )
    return out


def _hidden(xml: bytes, scan: SheetScan, prefix: bytes) -> None:
    # one pass for both spellings, hidden="1" and hidden="true"
    hits = [
        at
        for at in _positions(xml, b'hidden="')
        if xml.startswith(b'hidden="1"', at) or xml.startswith(b'hidden="true"', at)
    ]
    for at in hits:
        name, tag = _tag_around(xml, at)
        if name == prefix + b"row":
            r = _ROW_R.search(tag)
            if r is not None:
                scan.hidden_rows.add(int(r.group(1)) - 1)
        elif name == prefix + b"col":
            lo, hi = _MIN.search(tag), _MAX.search(tag)
            if lo is not None and hi is not None:
                scan.hidden_col_spans.append((int(lo.group(1)) - 1, int(hi.group(1)) - 1))


def _formulas_without_values(xml: bytes, prefix: bytes) -> int:
    """Formula cells with no cached <v>, counted with fast substring counts."""
    end = xml.rfind(b"sheetData>")  # conditional-format extension formulas do not count
    f, v = b"<" + prefix + b"f", b"<" + prefix + b"v>"
    if end <= 0 or _absent(xml, f):
        return 0
    total = xml.count(f + b">", 0, end) + xml.count(f + b" ", 0, end)
    valued = xml.count(b"</" + prefix + b"f>" + v, 0, end)
    shared = re.compile(re.escape(f) + rb" [^>]*/>" + re.escape(v))
    valued += sum(1 for _ in shared.finditer(xml, 0, end))
    # an empty value, <v></v> (counted above) or <v/> (not), is the empty string where the
    # cell says its result is text (t="str": '=IF(Data!E7="","",Data!E7)' over a blank),
    # and a missing value anywhere else
    cell = b"<" + prefix + b"c "
    for at, closed in _empty_values(xml, prefix, end):
        start = xml.rfind(cell, 0, at)
        text = b't="str"' in xml[start : xml.find(b">", start)]
        if text and closed:
            valued += 1
        elif not text and not closed:
            valued -= 1
    return max(0, total - valued)


def _empty_values(xml: bytes, prefix: bytes, end: int) -> Iterator[tuple[int, bool]]:
    """Where a formula's value is empty, ``<v></v>`` or ``<v/>`` (True), before ``end``."""
    p = re.escape(prefix)
    close, tag = b"</" + prefix + b"f>", b"<" + prefix + b"f "
    for m in re.compile(rb"<" + p + rb"v(\s*/>|></" + p + rb"v>)").finditer(xml, 0, end):
        before = xml.rfind(b"<", 0, m.start())
        if xml.startswith(close, before) or (
            xml.startswith(tag, before) and xml.endswith(b"/>", 0, m.start())
        ):
            yield m.start(), m.group(1).endswith(b"/>")


_UNVALUED_SHOWN = 200  # cells placed; the count above stays exact


def _unvalued_cells(
    xml: bytes, prefix: bytes, in_row: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The first formula cells with no cached value (only looked for when there are some);
    those whose formula reads only cells of their own row are added to ``in_row``."""
    end = xml.rfind(b"sheetData>")
    p = re.escape(prefix)
    cell = re.compile(
        rb"<" + p + rb'c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*?(?:/>|>(.*?)</' + p + rb"c>)",
        re.S,
    )
    value = re.compile(rb"<" + p + rb"v>[^<]")
    empty = re.compile(rb"<" + p + rb"v(?:\s*/)?>")  # <v></v> or <v/>
    found: list[tuple[int, int]] = []
    for m in cell.finditer(xml, 0, max(end, 0)):
        body = m.group(2) or b""
        if b"<" + prefix + b"f" in body and value.search(body) is None:
            if b't="str"' in xml[m.start() : xml.find(b">", m.start())] and empty.search(body):
                continue  # a formula whose result is the empty string
            where = cell_ref(m.group(1))
            if where is not None:
                found.append(where)
                if _reads_own_row(body, prefix, where[0]):
                    in_row.add(where)
                if len(found) >= _UNVALUED_SHOWN:
                    break
    return found


_REF = re.compile(rb"\$?[A-Z]{1,3}\$?([0-9]{1,7})\b")


def _reads_own_row(body: bytes, prefix: bytes, row: int) -> bool:
    """A formula written out in full whose every cell reference is on ``row`` (0-based) and
    on its own sheet: worked out from the row's own cells ('=SUM(D5:F5)', '=F5-H5')."""
    m = re.search(rb"<" + re.escape(prefix) + rb"f\b[^>]*>([^<]+)</", body)
    if m is None:
        return False  # a shared formula's later cells carry no text of their own
    text = m.group(1)
    if b"!" in text or b"[" in text:
        return False  # another sheet or another workbook
    rows = {int(r) for r in _REF.findall(text)}
    return rows == {row + 1}


def _ranges(sqref: bytes) -> tuple[tuple[int, int, int, int], ...]:
    out: list[tuple[int, int, int, int]] = []
    for part in sqref.decode("ascii", "replace").split():
        first, _, last = part.partition(":")
        a = cell_ref(first)
        b = cell_ref(last) if last else a
        if a is not None and b is not None:
            out.append((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
    return tuple(out)


def _unescape(text: bytes) -> str:
    import html

    return html.unescape(text.decode("utf-8", "replace"))


def _rules(xml: bytes, after: int = 0) -> list[CfRule]:
    out: list[CfRule] = []
    first = xml.find(b"conditionalFormatting", after)
    if first < 0:
        return out
    for block in _CF_BLOCK.finditer(xml, max(0, first - 64)):
        ranges = _ranges(block.group(1))
        for rule in _CF_RULE.finditer(block.group(2)):
            attrs = {k.decode(): _unescape(v) for k, v in _ATTR.findall(rule.group(1))}
            body = rule.group(2) or b""
            dxf = attrs.get("dxfId")
            out.append(
                CfRule(
                    kind=attrs.get("type", ""),
                    operator=attrs.get("operator"),
                    dxf=int(dxf) if dxf and dxf.isdigit() else None,
                    priority=int(attrs.get("priority", "0") or 0),
                    text=attrs.get("text"),
                    formulas=tuple(_unescape(f) for f in _CF_FORMULA.findall(body)),
                    ranges=ranges,
                    icons=_icon_set(body) if attrs.get("type") == "iconSet" else None,
                )
            )
    return out


def _icon_set(body: bytes) -> IconSet | None:
    found = _ICON_SET.search(body)
    if found is None:
        return None
    attrs = {k.decode(): _unescape(v) for k, v in _ATTR.findall(found.group(1))}
    cfvo: list[tuple[str, str, bool]] = []
    for each in _CFVO.finditer(found.group(2) or b""):
        own = {k.decode(): _unescape(v) for k, v in _ATTR.findall(each.group(1))}
        cfvo.append((own.get("type", ""), own.get("val", ""), own.get("gte", "1") != "0"))
    return IconSet(
        name=attrs.get("iconSet", "3TrafficLights1"),  # Excel's default set
        cfvo=tuple(cfvo),
        reverse=attrs.get("reverse", "0") in ("1", "true"),
        show_value=attrs.get("showValue", "1") not in ("0", "false"),
    )


def scan_sheet(
    xml: bytes,
    wanted_styles: Iterable[int],
    *,
    with_merges: bool,
    head_styles: Iterable[int] = (),
) -> SheetScan:
    """Everything the value reader does not give, from one pass per feature over the XML.

    ``head_styles`` are looked for only in the sheet's first FIGURE_FORMAT_ROWS rows."""
    prefix = _prefix(xml)
    scan = SheetScan()
    scan.styled = _styled_cells(xml, wanted_styles, prefix)
    if head_styles:
        scan.figured = _styled_cells(_head(xml, FIGURE_FORMAT_ROWS), head_styles, prefix)
    scan.errors = _errors(xml, prefix)
    _hidden(xml, scan, prefix)
    # merges and conditional formats come after the cells (the worksheet schema's order):
    # looked for there, not through the whole of a large sheet
    after = max(0, xml.rfind(b"sheetData>"))
    if with_merges and xml.find(b"mergeCell", after) >= 0:
        for m in _MERGE.finditer(xml, after):
            a, b = cell_ref(m.group(1)), cell_ref(m.group(2))
            if a is not None and b is not None:
                scan.merged.append((a[0], a[1], b[0], b[1]))
    # the three formula steps each begin by asking whether the sheet has a formula at all (a
    # whole-part search where it has none, the usual answer): asked once for the three
    if not _absent(xml, b"<" + prefix + b"f"):
        scan.formulas_without_values = _formulas_without_values(xml, prefix)
        if scan.formulas_without_values:
            scan.unvalued = _unvalued_cells(xml, prefix, scan.unvalued_in_row)
        scan.formulas = formula_cells(xml, prefix)
        shared_formulas.write_out(xml, prefix, scan.formulas)  # filled down from another sheet
        scan.draws_on = sheets_named(scan.formulas.values())
    scan.rules = _rules(xml, after)
    return scan


_MAX_SHEETS_NAMED = 50


def sheets_named(formulas: Iterable[str]) -> frozenset[str]:
    """The sheets named in a sheet's cell formulas (shared formulas' first cells and dynamic
    arrays' top-left cells carry the text), by name as the workbook spells them."""
    found: set[str] = set()
    for text in formulas:
        if "!" not in text:
            continue
        for quoted, plain in SHEET_REF.findall(text):
            if "[" not in quoted:
                found.add(quoted.replace("''", "'") if quoted else plain)
        if len(found) >= _MAX_SHEETS_NAMED:
            break
    return frozenset(found)


def formula_cells(xml: bytes, prefix: bytes = b"") -> dict[tuple[int, int], str]:
    """Every cell holding a formula, with the formula's text where the cell writes it out.

    A cell's formula comes first in it (the schema's order): each ``<f`` found is matched
    with its cell's start tag, so cells without formulas are not looked at one by one
    (past a few thousand formulas, one pass over all the cells is quicker); a sheet with
    no formula is passed over after one backward search from its end.
    """
    end = xml.rfind(b"sheetData>")
    if end <= 0 or _absent(xml, b"<" + prefix + b"f"):
        return {}
    tags, pattern = _formula_patterns(prefix)
    cell = b"<" + prefix + b"c "
    found: list[tuple[bytes, bytes, bytes]] = []
    for tag in tags.finditer(xml, 0, end):  # from each formula back to its cell's start
        m = pattern.match(xml, xml.rfind(cell, 0, tag.start()), end)
        if m is not None:
            found.append((m.group(1), m.group(2), m.group(3) or b""))
        if len(found) > _FEW_FORMULAS:  # many: one pass over the cells is quicker
            found = pattern.findall(xml, 0, end)
            break
    return {
        (int(digits) - 1, col_index(letters)): (
            _unescape(text) if b"&" in text else text.decode("utf-8", "replace")
        )
        for letters, digits, text in found
    }


_FEW_FORMULAS = 2_000


@functools.lru_cache(maxsize=8)
def _formula_patterns(prefix: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """A formula's start tag, and a cell whose first element is a formula."""
    p = re.escape(prefix)
    cell = re.compile(
        rb"<"
        + p
        + rb'c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*(?<!/)><'
        + p
        + rb"f\b[^>]*?(?:/>|>([^<]*)</"
        + p
        + rb"f>)"
    )
    return re.compile(rb"<" + p + rb"f[\s>/]"), cell


_ROW_NUMBERS: dict[bytes, re.Pattern[bytes]] = {}


def _row_numbers(prefix: bytes) -> re.Pattern[bytes]:
    """The row number of every row element of a sheet whose elements take ``prefix``."""
    pattern = _ROW_NUMBERS.get(prefix)
    if pattern is None:
        pattern = re.compile(b"<" + re.escape(prefix) + rb'row\b[^>]*?\br="([0-9]{1,7})"')
        _ROW_NUMBERS[prefix] = pattern
    return pattern


def extent(
    xml: bytes, enough: int, blank_strings: Callable[[], frozenset[int]] | None = None
) -> int:
    """Cells of the 0-based grid spanned by the sheet's valued cells (an upper bound when small).

    Rows and cells are stored in order, so the last valued cell of each row gives the width.
    A cell holding nothing but formatting (``<c .../>`` or ``<c ...></c>``, as whole-column
    formatting leaves down to the last row) and a cell whose text is only spaces do not
    count: they are no part of the table, however far they reach. ``blank_strings`` gives
    the indexes of the shared strings that are only spaces (asked only for a large sheet).
    """
    prefix = _prefix(xml)
    # the highest row number of any row, not the last row's: a file may store its rows out of
    # order (a far row such as XFD1048576 first), and the grid a reader builds spans them all
    numbers = _row_numbers(prefix).findall(xml)
    bound = max(map(int, numbers)) if numbers else 1
    if bound * 16384 <= enough:
        return bound * 16384
    # how many letters the widest valued cell's column has bounds the width: 26, 702, 16384;
    # a sheet may have three-letter columns and no two-letter one (cells in A and XFD only)
    cols_bound = 26
    cell_at = re.escape(b"<" + prefix + b'c r="')
    wide = re.compile(cell_at + rb"([A-Z]{2,3})[0-9][^>]*(?<!/)>").search(xml)
    if wide is not None:
        cols_bound = 702
        three = re.compile(cell_at + rb"[A-Z]{3}[0-9][^>]*(?<!/)>")
        if len(wide.group(1)) == 3 or three.search(xml, wide.end()) is not None:
            cols_bound = 16384
    if bound * cols_bound <= enough:
        return bound * cols_bound
    blanks = blank_strings() if blank_strings is not None else frozenset()
    cell, row_end = b"<" + prefix + b"c ", b"</" + prefix + b"row>"
    rows = cols = start = 0
    end = xml.find(row_end)
    while end >= 0:
        pos = xml.rfind(cell, start, end)
        limit = end
        while pos >= 0:
            close = xml.find(b">", pos, limit)
            if close > 0 and _holds(xml, pos, close, limit, prefix, blanks):
                ref = _ATTR_R.search(xml, pos, close)
                if ref is not None:
                    rows = max(rows, int(ref.group(2)))
                    cols = max(cols, col_index(ref.group(1)) + 1)
                break
            limit = pos
            pos = xml.rfind(cell, start, pos)
        start = end + len(row_end)
        end = xml.find(row_end, start)
    return rows * cols


_TEXT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?t(?:\s[^>]*)?>([^<]*)<")


def _holds(
    xml: bytes, pos: int, close: int, limit: int, prefix: bytes, blanks: frozenset[int]
) -> bool:
    """Whether the cell whose start tag runs from ``pos`` to ``close`` (its body ending by
    ``limit``) holds a value, a formula or text that is not only spaces."""
    if xml[close - 1 : close] == b"/":
        return False  # <c .../>: formatting only
    body = xml[close + 1 : limit]
    if b"<" + prefix + b"f" in body:
        return True
    tag = xml[pos:close]
    if b't="inlineStr"' in tag:
        return any(text.strip() for text in _TEXT.findall(body))
    value = _VALUE.search(body)
    if value is None:
        return False  # <c ...></c>: formatting only
    text = value.group(1)
    if b't="s"' in tag and text.strip().isdigit():
        return int(text) not in blanks
    if b't="str"' in tag:
        return bool(text.strip())
    return bool(text)


_SHARED_ITEM = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?si\b[^>]*?(?:/>|>(.*?)</(?:[A-Za-z_][\w.-]*:)?si>)", re.S
)


def blank_shared_strings(strings: bytes | None) -> frozenset[int]:
    """Indexes of the shared strings whose text is only spaces (or nothing)."""
    if not strings:
        return frozenset()
    return frozenset(
        index
        for index, item in enumerate(_SHARED_ITEM.finditer(strings))
        if not any(text.strip() for text in _TEXT.findall(item.group(1) or b""))
    )
