"""Turn period cells and headers ("Q1 24/25", "2023-24;Q1", "Aug-24", dates) into Periods.

The UK local-government financial year runs 1 April to 31 March; an academic year
1 September to 31 August. Every Period built here carries its canonical label, so
``parse_period(p.label) == p`` for any Period this module returns.

Decisions worth knowing:

* A quarter written with a single year ("Q1 2024", "2024 Q1") is read as a quarter of
  the financial year starting that year, like every other quarter here; after reading,
  ``layout.cross_checks`` asks about it unless the file says which kind of year it means.
* "2014-15", "2014/15", "2014/2015" and "2014-2015" are financial years; "2014 - 2016",
  "2014-2016" and "2014 to 2015" are ranges of calendar years; "2010-12" (two-digit end
  more than one year on, as in aggregated benchmarking data) is a range of financial
  years 2010/11–2011/12; written with spaces, "2017 - 19" (Fingertips' pooled years) is
  the calendar years 2017–2019.
* "YYYY-MM" is a month only when it cannot be such a financial-year range.
* A date (cell or text such as "31/03/2025", read day first) stands for its month.
* A two-digit year is 2000-2049 below 50, else 1900-1999 ("Apr-24" is 2024).
* Markers such as "(prov)", "(OT)", "(r)", "YTD" are dropped; ``is_provisional`` and
  ``is_year_to_date`` report them.
* A plain number is a calendar year only between 1900 and 2100; with ``hint="date"``
  it is an Excel serial date instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse.marks import unmark
from desktop.scorecard.parse.period_spans import (
    MAX_YEAR,
    MIN_YEAR,
    academic_year,
    calendar_year,
    financial_year,
    financial_year_range,
    half_year,
    make_period,
    month,
    month_end,
    month_range,
    period_label,
    quarter,
    year_range,
)
from desktop.scorecard.parse.school_terms import term, term_of_year
from desktop.scorecard.parse.tertials import FINANCIAL_FIRST_MONTH, of_year
from desktop.scorecard.parse.to_date_years import written_in_full
from desktop.scorecard.read.grid import CellValue

__all__ = [
    "academic_year",
    "calendar_year",
    "combine_period",
    "financial_year",
    "financial_year_range",
    "half_year",
    "is_provisional",
    "is_sub_period",
    "is_year_over_year",
    "is_year_to_date",
    "make_period",
    "month",
    "month_range",
    "parse_period",
    "parse_period_header",
    "period_label",
    "quarter",
    "year_range",
]

_MAX_TEXT = 120
MONTHS_IN_YEAR = 12
_EXCEL_EPOCH = dt.date(1899, 12, 30)


# ---------------------------------------------------------------- reading text

_YTD_RE = re.compile(rf"\b{vocabulary.YEAR_TO_DATE_MARK}", re.I)
_PROV_RE = re.compile(rf"\b{vocabulary.PROVISIONAL_MARK}\b|\(p\)|(?<=\d)p\b", re.I)
# markers that may surround a period and say nothing about its span
_MARKER = vocabulary.PERIOD_MARKER
_EDGE_MARKER_RE = re.compile(
    rf"^(?:\(\s*{_MARKER}\s*\)|\[\s*{_MARKER}\s*\]|{_MARKER}\b)[\s:,\-]*"
    rf"|[\s:,\-]*(?:\(\s*{_MARKER}\s*\)|\[\s*{_MARKER}\s*\]|(?<=[\s\d)]){_MARKER})$",
    re.I,
)
_AY_RE = re.compile(vocabulary.ACADEMIC_YEAR_MARK, re.I)
_FY_WORD_RE = re.compile(vocabulary.FINANCIAL_YEAR_MARK, re.I)
_CY_WORD_RE = re.compile(rf"^{vocabulary.CALENDAR_YEAR_LEAD}(?=[\s\d]|$)\s*", re.I)
_SPAN_SPLIT_RE = re.compile(r"(?P<first>.+?)\s+(?:-|to)\s+(?P<last>.+)", re.I)
_ASIDE_RE = re.compile(r"\((?P<aside>[^()]+)\)")
_YEAR_WORD_RE = re.compile(rf"^{vocabulary.YEAR_BEFORE_NUMBER}\s+(?=\d)", re.I)
_DASHED_YEARS_RE = re.compile(r"\s*(?P<a>\d{4})\s*[\u2013\u2014]\s*(?P<b>\d{4})\s*")

_Y = r"(?:\d{4}|\d{2})"
_FYP = rf"(?P<a>{_Y})\s*[/\-]\s*(?P<b>{_Y})"
_FYP2 = rf"(?P<c>{_Y})\s*[/\-]\s*(?P<d>{_Y})"
_DIGIT_QUARTERS = [w for w in vocabulary.QUARTER_WORDS if w.isdigit()]
_WORD_QUARTERS = [w for w in vocabulary.QUARTER_WORDS if not w.isdigit()]
# 'Q1', 'Quarter 1', 'Quarter One' (a word after the name needs a space), 'Second Quarter'
_QW = (
    rf"(?:{vocabulary.QUARTER_NAME_BILINGUAL}\.?\s*"
    rf"(?P<q>{vocabulary.alternatives(_DIGIT_QUARTERS)}"
    rf"|(?<=[\s.])(?:{vocabulary.alternatives(_WORD_QUARTERS)})\b)"
    rf"|(?P<qo>{vocabulary.alternatives(vocabulary.QUARTER_ORDINALS)})\s+"
    rf"{vocabulary.QUARTER_NAME_AFTER_ORDINAL}\.?(?:\s+of\b)?)"
)
_SEP = r"[\s;:,/_\-]*"
_MON = "(?P<m>" + "|".join(sorted(vocabulary.MONTHS, key=len, reverse=True)) + r")\.?"
_MON2 = _MON.replace("?P<m>", "?P<n>")
_BARE_MONTH_SPAN_RE = re.compile(rf"{_MON}\s*(?:-|to)\s*{_MON2}", re.I)

_QUARTER_RES = [
    re.compile(rf"{_QW}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_QW}", re.I),
    re.compile(rf"{_QW}{_SEP}(?P<y>\d{{4}})", re.I),
    re.compile(rf"(?P<y>\d{{4}}){_SEP}{_QW}", re.I),
]
_HW = (
    rf"(?:{vocabulary.HALF_NAME}(?P<h>[12])"
    rf"|(?P<hw>{vocabulary.HALF_ORDINAL})\s+{vocabulary.HALF_AFTER_ORDINAL}(?:\s+of)?)"
)
# 'Q1–Q2', 'Q1 to Q3', 'Qtr 3 & 4', 'Q3 and Q4': a span of a year's quarters, read within the
# year written beside it ('Q1–Q2 2024/25') or over it ('2024/25' over 'Target Q1–Q2')
_QSPAN = (
    rf"{vocabulary.QUARTER_NAME}\.?\s*(?P<q1>[1-4])\s*"
    rf"(?:(?P<thru>{vocabulary.PERIOD_SPAN_THROUGH})|(?P<both>{vocabulary.PERIOD_SPAN_AND}))"
    rf"\s*(?:{vocabulary.QUARTER_NAME}\.?\s*)?(?P<q2>[1-4])"
)
_QUARTER_SPAN_RES = [
    re.compile(rf"{_QSPAN}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_QSPAN}", re.I),
]
_HALF_RES = [
    re.compile(rf"{_HW}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_HW}", re.I),
]
# finance "periods": P1 is April, P12 March
_PW = rf"\b{vocabulary.FINANCE_PERIOD_WORD}\s*(?P<p>1[0-2]|0?[1-9])\b"
_FIN_MONTH_RES = [
    re.compile(rf"{_PW}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_PW}", re.I),
]
# a span of them: 'M1-M3 2024/25' is Q1 2024/25, '2024/25 M1-M9' April to December 2024
_MNS = vocabulary.MONTH_NUMBER_SPAN.pattern
_FIN_MONTH_SPAN_RES = [
    re.compile(rf"{_MNS}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_MNS}", re.I),
]
# a tertial named in words beside a financial year: 'Tertial 2 2024/25', '2024-25 Tertial 1',
# 'Second tertial 24/25' (four months: April–July, August–November, December–March)
_TW = (
    rf"(?:{vocabulary.TERTIAL_NAME}\s*"
    rf"(?P<tn>{vocabulary.alternatives(list(vocabulary.TERTIAL_NUMBERS))})"
    rf"|(?P<to>{vocabulary.alternatives(list(vocabulary.TERTIAL_ORDINALS))})\s+"
    rf"{vocabulary.TERTIAL_NAME})"
)
_TERTIAL_RES = [
    re.compile(rf"{_TW}{_SEP}{_FYP}", re.I),
    re.compile(rf"{_FYP}{_SEP}{_TW}", re.I),
]
_FY_RE = re.compile(r"(?P<a>\d{4})\s*[/\-]\s*(?P<b>\d{2}|\d{4})|(?P<s>\d{2})[/\-](?P<t>\d{2})")
_SPACED_FY_RE = re.compile(r"(?P<a>\d{4})\s+[/\-]\s+(?P<b>\d{2})")
_FY_SPAN_RE = re.compile(rf"{_FYP}\s*(?:-|to)\s*{_FYP2}", re.I)
_YEAR_SPAN_RE = re.compile(r"(?P<a>\d{4})(?:\s*-\s*|\s+to\s+)(?P<b>\d{4})", re.I)
_TIGHT_YEAR_PAIR_RE = re.compile(r"(?P<a>\d{4})[/\-](?P<b>\d{4})")
_YEAR_RE = re.compile(r"(?P<y>\d{4})")
_MONTH_RES = [
    re.compile(rf"{_MON}[\s\-/',.]*(?P<y>\d{{4}}|'?\d{{2}})", re.I),
    re.compile(rf"(?P<y>\d{{4}})[\s;:,\-/]*{_MON}", re.I),
]
_ISO_MONTH_RE = re.compile(r"(?P<y>\d{4})-(?P<mm>\d{1,2})")
_MONTH_SLASH_RE = re.compile(r"(?P<mm>\d{1,2})/(?P<y>\d{4})")
_NUM_DATE_RES = [
    re.compile(
        r"(?P<d>\d{1,2})[/.\-](?P<mm>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?"
    ),
    re.compile(r"(?P<y>\d{4})-(?P<mm>\d{1,2})-(?P<d>\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?"),
]
_WORD_DATE_RE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s\-]+{_MON}[\s\-,]+(?P<y>\d{{4}}|\d{{2}})", re.I
)
_US_DATE_RE = re.compile(rf"{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.I)
_MONTH_SPAN_RE = re.compile(
    rf"{_MON}[\s\-']*(?P<y>\d{{4}}|\d{{2}})?\s*(?:-|to)\s*{_MON2}[\s\-,']*(?P<z>\d{{4}}|\d{{2}})",
    re.I,
)
# "12 months to Mar 25", "6 months to Sep 24", "Half year ending 30 September 2024":
# the months that end with the named one
_ROLLING_RE = re.compile(
    vocabulary.ROLLING_SPAN
    + rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_MON}[\s\-,']*(?P<y>\d{{4}}|'?\d{{2}})",
    re.I,
)
# "Quarter Ending 30/06/2024", "Year to 31.03.2025": the span ending on a day written in figures
_ROLLING_DAY_RE = re.compile(
    vocabulary.ROLLING_SPAN + r"(?P<d>\d{1,2})[/.\-](?P<mm>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})",
    re.I,
)
# "Quarter beginning 01/04/2024", "Qtr commencing 1 Jul 2024", "Quarter starting October
# 2024": the quarter that begins then, named by its first day (or its first month)
_STARTING_RE = re.compile(
    rf"(?:{vocabulary.QUARTER_START_LEAD})[\s:]+"
    r"(?:(?P<d>\d{1,2})[/.\-](?P<mm>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})"
    rf"|(?:(?P<td>\d{{1,2}})(?:st|nd|rd|th)?\s+)?{_MON}[\s\-,']*(?P<ty>\d{{4}}|'?\d{{2}}))",
    re.I,
)
_QUARTER_FIRST_MONTHS = (4, 7, 10, 1)


def _two_digit(yy: int) -> int:
    """ "24" is 2024; "50" and later are the 1900s."""
    return 2000 + yy if yy < 50 else 1900 + yy


def _year(text: str) -> int:
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else _two_digit(int(digits))


def _ok_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR - 1


def _end_year(first: int, text: str) -> int:
    """The year a second part ("25", "2025") names, given the first year."""
    if len(text) == 4:
        return int(text)
    year = first - first % 100 + int(text)
    return year + 100 if year < first else year


def _fy_start(a: str, b: str) -> int | None:
    """Start year of "a/b" when it is one financial year ("2024/25", "24/25", "2024/2025")."""
    first = _year(a)
    if not _ok_year(first) or _end_year(first, b) != first + 1:
        return None
    return first


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", unmark(text))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"\s+", " ", text).strip()
    previous = None
    while previous != text:
        previous = text
        text = _EDGE_MARKER_RE.sub("", text).strip()
    return text


def _quarter_no(match: re.Match[str]) -> int:
    """The quarter's number from a match of ``_QW``: 'Q3', 'Quarter Three', 'Third Quarter'."""
    if match["qo"]:
        return vocabulary.QUARTER_ORDINALS[match["qo"].lower()]
    return vocabulary.QUARTER_WORDS[match["q"].lower()]


def _quarter_from(match: re.Match[str]) -> Period | None:
    q = _quarter_no(match)
    groups = match.groupdict()
    if groups.get("y"):
        year = int(match["y"])
        return quarter(year, q) if _ok_year(year) else None
    start = _fy_start(match["a"], match["b"])
    return None if start is None else quarter(start, q)


def _quarter_span(found: re.Match[str], fy_start: int | None) -> Period | None:
    """The months from the first quarter's start to the last's end ('Q1–Q2': April to
    September, the first half); None where the quarters run backwards, or are joined by
    'and' without following one another ('Q1 & Q3' names two quarters, not a span)."""
    first, last = int(found["q1"]), int(found["q2"])
    if fy_start is None or last <= first or (found["both"] and last != first + 1):
        return None
    start, end = quarter(fy_start, first), quarter(fy_start, last)
    return month_range(start.start.year, start.start.month, end.end.year, end.end.month)


def _parse_quarter_or_half(text: str) -> Period | None:
    for pattern in _QUARTER_RES:
        found = pattern.fullmatch(text)
        if found:
            return _quarter_from(found)
    for pattern in _QUARTER_SPAN_RES:
        found = pattern.fullmatch(text)
        if found:
            return _quarter_span(found, _fy_start(found["a"], found["b"]))
    for pattern in _HALF_RES:
        found = pattern.fullmatch(text)
        if found:
            start = _fy_start(found["a"], found["b"])
            if found["h"]:
                half_no = int(found["h"])
            else:
                half_no = 2 if found["hw"].lower() in ("second", "2nd") else 1
            return None if start is None else half_year(start, half_no)
    for pattern in _FIN_MONTH_SPAN_RES:
        found = pattern.fullmatch(text)
        if found:
            start = _fy_start(found["a"], found["b"])
            if start is None:
                return None
            return _months_numbered(start, int(found["first"]), int(found["last"]))
    for pattern in _FIN_MONTH_RES:
        found = pattern.fullmatch(text)
        if found:
            start = _fy_start(found["a"], found["b"])
            if start is None:
                return None
            month_no = (int(found["p"]) + 2) % 12 + 1
            return month(start if month_no >= 4 else start + 1, month_no)
    return None


def _tertial_of_year(text: str, academic: bool) -> Period | None:
    """ "Tertial 2 2024/25": August to November 2024. Of an academic year nothing says which
    months a tertial covers: not read."""
    for pattern in _TERTIAL_RES:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        start = _fy_start(found["a"], found["b"])
        if start is None or academic:
            return None
        if found["tn"]:
            number = vocabulary.TERTIAL_NUMBERS[found["tn"].lower()]
        else:
            number = vocabulary.TERTIAL_ORDINALS[found["to"].lower()]
        return of_year(start, FINANCIAL_FIRST_MONTH, number)
    return None


def _parse_year_forms(text: str, hint: str | None, academic: bool, explicit: bool) -> Period | None:
    found = _FY_SPAN_RE.fullmatch(text)
    if found:
        first = _fy_start(found["a"], found["b"])
        last = _fy_start(found["c"], found["d"])
        if first is None or last is None or last < first:
            return None
        if academic:
            return make_period("range", dt.date(first, 9, 1), dt.date(last + 1, 8, 31))
        return financial_year_range(first, last)
    if _YEAR_SPAN_RE.fullmatch(text) and not _TIGHT_YEAR_PAIR_RE.fullmatch(text):
        found = _YEAR_SPAN_RE.fullmatch(text)
        assert found is not None
        first, last = int(found["a"]), int(found["b"])
        if _ok_year(first) and _ok_year(last) and last > first:
            return year_range(first, last)
        return None
    found = _FY_RE.fullmatch(text) or _SPACED_FY_RE.fullmatch(text)
    if found:
        return _fy_or_span(found, academic or hint == "academic_year", explicit)
    found = _YEAR_RE.fullmatch(text)
    if found:
        if explicit and not academic and hint != "financial_year":
            return None  # "FY 2024": the year starting or the year ending in 2024? Not said
        return _single_year(int(found["y"]), hint, academic)
    return None


def _fy_or_span(found: re.Match[str], academic: bool, explicit: bool) -> Period | None:
    groups = found.groupdict()
    a = groups.get("a") or groups.get("s")
    b = groups.get("b") or groups.get("t")
    if a is None or b is None:
        return None
    if groups.get("s") is not None and not explicit:
        return None  # bare "24/25" needs a Q, FY or AY beside it
    start = _fy_start(a, b)
    if start is not None:
        return academic_year(start) if academic else financial_year(start)
    first = _year(a)
    if not _ok_year(first):
        return None
    last = _end_year(first, b)
    spaced = bool(re.fullmatch(r"\d{4} - \d{2}", found.group(0)))
    if spaced and len(b) == 2 and first + 1 < last <= first + 20 and _ok_year(last):
        return year_range(first, last)  # Fingertips' pooled "2017 - 19": calendar years
    if len(b) == 2 and first + 1 < last <= first + 20 and _ok_year(last):
        if academic:
            return make_period("range", dt.date(first, 9, 1), dt.date(last, 8, 31))
        return financial_year_range(first, last - 1)
    if len(b) == 4 and last > first and _ok_year(last):
        return year_range(first, last)
    return None


def _single_year(year: int, hint: str | None, academic: bool) -> Period | None:
    if not _ok_year(year):
        return None
    if academic or hint == "academic_year":
        return academic_year(year)
    if hint == "financial_year":
        return financial_year(year)
    return calendar_year(year)


def _parse_month_forms(text: str) -> Period | None:
    found = _STARTING_RE.fullmatch(text)
    if found:
        return _quarter_beginning(found)
    found = _ROLLING_RE.fullmatch(text)
    if found:
        return _months_ending(found, vocabulary.MONTHS[found["m"].lower()])
    found = _ROLLING_DAY_RE.fullmatch(text)
    if found:
        return _months_ending(found, int(found["mm"]))
    found = _MONTH_SPAN_RE.fullmatch(text)
    if found:
        return _month_span(found)
    for pattern in _MONTH_RES:
        found = pattern.fullmatch(text)
        if found:
            year = _year(found["y"])
            return month(year, vocabulary.MONTHS[found["m"].lower()]) if _ok_year(year) else None
    return _parse_numeric_month(text)


def _months_ending(found: re.Match[str], end_month: int) -> Period | None:
    """ "6 months to Sep 24": April to September 2024 (H1 2024/25); "12 months to Mar 25": 2024/25;
    "Qtr End Dec-24", "Q/E 31/12/2024": October to December 2024 (Q3 2024/25)."""
    counted = vocabulary.SPAN_COUNT.search(found["lead"])
    if counted:  # 'six months to', 'R12M', 'Rolling 12m'
        count = vocabulary.SPAN_MONTHS.get(counted["count"].lower()) or int(counted["count"])
    else:  # 'Half year to', 'Quarter ending', 'Q/E'; 'Year to', 'LTM', 'Rolling': twelve months
        count = 6 if found["half"] else 3 if found["quarter"] or found["quarter_end"] else 12
    end_year = _year(found["y"])
    if not 1 <= count <= 24 or not 1 <= end_month <= 12 or not _ok_year(end_year):
        return None
    if found["d"] and int(found["d"]) != calendar.monthrange(end_year, end_month)[1]:
        return None  # "6 months to 15 September": not whole months
    index = end_year * 12 + end_month - 1 - (count - 1)
    span = month_range(index // 12, index % 12 + 1, end_year, end_month)
    if span is not None and span.kind == "academic_year":
        # '12 months to Aug 24': a rolling year that happens to end in August, not the
        # school year (which a file names as such: 'AY', 'academic year')
        return make_period("range", span.start, span.end)
    return span


def _quarter_beginning(found: re.Match[str]) -> Period | None:
    """ "Quarter beginning 01/04/2024": Q1 2024/25. A day that begins no quarter of the
    financial year ("Quarter beginning 01/02/2024", "... 15/04/2024") names none."""
    if found["mm"]:
        day, month_no, year = int(found["d"]), int(found["mm"]), _year(found["y"])
    else:
        day = int(found["td"]) if found["td"] else 1
        month_no, year = vocabulary.MONTHS[found["m"].lower()], _year(found["ty"])
    if day != 1 or month_no not in _QUARTER_FIRST_MONTHS or not _ok_year(year):
        return None
    first = year if month_no >= 4 else year - 1
    return quarter(first, _QUARTER_FIRST_MONTHS.index(month_no) + 1)


def _month_span(found: re.Match[str]) -> Period | None:
    m1, m2 = vocabulary.MONTHS[found["m"].lower()], vocabulary.MONTHS[found["n"].lower()]
    y2 = _year(found["z"])
    y1 = _year(found["y"]) if found["y"] else (y2 if m1 <= m2 else y2 - 1)
    if not (_ok_year(y1) and _ok_year(y2)) or y2 - y1 > 20:
        return None
    return month_range(y1, m1, y2, m2)


def _parse_numeric_month(text: str) -> Period | None:
    found = _ISO_MONTH_RE.fullmatch(text)
    if found:
        year, mm = int(found["y"]), int(found["mm"])
        # "2010-12" in benchmarking data is a span of financial years, not December
        if len(found["mm"]) == 2 and mm > year % 100:
            return None
        return month(year, mm) if _ok_year(year) and 1 <= mm <= 12 else None
    found = _MONTH_SLASH_RE.fullmatch(text)
    if found:
        year, mm = int(found["y"]), int(found["mm"])
        return month(year, mm) if _ok_year(year) and 1 <= mm <= 12 else None
    for pattern in _NUM_DATE_RES:
        found = pattern.fullmatch(text)
        if found:
            return _date_month(_year(found["y"]), int(found["mm"]), int(found["d"]))
    found = _WORD_DATE_RE.fullmatch(text) or _US_DATE_RE.fullmatch(text)
    if found:
        return _date_month(
            _year(found["y"]), vocabulary.MONTHS[found["m"].lower()], int(found["d"])
        )
    return None


def _date_month(year: int, mm: int, day: int) -> Period | None:
    if not _ok_year(year) or not 1 <= mm <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, mm)[1]:
        return None
    return month(year, mm)


def _parse_text(raw: str, hint: str | None) -> Period | None:
    if len(raw) > _MAX_TEXT or not any(ch.isdigit() for ch in raw):
        return None  # every period names a year
    own = _own_month_span(raw)
    if own is not None:  # "Jan 2024–Mar 2024": the app's own label for a span of months
        return own
    dashed = _DASHED_YEARS_RE.fullmatch(raw)
    if dashed:  # "2014–2015" with a real dash is the app's own label for a span of years
        first, last = int(dashed["a"]), int(dashed["b"])
        ok = _ok_year(first) and _ok_year(last) and last > first
        return year_range(first, last) if ok else None
    text = _normalise(raw)
    if vocabulary.FISCAL_YEAR_CODE.search(text):
        return None  # 'FY2025 Q3': of the year ending or the year starting in 2025? Not said
    ending = vocabulary.FINANCIAL_YEAR_ENDING.fullmatch(text)
    if ending:  # "FYE 2022": the financial year ending in March 2022
        last = _year(ending["y"])
        return financial_year(last - 1) if _ok_year(last - 1) else None
    text = vocabulary.YEAR_ENDING_SHORT.sub("year ending", text)
    academic = bool(_AY_RE.search(text))
    text = _AY_RE.sub(" ", text)
    explicit = academic or bool(_FY_WORD_RE.search(text))
    text = _FY_WORD_RE.sub(" ", text)
    text = _CY_WORD_RE.sub("", text.strip())
    text = re.sub(r"\s+", " ", text).strip(" ,;:")
    if not text:
        return None
    text = _YEAR_WORD_RE.sub("", text)
    asides = _ASIDE_RE.findall(text)
    if len(asides) == 1:  # "Quarter 4 2024/25 (January - March 2025)": the aside must agree
        main_text = re.sub(r"\s+", " ", _ASIDE_RE.sub(" ", text)).strip()
        main = _parse_plain(main_text, hint, academic, explicit)
        if main is None:
            return _quarter_named_by_aside(main_text, asides[0])
        return main if _aside_agrees(asides[0], main) else None
    return _parse_plain(text, hint, academic, explicit)


_OWN_SPAN_RE = re.compile(r"[A-Z][a-z]{2} \d{4}\u2013[A-Z][a-z]{2} \d{4}")


def _own_month_span(raw: str) -> Period | None:
    """A span of months written as the app labels one, with its dash ("Jan 2024–Mar 2024",
    a school's spring term; "Sep 2023–Aug 2024", a rolling year to August): that span,
    though its months make a quarter or a school year."""
    if not _OWN_SPAN_RE.fullmatch(raw):
        return None
    found = _MONTH_SPAN_RE.fullmatch(raw.replace("\u2013", "-"))
    if found is None:
        return None
    span = _month_span(found)
    if span is None or span.kind not in ("quarter", "academic_year"):
        return None
    own = make_period("range", span.start, span.end)
    return own if own.label == raw else None


def _quarter_named_by_aside(main_text: str, aside: str) -> Period | None:
    """ "Q2 (Jul-Sep 2024)": a bare quarter whose aside gives the months and the year."""
    found = _SUB_QUARTER_RE.fullmatch(main_text)
    inner = _parse_text(aside, None) if found else None
    if found is None or inner is None or inner.kind != "quarter":
        return None
    fy_start = inner.start.year if inner.start.month >= 4 else inner.start.year - 1
    return inner if quarter(fy_start, _quarter_no(found)) == inner else None


def _aside_agrees(aside: str, main: Period) -> bool:
    months = _BARE_MONTH_SPAN_RE.fullmatch(aside.strip())
    if months:
        first, last = vocabulary.MONTHS[months["m"].lower()], vocabulary.MONTHS[months["n"].lower()]
        return (first, last) == (main.start.month, main.end.month)
    return _parse_text(aside, None) == main


def _parse_plain(text: str, hint: str | None, academic: bool, explicit: bool) -> Period | None:
    return _parse_single(text, hint, academic, explicit) or _parse_span_of_periods(text)


def _parse_single(text: str, hint: str | None, academic: bool, explicit: bool) -> Period | None:
    return (
        _parse_quarter_or_half(text)
        or _tertial_of_year(text, academic)
        or _parse_year_forms(text, hint, academic, explicit)
        or _parse_month_forms(text)
        or _months_of_year(text)
        or term(text)
    )


_MONTHS_OF_YEAR_RE = re.compile(rf"(?P<months>{_BARE_MONTH_SPAN_RE.pattern})\s+(?P<year>\S+)", re.I)


def _months_of_year(text: str) -> Period | None:
    """ "Oct-Mar 2023/24", "Jul to Sep 2024-25": months counted within a financial year."""
    found = _MONTHS_OF_YEAR_RE.fullmatch(text)
    if found is None:
        return None
    year = _parse_year_forms(found["year"], None, False, True)
    if year is None or year.kind != "financial_year":
        return None
    first, last = vocabulary.MONTHS[found["m"].lower()], vocabulary.MONTHS[found["n"].lower()]
    y1 = year.start.year + (first < 4)
    y2 = year.start.year + (last < 4)
    if (y1, first) > (y2, last):
        return None
    return month_range(y1, first, y2, last)


# two whole dates joined by a dash with no spaces: '01.10.24-31.12.24', '1/10/2024-31/12/2024',
# '1 Oct 2024-31 Dec 2024' (a dash inside a date is the date's own, so only '/' and '.' dates)
_DAY_DATE = r"\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+(?:\d{4}|\d{2})"
_TIGHT_DATE_SPAN_RE = re.compile(rf"(?P<first>{_DAY_DATE})-(?P<last>{_DAY_DATE})", re.I)


def _parse_span_of_periods(text: str) -> Period | None:
    """ "Q1 2024/25 - Q3 2024/25", "Apr 2024 to Q2 2024/25": first start to last end."""
    found = _SPAN_SPLIT_RE.fullmatch(text) or _TIGHT_DATE_SPAN_RE.fullmatch(text)
    if not found:
        return None
    first = _parse_single(found["first"], None, False, False)
    last = _parse_single(found["last"], None, False, False)
    if first is None or last is None or first.start.day != 1:
        return None
    if last.end != month_end(last.end.year, last.end.month):
        return None
    return month_range(first.start.year, first.start.month, last.end.year, last.end.month)


def _from_number(value: float, hint: str | None) -> Period | None:
    if value != value or value in (float("inf"), float("-inf")):
        return None
    if hint == "date":
        if not 1 <= value < 2958466:
            return None
        day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return month(day.year, day.month) if _ok_year(day.year) else None
    if value != int(value):
        return None
    return _single_year(int(value), hint, False)


def parse_period(value: CellValue, *, hint: str | None = None) -> Period | None:
    """The period a cell names, or None. Never raises.

    ``hint`` may be "date" (numbers are Excel serial dates), "financial_year",
    "academic_year" or "calendar_year" (what a bare year or "2018/19" means).
    """
    try:
        if value is None or isinstance(value, bool | dt.time):
            return None
        if isinstance(value, dt.datetime | dt.date):
            return month(value.year, value.month) if _ok_year(value.year) else None
        if isinstance(value, int | float):
            return _from_number(float(value), hint)
        if hint == "date" and re.fullmatch(r"\s*\d{1,7}(?:\.\d+)?\s*", value):
            return _from_number(float(value), hint)  # a serial date stored as text
        return _parse_text(value, hint)
    except (ValueError, OverflowError):
        return None


def is_provisional(text: str) -> bool:
    """True when a period or value is marked provisional ("2025 (prov)", "2023/24p")."""
    return bool(_PROV_RE.search(text))


_YEAR_OVER_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*/\s*(?:(?:19|20)\d\d|\d\d)\s*")
_YEAR_KINDS = ("financial_year", "academic_year")


def is_year_over_year(text: str) -> bool:
    """True for a year written with a slash ('2023/24', '2023/2024'): a financial or an
    academic year, never two figures (a count over its target or its denominator)."""
    return bool(_YEAR_OVER_YEAR.fullmatch(text)) and (
        (found := parse_period(text)) is not None and found.kind in _YEAR_KINDS
    )


def is_year_to_date(text: str) -> bool:
    """True when a period is marked year-to-date or cumulative ("YTD Q2 2024/25")."""
    return bool(_YTD_RE.search(text))


# ---------------------------------------------------------------- headers and two-row headers

_ENDS_A_SPAN_RE = re.compile(
    rf"\b{vocabulary.SPAN_END_LEAD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?$",
    re.I,
)
_HEADER_TRIM = " \t-–—:;,|/()[]"
_MAX_HEADER_TOKENS = 12


def parse_period_header(text: str) -> tuple[Period, str] | None:
    """Split a wide header such as "Q1 2024/25 Actual" into (period, "Actual").

    The longest run of words that reads as a period wins; what is left is returned
    trimmed (possibly ""). None when the header holds no period.
    """
    if not isinstance(text, str) or len(text) > 4 * _MAX_TEXT:
        return None
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_HEADER_TOKENS:
        whole = parse_period(text)
        return None if whole is None else (whole, "")
    for size in range(len(tokens), 0, -1):
        for first in range(len(tokens) - size + 1):
            found = parse_period(" ".join(tokens[first : first + size]))
            if found is not None and _ENDS_A_SPAN_RE.search(" ".join(tokens[:first])):
                return None  # "6 months to 15 Sep 24": the end of a span not read, not Sep 2024
            if found is not None:
                rest = " ".join(tokens[:first] + tokens[first + size :])
                if vocabulary.ROLLING_MARK.search(rest):
                    return None  # "R12M Actual Dec 24": a rolling span not read, not Dec 2024
                if _tertial_left(text, rest):
                    return None  # 'Tertial 1 2024/25 (Sep–Dec)': not the year, nor April–July
                return found, rest.strip(_HEADER_TRIM)
    full = written_in_full(text)
    if full is not None:  # "YTD 24/25 (Apr–Dec)": read as "YTD 2024/25 (Apr–Dec)"
        return parse_period_header(full)
    return None


_MONTH_NAMED_RE = re.compile(rf"(?<![a-z]){_MON}(?![a-z])", re.I)


def _tertial_left(text: str, rest: str) -> bool:
    """A heading naming a tertial in words whose period was read without all of it: the
    tertial, the months it gives in brackets or its academic year left over beside a year
    or another tertial's months."""
    return bool(vocabulary.TERTIAL_NAMED.search(text)) and bool(
        vocabulary.TERTIAL_NAMED.search(rest) or _MONTH_NAMED_RE.search(rest) or _AY_RE.search(rest)
    )


_SUB_QUARTER_RE = re.compile(rf"^{_QW}$", re.I)
_SUB_HALF_RE = re.compile(r"^h(?P<h>[12])$", re.I)
_SUB_MONTH_RE = re.compile(rf"^{_MON}$", re.I)
_SUB_FIN_MONTH_RE = re.compile(rf"^{_PW}$", re.I)  # 'P7', 'Month 7' of a financial year
_SUB_QUARTER_SPAN_RE = re.compile(rf"^{_QSPAN}$", re.I)  # 'Q1–Q2', 'Q3 & Q4'
_SUB_MONTH_NUMBER_SPAN_RE = re.compile(rf"^{vocabulary.MONTH_NUMBER_SPAN.pattern}$", re.I)


def _months_numbered(fy_start: int, first: int, last: int) -> Period | None:
    """Months ``first`` to ``last`` of the financial year starting in April ``fy_start``
    (month 1 is April): 1–3 is Q1, 1–9 April to December; None where they run backwards."""
    if not 1 <= first < last <= MONTHS_IN_YEAR:
        return None
    # months counted from January of fy_start as 0, so April is 3 and the January after 12
    start, end = fy_start * 12 + 3 + first - 1, fy_start * 12 + 3 + last - 1
    return month_range(start // 12, start % 12 + 1, end // 12, end % 12 + 1)


def is_sub_period(value: CellValue) -> bool:
    """True for a part of a year written without its year ("Qtr 3", "Q1", "H2", "Apr")."""
    if not isinstance(value, str) or len(value) > 20:
        return False
    text = _normalise(value)
    return any(p.match(text) for p in (_SUB_QUARTER_RE, _SUB_HALF_RE, _SUB_MONTH_RE))


def combine_period(outer: Period, inner: CellValue) -> Period | None:
    """Resolve a lower header ("Q1", "Apr", "H2") under an upper year header ("2023/24").

    Returns the inner period when ``inner`` is complete on its own, None when it
    cannot be placed in ``outer``.
    """
    complete = parse_period(inner)
    if complete is not None:
        return complete
    if not isinstance(inner, str):
        return None
    text = _normalise(inner)
    if outer.kind in ("financial_year", "academic_year"):
        within = term_of_year(text, outer.start.year)
        if within is not None:  # '2023/24' over 'Autumn': the autumn term of that school year
            return within
    fy_start = outer.start.year if outer.kind == "financial_year" else None
    found = _SUB_QUARTER_RE.match(text)
    if found and fy_start is not None:
        return quarter(fy_start, _quarter_no(found))
    found = _SUB_HALF_RE.match(text)
    if found and fy_start is not None:
        return half_year(fy_start, int(found["h"]))
    found = _SUB_QUARTER_SPAN_RE.match(text)
    if found:
        return _quarter_span(found, fy_start)
    found = _BARE_MONTH_SPAN_RE.fullmatch(text)
    if found and fy_start is not None:  # 'Apr–Sep' under '2024/25': April to September 2024
        return _months_of_year(f"{text} {outer.label}")
    found = _SUB_MONTH_NUMBER_SPAN_RE.match(text)
    if found and fy_start is not None:  # 'M4-M6' under '2024/25': July to September 2024
        return _months_numbered(fy_start, int(found["first"]), int(found["last"]))
    found = _SUB_MONTH_RE.match(text)
    if found and outer.kind in ("financial_year", "academic_year", "calendar_year"):
        mm = vocabulary.MONTHS[found["m"].lower()]
        first_month = outer.start.month
        year = outer.start.year if mm >= first_month else outer.start.year + 1
        return month(year, mm)
    found = _SUB_FIN_MONTH_RE.match(text)
    if found and fy_start is not None:
        mm = (int(found["p"]) + 2) % 12 + 1  # P1 is April, P10 the January after
        return month(fy_start if mm >= 4 else fy_start + 1, mm)
    return None
