"""Headings that say 'this year' or 'last year' in a finance system's short words ('Q2 TY',
'SPLY', 'YTD LY', 'Target CY', 'PYTD'), read against the period the title names.

A report that names its year and quarter only in its title ('Performance Report 2024/25,
Quarter 2') may head its columns with TY/CY (this year) and LY/PY (last year), or the same
words spelt out ('Q2 last year', 'Target this year'). Each such heading is written out with
the year it means ('Q2 TY' is 'Q2 2024/25', 'Target TY' is 'Target 2024/25', 'SPLY' is
'Q2 2023/24', 'YTD LY' is 'YTD Q2 2023/24') and read as that heading would be; in a year's report (a title naming a
year and no quarter) 'Actual LY' is the year before's figure. A heading left with no period,
'Actual LY' under a title naming a quarter (the quarter's, or the year's?) or a title naming
no year is not read here: its figures stay in no period, as before.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans, periods

_TOKEN_EDGES = "()[]:,;-"


def marked(heading: str) -> tuple[str, int] | None:
    """(the heading's other words, years back: 0 or -1) when it names this or last year."""
    words = [w.strip(_TOKEN_EDGES) for w in re.split(r"[\s_]+", heading)]
    words = [w for w in words if w]
    rest: list[str] = []
    back: int | None = None
    for word in words:
        found: tuple[str, int] | None = None
        if word in vocabulary.THIS_YEAR_ABBREVIATIONS:
            found = ("", 0)
        elif word in vocabulary.LAST_YEAR_ABBREVIATIONS:
            found = ("", -1)
        elif word.lower() in vocabulary.YEAR_ABBREVIATION_WORDS:
            found = vocabulary.YEAR_ABBREVIATION_WORDS[word.lower()]
        if found is None:
            rest.append(word)
            continue
        if back is not None:
            return None  # 'TY LY': two years in one heading
        back = found[1]
        if found[0]:
            rest.append(found[0])
    key = vocabulary.normalise(" ".join(rest))
    if back is None:
        return _phrase(key)
    return (key, back) if key else None


def _phrase(key: str) -> tuple[str, int] | None:
    """'q2 last year', 'target this year', 'ytd previous year': a year said in words."""
    for phrases, back in (
        (vocabulary.THIS_YEAR_PHRASES, 0),
        (vocabulary.LAST_YEAR_PHRASES, -1),
    ):
        for phrase in phrases:
            for rest in _around(key, phrase):
                if rest and rest != "same period":  # a comparator's words, read as before
                    return rest, back
    return None


def _around(key: str, phrase: str) -> list[str]:
    if key.endswith(f" {phrase}"):
        return [key[: -len(phrase) - 1].strip()]
    if key.startswith(f"{phrase} "):
        return [key[len(phrase) + 1 :].strip()]
    return []


def spelt_out(heading: str, titles: list[str]) -> str | None:
    """The heading written with the year it means, or None when it names none or nothing
    in the titles gives the year."""
    found = marked(heading)
    if found is None:
        return None
    rest, back = found
    now, year = _anchors(titles)
    if year is None:
        return None
    if rest == "same period":  # of the quarter or month the title names; a year alone says
        if now is None:  # not which period of it the figures beside are for
            return None
        earlier = period_spans.shifted(now, -4 if now.kind == "quarter" else -12)
        return earlier.label if earlier is not None else None
    if rest in vocabulary.YEAR_TO_DATE:
        if now is None:
            return None
        base = now if back == 0 else period_spans.shifted(now, -4 if now.kind == "quarter" else -12)
        return f"YTD {base.label}" if base is not None else None
    when = year if back == 0 else period_spans.shifted(year, -1)
    if when is None:
        return None
    if vocabulary.QUARTER_OR_MONTH.match(rest) or vocabulary.TRAILING_QUARTER.search(rest):
        return f"{rest} {when.label}"
    if rest in vocabulary.TARGET_OR_POLARITY:  # 'Aim TY': a year makes an aim that year's target
        return f"{rest} {when.label}"
    matched = vocabulary.match(rest)
    if matched is None or matched.score < 1.0:
        return None
    if matched.field == "target":
        return f"{rest} {when.label}"
    if matched.field == "actual" and now is None:  # 'Outturn LY' in a year's report
        return f"{rest} {when.label}"
    return None


def _anchors(titles: list[str]) -> tuple[Period | None, Period | None]:
    """The quarter or month the titles name (if any), and its financial year."""
    now: Period | None = None
    year: Period | None = None
    for text in titles:
        if not text.strip() or len(text) > 300:
            continue
        named = cells.period_in_text(text)
        words = cells.words_of(text.replace(",", " "))
        found = [named] if named is not None else []
        for size in (3, 2):
            for start in range(len(words) - size + 1):
                period = cells.period(" ".join(words[start : start + size]))
                if period is not None:
                    found.append(period)
        for period in found:
            if now is None and period.kind in ("quarter", "month"):
                now = period
            if year is None and period.kind == "financial_year":
                year = period
    if now is not None:
        first = now.start.year if now.start.month >= 4 else now.start.year - 1
        own = periods.financial_year(first)
        if year is None or year == own:
            return now, own
        return None, year  # a title naming a quarter of another year: not sure which is meant
    return None, year
