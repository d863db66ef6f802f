"""A rating marked by a cross in one of a set of columns headed by the ratings: 'R' | 'A' |
'G' with an 'X' (or 'x', a tick, a dot, 'Yes', a cell filled in a colour of its own) typed
under one of them.

Form-style committee appendices print two or more narrow columns side by side, each headed
by a rating ('R', 'A', 'G'; 'Red', 'Amber', 'Green'; 'Off track', 'At risk', 'On track'),
and the officer marks the one that applies. The set is ONE rating column: the row's rating
is the heading of the column it marks. A set is known by its headings (adjacent, each a
different rating) and by its cells (marks, at least two, and hardly anything else). Two
marks in one row, or a cell of the set holding something that is not a mark, are held for
review naming the cell rather than one being picked; a row with no mark is unrated.

The rating is written into the set's first column, which is read as the RAG column; the
other columns of the set are read with it and left out.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

_OPEN = frozenset({None, "rag", "ignore"})  # roles a heading alone gives such a column
_MIN_MARKS = 2  # marked rows before a set of rating headings is read as one column
_WORDS = {"red": "Red", "amber": "Amber", "green": "Green"}


def settle(header: Header, notes: Notes) -> None:
    """Read each set of mark columns headed by the ratings as one RAG column."""
    for members in _sets(header):
        _read(header, members, notes)


def _rating(heading: str) -> Rag | None:
    """The rating a column's heading names ('R', 'Amber', 'On track'), or None."""
    if not heading.strip() or cells.rag_between(heading) is not None:
        return None
    return cells.rag_text(heading)


def _sets(header: Header) -> list[list[tuple[Column, Rag]]]:
    """Runs of two or more adjacent columns each headed by a different rating."""
    found: list[list[tuple[Column, Rag]]] = []
    run: list[tuple[Column, Rag]] = []
    for column in sorted(header.columns, key=lambda c: c.index):
        rating = _rating(column.header) if column.field in _OPEN else None
        adjacent = bool(run) and run[-1][0].index == column.index - 1
        if rating is not None and adjacent and rating not in {r for _, r in run}:
            run.append((column, rating))
            continue
        if len(run) >= 2:
            found.append(run)
        run = [(column, rating)] if rating is not None else []
    if len(run) >= 2:
        found.append(run)
    return [members for members in found if _marked(header, members)]


def _is_mark(value: CellValue) -> bool:
    return isinstance(value, str) and value.strip().lower() in vocabulary.RATING_MARKS


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None


def _filled(sheet: Sheet, row: int, members: list[tuple[Column, Rag]]) -> set[int]:
    """The set's blank cells in a row filled in a colour no other cell of the set shares
    there (a row shaded all across, a section heading, marks nothing)."""
    fills: dict[int, str] = {}
    for column, _ in members:
        style = sheet.styles.get((row, column.index))
        if style is not None and style.fill and cells.is_blank(_at(sheet.rows[row], column.index)):
            fills[column.index] = style.fill
    if len(fills) == len(members):
        shared = set(fills.values())
        if len(shared) == 1:
            return set()
    return set(fills)


def _marked(header: Header, members: list[tuple[Column, Rag]]) -> bool:
    """Whether the set's cells are marks: two or more, and at most one cell in four else."""
    marks = others = 0
    for index in range(header.first_data, len(header.sheet.rows)):
        row = header.sheet.rows[index]
        filled = _filled(header.sheet, index, members)
        for column, _ in members:
            value = _at(row, column.index)
            if _is_mark(value) or column.index in filled:
                marks += 1
            elif not cells.is_blank(value):
                others += 1
    return marks >= _MIN_MARKS and others * 3 <= marks


def _read(header: Header, members: list[tuple[Column, Rag]], notes: Notes) -> None:
    sheet = header.sheet
    first = members[0][0]
    named = " | ".join(f"'{c.header.strip()}'" for c, _ in members)
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        filled = _filled(sheet, index, members)
        marked: list[tuple[Column, Rag]] = []
        odd: Column | None = None
        for column, rating in members:
            value = _at(row, column.index)
            if _is_mark(value) or column.index in filled:
                marked.append((column, rating))
            elif not cells.is_blank(value) and odd is None:
                odd = column
        rating_word: str | None = None
        if odd is not None:
            notes.doubt(
                sheet.name,
                index,
                odd.index,
                f"'{short(text_of(_at(row, odd.index)))}' under '{odd.header.strip()}' is not "
                f"a mark — the ratings {named} are marked with an X in one of them",
                kind=f"rating mark not understood:{first.index}",
            )
        elif len(marked) > 1:
            shown = ", ".join(a1(index, c.index) for c, _ in marked)
            notes.doubt(
                sheet.name,
                index,
                marked[1][0].index,
                f"more than one of the ratings {named} is marked in this row ({shown}) — mark one",
                kind=f"rating marked twice:{first.index}",
            )
        elif marked:
            rating_word = _WORDS[marked[0][1]]
        if first.index < len(row) or rating_word is not None:
            while len(row) <= first.index:
                row.append(None)
            row[first.index] = rating_word
        for column, _ in members:
            if column is not first and column.index < len(row):
                row[column.index] = None
            style = sheet.styles.get((index, column.index))
            if style is not None and style.fill:
                sheet.styles[(index, column.index)] = replace(style, fill=None)
    first.take("rag")
    first.why = f"cells: marks under {named}, read as one rating column"
    for column, _ in members[1:]:
        column.take("ignore")
        column.why = f"cells: marks read with '{first.header.strip()}' as one rating column"
