"""A formula filled down or across, as Excel saves it: written once, each later cell naming it.

Excel keeps a formula copied over a range ('=IF(Data!E3="","",Data!E3)' filled down a
quarter's column) as one shared formula: its first cell holds the text
('<f t="shared" ref="D7:D24" si="0">IF(Data!E3="","",Data!E3)</f>'), each later cell only
its number ('<f t="shared" si="0"/>'). What a later cell reads is the first cell's text
with each relative reference moved as far as the cell is from the first ('Data!E4' in D8),
anchored parts ('$E$3') staying put. Only formulas reading another sheet are written out:
what a scorecard drawn from a data sheet shows, cell by cell, is read from them.
"""

from __future__ import annotations

import functools
import re

from desktop.scorecard.read.cellrefs import column_index, column_letters

_MAX_COL, _MAX_ROW = 16384, 1048576

# a string literal, a bracketed part (an external workbook's number, a table's column), a
# quoted sheet name, or a reference: a cell ('$E3'), whole columns ('E:F') or whole rows
_PART = re.compile(
    r'"(?:[^"]|"")*"'
    r"|\[(?:[^\[\]]|\[[^\]]*\])*\]"
    r"|'(?:[^']|'')*'"
    r"|(?<![\w.$@])(?P<c1>\$?)(?P<col>[A-Za-z]{1,3})(?P<r1>\$?)(?P<row>[0-9]{1,7})(?![\w(.!\[])"
    r"|(?<![\w.$@])(?P<a1>\$?)(?P<ca>[A-Za-z]{1,3}):(?P<b1>\$?)(?P<cb>[A-Za-z]{1,3})(?![\w(.!\[])"
    r"|(?<![\w.$@:])(?P<a2>\$?)(?P<ra>[0-9]{1,7}):(?P<b2>\$?)(?P<rb>[0-9]{1,7})(?![\w(.!\[:])"
)


@functools.lru_cache(maxsize=8)
def _shared(prefix: bytes) -> re.Pattern[bytes]:
    """A cell whose first element is a shared formula: its reference, the formula's
    attributes, and its text where it is the first cell."""
    p = re.escape(prefix)
    return re.compile(
        rb"<" + p + rb'c\s[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*(?<!/)><' + p
        + rb'f\s([^>]*?\bt="shared"[^>]*?)(?:/>|>([^<]*)</' + p + rb"f>)"
    )  # fmt: skip


_SI = re.compile(rb'\bsi="([0-9]+)"')
_REF = re.compile(rb"([A-Z]{1,3})([0-9]{1,7})")


def write_out(xml: bytes, prefix: bytes, formulas: dict[tuple[int, int], str]) -> None:
    """Give each later cell of a shared formula reading another sheet its own text, in
    ``formulas`` (cell -> text, '' for a later cell, as ``formula_cells`` reads them)."""
    if "" not in formulas.values() or not any("!" in text for text in formulas.values()):
        return  # no later cells, or no formula reading another sheet: the usual case
    end = xml.rfind(b"sheetData>")
    first: dict[bytes, tuple[int, int]] = {}
    later: list[tuple[tuple[int, int], bytes]] = []
    for m in _shared(prefix).finditer(xml, 0, max(end, 0)):
        ref, si = _REF.fullmatch(m.group(1)), _SI.search(m.group(2))
        if ref is None or si is None:
            continue
        at = (int(ref.group(2)) - 1, column_index(ref.group(1).decode()))
        if m.group(3):
            first.setdefault(si.group(1), at)
        else:
            later.append((at, si.group(1)))
    for at, number in later:
        origin = first.get(number)
        if origin is None or formulas.get(at):
            continue
        text = formulas.get(origin, "")
        if "!" in text:
            formulas[at] = moved(text, at[0] - origin[0], at[1] - origin[1])


def moved(formula: str, rows: int, cols: int) -> str:
    """A formula's text as it reads ``rows`` rows down and ``cols`` columns across (either
    may be negative): its relative references moved, '$'-anchored parts kept, text in
    quotes and brackets untouched; a reference moved off the sheet is '#REF!', as in Excel."""

    def move(m: re.Match[str]) -> str:
        if m.group("col") is not None:
            col = _col(m.group("col"), m.group("c1"), cols)
            row = _row(m.group("row"), m.group("r1"), rows)
            if col is None or row is None:
                return "#REF!"
            return f"{m.group('c1')}{col}{m.group('r1')}{row}"
        if m.group("ca") is not None:
            left = _col(m.group("ca"), m.group("a1"), cols)
            right = _col(m.group("cb"), m.group("b1"), cols)
            if left is None or right is None:
                return "#REF!"
            return f"{m.group('a1')}{left}:{m.group('b1')}{right}"
        if m.group("ra") is not None:
            top = _row(m.group("ra"), m.group("a2"), rows)
            bottom = _row(m.group("rb"), m.group("b2"), rows)
            if top is None or bottom is None:
                return "#REF!"
            return f"{m.group('a2')}{top}:{m.group('b2')}{bottom}"
        return m.group(0)  # text, a bracketed part or a sheet's name: as written

    return _PART.sub(move, formula)


def _col(letters: str, anchor: str, by: int) -> str | None:
    index = column_index(letters) + (0 if anchor else by)
    return column_letters(index) if 0 <= index < _MAX_COL else None


def _row(digits: str, anchor: str, by: int) -> int | None:
    row = int(digits) + (0 if anchor else by)
    return row if 1 <= row <= _MAX_ROW else None
