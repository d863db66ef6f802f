"""A section heading row that carries its tally of ratings in the cells after its name.

Portfolio heading rows in a coded table often give how many of the rows below are rated
red, amber and green: 'Red 1', 'Amber 2', 'Green 2' (or '2 Red') in the next cells, or
bare whole numbers under the quarter columns. Such a row has no code where the rows
around it have one; its numbers are counts of ratings, not figures of an indicator named
after the portfolio. Bare numbers are taken as a tally only when they equal the count of
each rating among the coded rows below (in the colours their cells are filled with, else
in red, amber, green order or its reverse); numbers in red/amber/green filled cells that
do not add up are held for review, naming the cell."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Rag
from desktop.scorecard.parse.cells import is_blank
from desktop.scorecard.parse.ratings import parse_rag, rag_from_fill
from desktop.scorecard.read.grid import CellValue, Sheet

Tally = Literal["tally", "doubt"]

_TALLY_TEXT = re.compile(
    r"^\s*(?:(?P<word>[^\W\d_]+)\s*[:\-–]?\s*(?P<count>\d{1,3})"
    r"|(?P<count2>\d{1,3})\s*(?P<word2>[^\W\d_]+))\s*$"
)
_ORDERS: tuple[tuple[Rag, ...], ...] = (("red", "amber", "green"), ("green", "amber", "red"))


def _tally_word(value: CellValue) -> Rag | None:
    """'Red 1', '2 Amber', 'Green: 3' -> the rating it counts; None for any other cell."""
    if not isinstance(value, str):
        return None
    found = _TALLY_TEXT.match(value)
    if found is None:
        return None
    word = (found["word"] or found["word2"]).lower()
    if word not in vocabulary.TALLY_RAG_WORDS:
        return None
    return vocabulary.TALLY_RAG_WORDS[word]


def _count(value: CellValue) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value < 0 or value != int(value):
        return None
    return int(value)


def _fill(sheet: Sheet, row: int, col: int) -> str | None:
    style = sheet.styles.get((row, col))
    return style.fill if style is not None else None


def _tally_below(sheet: Sheet, index: int, code: int, rag: int) -> dict[Rag, int]:
    """The count of each rating among the coded rows under ``index``, to the next uncoded
    row (the next heading, a note) or the end of the sheet."""
    counts: dict[Rag, int] = {"red": 0, "amber": 0, "green": 0}
    for row_index in range(index + 1, len(sheet.rows)):
        row = sheet.rows[row_index]
        if all(is_blank(v) for v in row):
            continue
        if code >= len(row) or is_blank(row[code]):
            break
        value = row[rag] if rag < len(row) else None
        rating = parse_rag(value, fill=_fill(sheet, row_index, rag))
        if rating in counts:
            counts[rating] += 1
    return counts


def _title(row: Sequence[CellValue], code: int, name: int) -> str | None:
    """The heading's text: in the name cell with the code cell blank, or written from the
    code column across a blank name cell ('Adults and Health' in column A) when it holds no
    digit, as codes do."""
    at_code = row[code] if code < len(row) else None
    at_name = row[name] if name < len(row) else None
    if is_blank(at_code) and isinstance(at_name, str) and not is_blank(at_name):
        return at_name.strip()
    code_title = isinstance(at_code, str) and not is_blank(at_code) and is_blank(at_name)
    if isinstance(at_code, str) and code_title and not any(ch.isdigit() for ch in at_code):
        return at_code.strip()
    return None


def decide(
    sheet: Sheet,
    index: int,
    code: int | None,
    name: int | None,
    value_cols: Collection[int],
    rag: int | None,
) -> Tally | None:
    """Whether row ``index`` is a heading carrying a tally of ratings ('tally'), is one by its
    colours but whose numbers do not add up ('doubt'), or neither (None)."""
    if code is None or name is None:
        return None
    row = sheet.rows[index]
    title = _title(row, code, name)
    if title is None:
        return None
    cells = [(i, v) for i, v in enumerate(row) if i not in (code, name) and not is_blank(v)]
    if not 2 <= len(cells) <= 4 or any(i not in value_cols for i, _ in cells):
        return None
    words = [_tally_word(v) for _, v in cells]
    if all(w is not None for w in words) and len(set(words)) == len(words):
        return "tally"
    counts = [_count(v) for _, v in cells]
    if any(c is None for c in counts):
        return None
    fills = [rag_from_fill(_fill(sheet, index, i)) for i, _ in cells]
    coloured = all(f is not None for f in fills) and len(set(fills)) == len(fills)
    if rag is None:
        return "doubt" if coloured else None
    below = _tally_below(sheet, index, code, rag)
    if coloured:
        same = all(below[f] == c for f, c in zip(fills, counts, strict=True) if f is not None)
        return "tally" if same else "doubt"
    if len(counts) == 3 and any(
        all(below[r] == c for r, c in zip(order, counts, strict=True)) for order in _ORDERS
    ):
        return "tally"
    return None
