"""Headings that name a period relative to the report's own ('This quarter', 'Previous',
'Year to date'), placed from the period a title row, the sheet's name or the file's name names."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, PlacedColumn, Role
from desktop.scorecard.parse import cells, period_spans, periods

# columns a relative heading may turn into a period's values: not placed, read as a period
# column ("This quarter" sounds like one) or as the same-period-last-year comparator
_TAKEN: frozenset[Role | None] = frozenset({None, "period", "actual"})


class _Column(PlacedColumn, Protocol):
    comparator: str | None
    unanchored: bool
    code: str | None


def meaning(heading: str) -> tuple[str | None, int] | None:
    """(kind of period or None for the report's own, steps from it) a heading names, if any."""
    key = vocabulary.normalise(heading)
    return vocabulary.RELATIVE_PERIODS.get(key)


def place(
    columns: Iterable[_Column],
    texts: Iterable[str],
    where: str,
    own: Iterable[_Column] = (),
    labels: Iterable[_Column] = (),
) -> None:
    """Give each relative column its period, counted from the first period named in texts.

    ``where`` says where those texts come from ("the title", "the file name"). A column
    whose period cannot be counted from anything is marked ``unanchored``: its figures
    are in no period until something names one. ``own`` are columns headed only by the
    kind of the report's period ('Month', 'Quarter') that hold figures: placed in the
    month or quarter the texts name, and left as they were where none is named. ``labels``
    are columns whose cells are period labels ('Latest period' over '2023/24'): each row's
    own period, never figures of the report's.
    """
    columns = list(columns)
    bare = {id(c) for c in own if c.period is None and _bare_kind(c) is not None}
    listed = {id(c) for c in labels}
    wanted = [
        c
        for c in columns
        if c.period is None
        and _taken(c)
        and id(c) not in listed
        and (_relative(c) or id(c) in bare)
    ]
    last_year = [
        c
        for c in columns
        if c.period is None
        and _taken(c)
        and vocabulary.normalise(c.header) in vocabulary.LAST_YEAR_HEADINGS
    ]
    if not wanted and not last_year:
        return
    named = [p for t in texts if t.strip() for p in named_in(t)]
    year = named[0] if named and named[0].kind == "financial_year" else None
    if year is not None:  # "Last year" in an annual report: the year before the title's
        for column in last_year:
            column.field, column.comparator = "actual", None
            column.period = period_spans.shifted(year, -1)
            column.why = f"its heading, counted back from {year.label} in {where}"
    back = (
        bool(year and last_year)
        or any((meaning(c.header) or (None, 0))[1] != 0 for c in wanted)
        or any(vocabulary.normalise(c.header) in vocabulary.SAME_PERIOD_LAST_YEAR for c in wanted)
    )
    if back:  # "Current" beside "Previous": the report's own period
        undated = [
            c
            for c in columns
            if c.period is None
            and c.field == "actual"
            and not c.code
            and c not in wanted
            and c not in last_year
        ]
        current = [
            c for c in undated if vocabulary.normalise(c.header) in vocabulary.CURRENT_HEADINGS
        ]
        # a lone plain "Actual" beside "Same quarter last year" is the report's own figure
        wanted += current or (undated if len(undated) == 1 else [])
    first_of_year: list[_Column] = []
    for column in wanted:
        if id(column) in bare:
            _place_own(column, columns, named, where)
            continue
        key = vocabulary.normalise(column.header)
        if key in vocabulary.SAME_PERIOD_LAST_YEAR and _a_year_before_span(column, columns):
            continue
        period, anchor = _counted(key, named)
        if period is None and anchor:  # the year to date at the end of Q1 is Q1 itself
            first_of_year.append(column)
            continue
        if period is None:
            if column.field in (None, "period"):
                column.field = "actual"
            column.unanchored = column.field == "actual"
            continue
        column.field, column.period, column.unanchored = "actual", period, False
        column.comparator = None
        column.why = f"its heading, counted from {anchor} in {where}"
    now = _anchor("quarter", named) or _anchor("month", named)
    for column in first_of_year:
        assert now is not None
        if _given_elsewhere(column, columns, now):
            column.field, column.why = "ignore", f"the year to date at {now.label} repeats it"
        else:  # the only figure: at the end of Q1 (or April) the year to date is that period's
            column.field, column.period, column.unanchored = "actual", now, False
            column.comparator = None
            column.why = f"its heading: the year to date at {now.label}, in {where}"


def _a_year_before_span(column: _Column, columns: list[_Column]) -> bool:
    """'Same period last year' right after a column of a span no single quarter or month
    names ('YTD 2024/25 (Apr–Sep)'): that span a year earlier, not the title's quarter or
    month a year back. Placed (True), or left to the title (False)."""
    beside = next((c for c in columns if c.index == column.index - 1), None)
    if beside is None or beside.field != "actual" or beside.period is None:
        return False
    if beside.period.kind in ("quarter", "month"):
        return False  # what the title's quarter or month counts back to, as before
    back = period_spans.year_earlier(beside.period)
    if back is None:
        return False
    column.field, column.period, column.unanchored = "actual", back, False
    column.comparator = None
    column.why = (
        f"its heading: the span of '{beside.header}' ({beside.period.label}) a year earlier"
    )
    return True


def place_beside(columns: Iterable[_Column]) -> None:
    """'YTD' beside the figures of one month or quarter ('Sep 2024', 'Q2 2024/25') when
    nothing else placed it: the year to date at the end of that period. Beside several
    periods, or none, it stays in no period (and the reading is held for review)."""
    columns = list(columns)
    waiting = [
        c
        for c in columns
        if c.period is None
        and _taken(c)
        and vocabulary.normalise(c.header) in vocabulary.YEAR_TO_DATE
    ]
    if not waiting:
        return
    dated = [c for c in columns if c.period is not None and c.period.kind in ("month", "quarter")]
    if len({c.period for c in dated}) != 1:
        return
    beside = dated[0]
    assert beside.period is not None
    for column in waiting:
        column.unanchored = False
    place(waiting, [beside.period.label], f"the column '{beside.header}'")


def named_in(text: str) -> list[Period]:
    """The period a text names first, then any month or quarter it also names: 'Tracker
    2024/25 (position at end of November 2024)' is about November within 2024/25."""
    first = cells.period_in_text(text)
    found = [first] if first is not None else []
    words = cells.words_of(text.replace(",", " "))
    if len(words) > 40:
        return found
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            period = cells.period(" ".join(words[start : start + size]))
            if period is not None and period.kind in ("month", "quarter") and period not in found:
                found.append(period)
    return found


def _bare_kind(column: _Column) -> str | None:
    return vocabulary.OWN_PERIOD_HEADINGS.get(vocabulary.normalise(column.header))


def _place_own(column: _Column, columns: list[_Column], named: list[Period], where: str) -> None:
    """'Month' over figures in the report for September 2024: September's own figures.
    Where nothing names the report's month, or another column already gives it, the
    column is left as it was (and asked about)."""
    kind = _bare_kind(column)
    now = _anchor(kind, named) if kind is not None else None
    if now is None or _given_elsewhere(column, columns, now):
        return
    column.field, column.period, column.unanchored = "actual", now, False
    column.comparator = None
    column.why = f"its heading: the {kind} {now.label} named in {where}"


def _given_elsewhere(column: _Column, columns: list[_Column], period: Period) -> bool:
    """Whether another column already gives the figures of ``period``."""
    return any(c.field == "actual" and c.period == period for c in columns if c is not column)


def _taken(column: _Column) -> bool:
    return column.field in _TAKEN or (
        column.field == "comparator" and column.comparator == vocabulary.LAST_YEAR_COMPARATOR
    )


def _relative(column: _Column) -> bool:
    key = vocabulary.normalise(column.header)
    return (
        key in vocabulary.RELATIVE_PERIODS
        or key in vocabulary.YEAR_TO_DATE
        or key in vocabulary.SAME_PERIOD_LAST_YEAR
    )


def _counted(key: str, named: list[Period]) -> tuple[Period | None, str]:
    """The period a relative heading names, and the label of the one it was counted from."""
    # the title's quarter, or its month in a monthly report ("position at end of October 2024")
    now = _anchor("quarter", named) or _anchor("month", named)
    if key in vocabulary.YEAR_TO_DATE:
        return (_year_to_date(now), now.label) if now is not None else (None, "")
    if key in vocabulary.SAME_PERIOD_LAST_YEAR:
        now = now or _anchor("financial_year", named)
        steps = {"quarter": -4, "month": -12}.get(now.kind, -1) if now else 0
        back = period_spans.shifted(now, steps) if now is not None else None
        return back, now.label if back is not None and now is not None else ""
    kind, steps = vocabulary.RELATIVE_PERIODS.get(key, (None, 0))
    now = _anchor(kind, named)
    period = period_spans.shifted(now, steps) if now is not None else None
    return period, now.label if period is not None and now is not None else ""


def _anchor(kind: str | None, named: list[Period]) -> Period | None:
    for period in named:
        if period.kind == kind or (
            kind is None and period.kind in ("quarter", "month", "financial_year")
        ):
            return period
    if kind == "financial_year":
        for period in named:
            if period.kind in ("quarter", "month"):
                first = period.start.year if period.start.month >= 4 else period.start.year - 1
                return periods.financial_year(first)
    return None


def _year_to_date(now: Period) -> Period | None:
    """The year to date at the end of a quarter or month (none at the end of Q1 or April:
    that is the period itself)."""
    fy = now.start.year if now.start.month >= 4 else now.start.year - 1
    if now.kind == "month":
        span = period_spans.month_range(fy, 4, now.end.year, now.end.month)
        return span if span is not None and span.kind != "month" else None
    number = (now.start.month - 4) % 12 // 3 + 1
    if number == 1:
        return None
    if number == 2:
        return periods.half_year(fy, 1)
    if number == 4:
        return periods.financial_year(fy)
    return periods.make_period("range", periods.financial_year(fy).start, now.end)
