"""A money unit with a scale ('£k', '£000', '£m') over figures some of which carry their own.

A unit column (or a unit in the indicator's name: 'Overspend (£m)') saying '£k' makes a
plain '850' £850,000; a cell typed '£1.2m' states its own scale and is read as
£1,200,000. When an indicator's cells mix the two, reading the plain ones as written would
put thousands and pounds side by side in one series. Every plain figure of such an
indicator (value, target, comparator) is then scaled by its unit, and the indicator is
stored in pounds. An indicator whose figures are all plain keeps them as written, in its
unit. A cell naming the currency but no scale ('£850' in a '£k' row) could be either and
is held for review at its cell.
"""

from __future__ import annotations

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.layout.rows import at
from desktop.scorecard.parse import cells, values
from desktop.scorecard.read.grid import CellValue

_FIGURES = ("actual", "target", "comparator")


class MoneyScales:
    """Which rows of one table hold an indicator whose money figures mix scales."""

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
        self.figures = [c.index for c in header.columns if c.field in _FIGURES]
        self.exponents: dict[int, tuple[str, int]] = {}  # row -> (currency, power of ten)
        rows = header.sheet.rows
        keys: dict[int, str] = {}
        scales: dict[int, tuple[str, int]] = {}
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
                said = cells.unit_from_header(text_of(at(row, name.index))) or ""
            scale = values.money_scale(said)
            if scale is None or not key:
                continue
            keys[index], scales[index] = key, scale
            if any(cells.written_with_scale(at(row, i)) for i in self.figures):
                mixed.add(key)
        for index, found in keys.items():
            if found in mixed:
                self.exponents[index] = scales[index]

    def currency(self, index: int) -> str | None:
        """The currency the row's figures are read in, when they were scaled to it."""
        scale = self.exponents.get(index)
        return scale[0] if scale is not None else None

    def row(self, index: int, row: list[CellValue]) -> list[CellValue]:
        """The row with each plain figure of a mixed indicator scaled by its unit."""
        scale = self.exponents.get(index)
        if scale is None:
            return row
        exponent = scale[1]
        scaled = list(row)
        for position in self.figures:
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
