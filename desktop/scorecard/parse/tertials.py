"""Tertials, the thirds of a year of four months each: 'Tertial 2 2024/25', '1st tertial
2024-25', 'T1 2024/25 (Apr–Jul)'.

Councils and NHS bodies that monitor performance, like their budgets, every four months
divide the financial year into three tertials: April–July, August–November and
December–March. The store has no label for a tertial, so one is read as the four months it
covers and labelled as any span of months is ('Apr 2024–Jul 2024').

Named in words ('Tertial 2', 'Second tertial') beside a financial year ('2024/25', '2024-25',
'24/25'), a tertial is that year's: the word says four-monthly, and a council's tertials are
its financial year's. A short 'T1' may be a term's or a trimester's as well; it is read only
where the sheet shows tertials (``layout.tertials``). Here are the sums both share: which
months a tertial of a year covers, and which year its months show it to be of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse.period_spans import month_range

TERTIALS = 3
MONTHS_EACH = 4
FINANCIAL_FIRST_MONTH = 4  # a financial year's first tertial starts in April
# the months a year named 'YYYY/YY' may start in (financial: April, academic: September),
# and a calendar year 'YYYY' (January)
SPLIT_YEAR_STARTS = frozenset({4, 9})
CALENDAR_START = 1
_MONTH_WORD = re.compile(
    r"(?<![a-z])(" + "|".join(sorted(vocabulary.MONTHS, key=len, reverse=True)) + r")(?![a-z])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Named:
    """A tertial named in a text: its number, whether in words ('Tertial 1') or short
    ('T1'), and where."""

    number: int
    worded: bool
    start: int
    end: int


def named(text: str) -> list[Named]:
    """Every tertial a text names, in words or short, in order ('Tertial 1 (T1)' names one
    tertial twice: both are listed)."""
    found: list[Named] = []
    for match in vocabulary.TERTIAL_NAMED.finditer(text):
        if match["n"]:
            number = vocabulary.TERTIAL_NUMBERS[match["n"].lower()]
        else:
            number = vocabulary.TERTIAL_ORDINALS[match["o"].lower()]
        found.append(Named(number, True, match.start(), match.end()))
    for match in vocabulary.TERTIAL_SHORT.finditer(text):
        if not any(n.start <= match.start() < n.end for n in found):
            found.append(Named(int(match["t"]), False, match.start(), match.end()))
    return sorted(found, key=lambda n: n.start)


def is_bare(text: str) -> bool:
    """A tertial named alone, with no year ('T1', 'Tertial 2', '3rd tertial'): a sub-heading
    under a year's band."""
    stripped = text.strip()
    found = named(stripped)
    return len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped)


def of_year(first_year: int, first_month: int, number: int) -> Period | None:
    """Tertial ``number`` of the year starting in month ``first_month`` of ``first_year``:
    its four months (the second of 2024/25 is August to November 2024)."""
    if not 1 <= number <= TERTIALS:
        return None
    start = first_year * 12 + first_month - 1 + MONTHS_EACH * (number - 1)
    end = start + MONTHS_EACH - 1
    return month_range(start // 12, start % 12 + 1, end // 12, end % 12 + 1)


def first_month(number: int, first: int, last: int) -> int | None:
    """The month a year starts in whose tertial ``number`` runs from month ``first`` to
    ``last`` (T2 from August to November: April); None where those are not four months."""
    if not 1 <= number <= TERTIALS or (last - first) % 12 != MONTHS_EACH - 1:
        return None
    return (first - 1 - MONTHS_EACH * (number - 1)) % 12 + 1


def months_said(text: str) -> tuple[int, int] | None:
    """The first and last month a text names when it names exactly two ('Apr–Jul', 'April
    to July'); None otherwise."""
    found = [vocabulary.MONTHS[m.lower()] for m in _MONTH_WORD.findall(text)]
    return (found[0], found[1]) if len(found) == 2 else None


def is_tertial(period: Period) -> bool:
    """A span of four months that is one of a financial year's tertials (April–July,
    August–November, December–March)."""
    if period.kind != "range" or period.start.day != 1:
        return False
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month
    return months == MONTHS_EACH - 1 and period.start.month in (4, 8, 12)
