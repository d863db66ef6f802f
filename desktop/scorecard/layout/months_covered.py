"""A heading naming the quarter or month a figure to date reaches, with the months it covers
in brackets ('To end of Q2 (Apr–Sep 2024)', 'Up to Q3 (April–December 2024)', 'YTD to end
of September (Apr–Sep 2024)').

A report of figures that build through the year often heads each quarter's band by the
point it reaches and spells out the months it counts: 'To end of Q1 (Apr–Jun 2024)' ..
'To end of Q4 (Apr 2024–Mar 2025)', over 'Profile' | 'Actual'. The months in brackets are
the period: April to the end of the quarter (or month) the words name, Q1 itself, April to
September for Q2, the whole year for Q4. They are read where the months end where the named
quarter or month ends and start in April. Months ending elsewhere ('To end of Q3 (Apr–Sep
2024)') contradict the words: the column is held for review naming its heading, never read
as either. Months ending there but starting in another month (a rolling year, a calendar
year to date) are left to the readers of such spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods

_APRIL = 4  # a financial year's first month
_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
# 'YTD', 'Cumulative' before the words naming the end ('Cumulative to end of Q2')
_TO_DATE_FIRST = sorted(vocabulary.TO_DATE_SUBHEADINGS, key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Reach:
    months: str  # the months in brackets, as written ('Apr–Sep 2024')
    period: Period | None  # the span they cover; None where the words name another end
    words: str = ""  # the heading's other words ('actual' in 'To end of Q2 (…) Actual')
    doubt: str = ""  # why the heading is asked about, where the two disagree

    @property
    def heading(self) -> str:
        """The heading as the months in brackets and its other words say it."""
        return f"{self.months} {self.words}".strip()


def read(heading: str) -> Reach | None:
    """The months a heading naming the end a figure reaches covers, or None where the
    heading is no such heading (no words naming an end, or no span of months in brackets)."""
    if "(" not in heading and "[" not in heading:
        return None
    asides = list(_BRACKETED.finditer(heading))
    if len(asides) != 1:
        return None
    months = " ".join(asides[0][1].split())
    covered = cells.period(months)
    if covered is None or covered.kind not in ("quarter", "range", "financial_year"):
        return None
    found = _end_named(heading[: asides[0].start()], covered)
    if found is None:
        return None
    end, before = found
    words = " ".join(f"{before} {vocabulary.normalise(heading[asides[0].end() :])}".split())
    if end.end == covered.end:  # from April: this rule's; from another month: not said here
        return Reach(months, covered, words) if covered.start.month == _APRIL else None
    return Reach(
        months,
        None,
        words,
        f"'{' '.join(heading.split())}' names the end of {end.label} but its months in "
        f"brackets, {covered.label}, end elsewhere — which period its figures cover the sheet "
        "does not say; correct the heading or map the column",
    )


def _end_named(before: str, covered: Period) -> tuple[Period, str] | None:
    """The quarter or month the words before the brackets end by reaching ('to end of Q2'),
    placed in the financial year the bracketed months end in, with the words before them
    ('Actual' in 'Actual to end of Q2'; 'YTD', 'Cumulative' left out: the months say it);
    None where they end with no such reach."""
    key = vocabulary.normalise(before)
    if vocabulary.ROLLING_MARK.search(key):
        return None  # '12 months to end of Q2': a rolling span, not one from April
    last = covered.end
    first = last.year if last.month >= _APRIL else last.year - 1
    for lead in _LEAD.finditer(key):
        part = key[lead.end() :]
        found = vocabulary.QUARTER_OR_MONTH.match(part)
        if found is not None and found.end() == len(part):
            end = periods.combine_period(periods.financial_year(first), found.group(1))
            return None if end is None else (end, _other_words(key[: lead.start()]))
    written = cells.period_header(before)  # 'To end of Q2 2024/25': the part with its year
    if written is None or written[0].kind not in ("quarter", "month"):
        return None
    said = f"{written[1]} "
    for lead in _LEAD.finditer(said):
        if lead.end() == len(said):
            return written[0], _other_words(said[: lead.start()])
    return None


# where the words naming an end begin: a reach ('to end of', 'up to', 'until') at a word
_LEAD = re.compile(rf"(?:^|(?<= )){vocabulary.TO_DATE_REACH.pattern}")


def _other_words(words: str) -> str:
    """The words before a reach without those saying the figure is to date."""
    key = f" {words.strip()} "
    for phrase in _TO_DATE_FIRST:
        key = key.replace(f" {phrase} ", " ")
    return " ".join(key.split())
