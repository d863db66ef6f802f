"""A sheet's note lines: rows holding one text cell and nothing else.

Footnotes under or beside a table ('* A lower figure is better', '(a) Provisional figure',
'¹ Quarterly measure: Latest = Q1 2024/25') are written a line a row, each in a cell of its
own. The readers of marks on names (``note_marks``, ``mark_polarity``, ``footnote_periods``)
look for their notes among these lines.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.scorecard.layout.heading_notes import heading_note_lines
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet


def note_lines(
    sheet: Sheet, first: int = 0, longest: int | None = None, *, spaces_blank: bool = False
) -> Iterator[str]:
    """The text of each row from row ``first`` down that holds one text cell and no other
    (of at most ``longest`` characters, where given), then each line of a text box drawn on
    the sheet and of a note on a heading cell. A cell of spaces is blank only with ``spaces_blank``; otherwise it is a cell
    filled."""
    blank = cells.is_blank if spaces_blank else _empty
    for row in sheet.rows[first:]:
        # a row of figures has many filled cells, a note line one: told apart cheaply first
        if len(row) > 1 and not blank(row[0]) and not blank(row[1]):
            continue
        texts = [v for v in row if not blank(v)]
        if len(texts) != 1 or not isinstance(texts[0], str):
            continue
        if longest is None or len(texts[0]) <= longest:
            yield texts[0]
    for line in [*sheet.boxes, *heading_note_lines(sheet)]:
        if longest is None or len(line) <= longest:
            yield line


def _empty(value: CellValue) -> bool:
    return value is None or value == ""
