"""A cell listing one figure per period, a line each: 'Q1: 85%' / 'Q2: 87%' / 'Q3: 84.5%'.

Committee appendices written in Word keep one 'Performance' cell per indicator and add a
line to it every quarter; pasted into Excel each cell keeps its lines. A line is a period's
label, a separator (':', '=', or a dash with a space: 'Q1 - 78.3%') and what was typed for
it ('78.3%', '19.4 days', '112,406', 'n/a'); blank lines and bullets are no part of it.

A label is a quarter, half year or month named alone ('Q1', 'Quarter 2', 'H1', 'First
half', 'Apr', 'September'), dated later as a heading naming it would be, or a period that
names its year ('Q1 2024/25', 'Apr 2024', '2023/24'). This module only splits the cell and
says which lines name no period and which periods are given twice; the layout stage
(``layout.listed_periods``) decides what the table makes of them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells

__all__ = ["Line", "Listing", "label", "split"]

# 'Q1: 85%', 'Q1 = 85%' (the first colon: '0:02:35' may follow)
_COLON = re.compile(r"^(?P<label>[^:=]+?)\s*[:=]\s*(?P<figure>.*)$", re.S)
# 'Q1 - 78.3%', 'Q1 – 78.3%', 'Q1- 78.3%': a dash with a space after it ('Q1 -5' may be
# a minus)
_DASH = re.compile(r"^(?P<label>.+?)\s*[-\u2013\u2014]\s+(?P<figure>.*)$", re.S)
_SEPARATORS = frozenset(":=-\u2013\u2014")
# a bullet before a line: '• Q1: 85%', '- Q1: 85%'
_BULLET = re.compile(r"^(?:[\u2022\u00b7\u25aa\u25cf\u2013*-]\s+|[\u2022\u00b7\u25aa])")
_MAX_LABEL = 30


@dataclass(frozen=True, slots=True)
class Line:
    """One labelled line: the period as a heading would name it, and what was typed for it."""

    # the period however it was written ('Quarter 1' and 'Q1' alike): 'Q1', 'H2', 'Apr',
    # or the period's own label where it names its year ('Q1 2024/25', 'Apr 2024')
    label: str
    figure: str  # '48.2%', 'n/a'; '' where nothing follows the label


@dataclass(frozen=True, slots=True)
class Listing:
    """A cell read line by line."""

    lines: tuple[Line, ...]  # the labelled lines, in the cell's order (the first of a repeat)
    unlabelled: tuple[str, ...]  # lines that name no period
    repeated: tuple[str, ...]  # labels given on two lines


def label(text: str) -> str | None:
    """A period named alone ('Q1', 'Qtr 2', 'H1', 'Apr', 'Q1 2024/25') as a heading would
    name it ('Q1', 'Q2', 'H1', 'Apr', 'Q1 2024/25'); None for anything else ('Target')."""
    text = " ".join(text.split()).rstrip(".")
    if not text or len(text) > _MAX_LABEL:
        return None
    key = vocabulary.normalise(text)
    found = vocabulary.LISTED_QUARTER.fullmatch(key)
    if found is not None:
        return f"Q{found[1]}"
    found = vocabulary.LISTED_HALF.fullmatch(key)
    if found is not None:
        half = found[1] or ("1" if found[2] in vocabulary.LISTED_FIRST_HALF else "2")
        return f"H{half}"
    month = vocabulary.MONTHS.get(key)
    if month is not None:
        return calendar.month_abbr[month]
    if not any(ch.isdigit() for ch in text):
        return None
    period = cells.period(text)
    if period is None:
        return None
    return period.label


def _line(text: str) -> tuple[str, str] | None:
    """(label, figure) of a labelled line; None for a line naming no period."""
    text = _BULLET.sub("", text.strip()).strip()
    for pattern in (_COLON, _DASH):
        found = pattern.match(text)
        if found is None:
            continue
        named = label(found["label"])
        if named is not None:
            return named, found["figure"].strip()
    return None


def split(text: str) -> Listing | None:
    """The cell read line by line, where a line of it names a period before what was typed
    for it; None where none does ('85%', 'On track', 'Target: 90%')."""
    return _split(text) if not _SEPARATORS.isdisjoint(text) else None


@lru_cache(maxsize=4096)
def _split(text: str) -> Listing | None:
    lines: list[Line] = []
    unlabelled: list[str] = []
    repeated: list[str] = []
    seen: set[str] = set()
    for each in text.splitlines():
        if not each.strip():
            continue
        found = _line(each)
        if found is None:
            unlabelled.append(each.strip())
            continue
        named, figure = found
        if named in seen:
            repeated.append(named)
            continue
        seen.add(named)
        lines.append(Line(named, figure))
    if not lines:
        return None
    return Listing(tuple(lines), tuple(unlabelled), tuple(repeated))
