"""A key printed at the foot of the table: a 'Key' row, then one mark a row beside its meaning.

A scorecard laid out for printing ends with its key under the last section: 'Key' (or
'Legend', 'Status key') on a row of its own, then 'G | Green – target met or exceeded',
'↑ | Better than the same quarter last year', '– | No target set', 'n/a | Not available',
'TBC | To be confirmed', or a swatch (a blank cell shaded as a rating is) beside what it
means. Each entry stands where a code and a name stand, so a reader taking the rows under
the table as the table's would take each for an indicator with no figures, and 'Not
available' for an indicator's name.

Under such a label, once indicator rows have been read above it, a row is an entry of the
key when it holds two cells at most: a mark the importer reads in a rating, direction or
figure cell (a RAG letter or word, an arrow, a dash, 'n/a', 'TBC', a symbol, a token of the
file's own key), or a blank cell shaded on its own, then, just right of it, its meaning in
words. The entries run until a row that is not one. A row under the label holding a figure,
or a code and a name ('HT05 | Roads resurfaced'), is no entry and is read as before, and so
is a mark beside a meaning with no label above it.
"""

from __future__ import annotations

from typing import Literal

from desktop.scorecard.layout import keys, swatch_keys
from desktop.scorecard.layout.evidence import kind_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

MAX_MARK = 25  # 'G', '↑', 'n/a', 'Amber/Green', 'Not due'
MAX_MEANING = 120  # a phrase or a short sentence
REACH = 2  # the meaning is in the next cell on the mark's right, or the one after
_MARK_KINDS = frozenset({"rag", "direction", "missing"})

Found = Literal["label", "entry"]


class FootKey:
    """Follows the rows of one table: whether each is its foot key's label or an entry."""

    def __init__(self, sheet: Sheet, key: keys.Key) -> None:
        self.sheet = sheet
        self.key = key
        self.open = False  # under a key label, its entries not yet ended

    def row(
        self,
        index: int,
        row: list[CellValue],
        filled: list[tuple[int, CellValue]],
        under_table: bool,
    ) -> Found | None:
        """What the row is ('label', 'entry') or None. ``filled``: its first three filled
        cells; ``under_table``: indicator rows have been read above it."""
        label = under_table and bool(filled) and keys.is_key_label(filled[0][1])
        if len(filled) > 2 and not label:
            self.open = False  # a row of the table's (most rows): told apart cheaply
            return None
        if label:
            self.open = True
            rest = [(c, v) for c, v in enumerate(row) if not cells.is_blank(v)][1:]
            if rest and self._entry(index, rest):
                return "entry"  # 'Key: | G | Green – on target', the label on the first entry
            return "label" if not rest else None
        if self.open and self._entry(index, filled):
            return "entry"
        self.open = False
        return None

    def _entry(self, index: int, filled: list[tuple[int, CellValue]]) -> bool:
        if not 1 <= len(filled) <= 2:
            return False
        col, meaning = filled[-1]
        if not _meaning(meaning):
            return False
        if len(filled) == 2:
            mark_col, mark = filled[0]
            return col - mark_col <= REACH and self._mark(mark)
        return any(
            swatch_keys.own_shading(self.sheet, index, c) is not None
            for c in range(max(0, col - REACH), col)
        )

    def _mark(self, value: CellValue) -> bool:
        """A cell the importer reads as a rating, a direction or a 'no figure' mark."""
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            return keys.rating(self.key, value) is not None  # '1' of a key coding 1/2/3
        if not isinstance(value, str):
            return False
        text = " ".join(value.split())
        if not text or len(text) > MAX_MARK:
            return False
        if all(keys.is_symbol(ch) or ch == "\ufe0f" for ch in text):
            return True
        return keys.rating(self.key, text) is not None or kind_of(text) in _MARK_KINDS


def _meaning(value: CellValue) -> bool:
    """Words saying what a mark means: text with letters, no figure."""
    if not isinstance(value, str):
        return False
    text = " ".join(value.split())
    return (
        0 < len(text) <= MAX_MEANING
        and any(ch.isalpha() for ch in text)
        and kind_of(text) != "number"
    )
