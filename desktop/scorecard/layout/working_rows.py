"""Rows of counts under a rate: the numerator and denominator it is worked out from.

Corporate scorecards often print, under each percentage, the two counts it is calculated
from, so members can see that 88% is 88 of 97 cases: a row 'Numerator' and a row
'Denominator' directly under the rate, with no code of their own. They are the workings of
the indicator above (its observations' numerator and denominator), not indicators.

A label that only says what the row counts ('No. of households prevented' over 'Out of
households owed a prevention duty') could as well name a measure of its own, so it is taken
as a working only on the evidence of the rows themselves: both rows, directly under the
indicator, with no code, set in under its name, their labels a count's ('No.', 'Number')
then a base's ('Out of', 'Base'), and their figures dividing to the rate above in every
period that gives all three. Such a pair whose figures do not divide to it is asked about.
"""

from __future__ import annotations

from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import CellValue

Working = Literal["numerator", "denominator"]

# how far a rate worked out from two counts may stand from the one printed: a rate rounded
# to whole points is half a point off at most (a fraction, '0.88', half a hundredth)
_POINTS = 0.5


def described(name: str) -> Working | None:
    """The working a label describing a count names ('No. of households prevented' ->
    numerator, 'Out of households owed a duty' -> denominator), or None."""
    key = vocabulary.normalise(name)
    if vocabulary.WORKING_NUMERATOR_LEAD.match(key):
        return "numerator"
    if vocabulary.WORKING_DENOMINATOR_LEAD.match(key):
        return "denominator"
    return None


def count(value: CellValue) -> float | None:
    """A cell's count, or None (blank, words such as 'n/a')."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", ""))
        except ValueError:
            return None
    return None


def divides(triples: list[tuple[float | None, CellValue, CellValue]]) -> bool | None:
    """Whether each period's numerator over its denominator is the rate given for it
    (``triples``: rate, numerator cell, denominator cell): True when every period giving all
    three agrees, False when one does not, None when none gives all three."""
    checked = False
    for rate, top, bottom in triples:
        numerator, denominator = count(top), count(bottom)
        if rate is None or numerator is None or denominator is None or denominator <= 0:
            continue
        share = numerator / denominator
        if abs(share * 100 - rate) > _POINTS and abs(share - rate) > _POINTS / 100:
            return False
        checked = True
    return True if checked else None
