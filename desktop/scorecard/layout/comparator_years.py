"""A 'Year' column beside the comparators: the year of their figures, not each row's period.

Children's services and public health scorecards laid out like the DfE's ChAT and LAIT set
the council's own figures under headings that name their periods ('2023-24', 'Q3 2024-25'),
then, often under a band such as 'Latest published benchmarks', a 'Year' column and the
England, statistical neighbours and regional figures for that year. Published comparators
lag the council's own figures, so the year is theirs: it says which year the comparators
are for, not the period of the row's figures, which their headings already name. A careful
reader keeps the table wide (a row per indicator, its figures across) and leaves the year
column unread.

The column is set aside only where every own-figure column names its period and the column
stands next to the comparators, with no own-figure column between: a period column beside
undated figures, or away from the comparators, is still each row's period. So is one headed
as a figure's own period ('Previous period', 'Latest period' over 'Apr 2021 – Mar 2022
cohort'): the heading says whose period it is, not the comparators'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.scorecard.layout import relative

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Column, Header

_MAPPED = "the saved mapping"  # a role the user chose stands


def set_aside(header: Header) -> None:
    """Read an undated period column next to the comparators as their year, where the
    table's own figures are all headed by their periods."""
    figures = [c for c in header.columns if c.field == "actual"]
    if not figures or any(c.period is None for c in figures):
        return
    for column in header.columns:
        if column.field != "period" or column.period is not None or column.why == _MAPPED:
            continue
        if relative.meaning(column.header) is not None:
            continue  # 'Previous period': the previous figure's own, whatever stands beside it
        if _beside_comparators(header.columns, column):
            column.take("ignore")
            column.why = (
                "its place beside the comparators: their year, not each row's period (the "
                "figure columns name their own)"
            )


def _beside_comparators(columns: list[Column], column: Column) -> bool:
    """Whether the next placed column on either side is a comparator's."""
    placed = sorted((c for c in columns if c.field not in (None, "ignore")), key=lambda c: c.index)
    at = placed.index(column)
    sides = placed[max(at - 1, 0) : at] + placed[at + 1 : at + 2]
    return any(c.field == "comparator" for c in sides)
