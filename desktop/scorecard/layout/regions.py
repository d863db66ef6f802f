"""Cut a sheet into its tables: several tables stacked on one sheet, each with its own headings.

A committee appendix often prints one table per portfolio on the same sheet, each with its
own heading row, column order and period wording. Reading the second table with the first
table's columns puts values in the wrong quarters, so every heading row that starts a new
table starts a new region, read on its own. A region keeps the rows above it (the report's
title names the year of bare "Quarter 1" headings) and ends where the next table's title or
heading begins; the section title just above a table ("Adult Social Care") is kept as the
region's title, which becomes the portfolio of its indicators.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout import measure_blocks
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

# a sheet longer than this is one long table (an export), not a page of small tables
MAX_ROWS_TO_SPLIT = 3000
HEADING_SCORE = 1.3  # the score a row needs to be a table's heading row (as header.find)
MAX_TITLE = 60  # a section title is short
TITLE_REACH = 3  # and printed just above its table, perhaps with a blank row between


@dataclass(frozen=True, slots=True)
class Region:
    sheet: Sheet  # a view of the sheet: rows from 0 to the region's end, read from first_row
    title: str | None  # the section title printed just above the table, if any
    lines: tuple[str, ...] = ()  # every line of text between the table above and this one
    # for one of several measures-across tables: its title, the service of its indicators
    section: str | None = None


def split(sheet: Sheet) -> list[Region]:
    """The tables of a sheet, top to bottom; one region for a sheet with one table."""
    rows = sheet.rows
    if len(rows) > MAX_ROWS_TO_SPLIT:
        return [Region(sheet, None)]
    starts = _heading_blocks(sheet)
    sides = _side_by_side(sheet, starts)
    if sides:
        return [region for side in sides for region in split(side)]
    by_shape = len(starts) < 2
    if by_shape:
        starts = measure_blocks.heading_rows(sheet)
    if len(starts) < 2:
        return [Region(sheet, None)]
    begins = [_region_start(sheet, start, previous) for previous, start in _pairs(starts)]
    regions: list[Region] = []
    for index, begin in enumerate(begins):
        end = begins[index + 1] if index + 1 < len(begins) else len(rows)
        view = replace(
            sheet,
            rows=rows[:end],
            first_row=starts[index],
            hidden_rows={r for r in sheet.hidden_rows if r < end},
        )
        lines = text_lines(rows[begin : starts[index]])
        title = _title(rows, begin, starts[index])
        if by_shape:  # the tables share the sheet's portfolio; the title names the section
            regions.append(Region(view, None, lines, section=title))
        else:
            regions.append(Region(view, title, lines))
    return regions


def _side_by_side(sheet: Sheet, blocks: list[int]) -> list[Sheet]:
    """Tables printed side by side (last year's beside this year's, one service's beside
    another's), each with its own name or code column and headings, a blank column between:
    one view of the sheet per table.

    Each view keeps the cells of its own columns; a title row above the headings with
    nothing over the other tables (the report's title) is kept in every view.
    """
    if not blocks:
        return []
    top = blocks[0]
    rows = sheet.rows
    heading = rows[top]
    names = [
        i for i, v in enumerate(heading) if layout_header.classify(v).field in ("name", "code")
    ]
    if len(names) < 2:
        return _blocks_across(sheet, top)
    width = max(map(len, rows), default=0)
    below = rows[top:]
    blank = [
        c
        for c in range(names[0] + 1, names[-1])
        if all(c >= len(r) or cells.is_blank(r[c]) for r in below)
    ]
    # between two tables' name columns, the last blank column: a spacer column inside the
    # left table (between its names and its figures) is not where it ends
    cuts = [
        max(between)
        for left, right in pairwise(names)
        if (between := [b for b in blank if left < b < right])
    ]
    if not cuts:
        return []
    bounds: list[tuple[int, int]] = []
    low = 0
    for cut in cuts:
        if any(low <= n < cut for n in names):
            bounds.append((low, cut))
            low = cut + 1
    bounds.append((low, width))
    if len(bounds) < 2 or not all(_has_values(heading, lo, hi) for lo, hi in bounds):
        return []
    return _views(sheet, top, bounds)


def _blocks_across(sheet: Sheet, top: int) -> list[Sheet]:
    """Tables side by side whose heading rows are not level (each under its own title, the
    next one starting a row or two lower): groups of columns with a blank column between,
    each with a heading row of its own naming its indicators and its figures."""
    rows = sheet.rows[top:]
    width = max(map(len, rows), default=0)
    filled = [any(c < len(r) and not cells.is_blank(r[c]) for r in rows) for c in range(width)]
    starts = [c for c in range(width) if filled[c] and (c == 0 or not filled[c - 1])]
    if len(starts) < 2:
        return []
    bounds: list[tuple[int, int]] = []
    for lo, hi in zip(starts, [*starts[1:], width], strict=True):
        if bounds and not _names_in(sheet, top, lo, hi):
            bounds[-1] = (bounds[-1][0], hi)  # a spacer column inside the table on the left
        else:
            bounds.append((lo, hi))
    if len(bounds) < 2 or not all(_heading_in(sheet, top, lo, hi) for lo, hi in bounds):
        return []
    return _views(sheet, top, bounds)


def _names_in(sheet: Sheet, top: int, lo: int, hi: int) -> bool:
    """Whether some row near the top has a heading naming indicators in columns lo..hi."""
    return any(
        layout_header.classify(v).field in ("name", "code")
        for row in sheet.rows[top : top + layout_header.SCAN_ROWS]
        for v in row[lo:hi]
    )


def _heading_in(sheet: Sheet, top: int, lo: int, hi: int) -> bool:
    """Whether some row near the top heads a table in columns lo..hi: a name or code
    heading and a heading of figures."""
    for row in sheet.rows[top : top + layout_header.SCAN_ROWS]:
        named = any(layout_header.classify(v).field in ("name", "code") for v in row[lo:hi])
        if named and _has_values(row, lo, hi):
            return True
    return False


def _views(sheet: Sheet, top: int, bounds: list[tuple[int, int]]) -> list[Sheet]:
    """One view of the sheet per group of columns (lo, hi)."""
    rows = sheet.rows
    first_end = bounds[0][1]
    shared = {  # title rows with text over the first table only: the whole report's title
        index
        for index, row in enumerate(rows[:top])
        if all(cells.is_blank(v) for v in row[first_end:])
    }
    views: list[Sheet] = []
    for lo, hi in bounds:
        kept = [
            list(row)
            if index in shared
            else [v if lo <= c < hi else None for c, v in enumerate(row)]
            for index, row in enumerate(rows)
        ]
        views.append(replace(sheet, rows=kept))
    return views


def _has_values(heading: list[CellValue], lo: int, hi: int) -> bool:
    """Headings of figures among a group of columns: a period, a value or a target word."""
    for value in heading[lo:hi]:
        column = layout_header.classify(value)
        text = layout_header.text_of(value)
        if column.period is not None or column.field in ("actual", "target"):
            return True
        if text and layout_header.is_bare_period(text):
            return True
    return False


def text_lines(rows: list[list[CellValue]]) -> tuple[str, ...]:
    """The text of rows holding one text cell (titles, notes, 'Unit: %'), top to bottom."""
    found: list[str] = []
    for row in rows:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) == 1 and isinstance(filled[0], str):
            found.append(" ".join(filled[0].split()))
    return tuple(found)


def _pairs(starts: list[int]) -> list[tuple[int, int]]:
    return [(starts[i - 1] if i else -1, start) for i, start in enumerate(starts)]


def _heading_blocks(sheet: Sheet) -> list[int]:
    """First rows of the heading rows that each start a table with data rows beneath."""
    blocks: list[list[int]] = []
    for index, row in enumerate(sheet.rows):
        if index in sheet.hidden_rows or not _may_be_heading(row):
            continue
        if layout_header.row_score(row) <= HEADING_SCORE:
            continue
        if blocks and blocks[-1][-1] == index - 1:
            blocks[-1].append(index)  # a two-row heading is one block
        elif not blocks or _blank_or_title(sheet.rows[index - 1]):
            blocks.append([index])  # a new table starts after a gap or under its title
    kept: list[int] = []
    for number, block in enumerate(blocks):
        end = blocks[number + 1][0] if number + 1 < len(blocks) else len(sheet.rows)
        if any(_is_data(sheet.rows[r]) for r in range(block[-1] + 1, end)):
            kept.append(block[0])
    return kept


def _is_data(row: list[CellValue]) -> bool:
    return sum(1 for v in row if not cells.is_blank(v)) >= 2


def _may_be_heading(row: list[CellValue]) -> bool:
    """Cheap test before scoring: two or more text cells and few numbers."""
    texts = 0
    numbers = 0
    for value in row:
        if value is None or value == "":
            continue
        if cells.is_figure(value):  # a number, or one typed as text
            numbers += 1
        elif isinstance(value, str):
            texts += 1
    return texts >= 2 and numbers <= 1


def _region_start(sheet: Sheet, start: int, previous: int) -> int:
    """Walk up from a heading over blank rows and title rows, not into the table above."""
    begin = start
    row = start - 1
    while row > previous and _blank_or_title(sheet.rows[row]):
        begin = row
        row -= 1
    # leave the blank rows to the table above; the region starts at its first title row
    while begin < start and _is_blank(sheet.rows[begin]):
        begin += 1
    return begin


def _is_blank(row: list[CellValue]) -> bool:
    return all(cells.is_blank(v) for v in row)


def _blank_or_title(row: list[CellValue]) -> bool:
    filled = [v for v in row if not cells.is_blank(v)]
    return not filled or (len(filled) == 1 and isinstance(filled[0], str))


def _title(rows: list[list[CellValue]], begin: int, heading: int) -> str | None:
    """The section title just above a heading: one short text cell naming no period."""
    for index in range(heading - 1, max(begin, heading - TITLE_REACH) - 1, -1):
        filled = [v for v in rows[index] if not cells.is_blank(v)]
        if not filled:
            continue
        if len(filled) != 1 or not isinstance(filled[0], str):
            return None
        text = " ".join(filled[0].split())
        if len(text) > MAX_TITLE or cells.period_header(text) is not None:
            return None
        if _names_a_period(text) or text.endswith(".") or vocabulary.NOT_A_TITLE.match(text):
            return None
        return text
    return None


def _names_a_period(text: str) -> bool:
    words = text.replace("(", " ").replace(")", " ").split()
    return any(cells.period(w) is not None for w in words if any(ch.isdigit() for ch in w))
