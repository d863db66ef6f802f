"""Cell meanings for the layout finder: numbers, RAG, periods, polarity."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Polarity, Rag
from desktop.scorecard.parse import (
    durations,
    period_asides,
    periods,
    rated_figures,
    ratings,
    values,
    written_fractions,
)
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.vocabulary import normalise

MISSING_MARKERS = vocabulary.MISSING_MARKERS


@dataclass(frozen=True, slots=True)
class Number:
    value: float | None  # None when the cell held text that is not a number
    text: str | None  # what stood there when it was not a number
    unit: str | None


def is_blank(value: CellValue) -> bool:
    if value is None:
        return True
    if value.__class__ is str:
        return not value.strip()
    return False


def number(
    value: CellValue, number_format: str | None = None, *, decimal_comma: bool = False
) -> Number:
    """A cell as a number: percent-formatted fractions become points, text is kept as text."""
    if number_format is None and value.__class__ is float and value == value:  # not NaN
        return Number(value, None, None)
    if isinstance(value, str):
        return _text_number(value, number_format, decimal_comma)
    parsed = values.parse_number(value, number_format=number_format, decimal_comma=decimal_comma)
    if parsed.value is None:
        text = parsed.text if parsed.text is not None else str(value).strip()
        return Number(None, text, None)
    return Number(parsed.value, None, parsed.unit)


def is_figure(value: CellValue) -> bool:
    """A figure: a number, or text that reads as one ('1,234', '45%', '£12,345') and is no
    period ('2021/22')."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | dt.time):
        return True  # a time value is a duration ('02:35' formatted mm:ss)
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text:
        return False
    if written_fractions.as_decimal(text) is not None:  # '9½ days', '¾', '8 3/4'
        return number(text).value is not None and period(text) is None
    if not (text[0].isdigit() or text[0] in "-+.£$€(−"):
        # words, cheaply: a figure starts with a digit, a sign or a currency, with a mark
        # saying it is approximate ('c.138,000', '~85%'), or with the rating typed before it
        # ('G - 91%')
        marked = values.leading_mark(text)
        if marked is not None:
            return is_figure(marked[1])
        ends = text[-1].isdigit() or text[-1] == "%"
        return ends and rated_figures.split(text) is not None
    if _TYPED_FIGURE.fullmatch(text) is None:
        # '2022/23 Actual', '3 of 5': a heading or words that hold a number; '1m 48s' and
        # '0:06:42' are durations; '78.4% (A)' a figure typed with its rating; '85% (est.)'
        # one typed with a mark saying how sure it is
        return (
            durations.parse_duration(text) is not None
            or rated_figures.split(text) is not None
            or (values.figure_mark(text) is not None and number(text).value is not None)
        )
    return number(text).value is not None and period(text) is None


# a figure as typed: '1,234', '-3.5', '(1,234)', '£12,345', '45%', '58 per cent', '12.5 days',
# '(£45k)'
_TYPED_FIGURE = re.compile(
    rf"[-+−]?{vocabulary.MONEY_SIGN}?\s?\(?{vocabulary.MONEY_SIGN}?\d[\d,]*(?:\.\d+)?"
    r"(?:\s?[A-Za-z]{1,8}\)|\)?\s?(?:%"  # '(£45k)', '(45) days'
    rf"|(?i:{vocabulary.PERCENT_WORDS})|[A-Za-z]{{1,8}})?)"
)


@lru_cache(maxsize=4096)
def _text_number(value: str, number_format: str | None, decimal_comma: bool) -> Number:
    parsed = values.parse_number(value, number_format=number_format, decimal_comma=decimal_comma)
    if parsed.value is None:
        return Number(None, parsed.text if parsed.text is not None else value.strip(), None)
    return Number(parsed.value, None, parsed.unit)


def rag_text(value: CellValue) -> Rag | None:
    if is_blank(value):
        return None
    return _rag_text(value) if isinstance(value, str) else values.parse_rag(value)


@lru_cache(maxsize=1024)
def _rag_text(value: str) -> Rag | None:
    found = values.parse_rag(value)
    if found is None and (sides := bilingual(value)):
        read = {values.parse_rag(side) for side in sides} - {None}
        if len(read) == 1:  # "Gwyrdd / Green": one of the two languages names the rating
            return read.pop()
    return found


_BILINGUAL = re.compile(r"^(?P<a>[^/]*[^\W\d_][^/]*?)\s+/\s+(?P<b>[^/]*[^\W\d_][^/]*)$")


def bilingual(text: str) -> tuple[str, str] | None:
    """The two halves of a Welsh / English text ("Statws / Status"), or None."""
    if " / " not in text or len(text) > 200:
        return None
    found = _BILINGUAL.match(text.strip())
    return (found["a"].strip(), found["b"].strip()) if found else None


def rag_not_rated(value: CellValue) -> bool:
    return values.says_not_rated(value)


def rag_between(value: CellValue) -> tuple[Rag, Rag] | None:
    """ "Amber/Green", "R/A": a level between two ratings (a five-level scale), or None."""
    return values.between_levels(value)


@lru_cache(maxsize=1024)
def rag_ink(colour: str | None) -> Rag | Literal["none"] | None:
    """A symbol's rating from its font colour ('none' for grey); None for other colours."""
    return ratings.rag_from_ink(colour)


def symbol_ink(value: CellValue, font: str | None) -> Rag | Literal["none", "unknown"] | None:
    """A status symbol ('●', '■', a Wingdings circle read as '●') rated by its font colour:
    red, amber, green, 'none' for grey, 'unknown' for another colour; None where the cell is
    no symbol or its font has no colour."""
    if font is None or not isinstance(value, str):
        return None
    text = value.strip().replace("\ufe0f", "")
    if not text or len(text) > 3 or not all(unicodedata.category(ch) == "So" for ch in text):
        return None
    return rag_ink(font) or "unknown"


def rag_fill(fill: str | None) -> Rag | None:
    return values.rag_from_fill(fill)


def polarity(value: CellValue) -> Polarity:
    if is_blank(value):
        return "unknown"
    found = values.parse_polarity(value)
    if found is None and isinstance(value, str):
        found = vocabulary.RANK_ORDER.get(value.strip().lower())
    if found is None and isinstance(value, str):
        found = _polarity_in_two_languages(value)
    return found or "unknown"


def _polarity_in_two_languages(text: str) -> Polarity | None:
    """'Uwch' over 'Higher', 'Is / Lower': a polarity written in Welsh and in English, read
    by the half the vocabulary knows (both known, they must agree)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    halves = tuple(lines) if len(lines) == 2 else bilingual(text)
    if halves is None:
        return None
    said = {values.parse_polarity(half) for half in halves} - {None}
    return said.pop() if len(said) == 1 else None


def polarity_from_name(name: str) -> Polarity:
    """'Days lost (lower is better)', 'Staff turnover (%) (aim to minimise)' ->
    lower_is_better; otherwise unknown."""
    bracketed = _bracketed_polarity(name)
    for pattern, found in vocabulary.NAME_POLARITY:
        if pattern.search(name):
            agrees = bracketed in ("unknown", found)
            return found if agrees else "unknown"  # type: ignore[return-value]
    return bracketed


_TRAILING_BRACKETS = re.compile(r"\(([^()]*)\)\s*$")


def _bracketed_polarity(name: str) -> Polarity:
    """Which way is good, as a phrase of the vocabulary in the brackets a name ends with
    ('(aim to maximise)', '(smaller is better)'). A phrase of one word ('(low)', '(target)')
    is more often part of the name than a polarity, and is not read; brackets that disagree
    give none."""
    said: set[Polarity] = set()
    rest = name.strip()
    while found := _TRAILING_BRACKETS.search(rest):
        words = found[1].split()
        rest = rest[: found.start()].rstrip()
        if len(words) < vocabulary.NAME_POLARITY_MIN_WORDS:
            continue
        polarity = values.parse_polarity(found[1])
        if polarity is not None and polarity != "none":
            said.add(polarity)
    return said.pop() if len(said) == 1 else "unknown"


def period(value: CellValue) -> Period | None:
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            return None
        whole = int(value)
        if whole == value and 1990 <= whole <= 2100:
            return periods.parse_period(str(whole))
        return None
    if isinstance(value, str):
        return _period_text(value)
    return periods.parse_period(value)


@lru_cache(maxsize=4096)
def _period_text(text: str) -> Period | None:
    return periods.parse_period(text) or period_asides.period_with_aside(text)


@lru_cache(maxsize=4096)
def _period_header_text(text: str) -> tuple[Period, str] | None:
    result = periods.parse_period_header(text)
    if result is None:
        return None
    found, rest = result
    return found, normalise(rest)


def period_header(text: CellValue) -> tuple[Period, str] | None:
    """A heading that names a period, and what is left of it ("Q1 2024/25 Target" -> target)."""
    if is_blank(text):
        return None
    if isinstance(text, dt.datetime | dt.date):
        found = periods.parse_period(text)
        return (found, "") if found is not None else None
    if isinstance(text, int | float) and not isinstance(text, bool):
        found = period(text)
        return (found, "") if found is not None else None
    if isinstance(text, dt.time):
        return None
    return _period_header_text(str(text))


def words_of(text: str) -> list[str]:
    """The words of a sentence without brackets or the stops after them: 'Reporting month:
    December 2024. Figures …' has the words 'December' '2024', not '2024.'."""
    words = (w.rstrip(".,;:!?") for w in text.replace("(", " ").replace(")", " ").split())
    return [w for w in words if w]


def unit_from_header(text: str) -> str | None:
    return values.unit_from_header(text)


def quarter_of_date(day: dt.date) -> Period | None:
    """Under a 'Quarter ending' heading, 30/06/2024 (or 01/04/2024) is Q1 2024/25."""
    if isinstance(day, dt.datetime):
        day = day.date()
    first = day.day == 1 and day.month in (4, 7, 10, 1)
    last = day.month in (6, 9, 12, 3) and (day + dt.timedelta(days=1)).day == 1
    if not (first or last):
        return None
    start_month = day.month if first else day.month - 2
    fy = day.year if start_month >= 4 else day.year - 1
    return periods.quarter(fy, (start_month - 4) % 12 // 3 + 1)


def period_between(first: dt.date, last: dt.date) -> Period | None:
    """A period given by its first and last day (two date columns)."""
    start, end = (first, last) if first <= last else (last, first)
    if isinstance(start, dt.datetime):
        start = start.date()
    if isinstance(end, dt.datetime):
        end = end.date()
    if start.day != 1:
        return periods.make_period("date", start, end) if start == end else None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    next_day = end + dt.timedelta(days=1)
    if next_day.day != 1:
        return periods.make_period("range", start, end)
    if months == 1:
        return periods.month(start.year, start.month)
    if months == 3 and start.month in (4, 7, 10, 1):
        fy = start.year if start.month >= 4 else start.year - 1
        return periods.quarter(fy, (start.month - 4) % 12 // 3 + 1)
    if months == 12 and start.month == 4:
        return periods.financial_year(start.year)
    if months == 12 and start.month == 9:
        return periods.academic_year(start.year)
    if months == 12 and start.month == 1:
        return periods.calendar_year(start.year)
    return periods.make_period("range", start, end)


def canonical_unit(text: str) -> str | None:
    """A unit as written ("Number", "per 1,000") in the export's words ("number", "rate").

    None for who is counted ("Persons", "5 years children"), which is no unit; a rate over
    them ("Rate per 10,000 children") is a rate, those counted being its base."""
    unit = values.canonical_unit(text)
    if unit != "rate" and not vocabulary.POPULATION_WORDS.isdisjoint(normalise(text).split()):
        return None
    return unit


def written_with_scale(value: CellValue) -> bool:
    """A figure typed with its own scale ("£1.2m", "(£45k)"): it is in units, not in a
    heading's "£m" or "£k"."""
    return isinstance(value, str) and values.written_with_scale(value)


def period_in_text(text: str) -> Period | None:
    """A period named somewhere in a title, sheet name or file name ("Q2 2024-25 report")."""
    found = period_header(text)
    if found is not None:
        return found[0]
    words = words_of(text)
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            named = period(" ".join(words[start : start + size]))
            if named is not None:
                return named
    return None
