"""Summaries of ratings: a box counting how many measures are Green, Amber or Red.

Performance reports often open with a box that counts, for each portfolio or service, how
many measures are Green, Amber, Red or 'Data only', with totals, and print the real
indicator table further down the sheet. Its headings are rating words and "Total"; its rows
are portfolios (or, turned, its rows are the rating words and its columns the portfolios).
The counts describe the table; they are figures of no indicator, so the box is left out
with a warning naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells, ratings
from desktop.scorecard.read.grid import CellValue, Sheet

_NOTE = re.compile(r"\([^)]*\)")
MIN_RATINGS = 2  # a summary counts at least two ratings
MAX_LABEL = 60  # a portfolio's name, not a sentence
MAX_ROWS = 3000  # a longer sheet is an export of one table, with no summary box


@dataclass(frozen=True, slots=True)
class Summary:
    """Rows ``first``..``last`` (0-based, inclusive) of a sheet hold a summary of ratings."""

    first: int
    last: int
    col: int  # its first column
    turned: bool  # rating words down the side, not across the top

    def rows(self) -> range:
        return range(self.first, self.last + 1)

    def describe(self, sheet: str) -> str:
        """The warning that names it."""
        return (
            f"{sheet}!{a1(self.first, self.col)}: rows {self.first + 1}–{self.last + 1} are a "
            "summary of ratings (how many measures are Green, Amber, Red…), not indicators "
            "— left out"
        )


def is_rating_word(value: CellValue) -> bool:
    """A heading that names a rating: "Green", "On track", "Data only", "Blue", "✓"."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_LABEL:
        return False
    text = text_of(value)
    if _is_rating(text):
        return True
    bare = _NOTE.sub(" ", text)  # "Green (on target)": the rating, then what it means
    words = [w for w in vocabulary.normalise(bare).split() if w not in vocabulary.COUNT_WORDS]
    return bool(words) and _is_rating(" ".join(words))  # "No. of Green", "% Red"


def _is_rating(text: str) -> bool:
    key = vocabulary.normalise(text)
    return (
        ratings.rag_exact(text) is not None
        or ratings.says_not_rated(text)
        or key in vocabulary.AMBIGUOUS_RATINGS
        or key in vocabulary.COLOUR_WORDS
    )


def is_total_word(value: CellValue) -> bool:
    """ "Total", "No. of measures", "All indicators": a count of all the ratings."""
    return isinstance(value, str) and vocabulary.normalise(value) in vocabulary.SUMMARY_TOTALS


def without(sheet: Sheet, notes: Notes) -> Sheet:
    """The sheet with its summaries of ratings blanked out (the same sheet when it has none)."""
    if len(sheet.rows) > MAX_ROWS:
        return sheet  # an export, not a report's page
    found = find(sheet.rows)
    if not found:
        return sheet
    rows = list(sheet.rows)
    for summary in found:
        notes.warn(summary.describe(sheet.name), kind="summary of ratings")
        for index in summary.rows():
            rows[index] = [None] * len(rows[index])
    return replace(sheet, rows=rows)


def find(rows: list[list[CellValue]], start: int = 0, end: int | None = None) -> list[Summary]:
    """Every summary of ratings between rows ``start`` and ``end``, top to bottom."""
    stop = len(rows) if end is None else min(end, len(rows))
    found: list[Summary] = []
    index = start
    while index < stop:
        summary = _across(rows, index, stop) or _down(rows, index, stop)
        if summary is None:
            index += 1
            continue
        found.append(summary)
        index = summary.last + 1
    return found


def _filled(row: list[CellValue]) -> list[tuple[int, CellValue]]:
    return [(c, v) for c, v in enumerate(row) if not cells.is_blank(v)]


def _is_count(value: CellValue) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return value >= 0


def _across(rows: list[list[CellValue]], index: int, stop: int) -> Summary | None:
    """A heading row of rating words (and "Total"), then rows of a label and counts."""
    filled = _filled(rows[index])
    if len(filled) < MIN_RATINGS:
        return None
    label = filled[0] if not is_rating_word(filled[0][1]) else None
    heads = filled[1:] if label is not None else filled
    if label is not None and (not isinstance(label[1], str) or is_total_word(label[1])):
        return None
    if any(not isinstance(v, str) for _, v in heads):
        return None
    rated = [c for c, v in heads if is_rating_word(v)]
    if len(rated) < MIN_RATINGS or any(
        not (is_rating_word(v) or is_total_word(v)) for _, v in heads
    ):
        return None
    counted = {c for c, _ in heads}
    last = index
    for r in range(index + 1, stop):
        row = _filled(rows[r])
        if not row:
            break
        figures = [v for c, v in row if c in counted]
        others = [v for c, v in row if c not in counted]
        if len(others) > 1 or not figures or not all(_is_count(v) for v in figures):
            break
        if others and (not isinstance(others[0], str) or len(others[0]) > MAX_LABEL):
            break
        last = r
    if last == index:
        return None
    return Summary(index, last, filled[0][0], turned=False)


def _down(rows: list[list[CellValue]], index: int, stop: int) -> Summary | None:
    """Rows that each start with a rating word followed by counts, under a row of labels."""
    last = index - 1
    words = 0
    col: int | None = None
    for r in range(index, stop):
        row = _filled(rows[r])
        if len(row) < 2 or not all(_is_count(v) for _, v in row[1:]):
            break
        first = row[0][1]
        if is_rating_word(first):
            words += 1
        elif not (is_total_word(first) and words >= MIN_RATINGS):
            break
        col = row[0][0] if col is None else col
        last = r
    if words < MIN_RATINGS or col is None:
        return None
    first = index
    above = _filled(rows[index - 1]) if index > 0 else []
    if above and all(isinstance(v, str) and len(v) <= MAX_LABEL for _, v in above):
        first = index - 1  # the row of portfolios over the counts
    return Summary(first, last, col, turned=True)
