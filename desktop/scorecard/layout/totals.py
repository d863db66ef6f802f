"""Rows that add up other rows: a PivotTable's 'Grand Total', an Excel table's 'Total' row.

A PivotTable pasted as values keeps its totals ('Grand Total' under the rows, 'Adult Social
Care Total' under a group in tabular form, 'Total Adult Social Care'), an Excel table keeps
its Total row, and a pivot writes '(blank)' where the data had no label. None of these is an
indicator: a total adds up unlike measures, and '(blank)' names nothing. Their rows are left
out (noted, naming the cell), never imported as an indicator of their own. A bare 'Total'
can also name a measure (a context count), so it is taken for a total only where the table
shows it: in a pivot, with no figures of its own, or adding up the rows just above it.
A row that sums up a table of indicators in another way ('Average', 'All indicators',
'Overall') is no indicator either: it is left out too, unless the table is one of areas,
where an average is a comparator.

A pivot laid out in compact form puts each group's subtotal on the group's own label row
(above its items): in a table that shows it is a pivot ('Row Labels', 'Sum of Value'), a
row whose figures are the sum of the rows under it is such a group row, and is read as
the heading of the group.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

BARE = "bare"  # 'Total' alone: a total row or a measure's name, as the figures show
# 'Average', 'All indicators', 'Overall': a row summing up the indicators above it
SUMMARY = "a summary row (an average or overall figure of the rows above)"
_MAX_GROUP = 200  # rows looked through under a group row for the ones it adds up


def _strip_group(words: list[str], group: list[str]) -> list[str] | None:
    """``words`` without the group's words at the start or the end, None when they are not."""
    if not group:
        return None
    n = len(group)
    if words[:n] == group:
        return words[n:]
    if words[-n:] == group:
        return words[:-n]
    return None


# a long table names each indicator on many rows under the same group: each asked once
@lru_cache(maxsize=16384)
def total_label(text: str, groups: tuple[str | None, ...] = ()) -> str | None:
    """What a row label that only adds up or stands in for others is, or None for a name.

    'Grand Total', 'Sub-total' alone; a group's total ('Adult Social Care Total', 'Total for
    Children's Services') when ``groups`` (the section or portfolio the row is under) names
    it; a pivot's '(blank)' or '(All)'. A bare 'Total' or 'Totals:' gives ``BARE``: an
    indicator may be called so, and only the table can tell (see ``total_row``).
    """
    stripped = text.strip()
    bracketed = stripped.startswith("(") and stripped.endswith(")")
    if bracketed and vocabulary.normalise(stripped) in vocabulary.PIVOT_PLACEHOLDERS:
        return "a PivotTable's empty item"
    words = vocabulary.normalise(stripped).split()
    if not words:
        return None
    said = " ".join(words)
    if said in vocabulary.BARE_TOTAL_ROW_LABELS:
        return BARE
    if said in vocabulary.TOTAL_ROW_LABELS:
        return "a total row"
    if said in vocabulary.SUMMARY_NAMES or said in vocabulary.SUMMARY_ROW_LABELS:
        return SUMMARY
    for group in groups:
        rest = _strip_group(words, vocabulary.normalise(group).split())
        if rest is None:
            continue
        rest = [w for w in rest if w not in vocabulary.TOTAL_JOINERS] or rest
        if " ".join(rest) in vocabulary.TOTAL_ROW_LABELS:
            return "a group's total row"
        if " ".join(rest) in vocabulary.SUMMARY_NAMES | vocabulary.SUMMARY_ROW_LABELS:
            return SUMMARY
    return None


def total_row(
    header: Header, index: int, text: str, groups: tuple[str | None, ...], above: list[int]
) -> str | None:
    """What a data row named ``text`` is when it only adds up others, else None.

    A bare 'Total' is a total in a pivot, with no figures of its own (an Excel table's Total
    row saved without values), or when its figures are the sum of the rows read just above
    it (``above``: the rows read as indicators so far); elsewhere it stays a name. An
    'Average', 'Overall' or 'All indicators' row sums up unlike measures: never a name.
    """
    kind = total_label(text, groups)
    if kind != BARE:
        return kind
    if is_pivot(header):
        return "a total row"
    if _uncoded_among_coded(header, index, text, above):
        return "a total row without the code every indicator above has"
    columns = [c for c in header.columns if c.field == "actual" and c.period is not None]
    rows = header.sheet.rows
    total = _figures(rows[index], columns) if columns else None
    if not columns or total is None:
        row = rows[index]
        numbers = any(isinstance(v, int | float) and not isinstance(v, bool) for v in row)
        return None if numbers else "a total row"
    parts: list[list[float | None]] = []
    for row_index in reversed(above[-_MAX_GROUP:]):
        part = _figures(rows[row_index], columns)
        if part is None:
            return None
        parts.append(part)
        if len(parts) >= 2 and _adds_up(total, parts):
            return f"the total of the {len(parts)} rows above"
    return None


def _uncoded_among_coded(header: Header, index: int, text: str, above: list[int]) -> bool:
    """A 'Total' row with no code (or 'Total' in the code column) under rows that each
    have one: it names no indicator (its figures may not add up where some above are
    suppressed or written in words)."""
    code = header.one("code")
    if code is None or len(above) < 2:
        return False
    rows = header.sheet.rows

    def coded(row_index: int) -> bool:
        row = rows[row_index]
        return code.index < len(row) and not cells.is_blank(row[code.index])

    row = rows[index]
    own = text_of(row[code.index]) if code.index < len(row) else ""
    return (not own or own == text) and all(coded(r) for r in above)


def is_pivot(header: Header) -> bool:
    """The table is a PivotTable pasted as values: its heading row or the rows above it
    hold what only a pivot prints ('Row Labels', 'Sum of Value', 'Grand Total')."""
    rows = header.sheet.rows[max(header.sheet.first_row, header.top - 3) : header.first_data]
    for row in rows:
        for value in row:
            if not isinstance(value, str):
                continue
            said = " ".join(value.lower().split())
            if said in vocabulary.PIVOT_HEADINGS or said.startswith(vocabulary.PIVOT_FIELD_STARTS):
                return True
    return False


def _figures(row: list[CellValue], columns: list[Column]) -> list[float | None] | None:
    found: list[float | None] = []
    for column in columns:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            found.append(None)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            found.append(float(value))
        else:
            return None  # words, markers: no sum to check
    return found if any(v is not None for v in found) else None


def _adds_up(total: list[float | None], parts: list[list[float | None]]) -> bool:
    for position, value in enumerate(total):
        added = sum(p[position] or 0.0 for p in parts)
        if value is None:
            if any(p[position] is not None for p in parts):
                return False
            continue
        if abs(added - value) > 1e-6 * max(1.0, abs(value)):
            return False
    return True


def pivot_subtotals(header: Header, notes: Notes) -> None:
    """A pivot's group rows that carry their group's subtotal (Excel's 'subtotals at top of
    group'): a labelled row whose figures are the sum of the rows under it. Their figures
    are left out, so the row reads as the heading of its group, not as an indicator."""
    name = header.one("name")
    columns = [c for c in header.columns if c.field == "actual" and c.period is not None]
    if name is None or not columns or not is_pivot(header):
        return
    rows = header.sheet.rows
    index = header.first_data
    while index < len(rows):
        total = _figures(rows[index], columns)
        label = text_of(rows[index][name.index]) if name.index < len(rows[index]) else ""
        if total is None or not label or total_label(label) is not None:
            index += 1
            continue
        parts: list[list[float | None]] = []
        below = index + 1
        while below < len(rows) and len(parts) < _MAX_GROUP:
            part = _figures(rows[below], columns)
            if part is None:
                break
            parts.append(part)
            below += 1
            if _adds_up(total, parts):
                break
        if parts and _adds_up(total, parts):
            row = rows[index]
            for position, value in enumerate(row):  # its Grand Total cell too
                if isinstance(value, int | float) and not isinstance(value, bool):
                    row[position] = None
            notes.skip(
                header.sheet.name,
                a1(index, columns[0].index),
                f"the subtotal of the {len(parts)} rows under '{short(label)}'",
            )
            index = below
            continue
        index += 1
