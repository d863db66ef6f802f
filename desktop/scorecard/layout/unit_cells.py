"""A description column whose every cell is a unit ("Percentage") gives the unit.

Open-data extracts (Fingertips, and tables built from it) carry a 'measure' column that
says what kind of figure each row holds: "Percentage", "Rate", "Count". The heading reads
like a description, but cells that are nothing but a unit's name say what the figures are
measured in — the indicator's unit, where its name does not say it.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header
from desktop.scorecard.parse import cells

SAMPLE_ROWS = 200


def _unit_named(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    unit = cells.canonical_unit(value)
    return unit if unit in vocabulary.UNIT_NAMES else None


def units_named_in_cells(header: Header) -> None:
    """Turn description columns holding only units' names into unit columns."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    for column in header.columns:
        if column.field != "description" or column.period is not None:
            continue
        filled = [
            r[column.index]
            for r in rows
            if column.index < len(r) and not cells.is_blank(r[column.index])
        ]
        if len(filled) >= 2 and all(_unit_named(v) is not None for v in filled):
            column.field = "unit"
            column.why = f"cells: every one names a unit, e.g. '{filled[0]}'"
