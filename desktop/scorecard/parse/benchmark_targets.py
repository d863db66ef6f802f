"""Targets stated as a position among other councils, with the number that position meant.

'Top quartile (≥ 92.1%)', 'Above England average (41.7%)', 'Top 25% of English districts
(≥ 90.4%)', 'Top quartile: 92.1%', 'England average of 41.7%': a careful reader takes the
printed number as the target, and which way is good from the sign beside the number ('≥')
or from the words ('Above', 'Below'); 'Top quartile' or 'Better than' alone says nothing
about direction (the top quartile of waiting times is the shortest). A position with no
number ('Upper quartile') states no target value: the caller doubts it.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Polarity

_BRACKETED = re.compile(r"^(?P<words>[^()\[\]]+?)\s*[(\[](?P<number>[^()\[\]]+)[)\]]\s*$")
# no brackets: the number last, after ':', a dash, '=' or 'of', 'at', 'is', 'currently'
_TRAILING = re.compile(
    rf"^(?P<words>[^\d:=]+?)\s*{vocabulary.BENCHMARK_JOINER}\s*"
    rf"(?P<number>[<>≤≥=~]*\s*[-+]?{vocabulary.MONEY_SIGN}?\s*\d[\d.,]*\s*\S{{0,12}})\s*$",
    re.IGNORECASE,
)


def _starts(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^(?:{vocabulary.alternatives(words)})(?![a-z])", re.I)


_HIGHER = _starts((*vocabulary.TARGET_AT_LEAST, "higher than"))
_LOWER = _starts((*vocabulary.TARGET_AT_MOST, "lower than"))


def is_benchmark_phrase(words: str) -> bool:
    """Words naming a position among others: 'Top quartile', 'Above England average'."""
    return bool(set(vocabulary.normalise(words).split()) & vocabulary.BENCHMARK_WORDS)


def _words_polarity(words: str) -> Polarity | None:
    said = " ".join(words.split())
    if _HIGHER.match(said):
        return "higher_is_better"
    if _LOWER.match(said):
        return "lower_is_better"
    return None


def split(text: str) -> tuple[str, str] | None:
    """(the position's words, the number part) of a benchmark target, or None."""
    found = _BRACKETED.match(text)
    if found is None:
        found = _TRAILING.match(text)
        if found is None or any(ch.isdigit() for ch in found["words"]):
            return None
    words = found["words"].strip()
    if not is_benchmark_phrase(words):
        return None
    return words, found["number"].strip()


def polarity_of(words: str, from_number: Polarity | None) -> Polarity | None:
    """Which way is good: the number's own sign first, else what the words say."""
    return from_number or _words_polarity(words)
