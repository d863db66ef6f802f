"""'Same period last year' beside a period typed on each row: that row's period a year earlier.

Reports gathering national indicators that each come out on their own timetable type every
row's period beside its figure ('Jan 23 – Dec 23', 'Apr 2022 – Mar 2023 cohort', '2023/24')
and give, in a column headed 'Same period last year', the figure for the same span of months
a year before. That column counts back from the row's own period, not from the quarter the
report's title names: beside 'Jul 23 – Jun 24' it is July 2022 to June 2023, beside '2023/24'
it is 2022/23. A row whose period does not read by itself ('Q2' placed only by a title
year), or is no whole months, gives no period to count back from: its figure is asked about
at the period cell rather than guessed.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue


def columns(header: Header, taken: set[int]) -> list[Column]:
    """The figure columns headed as the same period a year before, not yet dated otherwise."""
    found: list[Column] = []
    for column in header.columns:
        if column.index in taken or column.code or column.series:
            continue
        if vocabulary.normalise(column.header) not in vocabulary.SAME_PERIOD_LAST_YEAR:
            continue
        if column.field in (None, "actual") or (
            column.field == "comparator" and column.comparator == vocabulary.LAST_YEAR_COMPARATOR
        ):
            found.append(column)
    return found


def label(
    header: Header, index: int, period: Column, when: CellValue, notes: Notes | None
) -> str | None:
    """The label of the period a year before the row's own (``when``, as the period cell gives
    it); None where there is none to count back from, asked about at the period cell."""
    own = cells.period(when)
    back = period_spans.year_earlier(own) if own is not None else None
    if back is not None:
        return back.label
    if notes is not None:
        said = f"'{text_of(when)}'" if not cells.is_blank(when) else "a blank period"
        notes.doubt(
            header.sheet.name,
            index,
            period.index,
            f"a figure for the same period last year stands beside {said}, which names no "
            "whole months to count a year back from — its value lands in no period; write "
            "the row's period as e.g. 'Q2 2024/25', '2023/24' or 'Jan 23 – Dec 23'",
            kind="no period a year back",
        )
    return None
