"""Targets written as a change by so much ('Reduce by 20%', 'at least 10% reduction'), read
against what the indicator's name says its figures are.

A change by so much is a target only where the figures are themselves a change measured
from a base the name states ('% change in CO2 emissions from the 2019/20 baseline',
'Change in rough sleeping on the same month last year', 'Reduction in agency spend on
2023/24'):

* figures of a change either way ('% change in ...'): a reduction by N is -N, an increase
  by N is +N ('Reduce by 20%' -> -20);
* figures that are themselves a reduction ('Reduction in agency spend ...'): a reduction by
  N is +N, the least reduction sought ('at least 10% reduction' -> +10); an increase
  target on them says nothing sure, and so the other way round;
* a name naming no change from a base (a level such as 'Waste per household (kg)', or a
  change from nothing stated): the change is from a figure the sheet does not give.

Where it is not sure, the caller asks about the cell rather than guessing a sign.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary

__all__ = ["ChangeTarget", "measure_kind", "read", "written"]

_NUMBER = vocabulary.CHANGE_TARGET_AMOUNT
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_AT_LEAST = vocabulary.CHANGE_TARGET_AT_LEAST
_LEAD = rf"(?:(?P<lead>{vocabulary.alternatives(vocabulary.CHANGE_TARGET_LEADS)})\s+)?"
_VERB_FIRST = re.compile(
    rf"^{_LEAD}(?P<verb>{vocabulary.alternatives(vocabulary.CHANGE_TARGET_VERBS)})"
    rf"\s+{vocabulary.CHANGE_TARGET_BY}\s+{_AT_LEAST}(?P<n>{_NUMBER})$",
    re.I,
)
_NOUN_AFTER = re.compile(
    rf"^{_LEAD}(?P<n>{_NUMBER})\s+"
    rf"(?P<noun>{vocabulary.alternatives(vocabulary.CHANGE_TARGET_NOUNS)})$",
    re.I,
)
_NOUN_FIRST = re.compile(
    rf"^{_LEAD}(?P<noun>{vocabulary.alternatives(vocabulary.CHANGE_TARGET_NOUNS)})\s+"
    rf"{vocabulary.CHANGE_TARGET_OF}\s+{_AT_LEAST}(?P<n>{_NUMBER})$",
    re.I,
)
_NOUNS = vocabulary.alternatives(vocabulary.CHANGE_MEASURE_NOUNS)
# '% change in ...', 'Reduction in ...', '... – change on the same point last year'
_MEASURE_START = re.compile(
    rf"(?:^|[\u2013\u2014\-:,;(]\s*)"
    rf"(?:(?:{vocabulary.alternatives(vocabulary.CHANGE_MEASURE_LEADS)})\s+)?"
    rf"(?P<noun>{_NOUNS})\s+(?:{vocabulary.alternatives(vocabulary.CHANGE_MEASURE_LINKS)})\b",
    re.I,
)
# 'Emissions reduction from the 2019/20 baseline': the noun straight before its base
_MEASURE_BASE = re.compile(
    rf"\b(?P<noun>{_NOUNS})\s+(?:{vocabulary.alternatives(vocabulary.CHANGE_BASE_LINKS)})\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class ChangeTarget:
    way: str  # 'fall' or 'rise'
    amount: float  # how much, never negative
    percent: bool  # written as a percentage


@lru_cache(maxsize=1024)
def written(text: str) -> ChangeTarget | None:
    """A target cell written as a change by so much: 'Reduce by 20%', 'at least 10%
    reduction', 'a 5% increase', 'Reduction of 3'; None for any other text."""
    words = " ".join(text.split()).rstrip(".")
    found = _VERB_FIRST.match(words)
    way = None
    if found is not None:
        way = vocabulary.CHANGE_TARGET_VERBS[found["verb"].lower()]
    else:
        found = _NOUN_AFTER.match(words) or _NOUN_FIRST.match(words)
        if found is not None:
            way = vocabulary.CHANGE_TARGET_NOUNS[found["noun"].lower()]
    if found is None or way is None:
        return None
    amount = found["n"].strip()
    digits = _DIGITS.search(amount)
    if digits is None or amount[: digits.start()].strip():
        return None  # 'Reduce by -5%': no way to tell which is meant
    percent = amount.endswith("%") or vocabulary.PERCENT_NAME.search(amount) is not None
    points = vocabulary.POINTS_WORDS.search(amount) is not None
    return ChangeTarget(way, float(digits.group(0).replace(",", "")), percent and not points)


@lru_cache(maxsize=1024)
def measure_kind(name: str) -> str | None:
    """What an indicator's figures are, where its name says they are a change from a base:
    'either' ('% change in ... from the 2019/20 baseline'), 'fall' ('Reduction in agency
    spend on 2023/24') or 'rise'; None where it names no change, no base, or changes of
    more than one kind."""
    if not name or vocabulary.CHANGE_BASE.search(name) is None:
        return None
    kinds = {
        vocabulary.CHANGE_MEASURE_NOUNS[m["noun"].lower()]
        for pattern in (_MEASURE_START, _MEASURE_BASE)
        for m in pattern.finditer(name)
    }
    return kinds.pop() if len(kinds) == 1 else None


def read(target: ChangeTarget, name: str, unit: str = "") -> float | None:
    """The figure a change target stands for on the indicator ``name`` (its unit cell
    ``unit``), or None where it is not sure which."""
    kind = measure_kind(name)
    if kind is None:
        return None
    if target.percent and not (vocabulary.PERCENT_NAME.search(name) or unit.strip() == "%"):
        return None  # a percentage change sought of figures that are no percentage
    if kind == "either":
        return -target.amount if target.way == "fall" else target.amount
    return target.amount if target.way == kind else None
