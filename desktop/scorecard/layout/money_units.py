"""A money unit with a scale ('£k', '£000', '£m') over figures some of which carry their own.

A unit column, or a unit in the indicator's name ('Overspend (£m)'), the figure column's
heading ('Q1 2024/25 (£k)') or a title line above the table ('Revenue budget (£000)'),
saying '£k' makes a plain '850' £850,000 (the row's own unit first); a cell typed '£1.2m'
states its own scale and is read as £1,200,000. When an indicator's cells mix the two,
reading the plain ones as written would put thousands and pounds side by side in one
series. Every plain figure of such an indicator (value, target, comparator) is then
scaled by its unit, and the indicator is stored in pounds. An indicator whose figures are
all plain keeps them as written, in its unit. A cell naming the currency but no scale
('£850' in a '£k' row) could be either and is held for review at its cell.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rows import at
from desktop.scorecard.parse import cells, values
from desktop.scorecard.read.grid import CellValue

_FIGURES = ("actual", "target", "comparator")
TITLE_ROWS = 6  # lines above a table looked at for a unit it names


class MoneyScales:
    """Which rows of one table hold an indicator whose money figures mix scales, and the
    scale each plain figure of such a row is in."""

    def __init__(
        self,
        header: Header,
        name: Column | None,
        code: Column | None,
        unit: Column | None,
        notes: Notes,
    ) -> None:
        self.header = header
        self.notes = notes
        figures = [c for c in header.columns if c.field in _FIGURES]
        self.figures = [c.index for c in figures]
        # row -> position -> (currency, power of ten), for the rows of mixed indicators
        self.exponents: dict[int, dict[int, tuple[str, int]]] = {}
        if not _any_scaled(header, self.figures):
            return  # no figure typed with its scale: nothing can mix
        title = _title_scale(header)
        headed = {c.index: _scale_in(c.header) or title for c in figures}
        rows = header.sheet.rows
        keys: dict[int, str] = {}
        unstated = _Unstated()
        scales: dict[int, dict[int, tuple[str, int]]] = {}
        mixed: set[str] = set()
        key = ""
        for index in range(header.first_data, len(rows)):
            row = rows[index]
            written = " | ".join(
                text_of(at(row, c.index)) for c in (code, name) if c is not None
            ).strip(" |")
            key = written or key  # a name merged down over its rows
            said = text_of(at(row, unit.index)) if unit is not None else ""
            if not said and name is not None:
                said = _unit_named(text_of(at(row, name.index)))
            own = _money_scale(said) if said else None
            if said and own is None:
                continue  # the row's own unit is no scaled money ('%', 'days')
            if not said and key:
                unstated.note(key, index, row, [i for i in self.figures if headed[i] is None])
            found = {i: s for i in self.figures if (s := own or headed[i]) is not None}
            if not found or not key:
                continue
            keys[index], scales[index] = key, found
            if any(cells.written_with_scale(at(row, i)) for i in self.figures):
                mixed.add(key)
        for index, found_key in keys.items():
            if found_key in mixed:
                self.exponents[index] = scales[index]
        unstated.doubt(header.sheet.name, notes)

    def currency(self, index: int) -> str | None:
        """The currency the row's figures are read in, when they were scaled to it."""
        found = self.exponents.get(index)
        return next(iter(found.values()))[0] if found else None

    def row(self, index: int, row: list[CellValue]) -> list[CellValue]:
        """The row with each plain figure of a mixed indicator scaled by its unit."""
        found = self.exponents.get(index)
        if not found:
            return row
        scaled = list(row)
        for position, (_, exponent) in found.items():
            value = at(row, position)
            if cells.is_blank(value) or cells.written_with_scale(value):
                continue
            if isinstance(value, bool) or not isinstance(value, int | float | str):
                continue
            parsed = cells.number(value)
            if parsed.value is None:
                continue
            if isinstance(value, str) and parsed.unit is not None:
                self.notes.doubt(
                    self.header.sheet.name,
                    index,
                    position,
                    f"'{short(value)}' names its currency but not the scale its row's unit "
                    "gives, beside figures typed with a scale — write it with its scale "
                    "('£850k') or as a plain number",
                    kind="money scale unsure",
                )
                continue
            scaled[position] = float(f"{parsed.value!r}e{exponent}")  # decimal: 1.2 -> 1200.0
        return scaled


# a long table repeats its units and names on every row: each is weighed once
_money_scale = lru_cache(maxsize=4096)(values.money_scale)


@lru_cache(maxsize=16384)
def _unit_named(name: str) -> str:
    """The unit an indicator's name states ('Overspend (£m)'), or ''."""
    return cells.unit_from_header(name) or ""


def _any_scaled(header: Header, positions: list[int]) -> bool:
    """Whether any figure of the table is typed with its scale ('£1.2m'); most are numbers."""
    for row in header.sheet.rows[header.first_data :]:
        for position in positions:
            value = row[position] if position < len(row) else None
            if value.__class__ is str and cells.written_with_scale(value):
                return True
    return False


def _scale_in(text: str) -> tuple[str, int] | None:
    """The scaled money unit a heading or title names ('Q1 2024/25 (£k)', 'Budget (£m)')."""
    unit = cells.unit_from_header(text)
    return values.money_scale(unit) if unit else None


def _title_scale(header: Header) -> tuple[str, int] | None:
    """The scaled money unit a line above the table names ('Revenue budget 2024/25 (£000)')."""
    for row in header.sheet.rows[max(0, header.top - TITLE_ROWS) : header.top]:
        for value in row:
            if isinstance(value, str) and value.strip():
                found = _scale_in(value)
                if found is not None:
                    return found
    return None


class _Unstated:
    """Each indicator's figures where no unit or scale is stated (no unit column, name,
    heading or title names one): a plain '850' beside a '£1.2m' of the same indicator may
    be pounds or thousands, and is held for review at its cell, never read as written. A
    plain figure of the size of the scaled ones ('950,000' beside '£1.2m') is in pounds."""

    def __init__(self) -> None:
        self.plain: dict[str, list[tuple[int, int, float]]] = {}
        # each indicator's largest figure typed with its scale: (row, column, text, pounds)
        self.scaled: dict[str, tuple[int, int, str, float]] = {}

    def note(self, key: str, index: int, row: list[CellValue], positions: list[int]) -> None:
        for position in positions:
            value = at(row, position)
            if cells.is_blank(value) or isinstance(value, bool):
                continue
            parsed = cells.number(value)
            if parsed.value is None:
                continue
            if cells.written_with_scale(value):
                largest = self.scaled.get(key)
                if largest is None or abs(parsed.value) > largest[3]:
                    self.scaled[key] = (index, position, str(value), abs(parsed.value))
            elif parsed.value and parsed.unit is None:  # a zero is the same at any scale
                self.plain.setdefault(key, []).append((index, position, parsed.value))

    def doubt(self, sheet: str, notes: Notes) -> None:
        for key, (row, col, text, size) in self.scaled.items():
            for index, position, value in self.plain.get(key, []):
                if abs(value) * _SAME_SIZE >= size:
                    continue
                notes.doubt(
                    sheet,
                    index,
                    position,
                    f"a plain figure beside {a1(row, col)}'s '{short(text)}' (typed with its "
                    "scale), and no unit or scale stated for it: pounds or thousands? — write "
                    "it with its scale ('£850k') or state the unit in a Unit column or the "
                    "heading ('£k')",
                    kind="money scale unstated",
                )


# a plain figure at least a hundredth of the size of the scaled ones is taken as pounds too
_SAME_SIZE = 100
