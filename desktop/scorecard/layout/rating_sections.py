"""Heading rows that rate the indicators under them, as an exceptions report groups its rows:
'RED – off target', 'AMBER – at risk', 'Green indicators', 'Measures rated Amber'.

A heading rates its rows only when it says a rating and nothing else: the rating alone ('Off
track'), a rating with a reason that says the same rating ('RED – off target'), or a rating
beside a word for the rows ('Red indicators', 'Indicators rated red'). A section named like a
service that starts with a colour word ('Green spaces', 'Red Cross contract') rates nothing.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import ratings

_MIN_LENGTH = 3  # 'R' or 'G' alone on a row is no heading


def section_rating(text: str) -> Rag | None:
    """The rating a section heading gives every indicator row below it, or None."""
    cleaned = vocabulary.normalise(text).rstrip(":").strip()
    if len(cleaned) < _MIN_LENGTH:
        return None
    whole = ratings.rag_exact(cleaned)
    if whole is not None:
        return whole
    split = ratings.split_reason(text)
    if split is not None:
        head, rest = split[0].strip(), split[1].strip(" )")
        said, reason = ratings.rag_exact(head), ratings.rag_exact(rest)
        if said is not None and (reason == said or _rows_word(rest)):
            return said  # 'RED – off target', 'Amber: indicators'
    words = cleaned.split(" ")
    for cut in range(1, len(words)):
        first, last = " ".join(words[:cut]), " ".join(words[cut:])
        if _rows_word(last) and ratings.rag_exact(first) is not None:
            return ratings.rag_exact(first)  # 'Red indicators', 'Off track measures'
        if first in vocabulary.RATING_SECTION_LEADS and ratings.rag_exact(last) is not None:
            return ratings.rag_exact(last)  # 'Indicators rated red', 'Status: green'
    return None


def _rows_word(text: str) -> bool:
    return vocabulary.normalise(text).strip(" :") in vocabulary.RATING_SECTION_NOUNS
