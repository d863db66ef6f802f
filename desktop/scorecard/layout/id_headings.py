"""Headings that name an identifier: "IndicatorID", "AgeID", "CategoryTypeId", "sex_id".

Upload templates and database extracts (Fingertips' PHOLIO sheet, BI exports) carry a
numeric id for each dimension of a figure. Those numbers are keys, not measures: only the
indicator's own id is its code (and an area's id its area); every other "…ID" column is a
dimension the importer leaves out, however much its cells look like figures.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import joined_words
from desktop.scorecard.model import Role

# an indicator's id is its code, an area's id its area
_KEEPS: frozenset[Role] = frozenset({"code", "area"})


@lru_cache(maxsize=4096)
def id_role(heading: str) -> Role | None:
    """The role of a heading ending in ID: "code", "area" or "ignore"; None for other headings."""
    words = vocabulary.normalise(joined_words.split(heading)).split()
    if len(words) < 2 or words[-1] not in vocabulary.ID_WORDS:
        return None
    found = vocabulary.match(" ".join(words))
    if found is not None and found.field in _KEEPS and found.score >= 0.7:
        return found.field
    return "ignore"
