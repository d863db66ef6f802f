"""A column shaded one colour from its heading down: the column's styling, not ratings.

A benchmarking summary shades the council's own figures pale yellow to set them apart
from the comparators beside them, the heading cells and every cell below alike; an input
sheet shades the columns to be filled in. Such a fill says which column, not how the
figure did: a rating colours a figure's cell, never its heading, and the ratings of a
column differ. So a fill that a column's heading carries, that every filled cell below it
carries down to its last, and that the heading row does not carry all across, is taken off
before the sheet is read (a pale yellow there is not 'amber').

A column of figures headed as provisional ('Provisional', 'Q2 (prov)', 'As first reported',
'Unvalidated') or as the council's working figure beside the published one ('Local') and shaded one colour in every figure cell down to its last, its heading
not shaded, is shaded to mark the figures as not yet final, not rated: that fill is taken
off too (a pale yellow 'provisional' figure is not 'amber'). A column shaded so under any
other heading is left as it is: its colour may be the rating of every figure.

In a column of written ratings ('G', 'Amber') shaded like its heading, a blank cell keeping
the heading's fill is a rating not yet given, not an amber one: that fill is taken off the
blank cells alone (a column rated by fill only, its cells blank, is left as it is).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard.layout import restated
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue, Sheet

MIN_BELOW = 3  # filled cells under the heading that make a column's shading


def unshade(sheet: Sheet) -> None:
    """Take the fills that shade whole columns off ``sheet``'s cells."""
    if not sheet.styles:
        return
    shaded: set[tuple[int, int]] = set()
    for col, colour, rows in _runs(sheet):
        if _column_shading(sheet, col, colour, rows) or _provisional_shading(
            sheet, col, colour, rows
        ):
            shaded.update((r, col) for r in rows)
    shaded.update(_blank_shaded(sheet))
    if shaded:
        sheet.styles = {
            at: replace(style, fill=None) if at in shaded else style
            for at, style in sheet.styles.items()
        }


def _runs(sheet: Sheet) -> list[tuple[int, str, list[int]]]:
    """For each column and each fill that could read as a rating, the rows it fills."""
    by: dict[tuple[int, str], list[int]] = {}
    for (r, c), style in sheet.styles.items():
        if style.fill and cells.rag_fill(style.fill) is not None:
            by.setdefault((c, style.fill), []).append(r)
    return [(c, colour, sorted(rows)) for (c, colour), rows in by.items()]


def _at(sheet: Sheet, row: int, col: int) -> CellValue:
    values = sheet.rows[row] if row < len(sheet.rows) else []
    return values[col] if col < len(values) else None


def _fill(sheet: Sheet, row: int, col: int) -> str | None:
    style = sheet.styles.get((row, col))
    return style.fill if style is not None else None


def _column_shading(sheet: Sheet, col: int, colour: str, rows: list[int]) -> bool:
    filled = [r for r in rows if not cells.is_blank(_at(sheet, r, col))]
    if not filled:
        return False
    heading = filled[0]
    row = sheet.rows[heading]
    if not isinstance(_at(sheet, heading, col), str) or any(cells.is_figure(v) for v in row):
        return False  # a heading's row holds no figure
    below = [r for r in filled if r > heading]
    if len(below) < MIN_BELOW or not any(cells.is_figure(_at(sheet, r, col)) for r in below):
        return False
    last = below[-1]
    for r in range(heading + 1, last + 1):
        if not cells.is_blank(_at(sheet, r, col)) and _fill(sheet, r, col) != colour:
            return False  # a cell of its own colour among them: ratings, maybe
    # the heading row shaded all across is the table's heading style, not this column's
    return any(
        not cells.is_blank(v) and _fill(sheet, heading, c) != colour for c, v in enumerate(row)
    )


def _provisional_shading(sheet: Sheet, col: int, colour: str, rows: list[int]) -> bool:
    """Every figure cell of a column headed as provisional carries ``colour``, its heading
    (the nearest text above them, in a row holding no figure) not."""
    filled = [r for r in rows if not cells.is_blank(_at(sheet, r, col))]
    figures = [r for r in filled if cells.is_figure(_at(sheet, r, col))]
    if len(figures) < MIN_BELOW or any(cells.rag_text(_at(sheet, r, col)) for r in filled):
        return False  # a column of figures ('Not available' among them), not of ratings
    heading = next(
        (r for r in range(filled[0] - 1, -1, -1) if not cells.is_blank(_at(sheet, r, col))), None
    )
    if heading is None:
        return False
    text = _at(sheet, heading, col)
    if not isinstance(text, str) or any(cells.is_figure(v) for v in sheet.rows[heading]):
        return False
    words = _words(text)
    if (
        not periods.is_provisional(text)
        and restated.revision(words) != "first"
        and restated.standing(words) != "working"
    ):
        return False
    for r in range(filled[0], len(sheet.rows)):
        value = _at(sheet, r, col)
        if cells.is_figure(value) and _fill(sheet, r, col) != colour:
            return False  # a figure of its own colour among them: ratings, maybe
    return True


def _words(text: str) -> str:
    """A heading's words without the period it names ('Q1 2024/25 as first reported')."""
    found = cells.period_header(text)
    return found[1] if found is not None else text


def _blank_shaded(sheet: Sheet) -> set[tuple[int, int]]:
    """Blank cells of a column of written ratings that keep its heading's fill."""
    found: set[tuple[int, int]] = set()
    for col, colour, rows in _runs(sheet):
        filled = [r for r in rows if not cells.is_blank(_at(sheet, r, col))]
        if not filled or not isinstance(_at(sheet, filled[0], col), str):
            continue
        heading = filled[0]
        if cells.rag_text(_at(sheet, heading, col)) is not None:
            continue  # a rating itself, not a heading
        blanks = [r for r in rows if r > heading and cells.is_blank(_at(sheet, r, col))]
        if not blanks:
            continue
        written = [
            r for r in range(heading + 1, max(blanks) + 1) if not cells.is_blank(_at(sheet, r, col))
        ]
        ratings = [r for r in written if cells.rag_text(_at(sheet, r, col)) is not None]
        if len(ratings) < MIN_BELOW or len(ratings) != len(written):
            continue  # not a column of written ratings above the blanks
        if any(_fill(sheet, r, col) == colour for r in ratings):
            continue  # a rating carries the colour too: it may mean what it says
        found.update((r, col) for r in blanks)
    return found
