"""A year written '2023/24' among school-term columns ('Autumn 2023', 'Spring 2024') is the
academic year (September to August), not the financial year a bare '2023/24' is elsewhere;
a heading that says 'financial' or 'FY' keeps its financial year.

A season with a year and no word 'term' ('Spring 2024') is a school term only where the
table is about schools: its title, sheet name, headings or names say so ('attendance',
'pupils', '(AY)', 'term'). Elsewhere it may be a season (a residents' survey's spring runs
March to May), so its column is left in no period, and held for review naming its heading.
Months written as months ('Apr–Jul 2024') are no season, and are read as written; a tertial
('T1 2024/25 (Apr–Jul)', or April–July beside August–November) is no term."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import periods, tertials
from desktop.scorecard.parse.school_terms import is_term, names_season
from desktop.scorecard.parse.tertials import is_tertial

_FINANCIAL = re.compile(vocabulary.FINANCIAL_YEAR_MARK, re.I)


class _Column(Protocol):
    header: str
    period: Period | None
    why: str


_TERM_WORD = re.compile(rf"\b{vocabulary.TERM_WORD}\b", re.I)


def place(columns: Iterable[_Column], context: Iterable[str] = ()) -> None:
    """Read bare years beside term columns as academic years; unplace seasons that nothing
    says are school terms (``context``: the table's titles, sheet name and row labels)."""
    columns = list(columns)
    terms = [
        c
        for c in columns
        if c.period is not None and is_term(c.period) and not tertials.named(c.header)
    ]
    if any(c.period is not None and _four_monthly(c.period) for c in columns):
        terms = [c for c in terms if c.period is not None and not is_tertial(c.period)]
    if not terms:
        return
    if not about_schools([*context, *(c.header for c in columns)]):
        for column in terms:
            if not _TERM_WORD.search(column.header) and names_season(column.header):
                column.period = None
                column.why = "a season or a school term? nothing in the table says schools"
        if not any(c.period is not None and _TERM_WORD.search(c.header) for c in terms):
            return
    for column in columns:
        period = column.period
        if period is None or period.kind != "financial_year" or _FINANCIAL.search(column.header):
            continue
        column.period = periods.academic_year(period.start.year)
        column.why = f"its heading beside school terms: the academic year {column.period.label}"


def _four_monthly(period: Period) -> bool:
    """August–November or December–March: a tertial no school term covers, so the April–July
    beside it is the year's first tertial too, not a summer term."""
    return is_tertial(period) and not is_term(period)


def about_schools(texts: Iterable[str]) -> bool:
    """Words of schools among the texts ('attendance', 'pupils', '(AY)', 'term')."""
    for text in texts:
        words = vocabulary.normalise(text)
        if not words:
            continue
        tokens = set(words.split())
        if tokens & vocabulary.SCHOOL_CONTEXT_WORDS:
            return True
        if any(" " in w and w in words for w in vocabulary.SCHOOL_CONTEXT_WORDS):
            return True
    return False
