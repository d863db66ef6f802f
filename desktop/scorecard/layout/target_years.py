"""The year a target column headed as a year's but naming none ('Year-end target', 'Annual
target') covers on a row.

A target heading that names no period applies to every figure on its row. One that says it
is the year's target does so while the row's figures fall in one year (the quarters or
months of 2024/25, or of 2024); where the row also gives figures of another year ('Current
quarter' | 'Previous quarter' | 'Same quarter last year' | 'Year-end target', or '2023/24
outturn' beside this year's quarters), a careful reader takes it as the current year's: the
year of the row's latest figure, and the earlier year's figures get no target from it. A
plain 'Target' beside such columns stays every period's (reports that mean otherwise say so
in the heading).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.model import ParsedObservation, Period
from desktop.scorecard.parse import periods

_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})


def for_the_year(heading: str) -> bool:
    """'Year-end target', 'Annual target': a target heading saying it is a year's."""
    return vocabulary.normalise(heading) in vocabulary.YEAR_END_TARGETS


def current_year(found: Sequence[ParsedObservation]) -> Period | None:
    """The year an undated target of the row covers: None (every figure) when one year
    (financial, calendar or academic) holds all the row's figures, else the year of the
    latest figure (its financial year unless it is a calendar or academic year itself, or
    the row's years are calendar or academic ones)."""
    spans = [o.period for o in found]
    if len(spans) < 2 or any(_within_one(spans, year) for year in _candidates(spans[0])):
        return None
    latest = max(spans, key=lambda p: (p.end, p.start))
    if latest.kind in _YEARS:
        return latest
    kinds = {p.kind for p in spans if p.kind in _YEARS}
    if kinds == {"calendar_year"}:
        return periods.calendar_year(latest.end.year)
    if kinds == {"academic_year"}:
        first = latest.end.year if latest.end.month >= 9 else latest.end.year - 1
        return periods.academic_year(first)
    if kinds - {"financial_year"}:
        return None  # years of more than one kind: which one is current, unsure
    first = latest.end.year if latest.end.month >= 4 else latest.end.year - 1
    return periods.financial_year(first)


def _candidates(period: Period) -> list[Period]:
    """The years of each kind that hold the start of ``period``."""
    day = period.start
    return [
        periods.financial_year(day.year if day.month >= 4 else day.year - 1),
        periods.calendar_year(day.year),
        periods.academic_year(day.year if day.month >= 9 else day.year - 1),
    ]


def _within_one(spans: Sequence[Period], year: Period) -> bool:
    return all(year.start <= p.start and p.end <= year.end for p in spans)
