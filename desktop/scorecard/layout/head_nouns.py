"""A heading that ends with the noun for an indicator names the indicators.

'Service measure', 'Outcome measure', 'Local indicator', 'Corporate KPI': in an English
heading the last word says what the column holds and the words before it which ones, so the
column holds the indicators' names. Read by the vocabulary's best phrase alone, 'Service
measure' would be the service and the table, with no name column left, not found at all.
A heading with a word that makes it something about the indicator ('Unit of measure',
'Measure type', 'Lead for indicator', 'Indicator code') is not one of these.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary


def names_indicators(heading: str) -> bool:
    """True for a heading of two or more words ending with an indicator noun."""
    words = vocabulary.normalise(heading).split()
    if len(words) < 2 or len(words) > 4 or words[-1] not in vocabulary.INDICATOR_HEAD_NOUNS:
        return False
    return not any(
        w in vocabulary.NOT_BEFORE_HEAD_NOUN or w in vocabulary.INDICATOR_HEAD_NOUNS
        for w in words[:-1]
    )
