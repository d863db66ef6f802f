"""A line above a table keying the rows that count from April, not every month column.

A monthly dashboard with bare month columns may say above its table which of its measures
are cumulative: 'Measures marked (cumulative) show the position from 1 April to the end of
each month', or a footnote '† Reported one month in arrears; YTD to the end of October'.
Such a sentence names a mark some rows carry ('marked', 'flagged', 'denoted', or a leading
footnote mark), so its 'cumulative' or 'YTD' says nothing of how the other rows' months are
counted: a month column stays that month. Where the key says the marked rows count from
April (from 1 April, from the start of the year, year to date), a row whose name carries a
cumulative word ('Council tax collected (cumulative)') reads each month as April to that
month. A sentence saying the figures are cumulative without keying a mark ('Cumulative to
end of month - 2024/25') still makes every month a span from April.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import footnote_periods

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(titles: Iterable[str]) -> list[str]:
    """The sentences of the lines above a table, each on its own."""
    return [s for t in titles for s in _SENTENCE_END.split(" ".join(t.split())) if s]


def keys_a_mark(sentence: str) -> bool:
    """A sentence about the rows carrying a mark, not about the table's columns."""
    if vocabulary.MARK_KEY.search(sentence) is not None:
        return True
    return footnote_periods.led_by_mark(sentence)


def says_cumulative(titles: Iterable[str], words: re.Pattern[str]) -> bool:
    """Some sentence above the table, keying no mark, says the figures are cumulative
    (``words`` found in it, normalised)."""
    return any(
        words.search(vocabulary.normalise(s)) is not None
        for s in sentences(titles)
        if not keys_a_mark(s)
    )


def marked_from_april(titles: Iterable[str]) -> bool:
    """A sentence above the table keys the measures marked cumulative as counted from April
    ('Measures marked (cumulative) show the position from 1 April to the end of each
    month')."""
    return any(
        keys_a_mark(s)
        and vocabulary.NAME_CUMULATIVE.search(s) is not None
        and vocabulary.KEYED_FROM_APRIL.search(s) is not None
        for s in sentences(titles)
    )
