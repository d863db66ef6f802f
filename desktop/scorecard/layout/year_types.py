"""A long table's column saying which kind of year each row's year is: 'Year type' FY, CY, AY.

A warehouse's long export keeps measures counted over different years in one table: a 'Year
type' column ('FY' financial, 'CY' calendar, 'AY' academic, or the words in full) beside a
'Year' ('2023/24', 2023) and a 'Period' ('Q1', 'Annual', 'Term 2'). The year means what its
type says, and so does the period within it:

- 'FY' 2023/24 is the financial year, its 'Q1' April to June 2023; 'CY' 2024 is the calendar
  year, its 'Q1' January to March 2024; 'AY' 2023/24 is the academic year (September to
  August), its 'Autumn term' September to December 2023. 'Annual' (or 'Full year', or no
  period) is the year itself; a month is the month of that year.
- A numbered term ('Term 2') is read only where a note in the workbook defines it by its
  months ('Term 2 = spring term (January to March)'): schools split the year into three or
  six, and the number alone does not say which.
- Whatever the type does not settle is held for review naming the cell, never guessed: a
  type naming no kind of year, a bare 2023 typed financial or academic (the year starting or
  ending then?), a 2023/24 typed calendar, a quarter of an academic year, a numbered term no
  note defines, a period falling outside its row's year.

Only a column headed as a year type whose cells name kinds of year is read so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.layout.year_basis import kind_of
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.parse.period_spans import make_period, month_end, month_range
from desktop.scorecard.read.grid import CellValue, Sheet

SHARE = 0.9  # of a column's filled cells that name a kind of year
MIN_CELLS = 2
_SCAN_ROWS = 200  # rows of a sheet looked at for a note defining terms
_BARE_YEAR = re.compile(r"^\s*(?:19|20)\d\d(?:\.0)?\s*$")
_MONTH_WORD = re.compile(
    r"\b(" + "|".join(sorted(vocabulary.MONTHS, key=len, reverse=True)) + r")\b", re.I
)

Terms = dict[int, tuple[int, int]]  # a numbered term -> its first and last month


def column(columns: Sequence[Column], rows: Sequence[Sequence[CellValue]]) -> Column | None:
    """The column headed as a year type ('Year type') whose cells name kinds of year."""
    for each in columns:
        if each.index < 0 or each.field not in ("period", None, "ignore"):
            continue
        if vocabulary.normalise(each.header) not in vocabulary.YEAR_TYPE_HEADINGS:
            continue
        filled = [
            text_of(row[each.index])
            for row in rows
            if each.index < len(row) and not cells.is_blank(row[each.index])
        ]
        named = [t for t in filled if kind_of(t) is not None]
        if len(named) >= MIN_CELLS and len(named) >= SHARE * len(filled):
            return each
    return None


def kind(value: CellValue) -> str | None:
    """The kind of year a type cell names ('financial', 'calendar', 'academic',
    'ends_march'); None for a blank cell or one naming none."""
    return None if cells.is_blank(value) else kind_of(text_of(value))


def defined_terms(sheets: Iterable[Sheet]) -> Terms:
    """Numbered terms a note in the workbook defines by their months ('Term 1 = autumn term
    (September to December)'); a term defined twice otherwise is left out."""
    found: Terms = {}
    clashes: set[int] = set()
    for sheet in sheets:
        for row in sheet.rows[:_SCAN_ROWS]:
            for value in row:
                if not isinstance(value, str) or "term" not in value.lower():
                    continue
                for match in vocabulary.TERM_DEFINITION.finditer(value):
                    said = _MONTH_WORD.findall(match["said"])
                    months = [vocabulary.MONTHS[m.lower()] for m in said]
                    if len(months) != 2:
                        continue
                    number = int(match["n"])
                    span = (months[0], months[1])
                    if found.setdefault(number, span) != span:
                        clashes.add(number)
    for number in clashes:
        del found[number]
    return found


def place(kind: str, parts: Sequence[CellValue], terms: Terms) -> tuple[Period | None, str]:
    """The period of a row whose year is of ``kind`` ('financial', 'calendar', 'academic',
    'ends_march'), from its year and period cells; else None and why."""
    years = [(i, y) for i, value in enumerate(parts) if (y := _year(kind, value)) is not None]
    if not years:
        said = " ".join(text_of(v) for v in parts)
        return None, f"'{said}' names no year a {_NAMES[kind]} can be"
    at, year = years[0]
    if isinstance(year, str):
        return None, year
    rest = [value for i, value in enumerate(parts) if i != at]
    if len(rest) > 1:
        return None, "more than one period beside the year"
    if not rest or vocabulary.normalise(rest[0]) in vocabulary.YEAR_ITSELF_WORDS:
        return year, ""
    return _within(kind, year, text_of(rest[0]), terms)


_NAMES = vocabulary.YEAR_KIND_NAMES


def _year(kind: str, value: CellValue) -> Period | str | None:
    """The year a year cell names read as ``kind``; a reason where it cannot be so read
    ('2023' typed financial); None where the cell names no year."""
    text = text_of(value)
    bare = bool(_BARE_YEAR.match(text))
    found = cells.period(value)
    if not bare and (found is None or found.kind != "financial_year"):
        return None
    if bare:
        number = int(float(text))
        if kind == "calendar":
            return periods.calendar_year(number)
        if kind == "ends_march":
            return periods.financial_year(number - 1)
        return (
            f"'{text}' typed {kind}: the year starting or the year ending in {number}? "
            f"Write it as '{number}/{(number + 1) % 100:02d}' or '{number - 1}/{number % 100:02d}'"
        )
    assert found is not None
    if kind == "calendar":
        return f"'{text}' is two years, not the one calendar year its type says"
    if kind == "academic":
        return periods.academic_year(found.start.year)
    return found


def _within(kind: str, year: Period, text: str, terms: Terms) -> tuple[Period | None, str]:
    quarter = vocabulary.BARE_QUARTER.match(text)
    numbered = vocabulary.NUMBERED_TERM.match(text)
    found: Period | None
    if quarter is not None:
        q = int(quarter["q"])
        if kind == "academic":
            return None, f"'{text}' of an academic year: nothing says which months it covers"
        if kind == "calendar":
            y = year.start.year
            found = month_range(y, 3 * q - 2, y, 3 * q)
        else:
            found = periods.quarter(year.start.year, q)
    elif numbered is not None:
        n = numbered["n"].lower()
        number = vocabulary.TERM_NUMBER_WORDS.get(n) or int(n)
        if kind != "academic":
            return None, f"'{text}' of a {_NAMES[kind]}: terms are a school year's"
        if number not in terms:
            return None, (
                f"'{text}': no note in the file says which months term {number} covers "
                "(the school year may have three terms or six)"
            )
        found = _term(year, *terms[number])
    elif any(ch.isdigit() for ch in text):
        found = cells.period(text)  # a period with its own year: it must lie in the row's
        if found is not None and kind == "calendar" and found.kind != "month":
            found = None  # ('Q1 2024' beside a calendar year: not the financial quarter)
    else:
        found = periods.combine_period(year, text)
        if found is None and kind == "calendar" and _MONTH_WORD.search(text):
            found = periods.combine_period(year, f"{text} {year.start.year}")  # 'Jan-Mar'
    if found is None:
        return None, f"'{text}' is no period of a {_NAMES[kind]}"
    if not (year.start <= found.start and found.end <= year.end):
        return None, f"'{text}' falls outside the {_NAMES[kind]} {year.label}"
    return found, ""


def _term(year: Period, first: int, last: int) -> Period | None:
    """The months a defined term covers within an academic year."""
    start_year = year.start.year if first >= year.start.month else year.start.year + 1
    end_year = start_year if last >= first else start_year + 1
    if end_year > year.end.year:
        return None
    return make_period("range", dt.date(start_year, first, 1), month_end(end_year, last))
