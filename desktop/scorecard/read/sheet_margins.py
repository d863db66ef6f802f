"""What a sheet says outside its cells: cell notes, the print header and footer, pictures.

- A cell note (Excel comment, the red corner triangle) holds text an officer attached to a
  cell: on a heading cell it is often the only key to the ratings ('✔ on or above target'),
  on a figure cell an explanation. Kept by cell; the layout decides which are keys.
- The print header and footer (Page Layout view, print preview) are written once for the
  printed pack and often name the period ('&C&BQuarter 3 2024/25 – Corporate report').
  Each section is one line, stripped of its ``&`` codes.
- A picture (``xdr:pic``) is placed over the cell its anchor starts in: a traffic-light
  picture pasted over an empty Status cell shows a rating no cell holds. Only where each
  sits is kept: its pixels are not read.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from desktop.scorecard.read.cellrefs import column_index

MAX_NOTES_BYTES = 4 * 1024 * 1024  # a comments part of a few notes is a few kilobytes
MAX_NOTES = 2000
MAX_NOTE_CHARS = 2000

_HEADER_FOOTER = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?(odd|even|first)(Header|Footer)(?:\s[^>]*)?>([^<]*)</", re.DOTALL
)
# '&"Arial,Bold"' (font), '&K00FF00' / '&K04+000' (colour), '&12' (size), '&L' '&P' '&B'
# ... (one letter: a section, a field or a switch); '&&' is a literal ampersand
_CODE = re.compile(r'&(?:"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|\d+|[A-Za-z])')
_SECTION = re.compile(r"&[LCR]")
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&apos;", "'")
        .replace("&amp;", "&")
    )


def print_lines(xml: bytes) -> list[str]:
    """The text of each section of the sheet's print headers and footers, codes removed,
    headers before footers, each distinct line once."""
    if xml.rfind(b"headerFooter") < 0:
        return []
    found = sorted(
        _HEADER_FOOTER.findall(xml),
        key=lambda m: (m[1] != b"Header", (b"odd", b"first", b"even").index(m[0])),
    )
    out: list[str] = []
    for _, _, raw in found:
        text = _unescape(raw.decode("utf-8", "replace"))
        for section in _SECTION.split(text.replace("&&", "\x00")):
            line = " ".join(_CODE.sub(" ", section).replace("\x00", "&").split())
            if line and any(ch.isalnum() for ch in line) and line not in out:
                out.append(line)
    return out


def _cell(ref: str) -> tuple[int, int] | None:
    m = _REF.fullmatch(ref.strip())
    if m is None or int(m.group(2)) == 0:
        return None
    return int(m.group(2)) - 1, column_index(m.group(1))


def cell_notes(xml: bytes | None) -> dict[tuple[int, int], str]:
    """Each note of an xlsx comments part by its cell (row, col), 0-based: its text, lines
    kept."""
    if not xml or len(xml) > MAX_NOTES_BYTES:
        return {}
    try:
        root = safe_fromstring(xml)
    except (ET.ParseError, DefusedXmlException):
        return {}
    out: dict[tuple[int, int], str] = {}
    for node in root.iter():
        if _local(node.tag) != "comment":
            continue
        at = _cell(node.get("ref") or "")
        if at is None:
            continue
        text = "".join(t.text or "" for t in node.iter() if _local(t.tag) == "t").strip()
        if text:
            out[at] = text[:MAX_NOTE_CHARS]
        if len(out) >= MAX_NOTES:
            break
    return out


def picture_cells(xml: bytes | None) -> set[tuple[int, int]]:
    """The cell (row, col), 0-based, each picture of an xlsx drawing part is anchored over:
    where its anchor starts (a picture with no cell anchor is left out)."""
    if not xml or xml.find(b"pic") < 0:
        return set()
    try:
        root = safe_fromstring(xml)
    except (ET.ParseError, DefusedXmlException):
        return set()
    out: set[tuple[int, int]] = set()
    for anchor in root:
        if _local(anchor.tag) not in ("twoCellAnchor", "oneCellAnchor"):
            continue
        if not any(_local(child.tag) == "pic" for child in anchor):
            continue
        start = next((c for c in anchor if _local(c.tag) == "from"), None)
        if start is None:
            continue
        place = {_local(c.tag): (c.text or "").strip() for c in start}
        row, col = place.get("row", ""), place.get("col", "")
        if row.isdigit() and col.isdigit():
            out.add((int(row), int(col)))
    return out
