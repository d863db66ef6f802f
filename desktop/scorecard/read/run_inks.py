"""The ink of a symbol typed at the start of a cell's text in a colour of its own.

A dashboard with no status column may rate each row by a coloured '●' typed before the
indicator's name: the cell is rich text, the dot one run in red, amber or green ink and the
name another in black. The value reader gives the text only; this reads the runs of the
cells' strings (shared strings and strings written in the cell) and records, for each cell
whose text starts with such a run, the run's colour as "RRGGBB" ("" where the symbol run
sets no colour of its own, so the cell's own font colour is the symbol's).
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from desktop.scorecard.read.sheetxml import cell_ref
from desktop.scorecard.read.styles import ColourResolver

_LONGEST = 3  # a marker is a symbol or two
_CELL = re.compile(rb"<(?:[\w]+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:[\w]+:)?c>)", re.S)
_ATTR = re.compile(rb'\b(r|t)="([^"]*)"')
_VALUE = re.compile(rb"<(?:[\w]+:)?v>\s*(\d+)\s*</(?:[\w]+:)?v>")
_INLINE = re.compile(rb"<(?:[\w]+:)?is\b.*?</(?:[\w]+:)?is>", re.S)
_PREFIX = re.compile(rb"<(/?)[\w]+:")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def is_marker(text: str) -> bool:
    """A symbol or two ('●', '■', '▲'), nothing else."""
    text = text.strip().replace("\ufe0f", "")
    return (
        bool(text)
        and len(text) <= _LONGEST
        and all(unicodedata.category(ch) == "So" for ch in text)
    )


def lead_ink(item: ET.Element, colours: ColourResolver) -> str | None:
    """The colour of the first run of a rich string (<si> or <is>) when that run is a
    symbol and a run of words follows; "" when it sets no colour; None when no such run."""
    runs = [child for child in item if _local(child.tag) == "r"]
    if len(runs) < 2:
        return None
    texts = ["".join(t.text or "" for t in run if _local(t.tag) == "t") for run in runs]
    if not is_marker(texts[0]) or not "".join(texts[1:]).strip():
        return None
    props = next((child for child in runs[0] if _local(child.tag) == "rPr"), None)
    colour = None
    if props is not None:
        found = next((child for child in props if _local(child.tag) == "color"), None)
        colour = colours.resolve(found)
    return colour or ""


def rich_items(xml: bytes | None) -> list[ET.Element]:
    """The shared strings' <si> elements in order, parsed once for every reading of their
    runs; none where no run has properties of its own (no rich text to read)."""
    if not xml or b"rPr" not in xml:
        return []
    try:
        root = safe_fromstring(xml)
    except (ET.ParseError, DefusedXmlException):
        return []
    return [child for child in root if _local(child.tag) == "si"]


def shared_inks(xml: bytes | None, colours: ColourResolver) -> dict[int, str]:
    """Shared string index -> the ink of its leading symbol run."""
    return inks_of(rich_items(xml), colours)


def inks_of(items: list[ET.Element], colours: ColourResolver) -> dict[int, str]:
    """Shared string index -> the ink of its leading symbol run, of the <si> ``items``."""
    found: dict[int, str] = {}
    for index, item in enumerate(items):
        ink = lead_ink(item, colours)
        if ink is not None:
            found[index] = ink
    return found


def inline_runs(sheet_xml: bytes) -> bool:
    """Whether the sheet may hold a string written in its cell with runs of their own
    properties (a rich inline string): without both words, none does."""
    # searched from the end, which CPython does in about half the time over sheet XML
    return sheet_xml.rfind(b"inlineStr") >= 0 and sheet_xml.rfind(b"rPr") >= 0


def cell_inks(
    sheet_xml: bytes,
    shared: dict[int, str],
    colours: ColourResolver,
    inline: bool | None = None,
) -> dict[tuple[int, int], str]:
    """(row, col) -> the ink of the symbol run its text starts with (0-based).

    ``inline``: ``inline_runs`` of the sheet, when the caller has asked already."""
    if inline is None:
        inline = inline_runs(sheet_xml)
    if not shared and not inline:
        return {}
    out: dict[tuple[int, int], str] = {}
    for match in _CELL.finditer(sheet_xml):
        attrs = dict(_ATTR.findall(match[1]))
        kind, ref, body = attrs.get(b"t"), attrs.get(b"r"), match[2] or b""
        where = cell_ref(ref) if ref else None
        if where is None:
            continue
        if kind == b"s" and shared:
            value = _VALUE.search(body)
            ink = shared.get(int(value[1])) if value else None
        elif kind == b"inlineStr" and inline and b"rPr" in body:
            ink = _inline_ink(body, colours)
        else:
            continue
        if ink is not None:
            out[where] = ink
    return out


def _inline_ink(body: bytes, colours: ColourResolver) -> str | None:
    found = _INLINE.search(body)
    if found is None:
        return None
    try:
        item = safe_fromstring(_PREFIX.sub(rb"<\1", found[0]))
    except (ET.ParseError, DefusedXmlException):
        return None
    return lead_ink(item, colours)
