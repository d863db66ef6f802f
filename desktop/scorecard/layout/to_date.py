"""A figure for a quarter or month alone beside one counted from April ('In quarter' |
'Year to date' under 'Quarter 2 2024/25', 'Q3 2024/25 YTD', 'Sep 2024 Cumulative'): the
first is that period's figure, the second covers April to the end of that period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import relative
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period, Role
from desktop.scorecard.parse import cells, period_spans, periods
from desktop.scorecard.read.grid import CellValue, Sheet


class _Column(Protocol):
    header: str
    field: Role | None
    period: Period | None
    why: str
    plan_only: bool


def subheading(text: str) -> bool:
    """'In quarter', 'Year to date', 'Discrete', 'Cumulative': a sub-heading under a period."""
    key = vocabulary.normalise(text)
    return key in vocabulary.IN_PERIOD_SUBHEADINGS or key in vocabulary.TO_DATE_SUBHEADINGS


def in_period(rest: str) -> bool:
    """The words beside a period say the figure is for that period alone ('In quarter')."""
    return vocabulary.normalise(rest) in vocabulary.IN_PERIOD_SUBHEADINGS


def counted_from_april(heading: str, rest: str) -> bool:
    """The words beside a period say the figure runs from April ('YTD', 'Cumulative')."""
    return (
        periods.is_year_to_date(heading)
        or vocabulary.normalise(rest) in vocabulary.TO_DATE_SUBHEADINGS
    )


def span(period: Period) -> Period | None:
    """April to the end of a quarter or month of the financial year (the quarter itself for
    Q1): None for any other kind of period."""
    if period.kind not in ("quarter", "month"):
        return None
    first = period.start.year if period.start.month >= 4 else period.start.year - 1
    return period_spans.month_range(first, 4, period.end.year, period.end.month)


def reached(year: Period, heading: str, rest: str) -> Period | None:
    """A financial year's figure to date up to a quarter or month of it ('2024/25 YTD (Q2)',
    '2024/25 to date (Sep)', '2024/25 YTD to Q2'; ``rest`` the words beside the year): April
    to the end of that part, the year's figure so far, never the part alone nor the whole
    year. None where nothing marks it to date or the other words name no one part of it."""
    if year.kind != "financial_year":
        return None
    key = vocabulary.normalise(rest)
    marked = periods.is_year_to_date(heading)
    for phrase in _TO_DATE_PHRASES:
        if f" {phrase} " in f" {key} ":
            key = f" {key} ".replace(f" {phrase} ", " ", 1).strip()
            marked = True
            break
    lead = vocabulary.TO_DATE_REACH.match(key)
    part = key[lead.end() :] if lead is not None else key
    found = vocabulary.QUARTER_OR_MONTH.match(part)
    if not marked or found is None or found.end() != len(part):
        return None
    period = periods.combine_period(year, found.group(1))
    if period is None or not (year.start <= period.start and period.end <= year.end):
        return None
    return span(period)


_TO_DATE_PHRASES = sorted(vocabulary.TO_DATE_SUBHEADINGS, key=len, reverse=True)


def named_to_date(name: str) -> bool:
    """An indicator whose name says its figures run from April ('Council tax collected – year
    to date', 'Income (YTD)', 'cumulative from 1 April'): each month's figure covers April to
    the end of that month."""
    return bool(name) and vocabulary.NAME_YEAR_TO_DATE.search(name) is not None


def name_counts(name: str) -> str:
    """What an indicator's name says about how its figures are counted: 'to_date' (year to
    date, YTD, cumulative from April), 'cumulative' (cumulative, no start said), 'elsewhere'
    (cumulative since some other start: 'since 2019', 'over the plan period'), or ''."""
    if not name:
        return ""
    if vocabulary.NAME_YEAR_TO_DATE.search(name):
        return "to_date"
    if vocabulary.NAME_CUMULATIVE_ELSEWHERE.search(name):
        return "elsewhere"
    if vocabulary.NAME_CUMULATIVE.search(name):
        return "cumulative"
    return ""


def settle(columns: Iterable[_Column]) -> None:
    """At the first quarter (or April) the figure to date is the period's own figure again:
    beside that period's own column it is read once, from the period's column."""
    columns = list(columns)
    own = {
        c.period
        for c in columns
        if c.field == "actual"
        and c.period is not None
        and not periods.is_year_to_date(c.header)
        and not _to_date_word(c.header)
    }
    for column in columns:
        if column.field != "actual" or column.period not in own:
            continue
        if periods.is_year_to_date(column.header) or _to_date_word(column.header):
            assert column.period is not None
            column.field = "ignore"
            column.why = (
                f"its heading: at {column.period.label} the figure to date is the period's own"
            )


def _to_date_word(heading: str) -> bool:
    words = vocabulary.normalise(heading)
    return any(f" {w} " in f" {words} " for w in vocabulary.TO_DATE_SUBHEADINGS)


# -- a year's figure to date: '2024/25 YTD', 'Year to date' beside the months -------------


class _Table(Protocol):
    @property
    def sheet(self) -> Sheet: ...
    @property
    def first_data(self) -> int: ...
    @property
    def columns(self) -> Sequence[_Dated]: ...


class _Dated(_Column, Protocol):
    index: int
    doubt: str
    unanchored: bool
    to_latest: bool


_WHOLE_YEARS = frozenset({"financial_year", "calendar_year", "academic_year"})
_PARTS = frozenset({"month", "quarter", "range"})


def _marked(heading: str) -> bool:
    """'2024/25 YTD', 'Year to date 2024/25', '2024/25 cumulative': a figure to date."""
    return periods.is_year_to_date(heading) or _to_date_word(heading)


def year_so_far(table: _Table, titles: Sequence[str]) -> None:
    """A figure 'to date' of a year ('2024/25 year to date', '2024/25 YTD') or a bare 'YTD'
    column nothing else dated covers April (the year's start) to the latest period of the
    year whose column holds figures: beside Apr-24 .. Dec-24, April to December 2024.
    Without such columns beside it, the month or quarter the title names (within the year)
    says how far; without either, the column's period is withheld (and asked about): it is
    not the whole year."""
    columns = list(table.columns)
    marked = [
        c
        for c in columns
        if c.field == "actual"
        and c.period is not None
        and c.period.kind in _WHOLE_YEARS
        and _marked(c.header)
    ]
    bare = [
        c
        for c in columns
        if c.period is None
        and not c.doubt
        and c.field in (None, "period", "actual")
        and (
            vocabulary.normalise(c.header) in vocabulary.YEAR_TO_DATE
            or (c.field == "actual" and _led_to_date(c.header))  # 'Year to date' over 'Outturn'
        )
    ]
    if not marked and not bare:
        return
    filled = _latest_filled(table, [c for c in columns if c not in marked and c not in bare])
    for column in marked:
        assert column.period is not None
        year = column.period
        within = [p for p in filled if year.start <= p.start and p.end <= year.end]
        latest = max(within, key=lambda p: p.end, default=None)
        source = _BESIDE
        if latest is None:
            latest = _titled(titles, year)
            source = "the period the title names"
        if latest is None:
            column.doubt = (
                f"'{column.header}' is the year to date, but neither the columns beside it "
                f"nor the title show how far into {year.label} it runs — name the month in "
                "the heading (e.g. 'YTD to Sep 2024'), or map the column"
            )
            column.period = None
            continue
        _to_latest(column, year, latest, source)
    years = {_financial_year(p) for p in filled}
    only = years.pop() if len(years) == 1 else None
    if bare and only is not None:
        # 'YTD' names no year: the one year of the months or quarters beside it ('Sep 2024'
        # beside 'Sep 2023' leaves it untold, and the column is asked about)
        year = only
        latest = max(filled, key=lambda p: p.end)
        for column in bare:
            column.field = "actual"
            _to_latest(column, year, latest, _BESIDE)


def group_targets(columns: Iterable[_Column]) -> None:
    """'Year to date' over 'Plan' | 'Actual' (or 'YTD target' beside 'YTD actual'): once the
    figure to date is dated, the target and rating to date are that span's, not every
    period's (an undated target column would stand for each month without its own). The
    target is that figure's alone: a quarter or month within the span, or a row with no
    figure to date, takes nothing from it (a target of the year so far is no quarter's)."""
    columns = list(columns)
    figures = [
        c
        for c in columns
        if c.field == "actual" and (_led_to_date(c.header) or _year_to_date(c.header))
    ]
    spans = {c.period for c in figures}
    if not any(spans):  # (a long table's: each row's period dates them)
        return
    span = spans.pop() if len(spans) == 1 else None
    for column in columns:
        if column.field not in ("target", "rag") or column.period is not None:
            continue
        if not _led_to_date(column.header):
            continue
        if span is None:  # the figure to date is in no one period: nor is its target
            column.field = "ignore"
            column.why = "its heading: the year to date's, whose figure is in no one period"
            continue
        column.period = span
        column.plan_only = column.field == "target"
        column.why = f"its heading: the year to date's, beside the figure for {span.label}"


def _led_to_date(heading: str) -> bool:
    """A heading led by words counting from April ('Year to date Plan', 'YTD target')."""
    words = vocabulary.normalise(heading).split()
    for cut in range(1, len(words)):
        lead = " ".join(words[:cut])
        if lead in vocabulary.YEAR_TO_DATE or lead in vocabulary.TO_DATE_SUBHEADINGS:
            return True
    return False


def _year_to_date(heading: str) -> bool:
    """A year's figure marked to date after its year ('2024/25 YTD', '2024/25 year to
    date', '24/25 YTD'): the figure to date as one led by the mark is, not a quarter's
    ('Q3 2024/25 YTD', one of a pair with the quarter's own figure)."""
    found = cells.period_header(heading)
    return found is not None and found[0].kind in _WHOLE_YEARS and _marked(heading)


def _financial_year(period: Period) -> Period | None:
    """The financial year a period lies in, None when it runs across two."""
    year = periods.financial_year(period.start.year - (period.start.month < 4))
    return year if period.end <= year.end else None


def _to_latest(column: _Dated, year: Period, latest: Period, source: str) -> None:
    span = period_spans.month_range(
        year.start.year, year.start.month, latest.end.year, latest.end.month
    )
    if span is None:
        return
    column.period = span
    column.unanchored = False
    column.to_latest = source == _BESIDE
    column.why = (
        f"its heading: the year to date, from the year's start to {latest.label} ({source})"
    )


_BESIDE = "the latest period beside it with figures"


def _latest_filled(table: _Table, columns: Iterable[_Dated]) -> list[Period]:
    """The periods shorter than a year whose value columns hold a figure in some row."""
    found: list[Period] = []
    rows = table.sheet.rows[table.first_data :]
    for column in columns:
        period = column.period
        if column.field != "actual" or period is None or period.kind not in _PARTS:
            continue
        if any(column.index < len(r) and cells.is_figure(r[column.index]) for r in rows):
            found.append(period)
    return found


def _titled(titles: Sequence[str], year: Period) -> Period | None:
    """The month or quarter a title names within ``year`` ('Figures to 31 December 2024')."""
    for text in titles:
        for period in relative.named_in(text):
            if period.kind in ("month", "quarter") and year.start <= period.start <= year.end:
                return period
    return None


def year_marked(period: Period, text: CellValue) -> bool:
    """A whole year written as to date in a period cell ('2024/25 YTD', 'YTD 2024/25')."""
    return (
        period.kind in _WHOLE_YEARS
        and isinstance(text, str)
        and (periods.is_year_to_date(text) or _to_date_word(text))
    )


def rows_so_far(
    indicators: Sequence[ParsedIndicator], marked: Sequence[Period], notes: Notes
) -> None:
    """A long table's rows dated '2024/25 YTD' (``marked``, each its own object): April to the
    latest shorter period of that year the indicator's other rows give figures for (else any
    row of the table); with none, the row is left out and asked about at its cell, never
    read as the whole year."""
    ids = {id(p) for p in marked}
    table = [o.period for i in indicators for o in i.observations if _part_with_figure(o, ids)]
    for indicator in indicators:
        own = [o.period for o in indicator.observations if _part_with_figure(o, ids)]
        kept: list[ParsedObservation] = []
        for observation in indicator.observations:
            year = observation.period
            if id(year) not in ids:
                kept.append(observation)
                continue
            latest = _latest_within(own, year) or _latest_within(table, year)
            span = (
                period_spans.month_range(
                    year.start.year, year.start.month, latest.end.year, latest.end.month
                )
                if latest is not None
                else None
            )
            if span is not None:
                observation.period = span
                kept.append(observation)
                continue
            row, col = from_a1(observation.cell or "A1")
            notes.doubt(
                observation.sheet or "",
                row,
                col,
                f"'{indicator.code or indicator.name}' has a figure for {year.label} to date, "
                "but no month or quarter of that year in the table shows how far it runs — "
                "write the period as e.g. 'Apr-Sep 2024', or import with --accept to leave "
                "it out",
                kind="year to date in no period",
            )
        indicator.observations[:] = kept


def _part_with_figure(observation: ParsedObservation, marked: set[int]) -> bool:
    return (
        id(observation.period) not in marked
        and observation.period.kind in _PARTS
        and observation.actual is not None
    )


def _latest_within(found: Sequence[Period], year: Period) -> Period | None:
    within = [p for p in found if year.start <= p.start and p.end <= year.end and p != year]
    return max(within, key=lambda p: p.end, default=None)
