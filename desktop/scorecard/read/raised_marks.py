"""Note marks typed as ordinary characters formatted superscript, read as the sheet shows them.

An officer who types '3.42' into a figure's cell and formats its last digit superscript
means 3.4 with note 2 (the sheet shows 3.4²): the cell is rich text, the mark one run raised
above the line. The value readers give the text only, '3.42', silently another figure (and
'118' with a raised 'a' reads '118a', a figure rated amber). A superscript character typed as
such ('57.8²', '118ᵃ') is read as a note mark by every parser (``parse.marks.unmark``), so
the readers give such a cell's text as the sheet shows it: a run of digits, or of lower-case
letters, raised straight after a figure (after a digit or '%', with nothing or a space after
the run) becomes the same characters in superscript.

Anything else raised is left as typed: raised characters inside a number ('3²4'), after
words (a name's 'CO2' set superscript by mistake), capitals, signs (an asterisk or dagger
after a figure is read as a note mark already) and a mark of several notes ('1,2'). Whole
raised cells are left too.

The runs come from each format's own rich text: .xlsx shared or inline strings with a
``<vertAlign val="superscript"/>`` run, .ods ``text:span`` elements whose text style has a
raised ``style:text-position``, and .xls rich-text runs in a font with superscript escapement.
A cell is rewritten only where the value reader gave exactly the runs' text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.sheetxml import cell_ref

__all__ = [
    "Shown",
    "apply_raised",
    "is_raised_position",
    "shared_raised",
    "sheet_raised",
    "shown",
]

# each digit and lower-case letter as the superscript character Unicode has for it (every
# letter but q); a note is called up by a number or a letter ('3.4²', '118ᵃ', '12ⁱⁱ')
_PLAIN = "0123456789abcdefghijklmnoprstuvwxyz"
_RAISED = (
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
    "\u1d43\u1d47\u1d9c\u1d48\u1d49\u1da0\u1d4d\u02b0\u2071\u02b2\u1d4f\u02e1\u1d50"
    "\u207f\u1d52\u1d56\u02b3\u02e2\u1d57\u1d58\u1d5b\u02b7\u02e3\u02b8\u1dbb"
)
_SUPERSCRIPT = str.maketrans(_PLAIN, _RAISED)
_MARK = re.compile(r"[0-9]+|[a-pr-z]+")
_CELL = re.compile(rb"<(?:[\w]+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:[\w]+:)?c>)", re.S)
_INLINE = re.compile(rb"<(?:[\w]+:)?is\b.*?</(?:[\w]+:)?is>", re.S)
_PREFIX = re.compile(rb"<(/?)[\w]+:")
_ATTR = re.compile(rb'\b(r|t)="([^"]*)"')

# (the text the value reader gives, the text the sheet shows)
Shown = tuple[str, str]


def shown(runs: Iterable[tuple[str, bool]]) -> Shown | None:
    """(text as typed, text as shown) of a cell's runs of (text, raised): each raised run of
    digits or lower-case letters straight after a figure in superscript characters; None
    when there is none, so the cell reads as typed."""
    parts: list[tuple[str, bool]] = []
    for text, raised in runs:
        if parts and parts[-1][1] == raised:
            parts[-1] = (parts[-1][0] + text, raised)
        elif text:
            parts.append((text, raised))
    out: list[str] = []
    for i, (text, raised) in enumerate(parts):
        before = "".join(out).rstrip()[-1:]
        after = parts[i + 1][0][:1] if i + 1 < len(parts) else ""
        if (
            raised
            and (before.isdigit() or before == "%")
            and _MARK.fullmatch(text)
            and (not after or after.isspace())
        ):
            text = text.translate(_SUPERSCRIPT)
        out.append(text)
    typed = "".join(text for text, _ in parts)
    as_shown = "".join(out)
    return (typed, as_shown) if as_shown != typed else None


def is_raised_position(position: str | None) -> bool:
    """An OpenDocument ``style:text-position`` that raises the text: 'super', 'super 58%',
    '33% 58%' (a positive shift)."""
    first = (position or "").split()[:1]
    if not first:
        return False
    if first[0] == "super":
        return True
    try:
        return float(first[0].rstrip("%")) > 0
    except ValueError:
        return False


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _item_runs(item: ET.Element) -> list[tuple[str, bool]]:
    """(text, raised) of each run of a rich string (<si> or <is>); phonetic runs left out."""
    runs: list[tuple[str, bool]] = []
    for child in item:
        kind = _local(child.tag)
        if kind == "t":
            runs.append((child.text or "", False))
        elif kind == "r":
            raised = False
            text = ""
            for part in child:
                if _local(part.tag) == "rPr":
                    raised = any(
                        _local(p.tag) == "vertAlign" and p.get("val") == "superscript" for p in part
                    )
                elif _local(part.tag) == "t":
                    text += part.text or ""
            runs.append((text, raised))
    return runs


def shared_raised(items: Sequence[ET.Element]) -> dict[int, Shown]:
    """Shared string index -> (as typed, as shown) for strings ending a figure with raised
    digits; ``items`` are the <si> elements in order."""
    found: dict[int, Shown] = {}
    for index, item in enumerate(items):
        runs = _item_runs(item)
        if len(runs) > 1 and any(raised for _, raised in runs):
            both = shown(runs)
            if both is not None:
                found[index] = both
    return found


def sheet_raised(
    sheet_xml: bytes, shared: Mapping[int, Shown], inline: bool | None = None
) -> dict[tuple[int, int], Shown]:
    """(row, col) -> (as typed, as shown) of the sheet's cells holding such a string: a
    shared one of ``shared``, or one written in the cell with a superscript run.

    ``inline``: ``run_inks.inline_runs`` of the sheet, when the caller has asked already (a
    superscript run is a run with properties of its own: without those, none)."""
    out: dict[tuple[int, int], Shown] = {}
    if shared:
        wanted = b"|".join(str(i).encode() for i in sorted(shared))
        cell = re.compile(
            rb"<(?:[\w]+:)?c\b([^>]*)>\s*<(?:[\w]+:)?v>\s*(" + wanted + rb")\s*</(?:[\w]+:)?v>"
        )
        for match in cell.finditer(sheet_xml):
            attrs = dict(_ATTR.findall(match[1]))
            where = cell_ref(attrs[b"r"]) if b"r" in attrs else None
            if attrs.get(b"t") == b"s" and where is not None:
                out[where] = shared[int(match[2])]
    if inline is None:  # searched from the end: about half the time of a forward search
        inline = sheet_xml.rfind(b"inlineStr") >= 0
    if inline and sheet_xml.rfind(b"superscript") >= 0:
        _inline(sheet_xml, out)
    return out


def _inline(sheet_xml: bytes, out: dict[tuple[int, int], Shown]) -> None:
    """Cells of strings written in the cell (t="inlineStr") with a superscript run."""
    for match in _CELL.finditer(sheet_xml):
        body = match[2]
        if not body or b"superscript" not in body:
            continue
        attrs = dict(_ATTR.findall(match[1]))
        where = cell_ref(attrs[b"r"]) if b"r" in attrs else None
        found = _INLINE.search(body)
        if attrs.get(b"t") != b"inlineStr" or where is None or found is None:
            continue
        try:
            item = safe_fromstring(_PREFIX.sub(rb"<\1", found[0]))
        except (ET.ParseError, DefusedXmlException):
            continue
        both = shown(_item_runs(item))
        if both is not None:
            out[where] = both


def apply_raised(sheet: Sheet, raised: Mapping[tuple[int, int], Shown]) -> None:
    """Give each such cell's text as the sheet shows it, where the value reader gave the
    text as typed (anything else there is left alone)."""
    rows = sheet.rows
    for (r, c), (typed, as_shown) in raised.items():
        if r < len(rows) and c < len(rows[r]) and rows[r][c] == typed:
            rows[r][c] = as_shown
