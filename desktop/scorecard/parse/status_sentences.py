"""A status written as a short sentence: 'On track to meet the annual target', 'Unlikely to
achieve target by year end', 'Performing above target this quarter', 'Not on track – see
commentary', 'No target set – figure for information'.

Decisions worth knowing:

* The status phrase that leads the sentence rates it (``vocabulary.RAG_PHRASES`` and
  ``STATUS_SENTENCE_PHRASES``, the longest first); a few words may stand before it
  ('Currently', 'Performing'), but never a negation: 'Not currently on track' leads with no
  phrase and is no rating, and 'not on track' is a phrase of its own (red), never 'on track'.
* A phrase saying there is nothing to rate ('No target set', 'Data not yet available') leads
  to no rating.
* The rest of the sentence is its reason; where the reason names another rating ('On track
  for Q3 but unlikely to achieve the annual target'), the sentence says two things and is
  'mixed' — held for review by the caller, never read as either.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Rag

__all__ = ["Said", "lead"]

Said = Rag | Literal["none", "mixed"]

_PHRASES: dict[tuple[str, ...], Said] = {
    **{tuple(p.split()): "none" for p in vocabulary.NOT_RATED if " " in p},
    **{tuple(p.split()): rag for p, rag in vocabulary.RAG_PHRASES.items()},
    **{tuple(p.split()): rag for p, rag in vocabulary.STATUS_SENTENCE_PHRASES.items()},
}
_LONGEST = max(len(p) for p in _PHRASES)
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_MAX_TEXT = 120  # longer is commentary, not a status


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def _phrase_at(words: list[str], start: int) -> tuple[int, Said] | None:
    """The longest status phrase starting at ``start``: (its length, what it says)."""
    for size in range(min(_LONGEST, len(words) - start), 0, -1):
        said = _PHRASES.get(tuple(words[start : start + size]))
        if said is not None:
            return size, said
    return None


@lru_cache(maxsize=4096)
def lead(text: str) -> Said | None:
    """What the status phrase leading ``text`` says, 'mixed' where the rest of the sentence
    names another rating, or None where no status phrase leads it."""
    if len(text) > _MAX_TEXT:
        return None
    words = _words(text)
    start = 0
    while start < len(words) and words[start] in vocabulary.STATUS_SENTENCE_LEAD_WORDS:
        start += 1
    found = _phrase_at(words, start) if start < len(words) else None
    if found is None:
        return None
    size, said = found
    rest = words[start + size :]
    at = 0
    while at < len(rest):
        other = _phrase_at(rest, at)
        if other is None:
            at += 1
            continue
        negated = any(w in vocabulary.STATUS_NEGATIONS for w in rest[max(0, at - 2) : at])
        if other[1] != said and not negated:
            return "mixed"
        at += other[0]
    return said
