"""Relative headings that name their own period: 'Latest (Dec 2024)', 'Previous: Q2 2024/25'.

Monthly and quarterly reports that show two or three periods side by side often head the
columns by their role ('Previous', 'Latest', 'Same month last year') and say the period
itself beside it: in brackets, after a colon or dash, or as 'as at 31 Dec 2024'. The
period named is the figure's, whatever the title says; nothing needs counting.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells

_BRACKETS = str.maketrans({"(": " ", ")": " ", "[": " ", "]": " "})


def period_named(heading: str) -> Period | None:
    """The period a relative heading names beside its relative words, or None."""
    found = named_with_words(heading)
    if found is None:
        return None
    period, words = found
    return period if is_relative(words) else None


def named_with_words(heading: str) -> tuple[Period, str] | None:
    """The period a heading names and its other words, normalised ('This month (Nov 2024)':
    Nov 2024 and 'this month'; 'Latest position as at Q2 2024/25': 'latest position')."""
    if not heading or not any(ch.isdigit() for ch in heading):
        return None
    found = cells.period_header(heading.translate(_BRACKETS))
    if found is None:
        return None
    period, rest = found
    return period, _without_link(rest)


def is_relative(words: str) -> bool:
    """'previous', 'latest position', 'same month last year', 'previous outturn'."""
    if not words:
        return False
    if (
        words in vocabulary.RELATIVE_PERIODS
        or words in vocabulary.CURRENT_HEADINGS
        or words in vocabulary.LAST_YEAR_HEADINGS
        or words in vocabulary.SAME_PERIOD_LAST_YEAR
    ):
        return True
    return any(
        words.startswith(f"{lead} ") and _value_word(words[len(lead) + 1 :])
        for lead in vocabulary.RELATIVE_LEADS
    )


def _value_word(words: str) -> bool:
    found = vocabulary.match(words)
    return found is not None and found.score >= 1.0 and found.field == "actual"


def _without_link(words: str) -> str:
    """'latest position as at' -> 'latest position'."""
    for link in sorted(vocabulary.DATED_HEADING_LINKS, key=len, reverse=True):
        if words == link:
            return ""
        if words.endswith(f" {link}"):
            return words[: -len(link) - 1]
    return words
