"""A count and its percentage typed in one cell: '96 (54%)', '201 / 71%', '11,455 (95.9%)',
'12 of 40 (30%)', '30% (12)', '62.5% (5/8)', '45% (n=20)'.

Decisions worth knowing:

* Which figure is the indicator's is what the indicator says it measures: a name (or unit,
  or column heading) speaking of a share ('% of …', 'Percentage …', '… rate', '(%)') takes
  the percentage, its count kept as the numerator (and the base, where the cell gives one,
  as the denominator); one speaking of a count ('Number of …', '(number)', 'No. of …')
  takes the count. A name speaking of both, or of a rate per 1,000, says neither.
* A percentage leading with its working after it ('62.5% (5/8)', '45% (n=20)') is a rate
  shown with the cases behind it: the percentage, unless the name speaks of a count.
* Where nothing says, the caller looks at the indicator's target; failing that the cell is
  held for review, never read as one figure or the other by guess.
* The count must be a whole number, and a base must agree with the count and percentage
  ('12 of 40 (30%)'): '4.5 (12%)' may be a figure and its change, and is not split.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import values

__all__ = ["CountShare", "Measured", "by_target", "measured_by", "split"]

Measured = Literal["count", "share", "unclear"]


@dataclass(frozen=True, slots=True)
class CountShare:
    count: float | None  # the count, where the cell gives one ('45% (n=20)' gives none)
    share: float  # the percentage, in points
    base: float | None  # what the share is of, where the cell gives it ('12 of 40', 'n=20')
    # the percentage leads, with its working after it ('62.5% (5/8)', '45% (n=20)'): a rate
    # shown with the cases behind it
    worked: bool = False


_N = r"\d[\d,.]*"
_OPEN, _CLOSE = r"[(\[]\s*", r"\s*[)\]]"
_OF = r"\s*(?:/|of|out\s+of)\s*"
_PCT = rf"(?P<share>{_N})\s*%"
_BASE_LEAD = vocabulary.alternatives(vocabulary.SHARE_BASE_LEADS)
_FORMS = tuple(
    re.compile(form, re.I)
    for form in (
        # '96 (54%)', '3 [3.4%]'; '201 / 71%', '201 | 71%'
        rf"(?P<count>{_N})\s*{_OPEN}{_PCT}{_CLOSE}",
        rf"(?P<count>{_N})\s*[/|]\s*{_PCT}",
        # '12 of 40 (30%)', '12/40 (30%)'
        rf"(?P<count>{_N}){_OF}(?P<base>{_N})\s*{_OPEN}{_PCT}{_CLOSE}",
        # '30% (12)'
        rf"{_PCT}\s*{_OPEN}(?P<count>{_N}){_CLOSE}",
        # '62.5% (5/8)', '45% (20 of 44)'
        rf"{_PCT}\s*{_OPEN}(?P<count>{_N}){_OF}(?P<base>{_N}){_CLOSE}",
        # '45% (n=20)', '45% (base: 20)'
        rf"{_PCT}\s*{_OPEN}(?:{_BASE_LEAD})\s*[=:]?\s*(?P<base>{_N}){_CLOSE}",
    )
)


def _figure(digits: str | None, decimal_comma: bool) -> float | None:
    if digits is None:
        return None
    parsed = values.parse_number(digits, decimal_comma=decimal_comma)
    return parsed.value if parsed.unit is None else None


def split(text: str, *, decimal_comma: bool = False) -> CountShare | None:
    """The count, percentage and base a cell gives, or None for any other text."""
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if len(cleaned) > 40 or "%" not in cleaned:
        return None
    for form in _FORMS:
        found = form.fullmatch(cleaned)
        if found is None:
            continue
        groups = found.groupdict()
        share = _figure(groups.get("share"), decimal_comma)
        count = _figure(groups.get("count"), decimal_comma)
        base = _figure(groups.get("base"), decimal_comma)
        if share is None or (groups.get("count") and count is None):
            return None
        if groups.get("base") and base is None:
            return None
        if count is not None and not count.is_integer():
            return None  # '4.5 (12%)': a figure and something else, not a count
        if count is not None and base is not None and not _agrees(count, base, share):
            return None
        worked = found.start("share") == 0 and base is not None
        return CountShare(count, share, base, worked)
    return None


def _agrees(count: float, base: float, share: float) -> bool:
    """'12 of 40 (30%)': the percentage is the count's share of the base, to its rounding."""
    if base <= 0 or count > base:
        return False
    return abs(count / base * 100 - share) <= 0.51


@lru_cache(maxsize=4096)
def measured_by(text: str) -> Measured | None:
    """What a name, unit or heading says the figure is: 'share', 'count', 'unclear' (both,
    or a rate per 1,000, which neither figure is), or None when it says nothing."""
    if not text:
        return None
    if vocabulary.RATE_UNIT.search(text):
        return "unclear"
    share = vocabulary.SHARE_MEASURE_WORDS.search(text) is not None
    count = vocabulary.COUNT_MEASURE_NAME_WORDS.search(text) is not None
    if share and count:
        return "unclear"
    return "share" if share else "count" if count else None


def by_target(
    pairs: Sequence[tuple[CountShare, float | None]],
) -> Literal["count", "share"] | None:
    """The figure a row's targets sit beside, where the name says nothing: every pair with a
    target nearer one figure than the other by a wide margin (its distance, as a ratio, under
    half the other's), and at least one such pair."""
    said: set[str] = set()
    for pair, target in pairs:
        if target is None:
            continue
        if pair.count is None or target <= 0 or pair.count <= 0 or pair.share <= 0:
            return None
        to_count = abs(math.log(target / pair.count))
        to_share = abs(math.log(target / pair.share))
        if to_count * 2 < to_share:
            said.add("count")
        elif to_share * 2 < to_count:
            said.add("share")
        else:
            return None
    if len(said) != 1:
        return None
    return "count" if "count" in said else "share"
