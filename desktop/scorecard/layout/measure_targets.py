"""A heading naming a kind of figure and the word for a target: that figure's target.

'Rate target', 'Target rate', 'Rate (target)', 'Target (%)', '% target', 'Value target',
'No. target', 'Rate target 2024/25': the words name both the figure and the target, and
whichever comes first the column holds the target. Read by the vocabulary's best phrase
alone, 'Rate target' would be a rate (the phrase at the start wins) and the target lost, or
read as a second figure. A heading with any other word ('Rate vs target', '% of target') is
not one of these: it is arithmetic on the two, or something else the vocabulary knows.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells


def target_of_figure(heading: str) -> tuple[bool, Period | None]:
    """(True, the period it names or None) for a figure's target heading, else (False, None)."""
    period: Period | None = None
    words = heading
    found = cells.period_header(heading)
    if found is not None and found[1]:
        period, words = found
    key = vocabulary.normalise(words).split()
    targets = [w for w in key if w in vocabulary.TARGET_HEADING_WORDS]
    if len(targets) != 1:
        return False, None
    rest = " ".join(w for w in key if w not in vocabulary.TARGET_HEADING_WORDS)
    if not rest or not _names_a_figure(rest):
        return False, None
    return True, period


def _names_a_figure(text: str) -> bool:
    return (
        text in vocabulary.COUNT_MEASURE_WORDS
        or text in vocabulary.FIGURE_KIND_WORDS
        or text in vocabulary.UNIT_ONLY_VALUE_HEADINGS
        or vocabulary.RATE_MEASURE_HEADING.fullmatch(text) is not None
    )
