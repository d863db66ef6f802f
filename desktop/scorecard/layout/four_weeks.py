"""Columns headed by periods of a year of 13 four-week periods ('Period 5 (22 Jul – 18 Aug)',
'P1' … 'P13'), as leisure and waste contractors report to the council.

The store labels months, quarters and years; a four-week period is none of them (Period 6,
19 Aug – 15 Sep, straddles two months) and a reader would not fold it into one. Such a
column is left in no period: where it holds figures the file is held for review naming its
heading (the user may accept the reading of the other columns, without these figures, and
without a rating beside them that would otherwise land on an older figure); an empty one
(periods still to come) is passed over.

A heading is a four-week period where the heading row reaches 'P13' / 'Period 13', or where
the heading gives the period's days and they are no whole months.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import PlacedColumn
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


class _Column(PlacedColumn, Protocol):
    doubt: str


def place(columns: Sequence[_Column], rows: Sequence[Sequence[CellValue]]) -> None:
    """Leave four-week period columns in no period; those holding figures carry the doubt
    the review names their heading with, the others are not read."""
    keys = [vocabulary.normalise(c.header) for c in columns]
    thirteen = any(vocabulary.FOUR_WEEK_THIRTEENTH.match(k) for k in keys)
    for column, key in zip(columns, keys, strict=True):
        found = vocabulary.FOUR_WEEK_HEADING.match(key)
        if found is None or not (thirteen or _days_not_months(found["rest"] or "")):
            continue
        column.period = None
        column.why = "its heading: a four-week period, which the store has no label for"
        if not any(_holds(row, column.index) for row in rows):
            column.field = "ignore"
            continue
        column.field = "actual"
        column.doubt = (
            f"'{column.header}' heads a four-week period's figures — the store keeps months, "
            "quarters and years, and a four-week period is none of them; these figures (and a "
            "rating of the latest) are not imported — accept to import the other columns, or "
            "import a monthly or quarterly summary"
        )


def _days_not_months(rest: str) -> bool:
    """'22 jul 18 aug': days that start or end other than a month's first and last."""
    found = vocabulary.FOUR_WEEK_DAYS.match(rest)
    if found is None:
        return False
    first, last = _month(found["m1"]), _month(found["m2"])
    if first is None or last is None:
        return False
    d1, d2 = int(found["d1"]), int(found["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31):
        return False
    # whole months run from a 1st to a month's last day (28 February or later)
    return d1 != 1 or d2 < calendar.monthrange(2023, last)[1]


def _month(text: str) -> int | None:
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return vocabulary.MONTHS.get(text)


def _holds(row: Sequence[CellValue], index: int) -> bool:
    return index < len(row) and not cells.is_blank(row[index])
