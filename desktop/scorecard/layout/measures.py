"""Tables with one column per measure and one row per period (and area), as statistics releases print them."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import SCAN_ROWS, Column, Header, classify, text_of
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue, Sheet

SAMPLE = 6  # data rows looked at under a candidate header row


def _sample(sheet: Sheet, row: int) -> list[list[CellValue]]:
    return [
        r for r in sheet.rows[row + 1 : row + 1 + SAMPLE] if any(not cells.is_blank(v) for v in r)
    ]


def _mostly(values: list[CellValue], test: Callable[[CellValue], bool]) -> bool:
    filled = [v for v in values if not cells.is_blank(v)]
    return len(filled) >= 2 and sum(1 for v in filled if test(v)) * 3 >= len(filled) * 2


def _is_number(value: CellValue) -> bool:
    return cells.number(value).value is not None or (
        isinstance(value, str) and value.strip().lower() in cells.MISSING_MARKERS
    )


def _is_text(value: CellValue) -> bool:
    return isinstance(value, str) and cells.number(value).value is None


def _is_period(value: CellValue) -> bool:
    return cells.period(value) is not None


def _names_a_code(heading: CellValue) -> bool:
    return "code" in vocabulary.normalise(text_of(heading)).split()


def _names_something(heading: CellValue) -> bool:
    """A heading with a letter or digit in it: a lone mark ('–', '*', '..') is the no-figure
    marker of a data row ('no target', 'fewer than 5'), never a measure's name."""
    return isinstance(heading, str) and any(ch.isalnum() for ch in heading)


def _is_step(value: CellValue) -> bool:
    return _is_period(value) or periods.is_sub_period(value)


def _columns(sheet: Sheet, row: int) -> list[Column] | None:
    header = sheet.rows[row]
    data = _sample(sheet, row)
    if len(data) < 2:
        return None
    width = max(len(header), *(len(r) for r in data))
    period_at = part_at = -1
    found: list[Column] = []
    for index in range(width):
        heading = header[index] if index < len(header) else None
        below = [r[index] if index < len(r) else None for r in data]
        column = classify(heading)
        column.index = index
        if period_at >= 0 and part_at < 0 and _mostly(below, periods.is_sub_period):
            part_at = index  # the quarter level in its own column, beside the year's
            column.field, column.header = "period", column.header or "Period"
            found.append(column)
            continue
        if column.field == "period" or (
            period_at < 0 and cells.is_blank(heading) and _mostly(below, _is_period)
        ):
            # a year column whose rows may step down to its quarters ("2023-24", "Qtr 3")
            if period_at < 0 and _mostly(below, _is_step) and any(_is_period(v) for v in below):
                period_at = index
                column.field, column.header = "period", column.header or "Period"
                found.append(column)
            continue
        if column.field == "area" and _names_a_code(heading):
            column.field = "ignore"  # an area's code, even in digits ('old_la_code': 373)
            found.append(column)
        elif (column.field == "area" and _mostly(below, _is_text)) or column.field in (
            "ignore",
            "unit",
            "polarity",
        ):
            found.append(column)
        elif _names_something(heading) and _mostly(below, _is_number):
            # the heading names the measure, even one that looks like a field or a period
            column.field, column.period, column.code = "measure", None, None
            found.append(column)
    measures = [c for c in found if c.field == "measure"]
    if period_at < 0 or not measures:
        return None
    first = data[0][period_at] if period_at < len(data[0]) else None
    if not _is_period(first):
        return None  # a heading row above the real header
    return found


def find(sheet: Sheet) -> Header | None:
    """The header of a measures-across table, or None."""
    best: tuple[int, list[Column]] | None = None
    for row in range(sheet.first_row, min(sheet.first_row + SCAN_ROWS, len(sheet.rows))):
        texts = [  # headings are words: a figure typed as text ('1,106') is data
            v
            for v in sheet.rows[row]
            if isinstance(v, str) and v.strip() and not cells.is_figure(v)
        ]
        if len(texts) < 2:
            continue
        columns = _columns(sheet, row)
        if columns is None:
            continue
        best = (row, columns)  # the first table from the top; later ones are other tables
        break
    if best is None:
        return None
    row, columns = best
    signature = hashlib.sha256(
        "\x1f".join(vocabulary.normalise(text_of(v)) for v in sheet.rows[row]).encode()
    ).hexdigest()[:16]
    return Header(sheet, row, row + 1, columns, signature, [])
