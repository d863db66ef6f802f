"""Columns headed by a span of the financial year's months written by their numbers, as a
finance team heads them: 'M1-M3', 'M4 – M6', 'M7-9', 'Months 1-3', 'P1-P3', and 'M1-M9 YTD'
for the months so far.

Month 1 is April, the first month of the financial year: a span is read within the year
the title rows, the sheet's name, the file's name, a year over the heading or in it name
('M4 – M6' under a title naming 2024/25 is Q2 2024/25, 'M1-M9 YTD' April to December
2024; ``periods.combine_period`` reads it). With no year named, such a heading is a bare
period like 'Q2': its figures are held for review naming the heading, never placed in a
guessed year. What is held rather than read, naming the heading:

* a line on the sheet saying month 1 is another month than April ('P1 = January'): the
  numbers count some other year than the financial year the title names;
* a 'P' or 'Period' span in a year of thirteen four-week periods (the heading row reaches
  period 13, 'P10-P13', or a title line says four-weekly or 13 periods): 'P1-P3' is then
  twelve weeks, no months (a lone 'P13' in the row is ``four_weeks``' to hold);
* a year-to-date mark on a span that does not start at month 1 ('M4-M9 YTD'): the year to
  date runs from April, so the heading says two different things.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import PlacedColumn
from desktop.scorecard.parse import periods

APRIL = 4
_PERIOD_WORDS = ("p", "pd", "period", "periods")  # also a four-week period's name


class _Column(PlacedColumn, Protocol):
    doubt: str


def span(heading: str) -> tuple[int, int] | None:
    """The first and last month numbers of a span a heading names ('M1-M9 YTD' -> (1, 9)),
    or None where it names none (or the numbers run backwards)."""
    found = vocabulary.MONTH_NUMBER_SPAN.search(heading)
    if found is None:
        return None
    first, last = int(found["first"]), int(found["last"])
    return (first, last) if first < last else None


def alone(heading: str) -> bool:
    """The heading is a span and nothing more than a year-to-date mark ('Period 1-3', 'M1-M9
    YTD'), not a span beside a field ('Target (M1-M3)')."""
    found = vocabulary.MONTH_NUMBER_SPAN.search(heading)
    if found is None or span(heading) is None:
        return False
    rest = vocabulary.normalise(f"{heading[: found.start()]} {heading[found.end() :]}").split()
    return all(word in vocabulary.HEADING_FILLER for word in rest)


def settle(columns: Sequence[_Column], context: Iterable[str]) -> None:
    """Withhold the period of span columns the sheet gives reason to doubt (``context``: the
    table's title lines and sheet name), with the doubt the review names the heading by."""
    lines = list(context)
    month_one = _month_one(lines)
    four_weekly = any(vocabulary.FOUR_WEEK_CONTEXT.search(t or "") for t in lines) or any(
        vocabulary.FOUR_WEEK_REACH.match(vocabulary.normalise(c.header)) for c in columns
    )
    for column in columns:
        numbers = span(column.header)
        if numbers is None or column.period is None or column.doubt:
            continue
        doubt = _doubt(column.header, numbers, month_one, four_weekly)
        if doubt is None:
            column.why = column.why or (
                f"its heading: months {numbers[0]} to {numbers[1]} of the financial year, "
                "counted from April"
            )
            continue
        column.period = None
        column.field = "actual"
        column.why, column.doubt = doubt


def _doubt(
    heading: str, numbers: tuple[int, int], month_one: int | None, four_weekly: bool
) -> tuple[str, str] | None:
    """Why the span's months are unclear and the review's line, or None where they are clear."""
    first, last = numbers
    if month_one is not None and month_one != APRIL:
        named = calendar.month_name[month_one]
        return (
            f"its heading: months by number, which the sheet counts from {named}",
            f"'{heading}' counts months by number, but the sheet says month 1 is {named}, "
            "not April as in the financial year — which months its figures cover is not "
            "clear; head the column with its months (e.g. 'Apr–Jun 2024') or map it",
        )
    if four_weekly and _word(heading) in _PERIOD_WORDS:
        return (
            "its heading: a span of four-week periods, which the store has no label for",
            f"'{heading}' spans periods of a year counted in four-week periods — the store "
            "keeps months, quarters and years, and these weeks are none of them; its figures "
            "are not imported — accept to import the other columns, or import a monthly or "
            "quarterly summary",
        )
    if first != 1 and periods.is_year_to_date(heading):
        return (
            f"its heading: year to date, but from month {first}, not month 1",
            f"'{heading}' says year to date, but starts at month {first}, not month 1 "
            f"(April) — months {first} to {last}, or the year to month {last}? Correct the "
            "heading or map the column",
        )
    return None


def _word(heading: str) -> str:
    """The name a span's numbers are written after ('P1-P3' -> 'p', 'Months 1-3' -> 'months')."""
    found = vocabulary.MONTH_NUMBER_SPAN.search(heading)
    return "" if found is None else found["word"].lower()


def _month_one(lines: Iterable[str]) -> int | None:
    """The month a line on the sheet says month 1 is ('M1 = April' -> 4), or None."""
    for text in lines:
        for found in vocabulary.MONTH_ONE_NAMED.finditer(text or ""):
            month = vocabulary.MONTHS.get(found["month"].lower())
            if month is not None:
                return month
    return None
