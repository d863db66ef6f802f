"""Transposed tables: one column per indicator, one row per period, labels down the side.

Some dashboards and statistics releases print an indicator per column, with its code, name
and unit in the first rows and one row per period below:

    Code        HW1        HW2
    Indicator   Smoking %  Active adults %
    Q1 2024/25  12.1       64.0

Such a table is read by turning it a quarter turn (rows become columns) and reading the
result as an ordinary wide table; every cell reference is turned back afterwards so the
provenance still points at the cell in the file.
"""

from __future__ import annotations

import re

from desktop.scorecard.layout.header import SCAN_ROWS, classify
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.model import ParsedIndicator
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

# the labels down the side that say what an indicator column is
_LABEL_FIELDS = frozenset({"name", "code"})
MIN_PERIOD_ROWS = 2


def view(sheet: Sheet) -> Sheet | None:
    """The sheet turned a quarter turn, when its labels run down a column; else None."""
    column = _label_column(sheet)
    if column is None:
        return None
    rows = sheet.rows
    width = max(map(len, rows), default=0)
    grid = [list(r) + [None] * (width - len(r)) for r in rows]
    turned: list[list[CellValue]] = [list(col) for col in zip(*grid, strict=True)]
    return Sheet(
        name=sheet.name,
        rows=turned,
        hidden=sheet.hidden,
        styles={(c, r): style for (r, c), style in sheet.styles.items()},
        merged=[(c0, r0, c1, r1) for r0, c0, r1, c1 in sheet.merged],
        hidden_rows=set(sheet.hidden_cols),
        hidden_cols=set(sheet.hidden_rows),
        errors={(c, r): text for (r, c), text in sheet.errors.items()},
    )


def _label_column(sheet: Sheet) -> int | None:
    """The first column holding an indicator label (Code/Indicator) and period labels below."""
    rows = sheet.rows[:SCAN_ROWS]
    width = max(map(len, rows), default=0)
    for col in range(min(width, 6)):
        labels: set[str] = set()
        periods = 0
        label_rows: list[int] = []
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
        if labels and periods >= MIN_PERIOD_ROWS and _labels_name_columns(rows, label_rows, col):
            return col
    return None


def _labels_name_columns(rows: list[list[CellValue]], label_rows: list[int], col: int) -> bool:
    """The label rows hold text to their right: one indicator per column."""
    for index in label_rows:
        right = [v for v in rows[index][col + 1 :] if not cells.is_blank(v)]
        if len(right) >= 1 and all(isinstance(v, str) for v in right):
            return True
    return False


_REF = re.compile(r"^([A-Z]+)(\d+)$")


def turn_back(indicators: list[ParsedIndicator]) -> None:
    """Cell references read from the turned sheet, pointed back at the sheet in the file."""
    for indicator in indicators:
        for observation in indicator.observations:
            if observation.cell:
                observation.cell = _swap(observation.cell)


def _swap(ref: str) -> str:
    found = _REF.match(ref)
    if found is None:
        return ref
    letters, digits = found.groups()
    col = 0
    for letter in letters:
        col = col * 26 + (ord(letter) - 64)
    return a1(col - 1, int(digits) - 1)
