"""Target columns each for a span of the year, and a later one left blank on a row.

After a mid-year review a report may keep the targets set in the spring and the revised
ones side by side, each heading naming the span it covers: 'Target Q1–Q2' | 'Target Q3–Q4
(revised Oct 2024)', or 'Target H1' | 'Target H2' under 'Targets 2024/25'. Each applies to
the periods of its span (``header`` dates them, the wide reader applies them). Where a row
leaves the later column blank, the blank may mean the earlier target still stands or that
there is no target for the rest of the year: a note on the sheet saying which ('Where no
revised target is shown the original target continues to apply') decides it; without one
the blank cell is asked about, never guessed.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods

# the kinds of period a target column may cover several observed periods of
SPAN_KINDS = frozenset({"financial_year", "academic_year", "calendar_year", "range"})
_SENTENCES = re.compile(r"(?<=[.;!?])\s+|\n+")
_NOTE_LEN = 400  # a note is a sentence or two, not a paragraph of commentary


def earlier_columns(header: Header) -> dict[int, Column]:
    """Each target column for a span of a year (not a whole year) -> the target column
    whose span ends last before it starts, in the same financial year: the target it may
    have revised."""
    dated = [(c, c.period) for c in header.columns if c.field == "target" and c.period]
    found: dict[int, Column] = {}
    for later, period in dated:
        if period.kind != "range":
            continue
        year = _year_of(period)
        before = [
            (span.end, c.index, c)
            for c, span in dated
            if span.end < period.start and _year_of(span) == year
        ]
        if before:
            found[later.index] = max(before, key=lambda b: (b[0], b[1]))[2]
    return found


def _year_of(period: Period) -> Period:
    """The financial year a period starts in."""
    start = period.start
    return periods.financial_year(start.year if start.month >= 4 else start.year - 1)


def blank_keeps_earlier(header: Header) -> bool:
    """A note above or under the table saying a blank later (revised) target leaves the
    earlier one standing: 'Where no revised target is shown the original target continues to
    apply', 'Original targets apply unless a revised target is given'."""
    return any(_says_earlier_stands(text) for text in _note_texts(header))


def _note_texts(header: Header) -> list[str]:
    """The title lines over the table, and the lines of one text cell under its heading."""
    sheet = header.sheet
    texts = [v for row in sheet.rows[: header.top] for v in row if isinstance(v, str)]
    for row in sheet.rows[header.first_data :]:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) == 1 and isinstance(filled[0], str):
            texts.append(filled[0])
    return [t for t in texts if len(t) <= _NOTE_LEN * 2]


def _says_earlier_stands(text: str) -> bool:
    for sentence in _SENTENCES.split(" ".join(text.split()).lower()):
        if len(sentence) > _NOTE_LEN:
            continue
        if vocabulary.EARLIER_TARGET_STANDS.search(
            sentence
        ) and vocabulary.BLANK_TARGET_CONDITION.search(sentence):
            return True
    return False
