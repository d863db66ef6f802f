"""A report's period given only as a date it is 'as at', beside the words of its title.

A report printed from a performance system often names no period at all: its title says
'Quarterly Performance Report' and one line says 'Data as at: 30/09/2024' (the date in the
next cell, or in the same text; also 'Position as at', 'Data to', 'Period ending'). Such a
report's 'Current' (or 'Latest', or lone 'Actual') figures are those of the period that ends
on that date: the quarter where the title says quarterly, the month where it says monthly.
Where it says neither (or both), or the date ends no such period, nothing is dated here and
the figures stay in no period (held for review).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d.%m.%Y")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)


class _Column(Protocol):
    header: str
    field: Role | None
    period: Period | None
    why: str
    unanchored: bool
    code: str | None
    comparator: str | None


def date_of(value: CellValue) -> dt.date | None:
    """A cell's day: an Excel date, or text written as one ('30/09/2024', '30th Sept 2024')."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = _ORDINAL.sub("", " ".join(value.replace(",", " ").split())).strip(" .")
    text = vocabulary.SEPT.sub("Sep", text)
    for form in _FORMATS:
        try:
            return dt.datetime.strptime(text, form).date()
        except ValueError:
            continue
    return None


def as_at_date(rows: Iterable[list[CellValue]]) -> tuple[list[str], dt.date] | None:
    """The 'as at' label (and the date's cell, when text) and its date among title rows,
    if one row says it."""
    for row in rows:
        for index, value in enumerate(row):
            if not isinstance(value, str):
                continue
            text = " ".join(value.split())
            key = vocabulary.normalise(text)
            found = vocabulary.AS_AT_LABEL.match(key)
            if found is None:
                continue
            rest = vocabulary.AS_AT_JOINER.split(text)
            said = [text]
            day = date_of(rest[-1].strip(" :-\u2013")) if len(rest) > 1 else None
            if day is None and not rest[-1].strip(" :-\u2013"):
                later = [v for v in row[index + 1 :] if not cells.is_blank(v)]
                day = date_of(later[0]) if later else None
                said += [" ".join(later[0].split())] if later and isinstance(later[0], str) else []
            if day is not None:
                return said, day
    return None


def _frequency(texts: Iterable[str]) -> str | None:
    said: set[str] = set()
    for text in texts:
        words = set(vocabulary.normalise(text).split())
        if words & vocabulary.QUARTERLY_WORDS:
            said.add("quarter")
        if words & vocabulary.MONTHLY_WORDS:
            said.add("month")
    return said.pop() if len(said) == 1 else None


def period_ending(day: dt.date, frequency: str | None) -> Period | None:
    """The quarter (or month) that ends on ``day``, by how often the report is made."""
    if (day + dt.timedelta(days=1)).day != 1:
        return None  # a date within a period: not the end of one
    if frequency == "quarter" and day.month in (3, 6, 9, 12):
        return cells.quarter_of_date(day)
    if frequency == "month":
        return periods.month(day.year, day.month)
    return None


def place(columns: Sequence[_Column], rows: list[list[CellValue]], texts: list[str]) -> None:
    """Date the one 'Current', 'Latest' or lone 'Actual' column no heading or title dates by
    an 'as at' date among the title rows."""
    undated = [
        c
        for c in columns
        if c.period is None and c.field == "actual" and not c.code and c.comparator is None
    ]
    wanted = [
        c
        for c in undated
        if vocabulary.normalise(c.header)
        in vocabulary.CURRENT_HEADINGS | vocabulary.AS_AT_FIGURE_HEADINGS
    ]
    if len(wanted) != 1 or len(undated) != 1:
        return
    found = as_at_date(rows)
    if found is None:
        return
    said, day = found
    label = said[0]
    if any(cells.period_in_text(t) is not None for t in texts if " ".join(t.split()) not in said):
        return  # the title (or the sheet's name) names the period itself
    period = period_ending(day, _frequency(texts))
    if period is None:
        return
    column = wanted[0]
    column.period, column.unanchored = period, False
    column.why = f"its heading, dated by '{label}' {day:%d/%m/%Y}: the period ending then"
