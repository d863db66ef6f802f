"""Month columns headed by the financial year's period numbers: 'P1' … 'P12', 'Period 1',
'Month 1', 'M1' (P1 is April, P12 March).

A finance team's monitor numbers its months from the start of the financial year. A heading
'P1' may as well be a code or a priority, so the numbers are months only where the heading
row runs through them in order (P1, P2, P3 … or P4 … P7, or the latest first: P7, P6 …;
each number once, or once per field as in 'P1 Actual' | 'P1 Target') and a financial year
is named: in the title rows, the sheet's name, the file's name, or the target's heading
('Target 2024/25'). With no year
named the run's figures are held for review (or the file refused naming the heading), never
placed in a guessed year. A row that reaches 'P13' counts four-week periods, not months.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import month_spans
from desktop.scorecard.model import Period, PlacedColumn, Role
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

MIN_RUN = 2  # a lone 'P1' is a code or a priority, not a month


def run(columns: Sequence[PlacedColumn]) -> dict[int, int]:
    """The columns (by index) headed by one run of consecutive period numbers, each with its
    number; empty when the row's period numbers do not run in order."""
    return numbered([(c.index, c.header) for c in columns if c.period is None])


def numbered(headings: Sequence[tuple[int, str]]) -> dict[int, int]:
    """Of (column, heading) pairs, those numbering a run of periods, with their numbers."""
    found: list[tuple[int, int]] = []
    for index, heading in headings:
        key = vocabulary.normalise(heading)
        if vocabulary.THIRTEENTH_PERIOD.match(key):
            return {}  # four-week periods: P7 is no month
        match = vocabulary.FINANCE_PERIOD_HEADING.match(key)
        if match is None or month_spans.span(heading) is not None:
            continue  # 'M1-M3' is a span of months (``month_spans``), not month 1
        number = int(match["n"])
        named = vocabulary.MONTHS.get(match["rest"] or "")
        if named is not None and named != _calendar_month(number):
            return {}  # 'P1 (Jan)': numbered from another month than April
        found.append((index, number))
    numbers = [n for _, n in found]
    distinct = [n for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1]]
    if len(distinct) < MIN_RUN or len(set(distinct)) != len(distinct):
        return {}
    steps = {b - a for a, b in pairwise(distinct)}
    if steps not in ({1}, {-1}):  # P1 P2 P3, or the latest first: P7 P6 P5
        return {}
    return dict(found)


def _is_period(value: CellValue) -> bool:
    found = cells.period_header(value)
    return found is not None and not found[1]


def _calendar_month(number: int) -> int:
    return (number + 2) % 12 + 1


def month_of(year: Period, number: int) -> Period:
    """Period ``number`` of the financial year ``year``: 1 is April, 10 the January after."""
    calendar_month = _calendar_month(number)
    first = year.start.year
    return periods.month(first if calendar_month >= 4 else first + 1, calendar_month)


def place(
    columns: Sequence[PlacedColumn],
    year: Period | None,
    fields: frozenset[Role],
    labels: Sequence[CellValue] = (),
) -> None:
    """Date the run's columns in the financial year ``year`` (what the title or a heading
    names); with no year they stay undated, for the review of figures in no period.

    ``labels``: the cells under the table's name and code headings. Where they are periods
    ('Q1 2024/25' down the rows) the table runs its periods down, and 'M1', 'M2' across are
    the codes of its measures."""
    numbered = run(columns)
    if year is None or year.kind != "financial_year" or not numbered:
        return
    if sum(1 for v in labels if _is_period(v)) >= MIN_RUN:
        return
    if any(c.field == "area" for c in columns):
        return  # a row per area: 'M1', 'M2' across are measures
    for column in columns:
        number = numbered.get(column.index)
        if number is None:
            continue
        period = month_of(year, number)
        match = vocabulary.FINANCE_PERIOD_HEADING.match(vocabulary.normalise(column.header))
        rest = (match["rest"] or "") if match is not None else ""
        role: Role | None = "actual"
        if rest and vocabulary.MONTHS.get(rest) != period.start.month:
            sub = vocabulary.match(rest)
            role = sub.field if sub is not None and sub.score >= 1.0 else None
        if role not in fields:
            continue
        column.period = period
        column.field = role
        column.why = f"its heading '{column.header}': period {number} of {year.label}"
