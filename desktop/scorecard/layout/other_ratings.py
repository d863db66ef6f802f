"""Rating columns that rate something other than how the indicator performs ('Data quality
rating', 'DQ RAG', 'Confidence', 'Risk rating', 'Likelihood', 'RAG (forecast v target)'):
never the row's RAG."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Role

# why a second column of ratings was not read (a second 'RAG' heading, or Red/Amber/Green
# cells beside a rating column): the two may still have to be asked about
SECOND = "a second column of ratings"


class _Column(Protocol):
    header: str
    field: Role | None
    why: str

    def take(self, role: Role | None, comparator: str | None = None) -> None: ...


def subject(heading: str) -> str | None:
    """What a heading says its rating rates when that is not performance ('data quality',
    'risk', 'confidence', or a forecast: 'RAG (forecast v target)'), or None."""
    words = vocabulary.normalise(heading)
    found = vocabulary.OTHER_RATING_HEADING.search(words)
    if found:
        return found[0]
    return "forecast" if vocabulary.RATED_FORECAST.search(words) else None


def leave_out(columns: Iterable[_Column]) -> None:
    """A rating column whose heading names another subject is read as nothing."""
    for column in columns:
        if column.field == "rag" and column.why != "the saved mapping":
            rated = subject(column.header)
            if rated is not None:
                column.take("ignore")
                column.why = because(column.header, rated)


def because(heading: str, rated: str) -> str:
    return f"its heading '{heading}' rates the {rated}, not how the indicator performs"
