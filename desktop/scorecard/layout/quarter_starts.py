"""Quarters headed by the day each begins: first-of-month dates three months apart
(01/01/2024, 01/04/2024, 01/07/2024, 01/10/2024), as a performance database keys its
quarters by their first day.

Where the sheet says each date begins its period ('Quarter beginning' over the dates,
'quarter starting', 'Qtr commencing', 'Period beginning' — in a title row, a band over the
columns, a heading, or a note on a line of its own), each column is the quarter of the
financial year it begins: 01/01/2024 is Q4 2023/24, 01/04/2024 Q1 2024/25. Dates that begin
no quarter of the financial year (01/02/2024 under 'Quarter beginning'), or a sheet that
also says the dates end their periods or date positions ('Quarter ending', 'as at'), are
held for review naming the heading. A heading that says it itself ('Quarter beginning
01/04/2024', 'Qtr commencing 1 Jul 2024') names its quarter when read (``parse.periods``).

With nothing saying what the dates begin, such a run may be single months or the quarters
they begin. A plain run of months is read as months, as a monthly table's dates are; but
where the sheet speaks of quarters anywhere (a title, a note, a heading, a comment), or the
figures under the dates add up to the year's figure beside them, the run is held for review
rather than stored as months. Months at quarter ends (Jun, Sep, Dec, Mar) are left to
``quarter_months``; a table with other months, or a sheet saying 'month beginning', keeps
its months.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.day_columns import day_of
from desktop.scorecard.model import Period, PlacedColumn
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

STEP = 3  # months between the dates of a run of quarters
MIN_RUN = 2
MIN_SUMS = 2  # rows whose dated figures add up to the year's: quarter totals, not months
_QUARTER_START_MONTHS = frozenset({1, 4, 7, 10})
_QUARTER_END_MONTHS = frozenset({3, 6, 9, 12})
_YEARS = ("financial_year", "calendar_year")


class _Column(PlacedColumn, Protocol):
    doubt: str


def place(
    columns: Sequence[_Column], titles: Sequence[str], rows: Sequence[Sequence[CellValue]]
) -> None:
    """Read a run of first-of-month dates three months apart as the quarters they begin
    where the sheet says so, or hold it where the sheet says quarters but not which
    (``titles``: the lines above the table and the sheet's name; ``rows``: those below its
    heading)."""
    run = _run(columns)
    if run is None:
        return
    said = [*titles, *(c.header for c in columns), *_lines(rows)]
    if _found(vocabulary.MONTH_START_WORDS, said):
        return
    start = _found(vocabulary.QUARTER_START_WORDS, said)
    end = _found(vocabulary.PERIOD_END_WORDS, said)
    first = run[0][1]
    if start and end:
        _hold(
            run,
            f", and the sheet says both '{start}' and '{end}': which quarter, or which month, "
            "is each?",
            said=True,
        )
    elif start:
        if all(day.month in _QUARTER_START_MONTHS for _, day in run):
            for column, day in run:
                column.period = cells.quarter_of_date(day)
                column.why = f"the quarter beginning {day:%d/%m/%Y} (the sheet says '{start}')"
        else:
            _hold(
                run,
                f", and the sheet says '{start}', but a quarter beginning {first:%d/%m/%Y} is no "
                "quarter of the financial year (April to March)",
                said=True,
            )
    elif all(day.month in _QUARTER_END_MONTHS for _, day in run):
        return  # months a quarter ends: read (or asked about) as such by quarter_months
    elif (quarterly := _found(vocabulary.QUARTERLY_CONTEXT, [*said, *_texts(rows)])) is not None:
        _hold(
            run,
            f", and the sheet speaks of quarters ('{quarterly}'): the quarters they begin, or "
            "single months?",
        )
    elif (total := _year_total(columns, run, rows)) is not None:
        _hold(
            run,
            f" whose figures add up to '{total}': the quarters they begin, or single months?",
        )


def _run(columns: Sequence[_Column]) -> list[tuple[_Column, dt.date]] | None:
    """The table's month columns when every one is headed by a month alone or its first day
    and they step three months apart: each with its first day, in column order."""
    months = [c for c in columns if c.period is not None and c.period.kind == "month"]
    run: list[tuple[_Column, dt.date]] = []
    for column in months:
        found = cells.period_header(column.header)
        if found is None or found[0] != column.period or found[1]:
            return None
        day = day_of(column.header)
        if day is not None and day.day != 1:
            return None
        run.append((column, found[0].start))
    steps = sorted({day.year * 12 + day.month for _, day in run})
    if len(steps) < MIN_RUN or any(b - a != STEP for a, b in pairwise(steps)):
        return None
    return run


def _hold(run: Sequence[tuple[_Column, dt.date]], reason: str, *, said: bool = False) -> None:
    """Leave the run in no period, each column carrying the doubt its heading is named by
    (``said``: the sheet already says what the dates begin)."""
    fix = "" if said else " or say 'Quarter beginning' over them,"
    for column, day in run:
        column.period = None
        column.why = "first days of months three apart: quarters or months?"
        column.doubt = (
            f"'{_shown(column.header, day)}' and the columns beside it are first days of months "
            f"three apart{reason} — head them with the quarter each is for ('Q1 2024/25'),{fix} "
            "or map the columns"
        )


def _shown(header: str, day: dt.date) -> str:
    """A heading as the sheet shows it: a date cell (read as '2024-04-01') day first."""
    return f"{day:%d/%m/%Y}" if header.strip() == day.isoformat() else header


def _found(pattern: re.Pattern[str], texts: Iterable[str]) -> str | None:
    """The first words of ``texts`` the pattern finds, as written."""
    for text in texts:
        match = pattern.search(text or "")
        if match is not None:
            return match.group(0).strip()
    return None


def _lines(rows: Sequence[Sequence[CellValue]]) -> list[str]:
    """The texts standing on a row of their own (a note, a key): what the sheet says of its
    columns, unlike a comment beside one indicator's figures."""
    found: list[str] = []
    for row in rows:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) == 1 and isinstance(filled[0], str):
            found.append(filled[0])
    return found


def _texts(rows: Sequence[Sequence[CellValue]]) -> list[str]:
    return [v for row in rows for v in row if isinstance(v, str) and v.strip()]


def _year_total(
    columns: Sequence[_Column],
    run: Sequence[tuple[_Column, dt.date]],
    rows: Sequence[Sequence[CellValue]],
) -> str | None:
    """The heading of a year's figure column spanning the run whose figures, in two rows or
    more, are the sum of the run's: the run's figures are the year's quarters."""
    first = min(day for _, day in run)
    last = max(day for _, day in run)
    for year in columns:
        period: Period | None = year.period
        if year.field != "actual" or period is None or period.kind not in _YEARS:
            continue
        if not (period.start <= first and last <= period.end):
            continue
        sums = 0
        for row in rows:
            total = _figure(row, year.index)
            parts = [_figure(row, column.index) for column, _ in run]
            if not total or any(p is None for p in parts):
                continue
            if math.isclose(total, sum(p for p in parts if p is not None), abs_tol=0.05):
                sums += 1
        if sums >= MIN_SUMS:
            return year.header
    return None


def _figure(row: Sequence[CellValue], index: int) -> float | None:
    if index >= len(row) or not cells.is_figure(row[index]):
        return None
    return cells.number(row[index]).value
