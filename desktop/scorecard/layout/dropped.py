"""Columns that name a period but nothing the importer knows: left out, but never silently.

A heading such as "XYZ-1/2 2010-11" names a year, so it is no unknown column for the
mapping dialog, yet no role reads it either. Its figures would vanish without a word; each
such column that holds anything is named in a warning instead.

Likewise a column of figures that go with a period's own figure (a comparator's, a
numerator or denominator) whose period no column of the table gives a figure for: in a
table of one column per period they have no observation to join, so they are named in a
warning and in ``--explain`` rather than dropped without a word.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells

SAMPLE_ROWS = 200


def period_only_columns(header: Header) -> list[int]:
    """Indexes of columns with a period and no role that hold something under the heading."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    found: list[int] = []
    for column in header.columns:
        if column.field is not None or column.period is None:
            continue
        if any(column.index < len(r) and not cells.is_blank(r[column.index]) for r in rows):
            found.append(column.index)
    return found


def warn_period_only(header: Header, notes: Notes) -> None:
    by_index = {c.index: c for c in header.columns}
    for index in period_only_columns(header):
        notes.warn(
            f"{header.sheet.name}!{a1(header.top, index)}: column '{by_index[index].header}' "
            "names a period but no indicator or value — not imported (map it with a saved "
            "profile if it matters)",
            kind="period column not recognised",
        )


_BESIDE_FIGURES = frozenset({"comparator", "numerator", "denominator"})


def beside_no_figure(header: Header) -> list[Column]:
    """Columns of a comparator's figures, numerators or denominators for a period that no
    figure column of the table gives, which hold something under the heading."""
    given = {c.period.label for c in header.columns if c.field == "actual" and c.period}
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    return [
        column
        for column in header.columns
        if column.field in _BESIDE_FIGURES
        and column.period is not None
        and column.period.label not in given
        and any(column.index < len(r) and not cells.is_blank(r[column.index]) for r in rows)
    ]


def warn_beside_no_figure(header: Header, notes: Notes) -> None:
    """Say of each column ``beside_no_figure`` finds that its figures are not imported."""
    for column in beside_no_figure(header):
        assert column.period is not None
        label = column.period.label
        column.why = f"its heading; no column gives the figures of {label} — not imported"
        notes.warn(
            f"{header.sheet.name}!{a1(header.top, column.index)}: column '{column.header}' "
            f"gives {_what(column)} for {label}, but no column gives the figures of "
            f"{label} — not imported (head it as that period's figures, or map it with a "
            "saved profile, if it matters)",
            kind="figures beside no figure",
        )


def _what(column: Column) -> str:
    if column.field == "comparator":
        return f"{column.comparator or 'comparator'} figures"
    return f"{column.field}s"
