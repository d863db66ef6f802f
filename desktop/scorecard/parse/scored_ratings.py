"""A performance system's score typed with its rating word: '3 - Green', '2 – Amber',
'0 - Not rated', 'N/A - Data only', 'Green (3)'.

Only the splitting is done here: the score as typed and the rating the word names. A cell is
one only when the score is the only thing beside a rating word (a figure with its rating,
'85.2 (G)' or '91% Green', is ``rated_figures``'); whether the scores of a column agree with
each other and with a key the file prints, the table decides (``layout.scored_scale``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import ratings

__all__ = ["ScoredRating", "split"]


@dataclass(frozen=True, slots=True)
class ScoredRating:
    score: str  # as typed, casefolded ('3', 'n/a')
    rating: Rag | Literal["none"]  # what the word names; 'none' for 'Not rated', 'Data only'


def split(text: str) -> ScoredRating | None:
    """``text`` as a score and the rating its word names, or None for anything else."""
    return _split(" ".join(text.split()))


@lru_cache(maxsize=1024)
def _split(text: str) -> ScoredRating | None:
    found = vocabulary.SCORED_RATING_BEFORE.match(text) or vocabulary.SCORED_RATING_AFTER.match(
        text
    )
    if found is None:
        return None
    word = found["word"].strip()
    score = found["score"].casefold().replace("/", "")
    if ratings.says_not_rated(word):
        return ScoredRating(score, "none")
    if score == "na":
        return None  # 'N/A - Green' says two things
    rating = ratings.rag_exact(word)
    return None if rating is None else ScoredRating(score, rating)
