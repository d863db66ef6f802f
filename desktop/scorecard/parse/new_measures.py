"""Words a scorecard writes for an indicator with no figure or no target yet.

A new indicator has a code and a name but, in its first year, few figures or none: its
outturn cell says 'New for 2024/25' or 'New indicator', its quarters 'Data available from
Q3', its target 'Baseline year', 'TBC' or 'TBC – baseline year'. Such words where a figure
would be are kept as the period's text, with no figure and no warning, as 'not yet due'
is; such words for a target mean no target, as 'N/A' does. Words that are none of these
(a target 'See commentary', 'Stretch') are still held for review by the caller.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import periods

__all__ = ["no_figure_yet", "says_no_target"]

# the parts a target cell's words are joined by: 'TBC – baseline year', 'N/A (new
# indicator)', 'TBC: to be set'; a slash only with spaces round it ('n/a' is one word)
_PARTS = re.compile(r"\s*(?:[\u2013\u2014]|\s-\s|[:;,()\[\]]|\s/\s)\s*")
_MAX_TEXT = 80


def _key(text: str) -> str:
    return " ".join(text.split()).lower().strip(" .")


@lru_cache(maxsize=4096)
def no_figure_yet(text: str) -> bool:
    """'New for 2024/25', 'New indicator', 'Data available from Q3', 'Baseline year': a new
    or late indicator's words where a figure would be."""
    key = _key(text)
    if not key or len(key) > _MAX_TEXT:
        return False
    if key in vocabulary.NEW_MEASURE_MARKERS:
        return True
    found = vocabulary.NEW_MEASURE_LEAD.match(key)
    return found is not None and _names_a_time(found["when"])


def _names_a_time(text: str) -> bool:
    """'2024/25', 'Q3', 'September 2025', 'year end': when the figures will come."""
    text = text.strip(" .")
    return (
        text in vocabulary.LATER_TIMES
        or periods.parse_period(text) is not None
        or periods.is_sub_period(text)
    )


@lru_cache(maxsize=4096)
def says_no_target(text: str) -> bool:
    """A target cell deliberately giving no target: 'N/A', 'TBC', 'Baseline year', 'To be
    set', 'New indicator', or such words joined ('TBC – baseline year', 'N/A (new
    indicator)'). Any other word among them ('TBC – see note') gives no such answer."""
    key = _key(text)
    if not key or len(key) > _MAX_TEXT:
        return False
    if _no_target_part(key):
        return True
    parts = [p for p in _PARTS.split(key) if p.strip(" .")]
    return len(parts) > 1 and all(_no_target_part(p) for p in parts)


def _no_target_part(part: str) -> bool:
    part = part.strip(" .")
    return part in vocabulary.NO_TARGET or part in vocabulary.MISSING_MARKERS or no_figure_yet(part)
