"""A year typed once over the first period of its block, not merged: it heads the block.

A trend sheet often has a row of year headings over a row of bare period headings, each
year typed once in the cell over its block's first quarter (or month, or half) and the
cells over the rest of the block left blank: '2023/24' over the first 'Q1', blank over
'Q2'..'Q4' and the block's own 'Target', then '2024/25' over the second 'Q1'. Read as if
merged, each year heads the periods after it, in order through its year, and the target
columns that close (or open) its block, up to the next year heading.

Nothing else in the row is guessed. Where the row dates some columns this way, a bare
period it leaves without a year (a heading centred over the middle of its block leaves
the block's first quarters to either side; a text in the row may stand over the gap; a
quarter that comes round again with no year over it) is asked about at its heading cell,
and so is every blank-headed period of the row when a later year heading does not stand
over the start of its year (then the blocks are not where the typing suggests).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import month_spans
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells

# what a heading written over another says: (role, period) of 'upper' over 'lower'
Dating = Callable[[str, str], tuple[Role | None, Period | None]]

_KINDS = frozenset({"financial_year", "academic_year"})


def year_of(text: str) -> Period | None:
    """A heading that is a financial or academic year and nothing else ('2023/24')."""
    found = cells.period_header(text) if text else None
    if found is None or found[1] or found[0].kind not in _KINDS:
        return None
    return found[0]


def bare(text: str) -> bool:
    """A quarter, month or half heading that names no year ('Q1', 'Qtr 2', 'Apr', 'M1-M3')."""
    if not text or cells.period_header(text) is not None:
        return False
    key = vocabulary.normalise(text)
    return bool(vocabulary.QUARTER_OR_MONTH.match(key)) or month_spans.span(text) is not None


@dataclass(slots=True)
class _Step:
    """A column under a year: a period within it (with its period), a target, or neither."""

    kind: str  # 'period', 'target' or ''
    period: Period | None = None


def _step(year_text: str, year: Period, below: str, dating: Dating) -> _Step:
    if not below:
        return _Step("")
    role, period = dating(year_text, below)
    if bare(below):
        if period is None or period == year:
            return _Step("")  # 'Q1 Actual': the words say no period within the year
        if year.start <= period.start and period.end <= year.end:
            return _Step("period", period)
        return _Step("")
    if role == "target" and period == year:
        return _Step("target")
    return _Step("")


def carry(upper: list[str], lower: Sequence[str], dating: Dating) -> list[int]:
    """Carry each year typed once over the first period of its block rightwards over the
    blank cells of its block (``upper`` is changed in place); the columns of bare periods
    the row then leaves without a year, to be asked about (none when no year was carried)."""
    before = list(upper)
    carried = misplaced = False
    headings = 0
    year_text, year = "", None
    last: Period | None = None
    seen: set[str] = set()
    closed = False  # a target after the block's periods: its last column
    starting = False  # a later year heading whose first period is still to come
    for index, above in enumerate(upper[: len(lower)]):
        below = lower[index]
        if above:
            spread = index > 0 and before[index - 1] == above  # a merge spread over its cells
            if (year is not None or spread) and above == year_text:
                year = None  # merged over its columns: the merge says how far it goes
                continue
            year_text, year, last, seen, closed = above, year_of(above), None, set(), False
            if year is None:
                continue
            headings += 1
            starting = headings > 1
        elif year is None:
            continue
        step = _step(year_text, year, below, dating)
        if not step.kind:
            year = None
            continue
        if step.period is not None:
            period = step.period
            back = last is not None and (
                period.end < last.end or (period.end == last.end and period.label in seen)
            )
            if closed or back:
                year = None  # a new block with no year over it: not guessed
                continue
            if starting and period.start != year.start:
                misplaced = True  # a later year over the middle of its block
            starting = False
            last = period
            seen.add(period.label)
        elif last is not None:
            closed = True
        if not above:
            upper[index] = year_text
            carried = True
    if not carried:
        return []
    if misplaced:
        upper[:] = before
    return [
        index
        for index, below in enumerate(lower)
        if bare(below) and _undated(upper[index] if index < len(upper) else "", below, dating)
    ]


def _undated(above: str, below: str, dating: Dating) -> bool:
    """A bare period whose heading above gives it no year of its own."""
    if not above:
        return True
    year = year_of(above)
    if year is None:
        return cells.period_header(above) is None  # a text over it, not a period
    _, period = dating(above, below)
    return period is None or period == year


def heads(upper: Sequence[str], lower: Sequence[str], dating: Dating) -> bool:
    """A row over the heading row that holds a year typed once over the first period of a
    block, the cell to its right blank over the next period or the block's target: the
    row heads the table (a title typed in it too, over the names, does not make it one)."""
    for index, above in enumerate(upper[: len(lower) - 1]):
        year = year_of(above)
        if year is None or (index + 1 < len(upper) and upper[index + 1]):
            continue
        here = _step(above, year, lower[index], dating)
        after = _step(above, year, lower[index + 1], dating)
        if here.kind and after.kind and (here.period is not None or after.period is not None):
            return True
    return False
