"""A key printed beside the table: 'Key', 'R = off target by more than 5%', 'G = on target'.

Councils often print the key to their status letters, words or symbols in a small block
to the right of the table, a column or more apart from it, starting on the heading row
('Key' over the table's headings' row, then one entry per row beside the indicators). Its
cells share rows with the table, so a reader taking a row's cells would take them for a
column of the table: a 'Key' heading, or a title row that is no longer alone on its row.
The key itself is read from the file before the tables (``keys.read_key``); here the block
is left out of the sheet the tables are found in. A block is a run of cells down one
column (or a token column and a meaning column), each an entry naming a rating — after an
optional 'Key' label — with a blank column between it and the table, nothing right of it,
every token different, and at least two different meanings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.scorecard.layout import keys
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

MAX_ROWS = 3000  # an export's long table carries no key beside it
MAX_ENTRIES = 12
MAX_TOKEN = 25  # 'R', 'Red', '●', 'Amber/Green', 'Not due'
MAX_MEANING = 80
MIN_MEANINGS = 2
_TABLE_ROW = 3  # filled cells that make a row part of a table
_ENTRY = re.compile(rf"^(?P<token>\S.{{0,{MAX_TOKEN - 1}}}?)\s*[=:–—-]\s*(?P<meaning>\S.*)$")


def without(sheet: Sheet) -> Sheet:
    """The sheet with any key block beside its table blanked out (the same sheet if none)."""
    rows = sheet.rows
    if len(rows) > MAX_ROWS:
        return sheet
    blocks = _blocks(rows)
    if not blocks:
        return sheet
    copied = [list(r) for r in rows]
    for first, last, col, width in blocks:
        for index in range(first, last + 1):
            for c in range(col, min(col + width, len(copied[index]))):
                copied[index][c] = None
    return replace(sheet, rows=copied)


def _filled(row: list[CellValue], col: int) -> bool:
    return col < len(row) and not cells.is_blank(row[col])


def _blocks(rows: list[list[CellValue]]) -> list[tuple[int, int, int, int]]:
    """Each key block beside a table: (first row, last row, first column, its width)."""
    width = max((len(r) for r in rows), default=0)
    found = []
    for col in range(2, width):
        index = 0
        while index < len(rows):
            if not _filled(rows[index], col):
                index += 1
                continue
            last = index
            while last + 1 < len(rows) and _filled(rows[last + 1], col):
                last += 1
            block = _block(rows, index, last, col)
            if block is not None:
                found.append(block)
            index = last + 1
    return found


def _block(
    rows: list[list[CellValue]], first: int, last: int, col: int
) -> tuple[int, int, int, int] | None:
    """The run of cells in ``col`` from ``first`` to ``last`` as a key block, or None."""
    if last - first + 1 > MAX_ENTRIES + 1:
        return None
    start = first + 1 if keys.is_key_label(rows[first][col]) else first
    entries: dict[str, str] = {}
    block_width = 1
    for index in range(start, last + 1):
        row = rows[index]
        entry = _entry(row, col)
        if entry is None:
            return None
        token, meaning, span = entry
        if token in entries:
            return None  # a column of statuses repeats them; a key names each once
        entries[token] = meaning
        block_width = max(block_width, span)
    if len(entries) < MIN_MEANINGS or len(set(entries.values())) < MIN_MEANINGS:
        return None
    beside = False
    for index in range(first, last + 1):
        row = rows[index]
        if _filled(row, col - 1) or any(
            _filled(row, c) for c in range(col + block_width, len(row))
        ):
            return None  # not a column apart from the table, or something right of it
        beside = beside or any(_filled(row, c) for c in range(col - 1))
    if not beside or _under_the_table(rows, first, col):
        return None
    return first, last, col, block_width


def _under_the_table(rows: list[list[CellValue]], first: int, col: int) -> bool:
    """Whether the run sits in a column of the table: the nearest filled cell above it is
    on a row of the table (a heading or data row, three cells or more), not a 'Key' label.
    A Target column of text figures beside a RAG column, between section rows, reads like
    '85' | 'A', '90' | 'G' entries; the table's heading above it says what it is."""
    for index in range(first - 1, -1, -1):
        row = rows[index]
        if not _filled(row, col):
            continue
        if keys.is_key_label(row[col]):
            return False
        return sum(1 for c in range(len(row)) if _filled(row, c)) >= _TABLE_ROW
    return False


def _entry(row: list[CellValue], col: int) -> tuple[str, str, int] | None:
    """A key entry at ``col``: its token, its meaning and how many cells it takes."""
    value = row[col]
    if not isinstance(value, str):
        return None
    text = text_of(value)
    found = _ENTRY.match(text)
    if found is not None and len(found["meaning"]) <= MAX_MEANING:
        meaning = keys.meaning_of(found["meaning"])
        if meaning is not None:
            return found["token"].casefold(), meaning, 1
    following = row[col + 1] if col + 1 < len(row) else None
    if len(text) > MAX_TOKEN or not isinstance(following, str):
        return None  # 'R' | 'Off target by more than 5%': the token, its meaning beside it
    if len(following) > MAX_MEANING:
        return None
    meaning = keys.meaning_of(following)
    return (text.casefold(), meaning, 2) if meaning is not None else None
