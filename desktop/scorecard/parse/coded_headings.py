"""Headings that are an indicator's code and a period: "CHN1 2010-11", "CORP 5b2 2010-11".

Benchmark downloads (LGBF, and exports from performance systems) put one column per
indicator and year, headed by the code and the year. Codes are written in many ways: with
'&' or '-' ("C&L1", "CORP-ASSET1"), with a space before the number ("CORP 5b2"), with a
letter after it ("SW4a"); the year as "2010-11" or "14-15". The code is kept as the file
writes it, so it meets the same code in the file's own dictionary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods

# letters (with '&' inside, or words joined by '-' or ' '), then a number with a short tail
_CODE = re.compile(
    r"(?P<code>[A-Za-z][A-Za-z&]{0,7}(?:[- ][A-Za-z&]{1,8}){0,2}[- ]?\d{1,4}[A-Za-z0-9]{0,3})"
    r"\s+(?P<period>\S.{2,20})"
)
_TWO_DIGIT_YEARS = re.compile(r"(?P<a>\d{2})\s?[-/]\s?(?P<b>\d{2})")
# what is left beside the period once it is read: "chn1", "sw4b", "corp 5b2", "kpi 7"
_LOOSE_CODE = re.compile(r"[a-z](?:[a-z]|\s(?=[a-z])){0,11}\s?[0-9]{1,4}(?:[a-z][0-9]?)?")
_SHORT_QUARTER = re.compile(rf"(?i){vocabulary.QUARTER_NAME}\s?[1-4]|m\d{{1,2}}|p\d{{1,2}}")


@lru_cache(maxsize=16384)
def code_and_period(heading: str) -> tuple[str, Period] | None:
    """(code as written, period) for a heading that is exactly a code and a period: the one
    place a heading's code is read, so a code keeps the file's case wherever it is found."""
    found = _CODE.fullmatch(" ".join(heading.split()))
    if found is None:
        return _code_beside_period(heading)
    code = found["code"]
    if vocabulary.ROLLING_MARK.fullmatch(code):
        return None  # "R12 Jun 24", "L12M Sep-24": a rolling span's mark, not a code
    if _SHORT_QUARTER.fullmatch(code) or cells.period_header(code) is not None:
        return None  # "Q1 2024/25", "M3 2024/25": a period, not a code
    match = vocabulary.match(code)
    if match is not None and match.score >= 1.0:
        return None  # a heading word ("Target 2", "Year 1"), not a code
    if any(_says_what_column_holds(word) for word in code.split()):
        return None  # "Forecast Q4 2024/25", "Target Q2 2024/25": a heading, not a code
    period = _period(found["period"])
    return (code, period) if period is not None else None


def _says_what_column_holds(word: str) -> bool:
    """A word the vocabulary reads whole as what a column holds ('Forecast', 'Target'), other
    than a code's own words ('KPI 7', 'PI 12')."""
    field = vocabulary.heading_field(word)
    return field is not None and field != "code"


def _code_beside_period(heading: str) -> tuple[str, Period] | None:
    """A code the pattern above leaves: a longer one ('Homelessness1 2010-11'), one after its
    period ('2024/25 KPI 7'), or one before a period written at length ('CHN1 April 2010 to
    March 2011'). The code is the words on the other side of the period, as written."""
    found = cells.period_header(heading)
    if found is None or not _LOOSE_CODE.fullmatch(found[1]):
        return None
    words = heading.split()
    for size in range(1, len(words)):
        before, after = " ".join(words[:size]), " ".join(words[size:])
        if _only_period(after):
            return before, found[0]
        if _only_period(before):
            return after, found[0]
    return None


def _only_period(text: str) -> bool:
    found = cells.period_header(text)
    return found is not None and not found[1]


def _period(text: str) -> Period | None:
    whole = cells.period_header(text)
    if whole is not None:
        return whole[0] if not whole[1] else None
    short = _TWO_DIGIT_YEARS.fullmatch(text)
    if short is None:
        return None
    first, second = int(short["a"]), int(short["b"])
    if (first + 1) % 100 != second:
        return None
    return periods.financial_year(first + (2000 if first < 50 else 1900))
