"""A target for the end of a plan of several years beside the year's own target.

A council plan running over three or four years often carries two targets per row: the
year's ('Annual target 2024/25') and the level the plan commits to by its end ('Target
2024–27', 'Council Plan target 2024-2027'). The plan's is reached only at the end of the
plan: it is not a target for any figure of the year, and not a figure itself. Beside a
target dated a year (or less) within the plan's span, the plan's column is set aside, so
that a row whose own target is blank is read with no target rather than with the plan's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.scorecard.model import Period

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header

_YEAR_DAYS = 366  # a span longer than this covers more than one year


def set_aside(header: Header) -> None:
    """Read a multi-year plan's target column as nothing, beside a target for a year in it."""
    dated = [c for c in header.columns if c.field == "target" and c.period is not None]
    years = [c.period for c in dated if c.period is not None and _days(c.period) <= _YEAR_DAYS]
    for column in dated:
        plan = column.period
        if plan is None or _days(plan) <= _YEAR_DAYS:
            continue
        if any(plan.start <= year.start and year.end <= plan.end for year in years):
            column.field = "ignore"
            column.why = (
                f"a target for the end of a plan ({plan.label}), not for any one year's figures"
            )


def _days(period: Period) -> int:
    return (period.end - period.start).days
