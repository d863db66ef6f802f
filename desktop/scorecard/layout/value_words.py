"""Words in a table's first data row that are its values, not a second heading row.

A tracker of actions writes a progress word where a figure would go ('On track', 'Not started',
'Complete', 'Met'). Under a heading row of periods its first row of such words can look like
sub-headings: some of them are heading words too ('Met' heads a column of answers, 'In
progress' a column of commentary). A word counts as a sub-heading only when it reads as one:
a status or progress word standing over a column whose later rows hold figures or more such
words is the first row's value in that column.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells, ratings, status_sentences
from desktop.scorecard.read.grid import CellValue, Sheet

_MARKED = re.compile(r"[%£$€\d]")  # a unit or a number: a heading's or a figure's, no status
BELOW_ROWS = 10  # the later rows of a column looked at
MIN_BELOW = 2  # filled cells needed below before the column says what it holds


_FIGURE_HEADINGS = frozenset({"actual", "target", "numerator", "denominator", "comparator"})


def status_word(value: CellValue) -> bool:
    """A rating, a status, an answer or a progress word written in a period's cell ('On
    track', 'Not met', 'Complete', 'Yes', 'Not started', 'Delayed'). A word with a unit or
    a number ('% achieved') or a figure's own heading ('Actual', 'Outturn') is none."""
    if not isinstance(value, str) or not value.strip() or _MARKED.search(value):
        return False
    key = vocabulary.normalise(value)
    heading = vocabulary.match(key)
    if heading is not None and heading.score >= 1.0 and heading.field in _FIGURE_HEADINGS:
        return False
    if key in vocabulary.PROGRESS_WORDS or key in vocabulary.WORD_RESULT_ANSWERS:
        return True
    if ratings.says_not_rated(value) or ratings.parse_rag(value) is not None:
        return True
    return status_sentences.lead(value) is not None


def first_row_value(sheet: Sheet, row: int, col: int) -> bool:
    """The cell at ``row``, ``col`` is a status word over a column whose later rows hold
    figures or status words too: the row's value there, not a sub-heading."""
    if not status_word(_at(sheet, row, col)):
        return False
    below = [_at(sheet, r, col) for r in range(row + 1, min(row + 1 + BELOW_ROWS, len(sheet.rows)))]
    filled = [v for v in below if not cells.is_blank(v)]
    if len(filled) < MIN_BELOW:
        return False
    alike = sum(1 for v in filled if cells.is_figure(v) or status_word(v))
    return alike * 2 >= len(filled)


def _at(sheet: Sheet, row: int, col: int) -> CellValue:
    cells_row = sheet.rows[row]
    return cells_row[col] if col < len(cells_row) else None
