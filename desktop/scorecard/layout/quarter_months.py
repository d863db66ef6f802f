"""Month headings three months apart, each at a quarter's end ('Jun-24', 'Sep-24',
'Dec-24', 'Mar-25'), name the quarters they end where the title or the sheet's name says the
figures are quarterly; each column is then that quarter of the financial year, not the
month.

With nothing saying so, the same run may be month-end snapshots or quarters: its columns
are left in no period and held for review naming their headings, never guessed either way.
A table that also has other months (a monthly table) is left as months.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import periods

_QUARTER_ENDS = {6: 1, 9: 2, 12: 3, 3: 4}  # the month a quarter ends → its number
MIN_RUN = 2


class _Column(Protocol):
    header: str
    period: Period | None
    why: str
    doubt: str


def place(columns: Sequence[_Column], context: Iterable[str]) -> None:
    """Read a run of quarter-end months as quarters, or unplace it when nothing says which
    (``context``: the table's title lines and sheet name)."""
    months = [c for c in columns if c.period is not None and c.period.kind == "month"]
    if not months:
        return
    distinct = sorted({(c.period.start.year, c.period.start.month) for c in months if c.period})
    if len(distinct) < MIN_RUN or any(m not in _QUARTER_ENDS for _, m in distinct):
        return
    ordinals = [y * 12 + m for y, m in distinct]
    if any(b - a != 3 for a, b in pairwise(ordinals)):
        return
    quarterly = any(vocabulary.QUARTERLY_CONTEXT.search(text or "") for text in context)
    for column in months:
        assert column.period is not None
        if not quarterly:
            column.why = "months three apart at quarter ends: quarters or month-end figures?"
            column.doubt = (
                f"'{column.header}' and the columns beside it are months three apart at quarter "
                "ends — quarters or month-end figures? nothing in the title says; say 'quarterly' "
                "in a title row or head them 'Q1 2024/25', or map the columns"
            )
            column.period = None
            continue
        quarter = _quarter_ending(column.period)
        if quarter is not None:
            column.why = f"the quarter ending {column.period.label} (the title says quarterly)"
            column.period = quarter


def _quarter_ending(month: Period) -> Period | None:
    number = _QUARTER_ENDS[month.start.month]
    first = month.start.year if number < 4 else month.start.year - 1
    return periods.parse_period(f"Q{number} {first}/{(first + 1) % 100:02d}")
