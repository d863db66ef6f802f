"""Ratings shown as pictures pasted over a table's cells, which no cell holds.

Some officers show a status by pasting a small red, amber or green picture over each
Status cell and leave the cell itself empty. The picture is tied to its row only by where it
floats (it stays behind when the table is sorted or filtered, drifts when rows are resized),
and its colour is only in the image. A picture over an empty cell of a column headed as
ratings, or of a column of the table holding no text at all, is such a rating: the reading
is held naming the cells, rather than the figures being published as unrated. A picture
above the table (a logo, a key) or over a cell that holds something is not asked about.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet

_KIND = "ratings shown as pictures"


def doubt(header: Header, notes: Notes) -> None:
    """Hold the reading at each empty cell of the table a picture is placed over, in a
    rating column or in a column of the table with no text."""
    sheet = header.sheet
    if not sheet.pictures or not header.columns:
        return
    by_index = {c.index: c for c in header.columns}
    last = max(by_index)
    below = [(r, c) for r, c in sorted(sheet.pictures) if r >= header.first_data and c <= last]
    for row, col in below:
        if row >= len(sheet.rows) or not _blank(sheet, row, col) or _row_empty(sheet, row):
            continue
        column = by_index.get(col)
        if (column is not None and column.field == "rag") or _no_text(sheet, header, col):
            heading = f" in the column '{column.header}'" if column is not None else ""
            notes.doubt(
                sheet.name,
                row,
                col,
                f"a picture is placed over this empty cell{heading} — a rating shown as a "
                "picture cannot be read; type the ratings in the cells, or import with "
                "--accept without them",
                kind=_KIND,
            )


def _blank(sheet: Sheet, row: int, col: int) -> bool:
    values = sheet.rows[row]
    return col >= len(values) or cells.is_blank(values[col])


def _row_empty(sheet: Sheet, row: int) -> bool:
    return all(cells.is_blank(v) for v in sheet.rows[row])


def _no_text(sheet: Sheet, header: Header, col: int) -> bool:
    """No cell of the column under the heading holds anything."""
    return all(
        col >= len(values) or cells.is_blank(values[col])
        for values in sheet.rows[header.first_data :]
    )
