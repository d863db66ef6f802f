"""A ditto mark in a per-row column: the value of the nearest real cell above it.

An officer typing a group's target (or frequency, or 'Good is') once often repeats it in the
rows below with a ditto mark: '"', '〃', 'do.', 'as above' (``vocabulary.DITTO_MARKS``). A
reader takes the mark as the nearest real value above it in the same column, a ditto under a
ditto meaning the same. The run ends at a section row or a blank row (a row with fewer than
three cells filled), and at a blank cell in the column: a ditto with nothing real above it in
its run is not guessed but held for review at its cell. Figure, name and commentary columns
are left alone ('as above' in a comment is the officer's own words).
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.layout.rows import at, three_filled
from desktop.scorecard.model import Role
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.vocabulary import DITTO_MARKS

# the per-row columns a ditto mark is read in (None: a column not placed, read by its cells)
FIELDS: frozenset[Role | None] = frozenset(
    {"target", "polarity", "direction", "unit", "portfolio", "service", "owner", "ignore", None}
)


def is_ditto(value: CellValue) -> bool:
    """Whether the cell holds only a ditto mark."""
    if value.__class__ is not str:
        return False
    return " ".join(text_of(value).lower().split()) in DITTO_MARKS


def fill(header: Header, notes: Notes) -> None:
    """Write into each ditto-marked cell the real value above it (see above)."""
    sheet = header.sheet
    for column in header.columns:
        if column.field not in FIELDS:
            continue
        col = column.index
        # the column's distinct values first: most columns hold no mark, and a long table's
        # rows are not walked one by one for them
        distinct = {row[col] for row in sheet.rows[header.first_data :] if col < len(row)}
        if not any(is_ditto(value) for value in distinct):
            continue
        source: int | None = None  # the row of the real value a ditto here repeats
        for index in range(header.first_data, len(sheet.rows)):
            row = sheet.rows[index]
            if not three_filled(row):
                source = None  # a section row or a blank row ends the run
                continue
            value = at(row, col)
            if not is_ditto(value):
                source = None if value is None or not text_of(value) else index
                continue
            if source is None:
                notes.doubt(
                    sheet.name,
                    index,
                    col,
                    f"'{text_of(value)}' stands for the value above, but there is none above "
                    "it in its section — type the value",
                    kind="ditto mark with nothing above",
                )
                continue
            row[col] = sheet.rows[source][col]
            style = sheet.styles.get((source, col))
            if style is not None:
                sheet.styles[(index, col)] = style
