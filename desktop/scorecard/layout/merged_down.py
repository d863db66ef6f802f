"""A per-row cell merged down over several measure rows: the value of every row it covers.

A measure reported for men and women, for age groups, or as a number and a percentage is
often typed as rows of their own, with the cells they share — the target, 'Good is', the
RAG, the commentary — merged down over them (Merge & Centre). The value sits in the merge's
top cell only, but a reader takes it as each covered row's own. So, in a wide table, a
vertical merge in a target, polarity, rating or commentary column gives its value (and its
number format) to every row it covers, down to the first row without a figure: a section
row or a blank row inside the merge ends it, and the rows past it take nothing (a row giving
only its quarter, in a block of quarter rows under years across, is one of the block's). Merges in
the name, code and figure columns have rules of their own (``name_groups``,
``merged_spans``) and are left to them.

A target carries a unit where a count and a share of one measure share it: '18%' (a
percent format or a '%' typed) merged over a 'Number' row and a '%' row is the percentage
row's target, not the count's. Where the covered rows' units differ and the target's unit
does not settle which row it belongs to (a plain 55 over a count and a share, or an '18%'
beside a row whose unit nothing says), the reading is held for review at the merged cell. A
row whose name cell is blank under a name is that name's row, in the unit the name says.
"""

from __future__ import annotations

from desktop.scorecard.layout import row_periods
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.percent_spill import row_unit
from desktop.scorecard.layout.rows import at
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

# the per-row columns whose merged value belongs to every row it covers
FIELDS = frozenset({"target", "polarity", "rag", "commentary"})


def fill(header: Header, notes: Notes) -> None:
    """Write each vertical merge's value into the rows of the table it covers (see above)."""
    sheet = header.sheet
    if not sheet.merged:
        return
    columns = {c.index: c for c in header.columns if c.field in FIELDS}
    figures = [c.index for c in header.columns if c.field == "actual"]
    if not columns or not figures:
        return
    # a row giving its quarter of the years across is one of the block's, figures or none
    part = row_periods.column(header)
    held = [*figures, part.index] if part is not None else figures
    for top, first_col, bottom, _last_col in sheet.merged:
        if bottom <= top or top < header.first_data or first_col not in columns:
            continue
        if top >= len(sheet.rows) or cells.is_blank(at(sheet.rows[top], first_col)):
            continue
        covered = [top]
        for index in range(top + 1, min(bottom, len(sheet.rows) - 1) + 1):
            if not _has_figure(sheet.rows[index], held):
                break  # a section row or a blank row ends what the merge gives
            if not cells.is_blank(at(sheet.rows[index], first_col)):
                break  # a cell typed under the merge: the file says otherwise
            covered.append(index)
        if len(covered) < 2:
            continue
        rows = covered
        if columns[first_col].field == "target":
            fits = _fitting_rows(header, covered, first_col, notes)
            if fits is None:
                continue
            rows = fits
        _give(header, covered, rows, first_col)


def _has_figure(row: list[CellValue], figures: list[int]) -> bool:
    return any(not cells.is_blank(at(row, i)) for i in figures)


def _fitting_rows(header: Header, covered: list[int], col: int, notes: Notes) -> list[int] | None:
    """The covered rows a merged target belongs to by its unit; None: held for review."""
    sheet = header.sheet
    unit_col = header.one("unit")
    name_col = header.one("name")
    units: list[str | None] = []
    name = ""
    for index in covered:
        row = sheet.rows[index]
        unit_cell = text_of(at(row, unit_col.index)) if unit_col is not None else ""
        # a blank name under the row above's: the name written once (or merged) over its rows
        name = (text_of(at(row, name_col.index)) if name_col is not None else "") or name
        units.append(row_unit(unit_cell, name)[0])
    known = {u for u in units if u is not None}
    if sheet.shows_percent(covered[0], col) and known - {"%"}:
        # a percentage over a row of another unit: the percentage rows' alone, when every
        # other row says its unit; alike rows of one other unit keep it, as a single row does
        if None not in units and "%" in known:
            return [i for i, u in zip(covered, units, strict=True) if u == "%"]
        if None not in units and len(known) == 1:
            return covered
    elif len(known) <= 1:
        return covered  # the rows are alike (or nothing says otherwise): each row's target
    span = f"{a1(covered[0], col)}:{a1(covered[-1], col)}"
    notes.doubt(
        sheet.name,
        covered[0],
        col,
        f"one target is merged down over rows of different units ({span}) and its own unit "
        "does not say which row it is for — type it on that row, or map the rows",
        kind="target merged over rows of different units",
    )
    return None


def _give(header: Header, covered: list[int], rows: list[int], col: int) -> None:
    """The merge's value (and its style) written into ``rows``; the top cell emptied when it
    is not among them."""
    sheet = header.sheet
    top = covered[0]
    value = sheet.rows[top][col]
    style = sheet.styles.get((top, col))
    for index in rows:
        row = sheet.rows[index]
        if len(row) <= col:
            row.extend([None] * (col + 1 - len(row)))
        row[col] = value
        if style is not None:
            sheet.styles[(index, col)] = style
    if top not in rows:
        sheet.rows[top][col] = None
