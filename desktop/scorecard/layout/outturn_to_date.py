"""A bare to-date heading up to a quarter or month ('YTD (Q2)', 'Year to date (Sep)', 'Q2
YTD') after whole-year outturn columns ('2022/23' | '2023/24'), naming no year itself.

Such a column is the year to date of the year after the last outturn, the current one; it is
never a part of a year whose whole outturn stands beside it. Where the title names the
current year (one with no outturn beside), the column is placed in it as any bare quarter
is. Otherwise which year it runs in the sheet does not say: the column is left in no period
and held for review naming its heading, never put in the year of the outturn beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, PlacedColumn
from desktop.scorecard.parse import periods

_YEARS = frozenset({"financial_year"})


class _Column(PlacedColumn, Protocol):
    doubt: str


def bare_to_date(heading: str) -> bool:
    """'YTD (Q2)', 'Year to date (Sep)', 'Q2 YTD': to date up to a quarter or month, no year."""
    key = vocabulary.normalise(heading)
    marked = periods.is_year_to_date(heading) or any(
        f" {w} " in f" {key} " for w in vocabulary.TO_DATE_SUBHEADINGS
    )
    return (
        marked
        and vocabulary.TO_DATE_PART.search(key) is not None
        and vocabulary.YEAR_IN_HEADING.search(heading) is None
    )


def hold(columns: Sequence[_Column], current: Period | None) -> None:
    """Withhold a bare to-date column placed in (or left for) a year whose whole outturn is
    beside it; ``current``: the year the title names, if any."""
    outturns = [
        c.period
        for c in columns
        if c.field == "actual"
        and c.period is not None
        and c.period.kind in _YEARS
        and not bare_to_date(c.header)
        and not periods.is_year_to_date(c.header)
    ]
    if not outturns:
        return
    if current is not None and current.kind in _YEARS and current not in outturns:
        return  # the title's year, after the outturns: the current year's to date
    last = max(outturns, key=lambda p: p.start)
    for column in columns:
        if column.field not in (None, "period", "actual") or not bare_to_date(column.header):
            continue
        period = column.period
        if period is not None and not any(
            o.start <= period.start and period.end <= o.end for o in outturns
        ):
            continue
        column.period = None
        column.field = "actual"  # figures, of a period withheld: asked about, not read
        column.why = "a year to date naming no year, after whole-year outturns"
        column.doubt = (
            f"'{column.header}' is a year to date naming no year, after the whole-year "
            f"outturn columns up to {last.label} — it is not part of a year whose outturn is "
            "beside it; name the year in the heading or a title row (e.g. 'YTD Q2 "
            "2024/25'), or map the column"
        )
