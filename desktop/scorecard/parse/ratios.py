"""Ratios typed as text ('18:1', '1:3.2') and shares written in words ('1 in 6 calls
abandoned').

Decisions worth knowing:

* A ratio written against one is read as its other side, as services compare them: a
  caseload of '18:1' is 18 cases to one social worker, a nursery's '1:3.2' is 3.2 children to
  one member of staff. Only where the row says its figures are ratios against one (a unit
  'Ratio', a name or heading saying 'ratio', 'per social worker', 'to one', 'staff-to-child'):
  elsewhere '18:1' may be a score, a time or a slip, and stays doubted.
* A ratio with neither side one ('3:2') does not say which side is the figure: held for
  review even where the row says ratio.
* '1 in 6' is a rounded share (anything from about 15% to 18%), and neither 6 nor 16.7 is a
  figure the sheet gives: its words are kept as text with no figure, and as a target
  ('Fewer than 1 in 10') it is no numeric target.
"""

from __future__ import annotations

from typing import Literal

from desktop.scorecard import vocabulary

__all__ = ["against_one", "is_one_in_n", "says_ratio"]

Unsided = Literal["unsided"]
UNSIDED: Unsided = "unsided"


def against_one(text: str) -> float | Unsided | None:
    """The figure a ratio cell sets against one ('18:1' and '1:18' are 18), UNSIDED for a
    ratio with neither side one ('3:2'), None for text that is no ratio."""
    found = vocabulary.RATIO_CELL.fullmatch(text)
    if found is None:
        return None
    a, b = float(found["a"]), float(found["b"])
    if a == 1.0:
        return b
    if b == 1.0:
        return a
    return UNSIDED


def says_ratio(*texts: str) -> bool:
    """True when a row's unit, name or heading says its figures are ratios against one."""
    return any(text and vocabulary.RATIO_CONTEXT.search(text) for text in texts)


def is_one_in_n(text: str) -> bool:
    """'1 in 6 calls abandoned', 'Fewer than 1 in 10', 'one in five': a share in words."""
    return bool(vocabulary.ONE_IN_N.fullmatch(vocabulary.normalise(text)))
