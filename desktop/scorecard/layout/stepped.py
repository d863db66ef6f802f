"""Row levels that step from a year to its parts, as Power BI matrix exports lay them out.

A matrix with the financial year and the quarter on rows exports either with the
levels in their own columns (the year only on the first row of its group:
"2023-24 | Qtr 3", then " | Qtr 4") or stepped in one column (a "2023-24" row,
then "Qtr 3" and "Qtr 4" rows under it). A bare "Qtr 3" takes its year from the
year above it. A year row with parts under it is their subtotal: left out when
one of its figures is the sum of its parts' (a total the sheet repeats), and a
doubt otherwise (it may be the year's own figure, or a total of another kind).
A quarter under a calendar year ("2024 | Qtr 1") may be January-March or the
financial year's first quarter: a doubt too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

__all__ = ["Step", "read"]

Role = Literal["part", "subtotal", "unsure", "unplaced"]
_YEARS = ("financial_year", "academic_year", "calendar_year")


@dataclass(frozen=True)
class Step:
    """How a stepped row reads: a part of a year (with its period), or a year's subtotal."""

    role: Role
    period: Period | None = None


@dataclass
class _Group:
    year: Period
    row: int | None  # the row naming the year alone (its subtotal), if any
    parts: list[int] = field(default_factory=list)


def _at(row: list[CellValue], index: int | None) -> CellValue:
    return row[index] if index is not None and index < len(row) else None


def _number(value: CellValue) -> float | None:
    return cells.number(value).value


def _is_total_word(value: CellValue) -> bool:
    return isinstance(value, str) and value.strip().lower().rstrip(":") in vocabulary.TOTAL_WORDS


def _sums(rows: list[list[CellValue]], group: _Group, measures: list[int]) -> bool | None:
    """Whether the year row repeats its parts' sum in some figure; None when nothing to compare."""
    assert group.row is not None
    compared = False
    for col in measures:
        total = _number(_at(rows[group.row], col))
        parts = [_number(_at(rows[r], col)) for r in group.parts]
        if total is None or any(p is None for p in parts):
            continue
        compared = True
        added = sum(p for p in parts if p is not None)
        if abs(added - total) <= 1e-6 * max(1.0, abs(total)):
            return True
    return False if compared else None


def _close(
    rows: list[list[CellValue]], group: _Group | None, measures: list[int], out: dict[int, Step]
) -> None:
    """Settle the year row of a finished group: a subtotal when it repeats its parts' sum."""
    if group is None or group.row is None or not group.parts:
        return
    if not any(_number(_at(rows[group.row], c)) is not None for c in measures):
        return  # a bare heading row: nothing to read from it
    out[group.row] = Step("subtotal" if _sums(rows, group, measures) else "unsure", group.year)


def read(
    rows: list[list[CellValue]], first: int, period_cols: list[int], measures: list[int]
) -> dict[int, Step]:
    """The stepped rows of a measures-across table, by row index; rows not stepped are absent.

    ``period_cols`` holds the year column and, when the levels have their own columns,
    the part column beside it.
    """
    outer = period_cols[0]
    inner = period_cols[1] if len(period_cols) > 1 else None
    out: dict[int, Step] = {}
    group: _Group | None = None
    for index in range(first, len(rows)):
        row = rows[index]
        head = _at(row, outer)
        level = _at(row, inner)
        named = None if cells.is_blank(head) else cells.period(head)
        if named is not None and named.kind in _YEARS:
            _close(rows, group, measures, out)
            group = _Group(named, index if cells.is_blank(level) else None)
        elif not cells.is_blank(head) and (inner is not None or named is not None):
            _close(rows, group, measures, out)
            group = None  # a "Total" row, a quarter with its year: the stepping ends
            continue
        elif inner is None:
            level = head  # one column: the parts step under the year row
        if group is None or cells.is_blank(level):
            continue
        if _is_total_word(level) and group.row is None:
            group.row = index  # "2023-24 | Total": the year's subtotal below its parts
            continue
        if not periods.is_sub_period(level):
            continue
        found = periods.combine_period(group.year, level)
        group.parts.append(index)
        # "2024 | Qtr 1": a calendar year's quarter or a financial one? Ask, never guess
        out[index] = Step("part", found) if found is not None else Step("unplaced", group.year)
    _close(rows, group, measures, out)
    return out
