"""Rows struck through: indicators the author deleted but left in the table to be seen.

A council that withdraws or replaces an indicator mid-year often leaves its row in the table
with the text struck through (strikethrough font, usually greyed), its old figures still in
it, and a note beside it ('Deleted - replaced by HC12'). The strikethrough is the author's
deletion: the row is no longer a measure of this scorecard, so none of its figures are read,
and the import report names the cell and says why.

The row's name cell decides (its code cell where the table has no names): a struck figure
alone, beside a name that is not struck, is not a withdrawn indicator. A note saying
'Deleted' or 'Withdrawn' on a row that is not struck changes nothing: the row is read.
"""

from __future__ import annotations

from desktop.scorecard.read.grid import Sheet

__all__ = ["reason", "struck_name"]


def reason(text: str) -> str:
    """Why the row was left out, for the import report (``text`` is its naming cell's)."""
    return f"'{text}' is struck through: a withdrawn indicator, its figures are left out"


def struck_name(sheet: Sheet, index: int, name: int | None, code: int | None) -> int | None:
    """The column of the row's naming cell when it is struck through, else None."""
    if not sheet.styles:
        return None
    row = sheet.rows[index]
    for column in (name, code):
        if column is None or column >= len(row) or row[column] in (None, ""):
            continue
        style = sheet.styles.get((index, column))
        return column if style is not None and style.struck else None
    return None
