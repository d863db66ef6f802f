"""Ratings, directions and polarities stored as numbers and shown as words by their number format.

A council's template may keep each status as 1, 2 or 3 and show it through the custom number
format '[=1]"On track";[=2]"At risk";"Off track"', or a direction of travel as 1, -1 or 0
under '[>0]"▲ Improving";[<0]"▼ Worsening";"► No change"'. The sheet shows the words; the
numbers are the template's own codes, seen by nobody. A reader reads what the sheet shows.

In a column whose heading reads as ratings, directions of travel or polarity, each number
whose format shows words in its place (``read.format_words.shown_words``) is read as those
words. In any other column (a heading read otherwise or not at all, or none) the numbers are
read so only where the column shows no figure at all: every number in it is shown as a
rating, direction or polarity word; the column is then weighed by those words as it would
be had they been typed. A figure column
keeps its numbers: '0.0" days"' and '#,##0" pts"' show the number, and a zero shown as '-'
or 'Nil' ('0;-0;"-"') among figures is still a zero. A number the format's conditions do not
cover, or whose format is not understood, stays the number, and is weighed as one.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.scorecard.layout import evidence
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import Role
from desktop.scorecard.read.format_words import shown_words, shows_words

WORD_FIELDS: frozenset[Role] = frozenset({"rag", "direction", "polarity"})
_WORD_KINDS: frozenset[evidence.Kind] = frozenset({"rag", "direction", "polarity"})


def settle(header: Header, end: int | None = None) -> int:
    """Rewrite the table's numbers that its columns show as words into those words; ``end``:
    the row where the next table down the sheet starts. Gives how many cells were rewritten."""
    sheet = header.sheet
    codes = {s.number_format for s in sheet.styles.values() if s.number_format}
    wordy = {code for code in codes if shows_words(code)}
    if not wordy:
        return 0
    stop = len(sheet.rows) if end is None else min(end, len(sheet.rows))
    by_column: dict[int, dict[int, str]] = defaultdict(dict)
    for (r, c), style in sheet.styles.items():
        if style.number_format not in wordy or not header.first_data <= r < stop:
            continue
        row = sheet.rows[r]
        words = shown_words(style.number_format, row[c]) if c < len(row) else None
        if words is not None:
            by_column[c][r] = words
    if not by_column:
        return 0
    fields = {c.index: c.field for c in header.columns}
    unseen = {c.index for c in header.hidden} | sheet.hidden_cols
    done = 0
    for col, shown in sorted(by_column.items()):
        if col in unseen:
            continue
        if fields.get(col) not in WORD_FIELDS and not _only_words(header, col, stop, shown):
            continue
        for r, words in shown.items():
            sheet.rows[r][col] = words
        done += len(shown)
    if done:
        sheet.texts = None
    return done


def _only_words(header: Header, col: int, stop: int, shown: dict[int, str]) -> bool:
    """Every number of the column is shown as words, and each is a rating, a direction of
    travel or a polarity: the column shows no figure."""
    for r in range(header.first_data, stop):
        row = header.sheet.rows[r]
        value = row[col] if col < len(row) else None
        if isinstance(value, int | float) and not isinstance(value, bool) and r not in shown:
            return False
    return all(evidence.kind_of(words) in _WORD_KINDS for words in shown.values())
