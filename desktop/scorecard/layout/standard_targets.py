"""A national 'Standard' column as every period's target, and a plan for the latest period.

An integrated (council and NHS) performance report in the NHS style gives each measure its
national 'Standard' (typed as text: '95%', '18 mins', '0', '-') and a local 'Plan (latest
month)' (the operating plan's trajectory for the latest month shown), beside monthly figures
and a RAG rating the latest month against the plan, or against the standard where there is
no plan. With no column headed as a target, the standard is the target of every period of
its row, and the plan the target of the row's latest period only (a row published a month in
arrears: its own latest), over the standard; a blank or '-' plan leaves the standard. A plan
column whose heading names a period ('Plan Nov-24') is that period's target the same way.
Beside a column headed as a target, both are read as before (``other_targets``).
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.other_targets import MAPPED, heading

_PERIOD_PARTS = 2  # figures of two periods at least: a table a column per period


def settle(header: Header) -> None:
    """Read a lone standard column as the rows' target, and a plan for one period as its."""
    if any(_targeted(header, c) or c.why == MAPPED for c in header.columns):
        return
    if header.of("period") or header.of("measure"):
        return  # a row per period or per measure: no latest period of a row to give a plan
    periods = {c.period.label for c in header.columns if c.field == "actual" and c.period}
    if len(periods) < _PERIOD_PARTS:
        return
    standards = [c for c in header.columns if _standard(header, c)]
    plans = [c for c in header.columns if _plan(c, periods)]
    if len(standards) > 1 or len(plans) > 1 or not (standards or plans):
        return
    for column in standards:
        column.take("target")
        column.why = "its heading: a standard set for every service, no column headed as a target"
    for column in plans:
        column.take("target")
        column.plan_only = True
        when = column.period.label if column.period is not None else "the row's latest period"
        column.why = f"its heading: the plan for {when} only, its target there"
        if standards:
            column.why += f" (over '{short(standards[0].header)}')"


def _targeted(header: Header, column: Column) -> bool:
    """A column read or headed as a target ('Target', 'National target' read as a comparator)."""
    said = vocabulary.normalise(heading(header, column))
    return column.field == "target" or vocabulary.TARGET_NOUN.search(said) is not None


def _standard(header: Header, column: Column) -> bool:
    if column.field not in (None, "comparator"):
        return False
    return vocabulary.standard_heading(heading(header, column))


def _plan(column: Column, periods: set[str]) -> bool:
    if column.field not in (None, "actual") or column.fills_target:
        return False
    if column.period is None:
        return column.field is None and vocabulary.plan_for_latest(column.header)
    if column.period.label not in periods:
        return False
    words = vocabulary.normalise(column.header).split()
    said = set(vocabulary.normalise(column.period.label).split())
    rest = " ".join(w for w in words if w not in said and not any(ch.isdigit() for ch in w))
    return vocabulary.plan_heading(rest)
