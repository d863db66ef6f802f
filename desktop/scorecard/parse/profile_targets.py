"""A year's target with a period's profile in brackets: '97.0% (Q2 profile 56.5%)', '200 (Q2
profile 70)', '620,000 (Q2: 305,000)', '8.0 days (Q2 profile 3.8 days)', '52% (Q1 50%, Q2
55%)'.

Where a table has a column for the year's target and officers typed a quarter's (or a
month's, or a half's) profile into it instead of a column of its own, the figure before the
bracket is the year's target and each bracketed figure the target of the period its label
names. That period is dated as the sheet dates its own periods: 'Q2' is the period of the
sheet's column written 'Q2' ('Q2 2024/25'), else the second quarter of the target's year
(the column's year, or the year of the figure it is read for). A period with a profile takes
it; every other period of the year takes the year's target.

A bracket that is not a period and its figure ('95% (stretch 97%)', '(YTD profile 56%)',
'(2025/26: 98%)') is no profile: the cell is read as before (a stretch figure labelled so is
left out by ``parse.targets``; a figure with an aside the reader does not know goes to
review). A label that names a period the sheet cannot date
('Q2' beside a calendar year's target) goes to review naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods

_REFERENCE = periods.parse_period("2000/01")  # a year to name sub-periods against
UNDATED = "undated"  # a profile's label names a period the sheet cannot date


@dataclass(frozen=True, slots=True)
class Profiled:
    """The year's target as written ('97.0%') and each profile: (its label, its figure)."""

    annual: str
    profiles: tuple[tuple[str, str], ...]


@lru_cache(maxsize=1024)
def split(text: str) -> Profiled | None:
    """The year's target and its profiles, or None when ``text`` is not written so."""
    found = vocabulary.PROFILE_TARGET_CELL.fullmatch(text.strip())
    if found is None:
        return None
    profiles: list[tuple[str, str]] = []
    for piece in vocabulary.PROFILE_TARGET_SPLIT.split(found["inside"].strip()):
        part = vocabulary.PROFILE_TARGET_PIECE.fullmatch(piece.strip())
        if part is None:
            return None
        label = " ".join(part["label"].split())
        if key(label) is None and not _dated(label):
            return None  # 'stretch', 'YTD', '2025/26': not a period within the year
        profiles.append((label, part["figure"].strip()))
    if not profiles or len({key(label) or label for label, _ in profiles}) < len(profiles):
        return None
    return Profiled(found["annual"].strip(), tuple(profiles))


def key(label: str) -> tuple[str, int] | None:
    """What part of a year a label names, whatever its year: ('quarter', 7) for 'Q2' or
    'Quarter 2' (its first month), ('month', 9) for 'Sep'; None for anything else."""
    if _REFERENCE is None or not periods.is_sub_period(label):
        return None
    found = periods.combine_period(_REFERENCE, label)
    if found is None or found.kind not in ("quarter", "month", "range"):
        return None
    return found.kind, found.start.month


def _dated(label: str) -> Period | None:
    """The period a label names with its year ('Q2 2024/25'), or None."""
    found = cells.period_header(label)
    if found is None or found[1] or found[0].kind not in ("quarter", "month", "range"):
        return None
    return found[0]


def written(headings: Mapping[str, Period]) -> dict[tuple[str, int], set[str]]:
    """From the sheet's period headings ('Q2 2024/25' -> its period): the periods each part
    of a year is written as, so that a bracket's 'Q2' is the sheet's own 'Q2'."""
    found: dict[tuple[str, int], set[str]] = {}
    for heading, period in headings.items():
        words = vocabulary.normalise(heading).split()
        keys = {
            k
            for size in (1, 2, 3)
            for start in range(len(words) - size + 1)
            if (k := key(" ".join(words[start : start + size]))) is not None
        }
        if len(keys) == 1:
            found.setdefault(keys.pop(), set()).add(period.label)
    return found


def figure_for(
    text: str,
    period: Period,
    year: Period | None,
    on_sheet: Mapping[tuple[str, int], set[str]],
) -> str | None:
    """The part of ``text`` giving ``period``'s target: its profile where a bracket names
    it, else the year's target; None when ``text`` is not written so; ``UNDATED`` when a
    bracket names a period neither the sheet nor the target's year dates."""
    found = split(text)
    if found is None:
        return None
    return profile_for(text, period, year, on_sheet) or found.annual


def profile_for(
    text: str,
    period: Period,
    year: Period | None,
    on_sheet: Mapping[tuple[str, int], set[str]],
) -> str | None:
    """The figure a bracket of ``text`` gives ``period`` as its own ('56.5%'), None when no
    bracket names it, ``UNDATED`` when a bracket names a period that cannot be dated.

    ``year``: the year the target's column names, if any; ``on_sheet``: ``written`` of the
    sheet's period headings."""
    found = split(text)
    if found is None:
        return None
    return dated_figure(found.profiles, period, year, on_sheet)


def dated_figure(
    profiles: tuple[tuple[str, str], ...],
    period: Period,
    year: Period | None,
    on_sheet: Mapping[tuple[str, int], set[str]],
) -> str | None:
    """Of figures each labelled with a part of a year ('Q2', 'Sep', 'Q2 2024/25'), the one
    whose label names ``period`` as the sheet dates it; None when none does, ``UNDATED``
    when a label names a period that cannot be dated (``profile_for`` says how)."""
    for label, figure in profiles:
        named = _dated(label)
        if named is not None:
            if named.label == period.label:
                return figure
            continue
        part = key(label)
        if part is None:
            return UNDATED
        if on_sheet:
            if period.label in on_sheet.get(part, set()):
                return figure
            continue  # a period the sheet does not show: nobody's figure here
        outer = year if year is not None else _financial_year(period)
        if outer is None or outer.kind != "financial_year":
            return UNDATED
        profiled = periods.combine_period(outer, label)
        if profiled is None:
            return UNDATED
        if profiled.label == period.label:
            return figure
    return None


def _financial_year(period: Period) -> Period | None:
    """The financial year a quarter or month falls in."""
    if period.kind not in ("quarter", "month"):
        return None
    first = period.start.year if period.start.month >= 4 else period.start.year - 1
    return periods.parse_period(f"{first}/{(first + 1) % 100:02d}")


def has_bracketed_figure(text: str) -> bool:
    """A figure with another figure in brackets after it ('95% (stretch 97%)')."""
    return bool(_BRACKETED.match(text.strip()))


_BRACKETED = re.compile(r"^[^()]*\d[^()]*\([^()]*\d[^()]*\)\s*$")
