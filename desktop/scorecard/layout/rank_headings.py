"""Headings that name a position among councils: "Rank (of 16)", "Quartile", "Position out of 22".

Benchmarking tables print, beside the council's figure, its rank among similar councils and
the quartile it falls in. Those are positions, not figures of the measure, however much
their cells look like numbers; they are left out. A quartile's boundary ("Top quartile",
"Upper quartile threshold") is a comparator's figure, not a position, and is not one of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.scorecard import vocabulary

# "(1 = best of 22)": a note on how to read the heading, not what the column holds
_NOTE = re.compile(r"\([^)]*\)")
# "(of 16)", "out of 22", "/16": the size of the group a position is counted in
_OF_GROUP = re.compile(r"\b(?:of|out of)\s+\d{1,4}\b|/\s*\d{1,4}\b")


def is_boundary(heading: str) -> bool:
    """Whether a heading names a quartile's boundary ("Upper quartile (best)"), a figure."""
    outside = set(vocabulary.normalise(_NOTE.sub(" ", heading)).split())
    return bool(outside & vocabulary.RANK_BOUNDARY_WORDS and outside & vocabulary.RANK_WORDS)


@lru_cache(maxsize=4096)
def is_rank(heading: str) -> bool:
    """Whether a heading names the council's position in a group rather than a figure."""
    words = set(vocabulary.normalise(heading).split())
    outside = set(vocabulary.normalise(_NOTE.sub(" ", heading)).split())
    if outside & vocabulary.RANK_BOUNDARY_WORDS:
        return False  # "Top quartile", "Upper quartile threshold": a figure to compare with
    if words & vocabulary.RANK_WORDS:
        return True
    if words & vocabulary.POSITION_WORDS:  # "Position" alone is the latest figure
        return bool(
            _OF_GROUP.search(heading.lower())
            or words & vocabulary.POSITION_AMONG
            or words & vocabulary.POSITION_GROUPS
        )
    return False


_LABEL_WORDS = (
    vocabulary.RANK_WORDS
    | vocabulary.POSITION_WORDS
    | vocabulary.POSITION_AMONG
    | vocabulary.POSITION_GROUPS
    | vocabulary.POSITION_LABEL_FILLER
)


def is_position_label(label: str) -> bool:
    """Whether a row's label names only the council's position in a group ("Position in
    Wales", "Rank (of 22)", "Welsh ranking 2023/24"): its figures are places, not the
    measure's. A name that only uses such a word ("Schools ranked good (%)") is not one."""
    words = vocabulary.normalise(_NOTE.sub(" ", label)).split()
    # the words first: a name's first word is seldom one of them, and answers at once
    return all(w.isdigit() or w in _LABEL_WORDS for w in words) and is_rank(label)
