"""A value column left out beside dated ones that holds words, not figures: never silently.

An undated 'Performance score' or 'Current position' beside 'Q1'..'Q3' columns repeats one
of them when it holds figures, and is left out with a warning. When its cells are words
('3 - Green', 'On track', 'Not rated') it is no repeat: it is most likely a status column
whose heading was taken for values, and its cells would vanish with the column. Where most
of its words are ratings it is held for review, naming the first; a column of other words
('4th of 11') is left to the value column's own doubts.
"""

from __future__ import annotations

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells, scored_ratings

SCAN = 400  # data rows looked through


def doubt(header: Header, column: Column, notes: Notes) -> bool:
    """Hold a left-out value column for review when more of its cells are words than figures
    (markers such as 'n/a' aside) and most of the words are ratings; True when it was held."""
    words: list[int] = []
    figures = 0
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    for offset, row in enumerate(rows):
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value) or (isinstance(value, str) and _marker(value)):
            continue
        scored = isinstance(value, str) and scored_ratings.split(value) is not None
        if cells.is_figure(value) and not scored:  # '3 - Green' is a score and its word
            figures += 1
        else:
            words.append(header.first_data + offset)
    if not words or len(words) <= figures:
        return False
    first = words[0]
    shown = short(text_of(header.sheet.rows[first][column.index]), 30)
    rated = [r for r in words if _rating(header.sheet.rows[r][column.index])]
    if len(rated) * 2 <= len(words):
        return False  # mostly words of another kind ('3rd of 16'): not a status column
    first = rated[0]
    shown = short(text_of(header.sheet.rows[first][column.index]), 30)
    what = "ratings"
    notes.doubt(
        header.sheet.name,
        first,
        column.index,
        f"column '{short(column.header)}' ({a1(header.top, column.index)}) is headed as values "
        f"but holds {what}, e.g. '{shown}', and names no period beside dated columns — it "
        "would be left out; say what it holds (map it with a saved profile)",
        kind="worded values left out",
    )
    return True


def _marker(text: str) -> bool:
    return " ".join(text.split()).lower() in cells.MISSING_MARKERS


def _rating(value: object) -> bool:
    if not isinstance(value, str):
        return False
    return (
        scored_ratings.split(value) is not None
        or cells.rag_text(value) is not None
        or cells.rag_not_rated(value)
        or cells.rag_between(value) is not None
    )
