"""Columns of ratings a wide table would drop without a word: one placed on a period the
table gives no figure for (its ratings land on no observation), and one set aside as a
second column of ratings for its period when nothing in its heading says what it rates.
Each is held for review naming its heading cell, rather than its ratings being lost."""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import other_ratings, rated_periods
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.evidence import all_ratings
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period

_KIND_UNPLACED = "ratings of a period without figures"
_KIND_SECOND = "second column of ratings"
_KIND_TWICE = "two rating columns for one period"
_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})


def doubt(header: Header, notes: Notes, fallback: Period | None) -> None:
    """Ask about a wide table's rating columns whose ratings no observation would take."""
    actuals = [c for c in header.columns if c.field == "actual"]
    if not actuals:
        return
    shown = {c.period.label for c in actuals if c.period is not None}
    if fallback is not None and any(c.period is None for c in actuals):
        shown.add(fallback.label)  # an undated figure column is read for the file's period
    rated: dict[str, Column] = {}  # the first rating column of each period
    for column in header.columns:
        if column.field == "rag" and column.period is not None:
            label = column.period.label
            if label not in shown and not _parts_shown(column.period, actuals):
                _unplaced(header, column, notes)
            elif label in rated:  # two columns rate one period: one would overwrite the other
                _twice(header, rated[label], column, notes)
            rated.setdefault(label, column)
    for column in header.columns:
        if _set_aside(column) and all_ratings(header, column) and not says_what(column.header):
            period = column.period.label if column.period is not None else ""
            _second(header, rated.get(period), column, notes)


def _parts_shown(period: Period, actuals: list[Column]) -> bool:
    """A year's rating beside figures for its quarters or months ('2024/25 RAG' after
    Q1..Q4 2024/25): each row's latest figure within the year takes it."""
    if period.kind not in _YEARS:
        return False
    return any(
        c.period is not None
        and c.period != period
        and period.start <= c.period.start
        and c.period.end <= period.end
        for c in actuals
    )


def _set_aside(column: Column) -> bool:
    """Set aside as a second column of ratings for a period of its own (the columns for no
    period, the row's latest, are weighed against each other by ``rating_rivals``)."""
    return (
        column.field == "ignore"
        and column.period is not None
        and other_ratings.SECOND in column.why
    )


def says_what(heading: str) -> bool:
    """The heading says what the ratings rate other than the period's performance: another
    subject ('Data quality'), an earlier period ('Previous status'), the same period last year,
    or a forecast."""
    words = vocabulary.normalise(heading)
    return (
        other_ratings.subject(heading) is not None
        or rated_periods.relative_rating(heading) is not None
        or vocabulary.FORECAST_HEADING.search(words) is not None
        or any(f" {w} " in f" {words} " for w in vocabulary.A_YEAR_BACK_WORDS)
    )


def _heading_cell(header: Header, column: Column) -> int:
    """The lowest heading row with text in the column (its own sub-heading under a merged
    period), else the table's first heading row."""
    for row in range(header.first_data - 1, header.top - 1, -1):
        cells = header.sheet.rows[row] if row < len(header.sheet.rows) else []
        if column.index < len(cells) and text_of(cells[column.index]):
            return row
    return header.top


def _unplaced(header: Header, column: Column, notes: Notes) -> None:
    period = column.period.label if column.period is not None else ""
    notes.doubt(
        header.sheet.name,
        _heading_cell(header, column),
        column.index,
        f"column '{short(column.header, 30)}' holds ratings for {period}, a period the table "
        "gives no figures for, so none of them would be imported — check its heading names "
        "the period it rates, or map it with a saved profile",
        kind=_KIND_UNPLACED,
    )


def _second(header: Header, read: Column | None, column: Column, notes: Notes) -> None:
    """A column set aside beside the one read for its period: both rate the period's figure
    as far as either heading says, so both are named."""
    period = column.period.label if column.period is not None else ""
    beside = (
        f"beside '{short(read.header, 30)}', another column of ratings for that period"
        if read is not None
        else "beside another column of ratings for that period"
    )
    notes.doubt(
        header.sheet.name,
        _heading_cell(header, column),
        column.index,
        f"column '{short(column.header, 30)}' holds ratings for {period} {beside}, and "
        "nothing in either heading says one rates something else — its ratings would not be "
        "imported; say which rates the indicator's performance (map it with a saved profile) "
        "or head the other by what it rates (e.g. 'Data quality')",
        kind=_KIND_SECOND,
    )


def _twice(header: Header, first: Column, column: Column, notes: Notes) -> None:
    period = column.period.label if column.period is not None else ""
    notes.doubt(
        header.sheet.name,
        _heading_cell(header, column),
        column.index,
        f"columns '{short(first.header, 30)}' and '{short(column.header, 30)}' both hold "
        f"ratings for {period} and nothing says which rates the indicator's performance — "
        "head the other by what it rates (e.g. 'Data quality') or map it with a saved profile",
        kind=_KIND_TWICE,
    )
