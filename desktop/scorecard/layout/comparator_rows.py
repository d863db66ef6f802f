"""Comparator rows under an indicator: a row with no code of its own, named 'England',
'Statistical neighbours', 'North East' or another comparator, directly under an indicator's
row (or under another such row) gives that indicator's comparator for each period column,
as benchmarking tables print them. Read as they stand, every 'England' row would be one
indicator holding every measure's figures. A table of many areas (read with an area chosen)
is left to its own rules.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.scorecard import vocabulary


@lru_cache(maxsize=4096)
def comparator_named(name: str) -> str | None:
    """The comparator a row's name is ('England average' → 'England'), or None."""
    key = vocabulary.normalise(name)
    if not key:
        return None
    return _NAMES.get(key)


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for shown, words in vocabulary.COMPARATOR_HEADINGS.items():
        for word in words:
            if len(word) > 3:  # 'sn', 'eng': too short to name a row
                names[word] = shown
    for word, shown in vocabulary.AREA_COMPARATORS.items():
        if len(word) > 3:
            names.setdefault(word, shown)
    names.pop("east", None)
    return names


_NAMES = _names()
