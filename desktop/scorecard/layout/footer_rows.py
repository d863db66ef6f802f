"""A printed page's footer written out as a row of cells: 'Printed on 14/11/2024' | 'Page 1 of 1'.

A report exported to a spreadsheet (Reporting Services and the like) writes the text boxes of
its page footer into a row under the table, where they fall into the table's columns: the day
and time it was run under the codes, the page number under the status. Such a row says when
the file was made and which page this is, nothing of any indicator. A row every filled cell of
which is a line dating the file ('Printed on 14/11/2024 09:32:18', 'Run date 3 May 2024', as
``stamps`` reads them) or a page number ('Page 1', 'Page 2 of 3') is the page's footer: it is
left out, with a warning, and its cells are not weighed as the columns' contents. A row with
anything else in it (a figure, a name, a rating) is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import stamps
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

LONGEST = 80  # characters: a footer's line is short


def is_footer_piece(value: CellValue) -> bool:
    """A cell of a page footer: a page number, or a line dating the file."""
    return isinstance(value, str) and len(value) <= LONGEST and _footer_text(value)


@lru_cache(maxsize=4096)
def _footer_text(value: str) -> bool:
    text = " ".join(value.split())
    words = vocabulary.normalise(text)
    if vocabulary.PAGE_FOOTER.fullmatch(words):
        return True
    # the words dating the file first (cheap), then whether the rest is a day
    return vocabulary.FILE_STAMP_WORDS.search(words) is not None and stamps.is_file_stamp(text)


def is_footer(row: Sequence[CellValue]) -> bool:
    """Every filled cell of the row (one at least) a piece of a page footer."""
    filled = [v for v in row if not cells.is_blank(v)]
    return bool(filled) and all(is_footer_piece(v) for v in filled)
