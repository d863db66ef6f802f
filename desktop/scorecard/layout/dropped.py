"""Columns that name a period but nothing the importer knows: left out, but never silently.

A heading such as "XYZ-1/2 2010-11" names a year, so it is no unknown column for the
mapping dialog, yet no role reads it either. Its figures would vanish without a word; each
such column that holds anything is named in a warning instead.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
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
