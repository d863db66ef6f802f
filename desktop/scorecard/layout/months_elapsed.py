"""Quarter headings that say how many months of the year they cover ('Q2 (6 months)', 'Qtr 3
(9 mths)', 'Quarter 2 – 6 months'), and quarters under a band saying 'year to date'.

Months stated beyond a quarter's three make the column the year to date at that quarter's
end (April to September for 'Q2 (6 months)'); three months is the quarter alone ('Q1 (3
months)', 'Q2 (3 months)'). A count that fits neither ('Q2 (4 months)') contradicts the
quarter: the column is left in no period and held for review naming its heading. Quarters
under a band saying year to date ('2024/25 (year to date)' over 'Q1'..'Q4') are the year to
date too. Where the file has a measure-type column its rows still follow it (a snapshot row
is the quarter's end, an in-quarter row the quarter alone); other rows read such a column as
the span from April (``to_date.span``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import periods

QUARTER_MONTHS = 3


class _Column(Protocol):
    header: str
    period: Period | None
    why: str
    doubt: str


def stated(heading: str) -> tuple[int, int] | None:
    """The quarter's number and the months a heading says it covers ('Q2 (6 months)' ->
    (2, 6)), or None where it states no months beside a quarter."""
    found = vocabulary.QUARTER_MONTHS_STATED.search(heading)
    if found is None:
        return None
    said = found["months"].lower()
    months = vocabulary.MONTH_COUNT_WORDS.get(said) or int(said)
    return int(found["quarter"]), months


def without_months(heading: str) -> str | None:
    """The heading with its months stated taken out ('Quarter 2 – 6 months' -> 'Quarter 2'),
    or None where it states none."""
    found = vocabulary.QUARTER_MONTHS_STATED.search(heading)
    if found is None:
        return None
    kept = f"{heading[: found.start()]}Q{found['quarter']} {heading[found.end() :]}"
    return " ".join(kept.split())


def to_date(heading: str) -> bool:
    """A quarter column's heading says it is the year to date at the quarter's end: months
    stated beyond the quarter's three, or a year-to-date mark (the band's) with no months
    saying it is the quarter alone."""
    said = stated(heading)
    if said is not None:
        quarter, months = said
        return months == quarter * QUARTER_MONTHS and quarter > 1
    return periods.is_year_to_date(heading)


def place(columns: Sequence[_Column]) -> None:
    """Hold a quarter column whose stated months contradict it ('Q2 (4 months)'): neither
    the quarter alone nor the year to date at its end."""
    for column in columns:
        period = column.period
        said = stated(column.header)
        if period is None or period.kind != "quarter" or said is None:
            continue
        quarter, months = said
        if months in (QUARTER_MONTHS, quarter * QUARTER_MONTHS):
            continue
        column.why = f"its heading says {months} months, which fits no span of Q{quarter}"
        column.doubt = (
            f"'{column.header}' says {months} months, but Q{quarter} is three months and the "
            f"year to its end {quarter * QUARTER_MONTHS} — which period its figures cover the "
            "sheet does not say; correct the heading or map the column"
        )
        column.period = None
