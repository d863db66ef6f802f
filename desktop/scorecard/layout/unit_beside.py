"""A figure with its unit in a narrow cell of its own beside it ('85.2' | '%', '14' | 'days',
'£' | '1,204'), the period's heading merged over the pair, as a report laid out for print
writes it: the unit cell is that figure's unit, on either side, never a figure or a note.

Each unit is put with its figure (as if typed in one cell: '85.2%', '£1204', '14 days'), so
the figure is read as it stands and the indicator takes the unit. A unit cell beside a figure
that says another unit, a unit cell with a unit on its other side too or beside words, or a
row whose units differ from period to period, is held for review naming the cell.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_FIGURE_FIELDS = frozenset({"actual", "target"})
_CURRENCY = frozenset({"£", "$", "€"})
_SHORT = 12  # a unit cell holds a few letters at most
_AFTER_CLOSE = frozenset({"%"})  # written against the figure: '85.2%'


def unit_of(value: CellValue) -> str | None:
    """The unit a cell holding only a unit names ('%', 'days', 'hrs', '£'), or None."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _SHORT or cells.number(text).value is not None:
        return None
    if text in _CURRENCY:
        return text
    unit = cells.canonical_unit(text)
    return unit if unit in vocabulary.UNIT_NAMES else None


def _pairs(header: Header) -> list[tuple[Column, Column]]:
    """Two neighbouring figure columns of one role and period under one heading cell merged
    over exactly those two."""
    by_index = {c.index: c for c in header.columns}
    found: list[tuple[Column, Column]] = []
    for top, left, bottom, right in header.sheet.merged:
        if right != left + 1 or top < header.top or bottom >= header.first_data:
            continue
        a, b = by_index.get(left), by_index.get(right)
        if a is None or b is None or a.field not in _FIGURE_FIELDS:
            continue
        if a.field == b.field and a.period == b.period and (a, b) not in found:
            found.append((a, b))
    return found


def _joined(figure: CellValue, unit: str) -> str | None:
    """The figure written with its unit as one cell would hold it, or None when that would
    not read back as the same figure in that unit."""
    text = text_of(figure).strip()
    if unit in _CURRENCY or unit.startswith("£"):
        joined = f"{unit[0]}{text}{unit[1:]}"
    elif unit in _AFTER_CLOSE:
        joined = f"{text}{unit}"
    else:
        joined = f"{text} {unit}"
    back = cells.number(joined)
    plain = cells.number(figure)
    if back.value is None or back.unit is None:
        return None
    if back.value != plain.value:  # '£m' beside 1.2: kept as written, as a unit column's is
        return None
    if cells.canonical_unit(back.unit) != cells.canonical_unit(unit) and back.unit != unit[0]:
        return None
    return joined


def settle(header: Header, notes: Notes) -> None:
    pairs = _pairs(header)
    if not pairs:
        return
    sheet = header.sheet
    rows = sheet.rows[header.first_data :]
    if sum(1 for r in rows for a, b in pairs for c in (a, b) if unit_of(_at(r, c.index))) < 2:
        return  # no unit cells: a heading merged over two figure columns for its own reasons

    def doubt(index: int, col: int, reason: str, kind: str) -> None:
        notes.doubt(sheet.name, index, col, reason, kind=kind)

    for offset, row in enumerate(rows):
        index = header.first_data + offset
        said: tuple[str, int] | None = None  # the row's unit and where it was first given
        for a, b in pairs:
            left, right = _at(row, a.index), _at(row, b.index)
            on_left, on_right = unit_of(left), unit_of(right)
            if on_left is None and on_right is None:
                continue
            if on_left is not None and on_right is not None:
                doubt(
                    index,
                    a.index,
                    f"'{short(text_of(left))}' and '{short(text_of(right))}' under "
                    f"'{short(a.header)}' are both units — which cell holds the figure? "
                    "type the figure in one of them",
                    "unit cell unclear",
                )
                continue
            unit_col, figure_col = (a, b) if on_left is not None else (b, a)
            unit = on_left or on_right or ""
            figure = _at(row, figure_col.index)
            if said is not None and said[0] != unit:
                doubt(
                    index,
                    unit_col.index,
                    f"the unit cell says '{unit}' but the row's figure at "
                    f"{a1(index, said[1])} has '{said[0]}' — check which unit the row's "
                    "figures are in",
                    "unit cells differ",
                )
                continue
            said = said or (unit, unit_col.index)
            if cells.is_blank(figure) or text_of(figure).strip().lower() in cells.MISSING_MARKERS:
                _clear(row, unit_col)  # a unit printed beside no figure: nothing to read
                continue
            style = sheet.styles.get((index, figure_col.index))
            parsed = cells.number(figure, style.number_format if style else None)
            if parsed.value is None:
                doubt(
                    index,
                    unit_col.index,
                    f"the unit cell '{unit}' stands beside '{short(text_of(figure))}', which is "
                    "no figure — check which figure the unit belongs to",
                    "unit cell unclear",
                )
                continue
            if parsed.unit is not None:  # '85.2%' typed, or a cell formatted as a percentage
                if cells.canonical_unit(parsed.unit) != unit and parsed.unit != unit:
                    doubt(
                        index,
                        figure_col.index,
                        f"'{short(text_of(figure))}' is in '{parsed.unit}' but the unit cell "
                        f"beside it says '{unit}' — check which unit is right",
                        "unit cell disagrees",
                    )
                    continue
                _clear(row, unit_col)
                continue
            joined = _joined(figure, unit)
            if joined is not None:
                row[figure_col.index] = joined
            _clear(row, unit_col)


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def _clear(row: list[CellValue], column: Column) -> None:
    if column.index < len(row):
        row[column.index] = None
