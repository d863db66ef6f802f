"""Transposed tables: one column per indicator, one row per period, labels down the side.

Some dashboards and statistics releases print an indicator per column, with its code, name
and unit in the first rows and one row per period below:

    Code        HW1        HW2
    Indicator   Smoking %  Active adults %
    Q1 2024/25  12.1       64.0

Such a table is read by turning it a quarter turn (rows become columns) and reading the
result as an ordinary wide table; every cell reference is pointed back afterwards so the
provenance still names the cell in the file.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import SCAN_ROWS, classify, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

# the labels down the side that say what an indicator column is
_LABEL_FIELDS = frozenset({"name", "code"})
MIN_PERIOD_ROWS = 2


def view(sheet: Sheet) -> Rearranged | None:
    """The sheet turned a quarter turn, when its labels run down a column; else None.

    Title rows above the labels stay on top as titles (they may name the year); rows that
    hold nothing but a label ("Month" over the month names) are left out.
    """
    found = _label_column(sheet)
    if found is None:
        return None
    column, first = found
    rows = sheet.rows
    width = max(map(len, rows), default=0)
    kept = [
        r
        for r in range(first, len(rows))
        if any(not cells.is_blank(v) for v in rows[r][column + 1 :])
    ]
    titles: list[list[CellValue]] = [
        [v] for row in rows[:first] for v in row if isinstance(v, str) and v.strip()
    ]
    turned: list[list[CellValue]] = list(titles)
    origin: dict[str, str] = {}
    styles = {}
    for c in range(column, width):
        out_row = len(turned)
        line: list[CellValue] = []
        for out_col, r in enumerate(kept):
            line.append(rows[r][c] if c < len(rows[r]) else None)
            origin[a1(out_row, out_col)] = a1(r, c)
            style = sheet.styles.get((r, c))
            if style is not None:
                styles[(out_row, out_col)] = style
        turned.append(line)
    hidden = {len(titles) + c - column for c in sheet.hidden_cols if c >= column}
    table = Sheet(name=sheet.name, rows=turned, hidden=sheet.hidden, styles=styles)
    table.hidden_rows = hidden
    # the sheet's hidden rows are read as in any table: turned into columns, none is left out
    return Rearranged(table, origin)


def _label_column(sheet: Sheet) -> tuple[int, int] | None:
    """The first column holding indicator labels (Code/Indicator) and period labels below,
    and the row of its first label."""
    rows = sheet.rows[:SCAN_ROWS]
    width = max(map(len, rows), default=0)
    for col in range(min(width, 6)):
        labels: set[str] = set()
        periods = 0
        label_rows: list[int] = []
        said: set[str] = set()
        repeated = False
        for index, row in enumerate(rows):
            value = row[col] if col < len(row) else None
            if cells.is_blank(value) or not isinstance(value, str | int | float):
                continue
            found = cells.period_header(value)
            if found is not None and not found[1]:
                periods += 1
                continue
            field = classify(value).field
            if field in _LABEL_FIELDS:
                labels.add(field)
                label_rows.append(index)
                repeated = repeated or text_of(value) in said
                said.add(text_of(value))
        if repeated:
            return None  # the same label again down a side: forms one under another, not turned
        if labels and periods >= MIN_PERIOD_ROWS and _labels_name_columns(rows, label_rows, col):
            return col, label_rows[0]
    return None


def _labels_name_columns(rows: list[list[CellValue]], label_rows: list[int], col: int) -> bool:
    """The label rows hold text to their right: one indicator per column."""
    for index in label_rows:
        right = [v for v in rows[index][col + 1 :] if not cells.is_blank(v)]
        if len(right) >= 1 and all(isinstance(v, str) for v in right):
            return True
    return False
