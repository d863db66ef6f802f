"""A column of flags beside each figure: 'p', 'r', 'e' qualify it; 'c', ':' stand instead of it.

Open-data tables in the Eurostat and ONS habit give every figure a 'Flag' column of its own:
'p' provisional, 'r' revised, 'e' estimate, and for a figure not shown 'c' (confidential,
the figure's cell left blank) or ':' (not available), with the key printed under the table.
The figure is read as it stands whatever its flag; where its cell is blank and the flag
stands instead of it, the flag is what the sheet gives for that period (read as text, like a
marker typed in the cell itself). A flag column is neither a RAG column nor a figure.

Flag columns are known by their heading ('Flag', 'Obs status', 'Marker', '2021-22 Flag')
and by what they hold, pooled over every such column: short codes, not all of them R/A/G letters (a 'Flag'
column of R, A and G is a RAG column). Each pairs with the figure column to its left.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.parse import cells

SCAN = 400  # data rows looked through
_CODE = re.compile(r"^\[?[a-z]{1,2}\]?$|^\[low\]$|^[:.\-*~]{1,2}$|^n/?a$", re.IGNORECASE)
_RAG_LETTERS = frozenset({"r", "a", "g", "b"})
_FIGURE_FIELDS = frozenset({"actual", "target"})


def _is_code(text: str) -> bool:
    return bool(_CODE.match(text))


_BRACKETED = re.compile(
    r"^\[(?:"
    + vocabulary.alternatives(vocabulary.GSS_QUALIFIER_FLAGS | vocabulary.GSS_STAND_IN_FLAGS)
    + r")\]$",
    re.IGNORECASE,
)


def _bracketed_flags(header: Header, column: Column) -> bool:
    """Every filled cell (two or more) a statistics flag in square brackets ('[p]', '[u]',
    '[c]'): the GSS shorthand, a flag column under any heading ('Status', 'Notes'); no
    rating is ever written so."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    filled = [text_of(r[column.index]).strip() for r in rows if column.index < len(r)]
    filled = [t for t in filled if t]
    return len(filled) >= 2 and all(_BRACKETED.match(t) for t in filled)


def _pairs(header: Header) -> list[tuple[Column, Column]]:
    """(figure column, flag column to its right) for each column headed as a flag column."""
    by_index = {c.index: c for c in header.columns}
    found: list[tuple[Column, Column]] = []
    for column in header.columns:
        if column.field not in (None, "rag", "ignore"):
            continue
        said = vocabulary.normalise(column.header)
        dated = cells.period_header(column.header)
        if dated is not None:  # '2021-22 Flag': the flags of that year's figures
            said = dated[1]
        if said not in vocabulary.FLAG_HEADINGS and not _bracketed_flags(header, column):
            continue
        figure = by_index.get(column.index - 1)
        if figure is None or figure.field not in _FIGURE_FIELDS:
            continue
        if dated is None or (figure.period is not None and figure.period.label == dated[0].label):
            found.append((figure, column))
    return found


def settle(header: Header) -> None:
    """Mark the table's flag columns as not imported, and put each stand-in flag where the
    figure it stands for would be, so it is read as that period's text."""
    pairs = _pairs(header)
    if not pairs:
        return
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    seen: set[str] = set()
    for _, flag in pairs:
        for row in rows:
            value = row[flag.index] if flag.index < len(row) else None
            if cells.is_blank(value):
                continue
            text = text_of(value).strip().lower()
            if not _is_code(text):
                return  # words, numbers: not a flag column (evidence decides what it is)
            seen.add(text.strip("[]"))
    if not seen or seen <= _RAG_LETTERS:
        return
    for figure, flag in pairs:
        flag.field = "ignore"
        flag.why = f"cells: flags beside the figures of '{figure.header}'"
        for row in header.sheet.rows[header.first_data :]:
            if flag.index >= len(row) or figure.index >= len(row):
                continue
            value = row[flag.index]
            if cells.is_blank(value) or not cells.is_blank(row[figure.index]):
                continue
            text = text_of(value).strip()
            if text.lower() in vocabulary.STAND_IN_FLAGS:
                row[figure.index] = text
