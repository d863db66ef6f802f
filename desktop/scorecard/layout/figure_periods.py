"""A column headed like a period ('Quarter result', 'Year to date spend') whose cells are
figures no period is written as (45, 85.7, 31,000): figures, never the period of each row.

A year (2024, 2425), a month key or year code (202404, 202425), an Excel day number or a
small whole number (quarter 3, month 11, week 45) may name a period beside other columns,
and a column mostly of such numbers is left as it was. A column of
other figures is no period column: it is left out and the file held for review at its
heading, rather than each row's figures being put in a period read from a figure.
"""

from __future__ import annotations

from desktop.scorecard.layout import figure_cells
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes

_MAPPED = "the saved mapping"  # a role the user chose stands


def figures(header: Header, column: Column) -> str | None:
    """The first figure of a period column, where most of its cells are figures no period
    is written as; None where its cells may be periods."""
    first = figure_cells.first_figure(header.sheet.rows, header.first_data, column.index)
    return None if first is None else short(text_of(first), 20)


def settle(header: Header, notes: Notes) -> None:
    """Leave out a period column of figures, and hold the file for review at its heading.
    Beside other period columns it is left to ``long_to_date``, which reads a 'Quarter' of
    figures as each row's own figure where the others give each row its period."""
    undated = [c for c in header.columns if c.field == "period" and c.period is None]
    if len(undated) != 1:
        return
    for column in undated:
        if column.why == _MAPPED:
            continue
        first = figures(header, column)
        if first is None:
            continue
        column.take("ignore")
        column.why = f"cells: figures such as '{first}', not periods"
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"column '{short(column.header)}' is headed like a period but holds figures "
            f"(e.g. '{first}'), which name no period — not read as each row's period; say "
            "what it holds in the heading (e.g. 'Actual', 'Target'), or map the column",
            kind="figures under a period heading",
        )
