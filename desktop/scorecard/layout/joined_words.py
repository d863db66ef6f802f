"""Headings written with their words run together: 'PeriodCode', 'UnitOfMeasure', 'RAGStatus'.

A system's extract names its columns as its database does, each word capitalised and no
space between ('MeasureName', 'ServiceArea', 'DataOwner'). Such a heading means what its
words mean apart; it is read so only where it means nothing as written.
"""

from __future__ import annotations

import re

# "IndicatorID" -> "Indicator ID", "RAGStatus" -> "RAG Status", "UnitOfMeasure" -> "Unit Of Measure"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def split(heading: str) -> str:
    """The heading with a space wherever a capital starts a new word ('PeriodCode' ->
    'Period Code'); the heading itself when no words run together."""
    return _CAMEL.sub(" ", heading)


def run_together(heading: str) -> str | None:
    """The words of a heading of one run-together word ('PeriodCode' -> 'Period Code'), or
    None for a heading of spaced words, one word, or words in capitals alone ('KPI')."""
    if not heading or any(ch.isspace() for ch in heading.strip()):
        return None
    spaced = split(heading.strip())
    return spaced if spaced != heading.strip() else None
