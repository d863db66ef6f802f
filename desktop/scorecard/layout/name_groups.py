"""An indicator's name written once (or merged down) over the rows that belong to it.

Two styles leave the name cell of a data row blank:

* In a long table (a row per period), a name typed once over its periods, as a PivotTable
  in tabular form or a name merged down over its rows prints it: each row below, up to the
  next name, is the same indicator in another period.
* In either shape, an indicator given on two or more rows, one per measure — a 'Number'
  row and a '%' or 'Rate per 10,000' row — with the name merged down over them (or typed
  on the first) and a unit column saying which row is which. Each row is then a measure
  of its own: 'Children in need (Number)', 'Children in need (Rate per 10,000)'.

A blank-named row is read so only when it follows the group's rows with no gap and holds
figures; otherwise it is left out (and many such rows send the file to review).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.layout.rows import at
from desktop.scorecard.model import ParsedIndicator
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


@dataclass(slots=True)
class Group:
    """The rows under one written name: its name and code, and the measure of each row."""

    name: str
    code: str
    last_row: int
    first_label: str  # the first row's measure as written ('Number'), or ''
    labels: dict[str, str] = field(default_factory=dict)  # each measure seen: as first written
    split: bool = False  # its rows are measures of their own (the first renamed already)
    indicator: ParsedIndicator | None = None  # what the first row was read as


@dataclass(slots=True)
class Carried:
    """What a blank-named row is read as: the indicator's name and code, and whether the row
    starts a measure of its own (the group's first row then takes its measure too)."""

    name: str
    code: str
    split_first: bool  # the group's first row is to be renamed 'name (first measure)'
    first_name: str  # that new name (and code), when split_first
    first_code: str
    first: ParsedIndicator | None = None  # what the group's first row was read as


class NameGroups:
    """Follows the rows under each written name, for one table."""

    def __init__(self, long: bool, unit: Column | None) -> None:
        self.long = long
        self.unit = unit
        self.group: Group | None = None

    def _label(self, row: list[CellValue]) -> str:
        return text_of(at(row, self.unit.index)).strip() if self.unit is not None else ""

    def named(
        self,
        index: int,
        name: str,
        code: str,
        row: list[CellValue],
        indicator: ParsedIndicator,
    ) -> None:
        """A row that writes its own name starts a group."""
        label = self._label(row)
        group = self.group
        if (
            group is not None
            and not group.split
            and group.indicator is indicator
            and group.first_label == label
            and (group.name, group.code) == (name, code)
        ):  # a long table's next row of the same indicator: the group it started, as it was
            group.last_row = index
            return
        self.group = Group(
            name, code, index, label, {_measure_key(label): label}, indicator=indicator
        )

    def other(self, index: int) -> None:
        """Any other row (a section, a note, a row left out) ends the group."""
        if self.group is not None and index > self.group.last_row:
            self.group = None

    def carry(self, index: int, row: list[CellValue], name: str, code: str) -> Carried | None:
        """What a row under the group's first is read as: a blank-named row takes the group's
        name; a row repeating it is another measure only when its unit says so. None for
        a row that is no part of the group."""
        group = self.group
        if group is None or index != group.last_row + 1:
            return None
        repeated = bool(name or code)
        if repeated and (name, code) != (group.name, group.code):
            return None
        if self.unit is None:  # no unit column: no row names a measure of its own
            if group.split or repeated or not self.long:
                return None
            group.last_row = index
            return Carried(group.name, group.code, False, "", "")
        label = self._label(row)
        key = _measure_key(label)
        new_measure = bool(key) and key not in group.labels and bool(group.first_label)
        if not new_measure and not group.split:
            if repeated or not self.long:
                return None  # a wide row repeats its periods: only another measure can be read
            group.last_row = index
            return Carried(group.name, group.code, False, "", "")
        if not key:
            return None  # rows told apart by measure, and this one names none
        group.last_row = index
        label = group.labels.setdefault(key, label)  # 'No.' under 'Number': the same measure
        first = not group.split
        group.split = True
        return Carried(
            _with_measure(group.name, label),
            _with_measure(group.code, label) if group.code else "",
            first,
            _with_measure(group.name, group.first_label),
            _with_measure(group.code, group.first_label) if group.code else "",
            group.indicator,
        )


def _measure_key(label: str) -> str:
    """'No.' and 'Number' are one measure: rows are compared by the unit they name."""
    if not label:
        return ""
    return cells.canonical_unit(label) or vocabulary.normalise(label)


def _with_measure(name: str, label: str) -> str:
    """'Children in need' and 'Rate per 10,000' -> 'Children in need (Rate per 10,000)'."""
    return f"{name} ({label})"
