"""Open-data periods in two columns: 'time_period' (202324, 2024) and 'time_identifier'.

Tidy open-data files (the Department for Education's among them) write a year as digits
alone, 202324 for 2023/24 and 2024 for 2024, and say in the next column what kind of year
it is ('Academic year', 'Financial year', 'Calendar year'). Such a sheet is read from a copy
whose period cells say both ('2023/24 academic year'); every cell stays where it was in the
file, so cell references need no pointing back.
"""

from __future__ import annotations

import dataclasses
import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.read.grid import CellValue, Sheet

SCAN = 10  # rows looked at for the heading row
_YEAR_PAIR = re.compile(r"^(\d{4})(\d{2})$")
_YEAR = re.compile(r"^\d{4}$")


def _columns(row: list[CellValue]) -> tuple[int, int] | None:
    keys = [vocabulary.normalise(text_of(v)) for v in row]
    period = next((i for i, k in enumerate(keys) if k in vocabulary.TIME_PERIOD_HEADINGS), None)
    kind = next((i for i, k in enumerate(keys) if k in vocabulary.TIME_KIND_HEADINGS), None)
    return None if period is None or kind is None else (period, kind)


def period_text(period: CellValue, kind: CellValue) -> str | None:
    """'2023/24 academic year' for 202324 and 'Academic year'; None when the digits or the
    kind are not a year's (a term, a week or a quarter is left as written)."""
    words = vocabulary.TIME_KINDS.get(vocabulary.normalise(text_of(kind)))
    if words is None:
        return None
    if isinstance(period, float) and period.is_integer():
        period = int(period)
    digits = text_of(period).strip()
    if pair := _YEAR_PAIR.match(digits):
        start, end = int(pair[1]), int(pair[2])
        if end != (start + 1) % 100 or words == "calendar year":
            return None
        return f"{start}/{end:02d} {words}"
    if _YEAR.match(digits) and words == "calendar year":
        return f"{digits} {words}"
    return None


def relabel(sheet: Sheet) -> Sheet:
    """The sheet with its year digits said as periods, or the sheet itself when it has no
    'time_period' and 'time_identifier' columns."""
    top = next(
        (i for i in range(min(SCAN, len(sheet.rows))) if _columns(sheet.rows[i]) is not None),
        None,
    )
    if top is None:
        return sheet
    found = _columns(sheet.rows[top])
    assert found is not None
    period_at, kind_at = found
    rows = list(sheet.rows)
    changed = False
    for index in range(top + 1, len(rows)):
        row = rows[index]
        if max(period_at, kind_at) >= len(row):
            continue
        text = period_text(row[period_at], row[kind_at])
        if text is None:
            continue
        rows[index] = [*row[:period_at], text, *row[period_at + 1 :]]
        changed = True
    return dataclasses.replace(sheet, rows=rows) if changed else sheet
