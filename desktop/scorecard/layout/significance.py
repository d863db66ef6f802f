"""A column comparing each row with a benchmark by statistical significance.

A public health profile (OHID Fingertips, copied into a scrutiny report) prints no RAG:
beside the area's value and England's comes 'Compared with England', each row 'Better',
'Similar' or 'Worse' at 95% confidence, in the profile's green, amber and red; 'Higher' or
'Lower' (in blues) where a difference is judged neither better nor worse, and 'Not
compared'. Those words are the table's published rating. Only under a heading naming such
a comparison are they read so: 'Better' under 'Trend' is a direction of travel, and a
comparison with last year is never the rating.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

SCAN = 400  # data rows looked through


@lru_cache(maxsize=256)
def compares(heading: str) -> bool:
    """Whether a heading names a significance comparison with a benchmark ('Compared with
    England'), not with an earlier period ('Compared with last year')."""
    said = vocabulary.normalise(heading)
    return (
        vocabulary.SIGNIFICANCE_HEADING.search(said) is not None
        and vocabulary.SIGNIFICANCE_NOT_BENCHMARK.search(said) is None
    )


def answer(heading: str, value: CellValue) -> Rag | Literal["none"] | None:
    """The rating a significance word gives under such a heading ('none': no judgement)."""
    if not isinstance(value, str) or not compares(heading):
        return None
    return vocabulary.SIGNIFICANCE_WORDS.get(vocabulary.normalise(value))


def settle(header: Header) -> None:
    """A column headed as a comparison with a benchmark whose cells are all significance
    words, some of them judging better, similar or worse, is the table's rating column when
    the table has none, and the file shows the words are its ratings: each judged cell
    filled in its rating's colour, or a key above the table giving the words' meanings. A
    download's bare words (no colour, no key) stay unread."""
    if header.of("rag"):
        return
    top = header.first_data
    for column in header.columns:
        if column.field not in (None, "ignore") or column.why == "the saved mapping":
            continue
        if not compares(column.header):
            continue
        judged: list[tuple[int, Rag]] = []
        for index in range(top, min(len(header.sheet.rows), top + SCAN)):
            row = header.sheet.rows[index]
            value = row[column.index] if column.index < len(row) else None
            if cells.is_blank(value):
                continue
            said = answer(column.header, value)
            if said is None:
                break
            if said != "none":
                judged.append((index, said))
        else:
            if len(judged) >= 2 and (_filled(header, column.index, judged) or _keyed(header)):
                column.take("rag")
                column.why = "cells: better, similar or worse than the benchmark it names"
                return


def _filled(header: Header, column: int, judged: list[tuple[int, Rag]]) -> bool:
    """Every judged cell is filled in the colour of its rating (green Better, red Worse)."""
    styles = header.sheet.styles
    for index, rating in judged:
        style = styles.get((index, column))
        if style is None or cells.rag_fill(style.fill) != rating:
            return False
    return True


def _keyed(header: Header) -> bool:
    """Rows above the table giving significance words their meanings ('Better |
    Significantly better than England'): two at least, each a judging word then its text."""
    found = 0
    for row in header.sheet.rows[: header.top]:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) < 2 or not isinstance(filled[0], str):
            continue
        word = vocabulary.SIGNIFICANCE_WORDS.get(vocabulary.normalise(filled[0]))
        if word is not None and word != "none" and isinstance(filled[1], str):
            found += 1
    return found >= 2
