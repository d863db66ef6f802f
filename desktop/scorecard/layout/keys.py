"""Read the key (legend) a workbook prints for its status symbols: '● = On track', '▲ | Green'.

A council that rates with shapes or its own words says what they mean somewhere: a key
row under the table, a legend block beside it, or a 'Key' sheet. Each entry pairs a short
token (a symbol, or one word) with a meaning that names a rating ("On track", "(Green)",
"Data only"). The key is read before the tables and wins over the shared vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

Meaning = Rag | Literal["none"]
Key = dict[str, Meaning]

FULL_SCAN_ROWS = 2000  # sheets longer than this are searched at their top and bottom only
EDGE_ROWS = 60
_COLOURS = re.compile(r"\b(red|amber|green|yellow|orange|blue|grey|gray)\b", re.I)
_SEPARATORS = " \t=:–—-|"
# a rating word whose meaning varies by council, given its meaning in the file's own key
_WORD_ENTRY = re.compile(
    r"(?<!\w)(?P<word>"
    + "|".join(sorted(vocabulary.AMBIGUOUS_RATINGS, key=len, reverse=True))
    + r")\s*[=:–—-]\s*(?P<meaning>[^,;=]+?)(?=\s*(?:[,;]|$|\b[A-Za-z]+\s*[=:]))",
    re.I,
)


def is_symbol(char: str) -> bool:
    """A pictograph or shape (●, ▲, ✓, ⚠), not a letter, digit, sign or punctuation."""
    return unicodedata.category(char) == "So"


def meaning_of(text: str) -> Meaning | None:
    """What a key's description says: a rating, 'none' (data only, completed), or None."""
    text = text.strip(_SEPARATORS + ".,;()")
    if not text:
        return None
    colours = {vocabulary.COLOUR_WORDS[c.lower()] for c in _COLOURS.findall(text)}
    if len(colours) == 1:
        return colours.pop()  # "Below target but within 5% (Amber)": the colour named
    if cells.rag_not_rated(text):
        return "none"
    return cells.rag_text(text)


@lru_cache(maxsize=4096)
def entries_in_text(text: str) -> tuple[tuple[str, Meaning], ...]:
    """'● = On track   ▲ = At risk': each symbol with the meaning written after it."""
    positions = [i for i, ch in enumerate(text) if is_symbol(ch)]
    if not positions:
        return ()
    found: list[tuple[str, Meaning]] = []
    for n, at in enumerate(positions):
        if n + 1 < len(positions) and positions[n + 1] == at + 1:
            continue  # a symbol written with a variation selector or doubled: keep the last
        end = positions[n + 1] if n + 1 < len(positions) else len(text)
        meaning = meaning_of(text[at + 1 : end])
        if meaning is not None:
            found.append((text[at], meaning))
    return tuple(found)


def read_key(workbook: Workbook) -> Key:
    """Every key entry printed anywhere in the workbook (the first meaning of a token wins)."""
    key: Key = {}
    for sheet in workbook.sheets:
        legend = vocabulary.normalise(sheet.name) in vocabulary.KEY_SHEETS
        for row in _rows(sheet):
            _row_entries(row, key, words=legend)
    return key


def _rows(sheet: Sheet) -> list[list[CellValue]]:
    rows = sheet.rows
    if len(rows) <= FULL_SCAN_ROWS:
        return rows
    return rows[:EDGE_ROWS] + rows[-EDGE_ROWS:]


def _row_entries(row: list[CellValue], key: Key, *, words: bool = False) -> None:
    """Key entries in one row; on a key sheet also a status word beside its meaning
    ('Exceeding | Above target (Green)')."""
    texts = [text_of(v) if isinstance(v, str) else "" for v in row]
    if words:
        filled = [t for t in texts if t]
        if len(filled) >= 2 and len(filled[0]) <= 25 and cells.rag_text(filled[0]) is None:
            meaning = meaning_of(filled[1])
            if meaning is not None:
                key.setdefault(filled[0].casefold(), meaning)
    for index, text in enumerate(texts):
        if not text:
            continue
        if len(text) <= 2 and all(is_symbol(ch) or ch == "\ufe0f" for ch in text):
            # a symbol alone in its cell: its meaning is in the next filled cell
            following = next((t for t in texts[index + 1 : index + 3] if t), "")
            meaning = meaning_of(following) if following else None
            if meaning is not None:
                key.setdefault(text.replace("\ufe0f", ""), meaning)
            continue
        for token, meaning in entries_in_text(text):
            key.setdefault(token, meaning)
        for found in _WORD_ENTRY.finditer(text):  # "Blue = completed", "B: target exceeded"
            meaning = meaning_of(found["meaning"])
            if meaning is not None:
                key.setdefault(found["word"].casefold(), meaning)


def rating(key: Key, value: object) -> Meaning | None:
    """A cell's rating through the key, or None when the key does not say."""
    if not key or not isinstance(value, str):
        return None
    text = value.strip().replace("\ufe0f", "")
    return key.get(text) or key.get(text.casefold())


def is_key_text(text: str) -> bool:
    """A cell that is itself a key ('● = On track ▲ = At risk'), not an indicator's name."""
    return len(entries_in_text(text)) >= 2
