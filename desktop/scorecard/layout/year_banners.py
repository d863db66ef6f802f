"""Years typed as bare numbers where the table says they are years ending 31 March.

Finance-led reports and statistical returns (CIPFA, ASCOF, council tax collection) often
head annual columns with the year number alone, under a banner merged over them:

    Ref | Indicator | Year ending 31 March          | Target 2024 | Status
        |           | 2021 | 2022 | 2023 | 2024    |             |

The years (typed as numbers) are the heading's second row, not a row of figures, and each
is the financial year ending 31 March of it: 2024 is 2023/24. A title line saying the
same ('Annual outturns for the years ending 31 March') dates the table's bare years so too.
Another heading of that table dated by a bare year ('Target 2024') names the same kind of
year.

A bare year anywhere else in such a workbook ('2020' .. '2023' on a partner sheet with no
banner or note) is doubtful: the workbook's own years end in March, but partner data is
as often given by calendar year, and nothing says which the compiler meant.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import PlacedColumn
from desktop.scorecard.parse import periods
from desktop.scorecard.read.grid import CellValue, Sheet

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header

_FIRST_YEAR, _LAST_YEAR = 1990, 2100
_BARE_YEAR = re.compile(r"\d{4}")
_ANY_YEAR = re.compile(r"(?<![\d/\-])(?P<y>(?:19|20)\d{2})(?![\d/\-])")
_YEAR_NEXT = re.compile(r"[\s,]*'?\d{2}")  # 'Year ending 31 March 2024': that one year


def _year(value: CellValue) -> int | None:
    """A whole year typed as a number or four digits, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and math.isfinite(value) and value == int(value):
        year = int(value)
    elif isinstance(value, str) and _BARE_YEAR.fullmatch(value.strip()):
        year = int(value.strip())
    else:
        return None
    return year if _FIRST_YEAR <= year <= _LAST_YEAR else None


RUN_OF_YEARS = 3  # consecutive years typed as numbers across a heading row: headings


def year_run(row: list[CellValue]) -> set[int]:
    """The cells of a row holding three or more consecutive years side by side, typed as
    numbers ('Ref | Indicator | 2020 | 2021 | 2022 | 2023'): headings, not figures."""
    found: set[int] = set()
    start = 0
    while start < len(row):
        end = start
        while (
            end + 1 < len(row)
            and (a := _year(row[end])) is not None
            and (b := _year(row[end + 1])) is not None
            and b - a == 1
        ):
            end += 1
        if end - start + 1 >= RUN_OF_YEARS:
            found.update(range(start, end + 1))
        start = end + 1
    return found


def years_under(sheet: Sheet, row: int) -> set[int]:
    """The columns of ``row`` holding consecutive years under one heading merged over them
    (and nothing else) in the row above: 'Year ending 31 March' over 2021 | 2022 | 2023."""
    if row <= 0 or row >= len(sheet.rows):
        return set()
    line = sheet.rows[row]
    found: set[int] = set()
    for first_row, first, last_row, last in sheet.merged:
        if first_row != row - 1 or last_row != row - 1 or last <= first:
            continue
        banner = sheet.rows[row - 1][first] if first < len(sheet.rows[row - 1]) else None
        if not isinstance(banner, str) or not banner.strip():
            continue
        typed = [line[c] if c < len(line) else None for c in range(first, last + 1)]
        found_years = [_year(v) for v in typed]
        years = [y for y in found_years if y is not None]
        if len(years) != len(found_years):
            continue
        steps = {b - a for a, b in itertools.pairwise(years)}
        if steps in ({1}, {-1}):
            found.update(range(first, last + 1))
    return found


def ends_march(text: str) -> bool:
    """Words saying years run to 31 March, with no year of their own: 'Year ending 31
    March', 'Years to March', 'for the years ending 31 March (2024 = …)'."""
    return any(
        not _YEAR_NEXT.match(text, m.end()) for m in vocabulary.YEARS_ENDING_MARCH.finditer(text)
    )


def bare_year_in(heading: str) -> int | None:
    """The one bare year a heading names ('2024', 'Target 2024'), or None."""
    found = [int(m["y"]) for m in _ANY_YEAR.finditer(heading)]
    return found[0] if len(found) == 1 else None


def _from_banner(column: PlacedColumn) -> bool:
    """A column read from 'Year ending 31 March' over a bare year: a year ending March."""
    period = column.period
    return (
        period is not None
        and period.kind == "financial_year"
        and bool(vocabulary.YEARS_ENDING_MARCH.search(column.header))
        and bare_year_in(column.header) == period.end.year
    )


def _bare_calendar(column: PlacedColumn) -> int | None:
    """The year of a column dated by a bare year read as a calendar year, else None."""
    period = column.period
    if period is None or period.kind != "calendar_year":
        return None
    if vocabulary.YEAR_KIND_WORDS.search(column.header):
        return None  # '2024 (calendar year)': the heading says which
    year = bare_year_in(column.header)
    return year if year == period.start.year else None


def says_years_end_march(columns: Iterable[PlacedColumn], titles: Iterable[str]) -> bool:
    """The table says its bare years are years ending March: a banner over them read so, or
    a title line saying the years run to 31 March."""
    return any(_from_banner(c) for c in columns) or any(ends_march(t) for t in titles)


def _equated(text: str) -> set[str]:
    """How the equations in a line name years: 'start' for '2023 = 2023/24', 'end' for
    '2024 = 2023/24'."""
    out: set[str] = set()
    for m in vocabulary.YEAR_EQUATION.finditer(text):
        bare, first, second = int(m["bare"]), int(m["first"]), int(m["second"])
        if second % 100 != (first + 1) % 100:
            continue
        if bare == first:
            out.add("start")
        elif bare == first + 1:
            out.add("end")
    return out


def named_by_start(titles: Iterable[str]) -> bool:
    """A title line says the table's bare years are financial years named by the year
    they begin: 'financial years shown by the year in which they begin', 'years beginning
    1 April', or an equation '2023 = 2023/24' in a line not about school years. A line
    equating a bare year with the year ending in it ('2024 = 2023/24') says otherwise:
    then nothing is read from them."""
    start = end = False
    for text in titles:
        equated = _equated(text)
        end = end or "end" in equated
        if (
            vocabulary.YEARS_NAMED_BY_START.search(text) and vocabulary.FINANCIAL_WORDS.search(text)
        ) or ("start" in equated and not vocabulary.SCHOOL_YEAR_WORDS.search(text)):
            start = True
    return start and not end


def align(columns: Iterable[PlacedColumn], titles: Iterable[str]) -> None:
    """Bare years in a table whose banner or title says its years end 31 March: each the
    financial year ending then ('Target 2024' beside 'Year ending 31 March' over '2024' is
    the target for 2023/24). Where a title line says instead that its years are financial
    years named by the year they begin, each is the financial year beginning then."""
    columns = list(columns)
    titles = list(titles)
    if not says_years_end_march(columns, titles):
        if named_by_start(titles):
            for column in columns:
                year = _bare_calendar(column)
                if year is None or column.period is None:
                    continue
                column.period = periods.financial_year(year)
                column.why = (
                    f"its year {year}: the financial year beginning April {year}, as the note "
                    "over the table says"
                )
        return
    banner = any(_from_banner(c) for c in columns)
    for column in columns:
        year = _bare_calendar(column)
        if year is None or column.period is None:
            continue
        column.period = periods.financial_year(year - 1)
        where = "the banner over the years" if banner else "the title"
        column.why = f"its year {year}: the year ending 31 March {year}, as {where} says"


def doubtful(
    columns: Iterable[PlacedColumn], titles: Iterable[str], workbook_says: bool
) -> list[PlacedColumn]:
    """Columns dated by a bare year read as a calendar year, in a workbook whose own years
    end 31 March (``workbook_says``) though this table says nothing of its years: which
    kind of year is meant cannot be told."""
    columns = list(columns)
    titles = list(titles)
    if not workbook_says or says_years_end_march(columns, titles):
        return []
    if any(vocabulary.YEAR_KIND_WORDS.search(t) for t in titles):
        return []  # 'calendar years', 'financial year': the table says which
    return [
        c
        for c in columns
        if c.field == "actual"
        and _bare_calendar(c) is not None
        and _BARE_YEAR.fullmatch(c.header.strip())
    ]


def titles_of(header: Header) -> list[str]:
    """The texts above the table: its title and notes."""
    rows = header.sheet.rows[: header.top]
    return [v for row in rows for v in row if isinstance(v, str) and v.strip()]


def workbook_says(headers: Iterable[Header]) -> bool:
    """Some table of the workbook says its bare years are years ending 31 March."""
    return any(says_years_end_march(h.columns, titles_of(h)) for h in headers)


def doubt(header: Header, notes: Notes, workbook: bool) -> None:
    """Bare years in a table of a workbook whose years end 31 March (``workbook``), the
    table itself saying nothing of its years: asked about, one doubt per heading cell."""
    row = header.first_data - 1
    for column in doubtful(header.columns, titles_of(header), workbook):
        year = int(column.header.strip())
        notes.doubt(
            header.sheet.name,
            row,
            column.index,
            f"'{year}' is a bare year, and elsewhere this workbook counts its years to 31 "
            f"March: the calendar year {year} or the year ending March {year}? — write "
            f"'{periods.financial_year(year - 1).label}' or '{year} (calendar year)' in the "
            "heading, or import with --accept to read calendar years",
            kind="bare year beside years ending March",
        )
