"""A year written '2023/24' among school-term columns ('Autumn 2023', 'Spring 2024') is the
academic year (September to August), not the financial year a bare '2023/24' is elsewhere;
a heading that says 'financial' or 'FY' keeps its financial year."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import periods
from desktop.scorecard.parse.school_terms import is_term

_FINANCIAL = re.compile(vocabulary.FINANCIAL_YEAR_MARK, re.I)


class _Column(Protocol):
    header: str
    period: Period | None
    why: str


def place(columns: Iterable[_Column]) -> None:
    """Read bare years beside term columns as academic years."""
    columns = list(columns)
    if not any(c.period is not None and is_term(c.period) for c in columns):
        return
    for column in columns:
        period = column.period
        if period is None or period.kind != "financial_year" or _FINANCIAL.search(column.header):
            continue
        column.period = periods.academic_year(period.start.year)
        column.why = f"its heading beside school terms: the academic year {column.period.label}"
