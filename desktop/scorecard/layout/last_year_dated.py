"""A 'same period last year' column whose heading names its period: that period's figures.

A monthly or quarterly return often shows, before this year's months, a grey column headed
'Same month last year' (or 'Same quarter last year', 'Last year') over the period it holds:
'Oct-23' in a return to October 2024. Such a column is no comparator waiting for a period to
join: its heading says whose figures it holds, the measures' own for that month or quarter
a year back. It is read as the figures of that period, where no other column gives them and
the period a year on is one the table gives figures for (so 'last year' and the date agree).
Anything else (a date that is not a year before any of the table's periods) is left as it
was: a comparator with no figure to join, named in a warning (``dropped``).

A contract or finance report sets last year's figures to date beside this year's: 'Year to
date' over 'Apr–Nov 2024', then 'Year to date last year' ('YTD last year', 'YTD LY', 'LYTD')
over 'Apr–Nov 2023'. Such a column holds the measures' own figures for last year's months to
date: April to the end of the month or quarter it names ('Nov 2023' is April to November
2023), or the span it names. It is read so where no other column gives that span and the
same months a year on are the figures of another column, as for a month or quarter above;
where they are not (a span no column a year on matches, a whole year), the column is left as
it was, and held as before. ('Last year YTD Apr–Nov 2023' and 'Same period last year
(Apr–Nov 2023)' name their period beside relative words, and are read by ``dated_relative``.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import to_date, year_abbreviations
from desktop.scorecard.parse import period_spans, periods

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Column
    from desktop.scorecard.model import Period

_STEPS = {"month": 12, "quarter": 4}  # a year on, in the period's own steps
_SPANS = frozenset({"month", "quarter", "half", "range"})  # a year to date; never a whole year
_BRACKETS = str.maketrans({"(": " ", ")": " ", "[": " ", "]": " "})


def place(columns: list[Column]) -> None:
    """Read each dated last-year comparator column as its period's own figures."""
    given = {c.period for c in columns if c.field == "actual" and c.period is not None}
    for column in columns:
        period = column.period
        if period is None or period in given:
            continue
        if (column.field is None or _last_year(column)) and names_to_date(column.header):
            _place_to_date(column, period, given)
            continue
        if not _last_year(column) or period.kind not in _STEPS:
            continue
        on = period_spans.shifted(period, _STEPS[period.kind])
        if on is None or on not in given:
            continue
        column.take("actual")
        column.why = (
            f"its heading: last year's figures, for {period.label} (a year before {on.label})"
        )


def names_to_date(heading: str) -> Period | None:
    """The period a heading naming last year's figures to date names beside its words ('Year
    to date last year Apr–Nov 2023', 'YTD LY (Nov 2023)', 'LYTD Q3 2023/24'), or None for
    any other heading ('Last year YTD Apr–Nov 2023' is read as a dated relative heading)."""
    if not heading or not any(ch.isdigit() for ch in heading):
        return None
    found = periods.parse_period_header(heading.translate(_BRACKETS))
    if found is None:
        return None
    period, rest = found
    said = year_abbreviations.marked(rest)  # 'YTD last year', 'YTD LY', 'LYTD': ('ytd', -1)
    if said is None or said[1] != -1 or said[0] not in vocabulary.YEAR_TO_DATE:
        return None
    return period


def _place_to_date(column: Column, period: Period, given: set[Period]) -> None:
    """Last year's figures to date: the span from April to the period named (or the span
    named), where the same months a year on are another column's figures."""
    if period.kind not in _SPANS:
        return
    span = to_date.span(period) if period.kind in _STEPS else period
    if span is None or span in given:
        return
    later = [p for p in given if _same_span(period_spans.year_earlier(p), span)]
    if not later:
        return
    column.take("actual")
    column.period = span
    column.why = (
        f"its heading: last year's figures to date, for {span.label} (a year before "
        f"{min(later, key=lambda p: p.start).label})"
    )


def _last_year(column: Column) -> bool:
    return column.field == "comparator" and column.comparator == vocabulary.LAST_YEAR_COMPARATOR


def _same_span(one: Period | None, other: Period) -> bool:
    return one is not None and (one.start, one.end) == (other.start, other.end)
