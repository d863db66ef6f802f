"""A 'Year to date' or 'Total' column worked out by formula from the quarters beside it and
saved with no values (a file written by a program, never opened in Excel): nothing is lost
by leaving it out, since its figures are made of the row's own figures that are read. Only a
column whose period spans two or more of the table's other dated columns counts, and only
when every one of its unvalued formulas reads cells of its own row; any other formula saved
without a value still holds the file for review."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.scorecard.model import Period, Role


class _Column(Protocol):
    index: int
    header: str
    field: Role | None
    period: Period | None


class _Header(Protocol):
    @property
    def columns(self) -> Sequence[_Column]: ...


def worked_out(
    headers: Iterable[_Header], unvalued: Iterable[tuple[int, int]], in_row: set[tuple[int, int]]
) -> dict[int, str]:
    """The columns (index → heading) of totals over the table's periods whose unvalued cells
    are all worked out from their own row."""
    by_column: dict[int, list[tuple[int, int]]] = {}
    for cell in unvalued:
        by_column.setdefault(cell[1], []).append(cell)
    out: dict[int, str] = {}
    for header in headers:
        dated = [c for c in header.columns if c.field == "actual" and c.period is not None]
        for column in dated:
            cells = by_column.get(column.index)
            if not cells or not all(cell in in_row for cell in cells):
                continue
            span = column.period
            assert span is not None
            covered = [
                c
                for c in dated
                if c is not column
                and c.period is not None
                and c.period != span
                and span.start <= c.period.start
                and c.period.end <= span.end
            ]
            if len(covered) >= 2:
                out[column.index] = column.header
    return out
