"""Columns headed by days less than four weeks apart (dates typed as headings), or by a day
said to end or start a week ('w/e 07/04/2024', 'Week commencing 1 Apr 2024'), hold weekly
or daily figures. The store keeps months, quarters and
years, so such figures are not put into the month of their day (two weeks of April would
then be two figures for April, and a single one would stand for the whole month): their
columns are left in no period, and the file is held for review naming their headings.

Days a month or more apart (quarter ends, month ends, 'As at 31/03/2024') are left as read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period

WEEKS_APART = 28  # days: closer than this, the columns are weeks or days, not months


class _Column(Protocol):
    header: str
    period: Period | None
    why: str
    doubt: str


def place(columns: Sequence[_Column]) -> None:
    """Unplace a run of columns headed by days closer together than a month."""
    dated = [(c, day) for c in columns if c.period is not None and (day := day_of(c.header))]
    days = sorted({day for _, day in dated})
    weekly = any(_says_week(c.header) for c, _ in dated)
    if not weekly and (
        len(days) < 2 or all((b - a).days >= WEEKS_APART for a, b in pairwise(days))
    ):
        return
    for column, _ in dated:
        column.period = None
        column.why = "a week's or a day's figures: the store keeps months, quarters and years"
        column.doubt = (
            f"'{column.header}' heads a week's or a day's figures — the store keeps months, "
            "quarters and years, not weeks or days; import a monthly or quarterly summary, or "
            "head the column with the month or quarter its figure is for"
        )


def _says_week(text: str) -> bool:
    """'w/e 07/04/2024', 'Week commencing 1 Apr 2024': the heading says the day ends or
    starts a week."""
    found = vocabulary.DAY_HEADING.search(text)
    lead = vocabulary.normalise(text[: found.start()]) if found else ""
    return lead in vocabulary.WEEK_LEADS


def day_of(text: str) -> dt.date | None:
    """The day a heading names with its day, month and year all written, or None."""
    found = vocabulary.DAY_HEADING.search(text or "")
    if found is None:
        return None
    try:
        if found["iy"]:
            return dt.date(int(found["iy"]), int(found["im"]), int(found["id"]))
        if found["d"]:
            return dt.date(_year(found["y"]), int(found["m"]), int(found["d"]))
        month = vocabulary.MONTHS.get(found["tm"].lower())
        if month is None:
            return None
        return dt.date(_year(found["ty"]), month, int(found["td"]))
    except ValueError:
        return None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year
