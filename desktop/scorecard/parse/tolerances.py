"""A target typed with its tolerance in one cell ('95% (+/- 2%)', '14 days ±1'): a level and a band.

Decisions worth knowing:

* The level is the target; the tolerance is the band either side of it, and says the aim
  is to stay inside it (on-target polarity).
* A tolerance of a percentage is in points, whether or not it repeats the '%' sign:
  '95% (+/- 2%)' is 93 to 97, not 95 plus or minus 1.9; '0.6% tolerance 0.2' is 0.4 to 0.8.
* A percentage tolerance of a level in another unit is a share of the level: '£500k ± 5%'
  is £475k to £525k. Of a bare number ('95 ± 2%') it could be either, so nothing is read
  and the caller sends the cell to review.
* A tolerance in another unit than the level's ('14 days ± 1 week'), none at all, or not
  above nought, reads nothing either.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import values

__all__ = ["Tolerance", "tolerance"]

_PERCENT = "%"


class Tolerance(NamedTuple):
    level: float
    low: float
    high: float
    unit: str | None


def tolerance(text: str, *, decimal_comma: bool = False) -> Tolerance | None:
    """The level and the band a target typed with its tolerance states, else None."""
    found = vocabulary.TARGET_TOLERANCE.match(text.replace("\u2212", "-"))
    if found is None:
        return None
    level_text = found["level"] or found["level2"] or ""
    tol_text = (found["tol"] or found["tol2"] or "").strip()
    level = values.parse_number(level_text.strip(" :,"), decimal_comma=decimal_comma)
    if level.value is None:
        return None
    size = _size(tol_text, level.unit, level.value, decimal_comma)
    if size is None or not size > 0:
        return None
    low, high = round(level.value - size, 9), round(level.value + size, 9)
    return Tolerance(level.value, low, high, level.unit)


def _size(text: str, unit: str | None, level: float, decimal_comma: bool) -> float | None:
    """How far either side of the level the tolerance reaches, in the level's unit."""
    points = vocabulary.TOLERANCE_IN_POINTS.match(text)
    if points is not None:
        size = values.parse_number(points["size"], decimal_comma=decimal_comma).value
        return size if unit == _PERCENT else None
    parsed = values.parse_number(text, decimal_comma=decimal_comma)
    if parsed.value is None:
        return None
    if parsed.unit is None or parsed.unit == unit:
        return parsed.value  # '14 days ±1', '95% (+/- 2%)': in the level's own unit
    if parsed.unit == _PERCENT and unit is not None:
        return abs(level) * parsed.value / 100  # '£500k ± 5%': a share of the level
    return None
