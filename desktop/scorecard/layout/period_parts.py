"""The parts of a period spread over several columns (Year, Quarter, Month), as text.

Upload templates and database extracts write each part as a number: Year 2012, Quarter 3,
Month -1, where -1 (or any negative number) means "not applicable". A negative part is left
out, and a bare 1-4 under a Quarter heading is that quarter ("Q3"), so the parts read as
"Q3 2012" — placed by the usual rule for a quarter beside a year.

A data warehouse's date dimension may instead say in a column of its own what the number
counts ('Period_Type': Month, Quarter, Half or Year, beside 'Period_No' and
'Financial_Year'). The number is then that kind of part: quarter 3 of 2024/25 is "Q3";
month 7 is counted from April (month 7 of 2024/25 is October 2024) where the file says so
(a financial word in the period columns' headings or the type cell) or the year is a
financial year written as two (2024/25), and from January where a calendar word says so.
Where nothing says which (month 7 of "2024"), or an academic word is there, the number is
left as it is and the row's period is not understood, naming its cell, rather than guessed.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

_LIMIT = {"quarter": 4, "half": 2, "month": 12}


def _not_applicable(value: CellValue) -> bool:
    number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        number = int(value.strip())
    return number is not None and number < 0


def period_parts(columns: Sequence[Column], values: Sequence[CellValue]) -> list[CellValue]:
    """Each part that says something, in the columns' order: the cell, or "Q3" for a quarter."""
    kept = [
        (column, value)
        for column, value in zip(columns, values, strict=True)
        if not (cells.is_blank(value) or _not_applicable(value))
    ]
    typed = _typed(columns, kept)
    if typed is not None:
        return typed
    parts: list[CellValue] = []
    for column, value in kept:
        if column.field != "period":
            continue  # a 'Frequency' column says what a number counts, and nothing else
        text = text_of(value)
        if text in ("1", "2", "3", "4") and "quarter" in vocabulary.normalise(column.header):
            value = f"Q{text}"
        parts.append(value)
    return parts


def type_column(columns: Sequence[Column], rows: Sequence[Sequence[CellValue]]) -> Column | None:
    """Beside a period split over columns (a year and a number), a column not itself read as a
    period ('Frequency') whose every cell names a kind of period ('Monthly', 'Quarter'): what
    each row's number counts. None when a period column says that already, or none does."""

    def kinds(column: Column) -> list[bool]:
        return [
            vocabulary.normalise(text_of(row[column.index])) in vocabulary.PERIOD_TYPE_WORDS
            for row in rows
            if column.index < len(row) and not cells.is_blank(row[column.index])
        ]

    def numbers(column: Column) -> list[bool]:
        return [
            _number(row[column.index]) is not None
            for row in rows
            if column.index < len(row) and not cells.is_blank(row[column.index])
        ]

    periods_at = [c for c in columns if c.field == "period"]
    if len(periods_at) < 2 or any(any(kinds(c)) for c in periods_at):
        return None
    if not any(any(numbers(c)) for c in periods_at):
        return None  # no period number to count ('period_start' | 'period_end' dates)
    for column in columns:
        if column.field in (None, "ignore"):
            seen = kinds(column)
            if seen and all(seen):
                return column
    return None


def _number(value: CellValue) -> int | None:
    """A period number as an extract writes it: 7, 7.0, '7', '07'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = text_of(value).strip()
    return int(text) if text.isdecimal() and len(text) <= 2 else None


def _typed(
    columns: Sequence[Column], kept: list[tuple[Column, CellValue]]
) -> list[CellValue] | None:
    """The parts with the type cell's word put to the number beside it ('Month' and 7 of
    2024/25: 'P7', 'Quarter' and 3: 'Q3'); None when no one type cell says what to do."""
    types = [
        (i, vocabulary.PERIOD_TYPE_WORDS[key])
        for i, (_, value) in enumerate(kept)
        if isinstance(value, str)
        and (key := vocabulary.normalise(value)) in vocabulary.PERIOD_TYPE_WORDS
    ]
    if len(types) != 1:
        return None
    at, kind = types[0]
    type_cell = vocabulary.normalise(kept[at][1])
    rest = [pair for i, pair in enumerate(kept) if i != at]
    numbered = [(column, n) for column, value in rest if (n := _number(value)) is not None]
    years = [value for column, value in rest if _number(value) is None]
    if not numbered and len(years) > 1:  # 'Quarter' | '2024/25' | 'Q1 2024/25': that one
        return _whole(kind, years)
    if kind == "year":
        return None if numbered or not years else years
    if len(numbered) != 1 or len(years) != 1:
        return None
    column, n = numbered[0]
    if not 1 <= n <= _LIMIT[kind]:
        return None
    said = " ".join(vocabulary.normalise(c.header) for c in columns) + " " + type_cell
    if vocabulary.PERIOD_NUMBERING_ACADEMIC.search(said):
        return None  # a school year's months and quarters are not numbered from April
    own = vocabulary.normalise(column.header) + " " + type_cell
    if vocabulary.PERIOD_NUMBERING_CALENDAR.search(own):
        return _calendar_part(kind, n, years[0])
    if kind == "month" and not (
        vocabulary.PERIOD_NUMBERING_FINANCIAL.search(said) or _split_year(years[0])
    ):
        return None  # month 7 of '2024': July, or October of the year from April? Not said
    prefix = {"quarter": "Q", "half": "H", "month": "P"}[kind]
    return [f"{prefix}{n}", years[0]]


def _whole(kind: str, parts: list[CellValue]) -> list[CellValue] | None:
    """Of parts that each name a period, the one of the type cell's kind that every other
    part holds ('Q1 2024/25' of 'Quarter' beside '2024/25'), or None when they disagree."""
    found = [(value, cells.period(value)) for value in parts]
    named = [(value, period) for value, period in found if period is not None]
    if len(named) != len(found):
        return None
    value, narrow = min(named, key=lambda pair: pair[1].end - pair[1].start)
    if not _of_kind(narrow, kind):
        return None
    if all(p.start <= narrow.start and narrow.end <= p.end for _, p in named):
        return [value]
    return None


def _of_kind(period: Period, kind: str) -> bool:
    """Whether a period is one of the kind a type cell names ('quarter', 'year')."""
    if kind == "year":
        return period.kind in ("financial_year", "academic_year", "calendar_year")
    if kind == "half":
        months = (period.end.year - period.start.year) * 12 + period.end.month
        return months - period.start.month + 1 == 6
    return period.kind == kind


def _split_year(value: CellValue) -> bool:
    """True for a financial year written as two: '2024/25', '2024-2025'."""
    found = periods.parse_period(value)
    return found is not None and found.kind == "financial_year"


def _calendar_part(kind: str, n: int, year: CellValue) -> list[CellValue] | None:
    """Month or quarter n counted from January: month 7 is 'Jul', quarter 3 'Jul-Sep'."""
    if kind == "month":
        return [calendar.month_abbr[n], year]
    if kind == "quarter" and not _split_year(year):
        return [f"{calendar.month_abbr[3 * n - 2]}-{calendar.month_abbr[3 * n]}", year]
    return None  # a calendar quarter of a financial year, or a calendar half: not placed
