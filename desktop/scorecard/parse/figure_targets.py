"""A figure with its target typed into the same cell: '56.2% (target 57.0%)', '31 days (T: 28)',
'9.1 (tgt 8.5)', '88% - target 90%', '88% (90% target)', and '121 / 180' where the name says
the pair is the figure over its target.

Decisions worth knowing:

* The target must be introduced by a target word (``vocabulary.TARGET_IN_CELL_WORDS``;
  a bare 'T' only inside a bracket): '56% (60%)' or '56% vs 60%' could as well be last
  year's figure, and are not split.
* Both halves must read: the figure as a number, the target as ``parse_target`` reads a
  target cell ('≥ 95%', 'no more than 28 days', a '90–95%' band). Otherwise the cell is
  left as it was (and held for review by the caller, as any figure with words around it).
* 'a / b' or 'a of b' is split only when the indicator's name or the column's heading says
  it is the figure over the target (``vocabulary.FIGURE_OVER_TARGET``): otherwise it may be
  a numerator over its denominator, and the sheet does not say which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.parse.targets import Target, parse_target

__all__ = ["FigureAndTarget", "figure_and_target", "is_pair", "says_figure_over_target"]


@dataclass(frozen=True, slots=True)
class FigureAndTarget:
    figure: cells.Number
    target: Target


_WORDS = vocabulary.alternatives(vocabulary.TARGET_IN_CELL_WORDS)
_LETTERS = vocabulary.alternatives(vocabulary.TARGET_IN_CELL_LETTERS)
_JOINERS = vocabulary.alternatives(vocabulary.TARGET_IN_CELL_JOINERS)
_PART = r"[^()\[\]]*?\d[^()\[\]]*?"
# '56.2% (target 57.0%)', '31 days (T: 28)', '88% [90% target]'
_BRACKETED = re.compile(
    rf"^(?P<figure>{_PART})\s*[(\[]\s*(?:"
    rf"(?:{_WORDS}|{_LETTERS})(?![a-z])\s*[:=]?\s*(?P<after>{_PART})"
    rf"|(?P<before>{_PART})\s+(?:{_WORDS})"
    r")\s*[)\]]$",
    re.I,
)
# '88% - target 90%', '88% vs 90% target', '9.1, tgt 8.5'
_JOINED = re.compile(
    rf"^(?P<figure>{_PART})\s*(?:{_JOINERS})\s*(?:"
    rf"(?:{_WORDS})(?![a-z])\s*[:=]?\s*(?P<after>{_PART})"
    rf"|(?P<before>{_PART})\s+(?:{_WORDS})"
    r")\s*$",
    re.I,
)
# '121 / 180', '121 of 180'
_PAIR = re.compile(rf"^(?P<figure>{_PART})\s*(?:/|\bout of\b|\bof\b)\s*(?P<after>{_PART})$", re.I)


def says_figure_over_target(text: str) -> bool:
    """True when a name or heading says a cell's 'a / b' is the figure over its target."""
    return bool(text) and vocabulary.FIGURE_OVER_TARGET.search(text) is not None


def is_pair(text: str) -> bool:
    """'183 / 201', '44 of 50': two figures, one over the other, and no word for what they are."""
    if periods.is_year_over_year(text):  # '2023/24': a financial year, not two figures
        return False
    found = _PAIR.match(" ".join(text.split()))
    return found is not None and all(
        cells.number(found[part].strip()).value is not None for part in ("figure", "after")
    )


def figure_and_target(
    text: str, *, over_target: bool = False, decimal_comma: bool = False
) -> FigureAndTarget | None:
    """The figure and the target one cell's text gives, or None when it gives no such pair.
    ``over_target``: the name or heading says 'a / b' is the figure over its target."""
    return _split(" ".join(text.split()), over_target, decimal_comma)


@lru_cache(maxsize=4096)
def _split(text: str, over_target: bool, decimal_comma: bool) -> FigureAndTarget | None:
    if not text or len(text) > 80:
        return None
    patterns = (_BRACKETED, _JOINED, _PAIR) if over_target else (_BRACKETED, _JOINED)
    for pattern in patterns:
        found = pattern.match(text)
        if found is None:
            continue
        figure = cells.number(found["figure"].strip(), None, decimal_comma=decimal_comma)
        if figure.value is None:
            continue
        said = found["after"] or (found["before"] if "before" in pattern.groupindex else None)
        target = parse_target(said.strip(), decimal_comma=decimal_comma) if said else None
        if target is not None:
            return FigureAndTarget(figure, target)
    return None
