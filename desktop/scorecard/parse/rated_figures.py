"""A figure typed with its rating in the same cell: '78.4% (A)', '72% R', '14 [A]',
'G - 91%', '91% Green', '85.2 (G)'.

Only the splitting is done here: the figure as typed and the rating's token as typed. A lone
'r' after a figure is also the official-statistics mark of a revised figure ('61.4 (r)');
which it is, the table as a whole decides (``layout.figure_ratings``), never one cell.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import values

__all__ = ["RatedFigure", "split"]

_TOKEN = r"[^\W\d_]{1,12}"
_WORD = re.compile(r"[^\W\d_]{2,}")
_SEPARATOR = r"\s*[-\u2013\u2014:,|/]\s*"
# the rating after the figure: '78.4% (A)', '72% R', '91% Green', '14 [A]', '85.2-G', '72%R'
_AFTER = re.compile(
    rf"^(?P<figure>.*?\S)(?:{_SEPARATOR}|\s*)"
    rf"(?:[(\[]\s*(?P<bracketed>{_TOKEN})\s*[)\]]|(?P<bare>{_TOKEN}))\.?$"
)
# the rating before the figure: 'G - 91%', 'Green: 91%', '(A) 72%', 'A 72%'
_BEFORE = re.compile(
    rf"^(?:[(\[]\s*(?P<bracketed>{_TOKEN})\s*[)\]]|(?P<bare>{_TOKEN}))(?:{_SEPARATOR}|\s+)"
    r"(?P<figure>[-+\u2212\u00a3$\u20ac]?\s*\d.*)$"
)


@dataclass(frozen=True, slots=True)
class RatedFigure:
    figure: str  # the figure as typed, without its rating ('78.4%')
    token: str  # the rating as typed, without brackets ('A', 'Green', 'r')
    bracketed: bool
    before: bool  # the rating stands before the figure ('G - 91%')

    @property
    def lone_r(self) -> bool:
        """An r alone after the figure: a red rating, or the mark of a revised figure."""
        return not self.before and self.token.casefold() == "r"

    @property
    def word(self) -> str:
        return self.token.casefold()


def split(text: str, keyed: Container[str] = ()) -> RatedFigure | None:
    """``text`` as a figure and a rating token, when the token is a colour word or letter of
    the shared vocabulary or one of ``keyed`` (casefolded tokens the file's key rates); None
    for anything else ('12.5 days', '61.4 (p)', 'Red - recruitment delays')."""
    found = _split(" ".join(text.split()))
    if found is None:
        return None
    if found.word not in vocabulary.FIGURE_RATING_WORDS and found.word not in keyed:
        return None
    return found


@lru_cache(maxsize=4096)
def _split(text: str) -> RatedFigure | None:
    if len(text) > 40 or not any(ch.isdigit() for ch in text):
        return None
    for pattern, before in ((_AFTER, False), (_BEFORE, True)):
        found = pattern.match(text)
        if found is None:
            continue
        token = found["bracketed"] or found["bare"]
        figure = found["figure"].strip()
        if not before and found["bare"] and len(token) > 1 and not _spaced(text, figure):
            continue  # '12days': a word run into the figure is its unit, not a rating
        parsed = values.parse_number(figure)
        if parsed.value is None or (
            len(_WORD.findall(figure)) > 1 and not values.is_known_unit(parsed.unit)
        ):
            continue  # '3 months late' after a rating is its reason ('£12.50 per head' a figure)
        return RatedFigure(figure, token, bool(found["bracketed"]), before)
    return None


def _spaced(text: str, figure: str) -> bool:
    """A space or separator between the figure and the word after it."""
    return not text[len(figure) : len(figure) + 1].isalpha()
