"""Dates typed as text month first, as software built in the US writes them ('03/31/2024').

A date typed as text is read day first ('31/03/2024' is 31 March 2024; see
``parse.periods``), as UK files write it. Software built in the US (strategy-management
tools, some SaaS exports) writes it month first: 'Quarter Ending 12/31/2024', '6/30/2024'.
A date whose second number is over 12 ('03/31/2024': there is no 31st month) can only be
month first; one whose first number is over 12 ('31/03/2024') only day first; '01/08/2025'
either way. Where some date in the file's text can only be month first and none can only
be day first, the file writes its dates month first, and every date typed as text in a cell
that is the date, or a few words ending in it ('Quarter Ending 12/31/2024', 'Year Ending
03/31/2024'), is written out as the day it is ('2024-12-31', 'Quarter Ending 31 Dec 2024'), which reads one way only, so
the period it names is found as for any UK file. Dates inside longer text (a comment) are
left as typed. Where the file holds both kinds (some dates only month first, some only day
first) it could be read either way: it is held for review, naming the first of each.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.read.grid import Sheet, distinct_texts

_DATE = r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
_ANYWHERE = re.compile(rf"(?<![\d/]){_DATE}(?![\d/])")
# the date alone, or after up to four words ('Quarter Ending', 'Period end'), with at most
# a midnight time after it, as exports stamp a day ('3/31/2024 12:00:00 AM')
_WHOLE = re.compile(
    rf"(?P<lead>(?:[^\W\d_][\w.'\-]*\s+){{0,4}}){_DATE}"
    r"(?:\s+(?:0?0|12):00(?::00)?(?:\s*[AaPp]\.?[Mm]\.?)?)?",
)


@dataclass(frozen=True, slots=True)
class _Seen:
    sheet: str
    row: int
    col: int
    text: str


def _dates(sheets: list[Sheet]) -> Iterator[tuple[_Seen, int, int, int]]:
    """Every date typed in a text cell: where, and its first and second numbers and year."""
    for sheet in sheets:
        # the sheet's distinct texts holding a date first: most sheets have none, and a long
        # table's cells are not walked one by one for them
        texts = distinct_texts(sheet)
        dated = {t for t in texts if "/" in t and _ANYWHERE.search(t) is not None}
        if not dated:
            continue
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                if value.__class__ is not str or value not in dated:
                    continue
                for found in _ANYWHERE.finditer(value):
                    seen = _Seen(sheet.name, r, c, found.group(0))
                    yield seen, int(found["a"]), int(found["b"]), int(found["y"])


def _day(year: int, month: int, day: int) -> bool:
    year = year + 2000 if year < 100 else year
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(max(year, 1), month)[1]


def month_first(sheets: list[Sheet], notes: Notes) -> bool:
    """Whether the file writes its dates month first, for sure; a file that has dates of
    both orders is held for review (and is not read month first)."""
    only_month_first: _Seen | None = None
    only_day_first: _Seen | None = None
    for seen, a, b, year in _dates(sheets):
        as_us, as_uk = _day(year, a, b), _day(year, b, a)
        if as_us and not as_uk and only_month_first is None:
            only_month_first = seen
        elif as_uk and not as_us and only_day_first is None:
            only_day_first = seen
        if only_month_first is not None and only_day_first is not None:
            break
    if only_month_first is None:
        return False
    if only_day_first is None:
        return True
    us, uk = only_month_first, only_day_first
    notes.doubt(
        us.sheet,
        us.row,
        us.col,
        f"date '{us.text}' can only be month first (US order), but '{uk.text}' at "
        f"{uk.sheet}!{a1(uk.row, uk.col)} only day first: which order the file's other dates "
        "are in (such as 01/08/2025) is not known — write them as e.g. '31 Mar 2024'",
        kind="month_first",
    )
    return False


def _written_out(found: re.Match[str]) -> str:
    """The day in an order that reads one way only: '2024-03-31' for a date alone (as a
    database export writes one), 'Quarter Ending 31 Mar 2024' after words."""
    month, day, year = int(found["a"]), int(found["b"]), found["y"]
    if not found["lead"]:
        full = int(year) + 2000 if len(year) == 2 else int(year)
        return f"{full:04d}-{month:02d}-{day:02d}"
    return f"{found['lead']}{day} {calendar.month_abbr[month]} {year}"


def settle(sheets: list[Sheet], notes: Notes) -> None:
    """Write out each month-first date standing for a day in a cell ('Quarter Ending
    12/31/2024' -> 'Quarter Ending 31 Dec 2024'), where the file is month first for sure."""
    if not month_first(sheets, notes):
        return
    for sheet in sheets:
        for row in sheet.rows:
            for c, value in enumerate(row):
                if not isinstance(value, str) or "/" not in value:
                    continue
                found = _WHOLE.fullmatch(value.strip())
                if found is None:
                    continue
                year = int(found["y"])
                if _day(year, int(found["a"]), int(found["b"])):
                    row[c] = _written_out(found)
                    sheet.texts = None  # texts rewritten
