"""The cell notes of a sheet's title and heading rows: text an officer attached to a heading.

A key to the ratings is sometimes given only as a cell note (comment) on the 'Status'
heading ('✔ on or above target', '✖ more than 5% off target'), and a note on a title cell
may say how to read the table. Such notes are read as lines of the sheet, as a key or a note
drawn in a text box is. A note on a figure or a name (in the rows of figures) explains that
one cell and is no key: those are left out.
"""

from __future__ import annotations

from desktop.scorecard.read.grid import Sheet

FIGURES_IN_ROW = 2  # a row with this many numbers is a row of figures, not a heading


def heading_note_lines(sheet: Sheet) -> list[str]:
    """Each non-blank line of each note on a cell above the sheet's first row of figures, in
    the order of the cells (row by row)."""
    if not sheet.notes:
        return []
    first = _first_figure_row(sheet)
    out: list[str] = []
    for (row, _col), text in sorted(sheet.notes.items()):
        if row >= first:
            continue
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


def _first_figure_row(sheet: Sheet) -> int:
    """The first row holding two or more numbers (the sheet's height if none does)."""
    for index, row in enumerate(sheet.rows):
        count = 0
        for value in row:
            if isinstance(value, int | float) and not isinstance(value, bool):
                count += 1
                if count >= FIGURES_IN_ROW:
                    return index
    return len(sheet.rows)
