"""School terms as periods: 'Autumn 2023', 'Autumn term 2024', 'Aut 24', 'Spr 2025',
'Summer term 2024/25', 'Tymor yr Haf 2024'.

Schools count attendance and exclusions by term. A term is read as its months: autumn
September to December, spring January to March (it runs to Easter, which falls in March or
April; March is taken), summer April to July. A term named with one year is the term in
that calendar year; named with an academic year ('Summer term 2024/25') it is that year's
term: autumn in its first calendar year, spring and summer in its second. Terms are ranges
of months (a spring term is not the financial year's fourth quarter), labelled as such
('Jan 2024–Mar 2024'). Half terms ('Autumn 1') and numbered terms ('Term 2') are not read:
schools split the year into three or six, and the heading does not say which.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse.period_spans import MAX_YEAR, MIN_YEAR, make_period, month_end

# (first month, last month, in the academic year's second calendar year)
_MONTHS = {1: (9, 12, False), 2: (1, 3, True), 3: (4, 7, True)}
_NAME = (
    "(?P<t>"
    + "|".join(sorted(map(re.escape, vocabulary.SCHOOL_TERMS), key=len, reverse=True))
    + ")"
)
_YEARS = r"(?P<a>\d{4}|\d{2})\s*[/\-]\s*(?P<b>\d{4}|\d{2})"
_ONE = r"'?(?P<y>\d{4}|\d{2})"
_TERM_RES = [
    re.compile(rf"{_NAME}\.?(?:\s+{vocabulary.TERM_WORD})?[\s,:\-']*(?:{_YEARS}|{_ONE})", re.I),
    re.compile(
        rf"(?:{_YEARS}|(?P<y2>\d{{4}}))[\s,:\-]+{_NAME}\.?(?:\s+{vocabulary.TERM_WORD})?", re.I
    ),
]


def _full(text: str) -> int:
    year = int(text)
    return year if len(text) == 4 else 2000 + year if year < 50 else 1900 + year


def term(text: str) -> Period | None:
    """The months a school term names, or None when the text is no term of a year."""
    for pattern in _TERM_RES:
        found = pattern.fullmatch(text.strip())
        if found is None:
            continue
        number = vocabulary.SCHOOL_TERMS[re.sub(r"\s+", " ", found["t"].lower())]
        first, last, later = _MONTHS[number]
        single = (
            found["y"] if "y" in found.groupdict() and found["y"] else found.groupdict().get("y2")
        )
        if single:
            year = _full(single)
        else:
            start, end = _full(found["a"]), _full(found["b"])
            if len(found["b"]) == 2 and len(found["a"]) == 4:
                end = start - start % 100 + int(found["b"])
            if end != start + 1:
                return None
            year = end if later else start
        if not MIN_YEAR <= year < MAX_YEAR:
            return None
        return make_period("range", dt.date(year, first, 1), month_end(year, last))
    return None


_SEASON_RE = re.compile(rf"(?<![a-z]){_NAME}(?![a-z])", re.I)


def names_season(text: str) -> bool:
    """A heading naming a term by its season ('Spring 2024', 'Summer term'), not by months."""
    return bool(_SEASON_RE.search(text))


_TERM_SPANS = frozenset(first_last[:2] for first_last in _MONTHS.values())


def is_term(period: Period) -> bool:
    """A span of months a school term covers (September–December, January–March, April–July)."""
    return (
        period.kind == "range"
        and period.start.year == period.end.year
        and (period.start.month, period.end.month) in _TERM_SPANS
    )


_BARE_TERM_RE = re.compile(rf"{_NAME}\.?(?:\s+{vocabulary.TERM_WORD})?", re.I)


def term_of_year(text: str, first_year: int) -> Period | None:
    """A term named without its year ('Autumn', 'Spring term') under an academic year's
    heading ('2023/24' over 'Autumn | Spring | Summer'): that year's term."""
    found = _BARE_TERM_RE.fullmatch(text.strip())
    if found is None:
        return None
    first, last, later = _MONTHS[vocabulary.SCHOOL_TERMS[re.sub(r"\s+", " ", found["t"].lower())]]
    year = first_year + 1 if later else first_year
    if not MIN_YEAR <= year < MAX_YEAR:
        return None
    return make_period("range", dt.date(year, first, 1), month_end(year, last))
