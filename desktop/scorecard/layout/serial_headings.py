"""Period headings that lost their date format: Excel day numbers (45383) in a heading row.

A month typed 'Apr-24' is stored as a date; pasted as a value into a heading row formatted
General, it shows the day number underneath: 45383, 45413, 45444 ... for 1 April, 1 May, 1
June 2024. A heading row's run of such numbers is read as the dates they count when all of
these hold:

- at least three whole numbers side by side in one row, each a day from 2000 to 2045 in the
  workbook's date system (Excel's 1900 system, the 1904 one a workbook may be saved in, or
  an OpenDocument file's own null date);
- the row is a heading row over figures: it holds a heading in words besides the run, no
  figures stand above the run and no headings over it (one word, a band, at most), and
  the cells below the run hold figures, not more such day numbers;
- the days are evenly a month (28 to 31 days and one month on), a quarter (three months on)
  or a year apart, all the same way;
- every day falls within a year of the years the lines above and the row's other headings
  name ('Scorecard 2024/25', '2023/24 outturn'), where they name any.

Each cell is then read as the date it counts, so the run is read as any row of date
headings is: a month each, or quarters where the dates are quarter ends and the sheet says
it is quarterly. Whole numbers in that range that are not so evenly spaced, or that fall in
other years than the sheet names (a workbook saved in another date system), are left as
they are and the file is held for review, naming the first cell: dates or not is a guess.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from desktop.scorecard.layout import day_numbers, serial_figures
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

FIRST_YEAR, LAST_YEAR = 2000, 2045  # the days a scorecard's headings can name
RUN = 3  # day numbers side by side, at least
SCAN_ROWS = 500  # rows of a sheet looked at for a heading row
BELOW = 30  # rows below a heading row looked at for its figures
ABOVE = 8  # rows above a heading row read for the years its title names
# months from one day to the next -> (fewest, most days between them, what the step is)
STEPS: dict[int, tuple[int, int, str]] = {
    1: (28, 31, "a month"),
    3: (89, 92, "a quarter"),
    12: (365, 366, "a year"),
}
_KIND = "serial-headings"
_YEARS_RE = re.compile(r"(?<!\d)(20\d\d)(?:\s*[/-]\s*(\d\d)(?!\d))?")


def settle(workbook: Workbook, notes: Notes) -> list[str]:
    """Rewrite each heading row's run of day numbers as the dates they count, where nothing
    is left in doubt; hold the file for review where whole numbers of that range are not so
    regular. The lines say, for --explain, which cells were read as dates and why."""
    lines: list[str] = []
    for sheet in workbook.sheets:
        lines.extend(_settle_sheet(sheet, workbook.date_epoch, notes))
    return lines


def held(notes: Notes) -> str | None:
    """The line of the first heading row held for review here, or None: what a file none of
    whose tables could be read without it is refused for."""
    for key, doubt in notes.doubts.items():
        if key.endswith(f"|{_KIND}"):
            return doubt.first.line()
    return None


def _settle_sheet(sheet: Sheet, epoch: dt.date, notes: Notes) -> list[str]:
    lines: list[str] = []
    low = (dt.date(FIRST_YEAR, 1, 1) - epoch).days
    high = (dt.date(LAST_YEAR, 12, 31) - epoch).days
    for r, row in enumerate(sheet.rows[:SCAN_ROWS]):
        for start, stop in _runs(row, low, high):
            if not _heading_row(sheet.rows, r, start, stop, low, high):
                continue
            if _figures(sheet, r, start, stop):
                continue  # 'CC01 | Calls offered | No. | 38412 …' under the month headings
            numbers = [day_numbers.whole(row[c]) or 0 for c in range(start, stop)]
            days = [epoch + dt.timedelta(days=n) for n in numbers]
            where = f"{sheet.name}!{a1(r, start)}"
            span = f"{a1(r, start)}:{a1(r, stop - 1)}"
            step = _step(days)
            if step is None:
                notes.doubt(
                    sheet.name,
                    r,
                    start,
                    f"'{numbers[0]}' and the whole numbers beside it in the heading row "
                    f"({span}) would be the days {_day(days[0])} … {_day(days[-1])}, but not "
                    "a month, a quarter or a year apart: dates that lost their format, or not "
                    "dates?",
                    kind=_KIND,
                )
                continue
            named = _named_years(sheet.rows, r, start, stop)
            if named and not all(min(named) - 1 <= d.year <= max(named) + 1 for d in days):
                notes.doubt(
                    sheet.name,
                    r,
                    start,
                    f"'{numbers[0]}' and the whole numbers beside it in the heading row "
                    f"({span}) would be the days {_day(days[0])} … {_day(days[-1])}, but the "
                    f"sheet names {_years(named)}: dates of another date system, or not dates?",
                    kind=_KIND,
                )
                continue
            for c, day in zip(range(start, stop), days, strict=True):
                row[c] = dt.datetime(day.year, day.month, day.day)
            agreeing = f", in the years the sheet names ({_years(named)})" if named else ""
            lines.append(
                f"{where}: headings {span} are Excel day numbers {numbers[0]} … {numbers[-1]} "
                f"(a date that lost its format), {STEPS[step][2]} apart{agreeing}: read as "
                f"the days {_day(days[0])} … {_day(days[-1])}"
            )
    return lines


def _runs(row: Sequence[CellValue], low: int, high: int) -> list[tuple[int, int]]:
    """(first, past last) column of each run of at least RUN day numbers side by side."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for c in range(len(row) + 1):
        number = day_numbers.whole(row[c]) if c < len(row) else None
        if number is not None and low <= number <= high:
            start = c if start is None else start
            continue
        if start is not None and c - start >= RUN:
            runs.append((start, c))
        start = None
    return runs


def _heading_row(
    rows: Sequence[Sequence[CellValue]], r: int, start: int, stop: int, low: int, high: int
) -> bool:
    """A heading in words besides the run, nothing over the run but a band over it (at most
    one word in the row above, no figures higher up), and figures (not day numbers) below."""
    row = rows[r]
    if r > 0 and sum(isinstance(v, str) and bool(v.strip()) for v in rows[r - 1][start:stop]) > 1:
        return False  # headings over the run: it is a row of figures under them
    if any(
        isinstance(v, int | float) and not isinstance(v, bool)
        for above in rows[:r]
        for v in above[start:stop]
    ):
        return False
    if not any(
        isinstance(v, str) and v.strip() and day_numbers.whole(v) is None and not _number_text(v)
        for c, v in enumerate(row)
        if not start <= c < stop
    ):
        return False
    figures = days = 0
    for below in rows[r + 1 : r + 1 + BELOW]:
        for c in range(start, min(stop, len(below))):
            value = below[c]
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            number = day_numbers.whole(value)
            if number is not None and low <= number <= high:
                days += 1
            else:
                figures += 1
    return figures > 0 and days * 4 < figures


def _figures(sheet: Sheet, r: int, start: int, stop: int) -> bool:
    """The run is figures (``serial_figures``): its numbers are shown as figures, or the row
    stands under the table's period headings labelled as the rows of figures below it are."""
    if serial_figures.shown_as_figures(sheet, r, start, stop):
        return True
    return serial_figures.under_period_headings(
        sheet.rows, r, start, stop
    ) and serial_figures.labelled_as_figures(sheet.rows, r, start, stop)


def _number_text(value: str) -> bool:
    try:
        float(value.replace(",", ""))
    except ValueError:
        return False
    return True


def _step(days: Sequence[dt.date]) -> int | None:
    """The months from each day to the next (1, 3 or 12), the same all along, or None."""
    found: int | None = None
    for before, after in itertools.pairwise(days):
        months = (after.year - before.year) * 12 + after.month - before.month
        apart = (after - before).days
        if months < 0:  # newest first
            months, apart = -months, -apart
        if months not in STEPS or (found is not None and months != found):
            return None
        fewest, most, _ = STEPS[months]
        if not fewest <= apart <= most:
            return None
        found = months
    return found


def _named_years(rows: Sequence[Sequence[CellValue]], r: int, start: int, stop: int) -> set[int]:
    """The years the lines above the heading row and its other headings name in words."""
    texts = [v for above in rows[max(0, r - ABOVE) : r] for v in above if isinstance(v, str)] + [
        v for c, v in enumerate(rows[r]) if isinstance(v, str) and not start <= c < stop
    ]
    years: set[int] = set()
    for text in texts:
        for found in _YEARS_RE.finditer(text):
            year = int(found[1])
            years.add(year)
            if found[2] is not None and int(found[2]) == (year + 1) % 100:
                years.add(year + 1)  # '2024/25'
    return {y for y in years if FIRST_YEAR <= y <= LAST_YEAR}


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _years(years: set[int]) -> str:
    low, high = min(years), max(years)
    return str(low) if low == high else f"{low}–{high}"
