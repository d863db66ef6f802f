"""Breakdown rows under an indicator: 'of which: upheld' is a part of the row above.

Complaints, information-request and homelessness returns give a count and then break it down
in the rows directly beneath, indented, each starting 'of which', 'of these' or 'including'
and with no code of their own. Read as they stand, every 'of which: upheld' row would be one
indicator with several parents' figures. Each such row is a measure of its own, a part of
the indicator above it, and is named by it: 'Stage 1 complaints received - of which:
upheld'. A run of them may follow one indicator; any other row ends the run.

A row with no code set in further than the indicator above it — by typed spaces ('   Upheld')
or by the cell's own indent (the format's alignment) — is such a part too ('Affordable homes
completed' over 'Council' and 'Partners'), where the indicator above has a code, or where
the same label stands set in under other indicators of the table as well (the parts of
several totals). A one-word label ('Council') directly under a coded indicator, or set in
under one, that neither sign ties to it names nothing on its own: it is held for review
naming its cell, never read as an indicator called 'Council'.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import comparator_rows
from desktop.scorecard.read.grid import CellValue, Sheet


@dataclass(slots=True)
class _Parent:
    name: str
    coded: bool  # the indicator has a code of its own
    indent: int  # the spaces typed before its name
    level: int  # the indent its cell's format sets its name in by
    last_row: int  # the last row of the run under it (the indicator's row, or a part row)


class PartRows:
    """Follows, for one table, the indicator that breakdown rows below belong to.

    ``sheet``, ``column``, ``code_column`` and ``first``: the table's sheet, its name and
    code columns (-1: none) and first row of figures, for the indents of its name cells and
    the labels set in under more than one indicator."""

    def __init__(
        self, sheet: Sheet | None = None, column: int = -1, code_column: int = -1, first: int = 0
    ) -> None:
        self.parent: _Parent | None = None
        self.sheet, self.column, self.code_column, self.first = sheet, column, code_column, first
        self._repeated: frozenset[str] | None = None

    def level(self, index: int) -> int:
        """The indent the format of the row's name cell sets it in by (0: none)."""
        if self.sheet is None or not self.sheet.indents:
            return 0
        return self.sheet.indents.get((index, self.column), 0)

    def name(self, index: int, name: str, code: str, written: CellValue) -> str | None:
        """The name a breakdown row directly under an indicator (or under another breakdown
        row of it) is read by, or None for any other row. ``written``: its name cell."""
        parent = self.parent
        if parent is None or code or not name or index != parent.last_row + 1:
            return None
        if not (is_part(name) or self._set_in_part(parent, index, name, written)):
            return None
        parent.last_row = index
        return f"{parent.name} - {name.strip(' -–•*')}"

    def untied(self, index: int, name: str, code: str | None, written: CellValue) -> str | None:
        """The indicator a row read as one of its own sits directly under, where the row is a
        bare one-word label with no code ('Council') under a coded indicator, or set in under
        one: a part no sign ties to it, to be asked about. None for any other row."""
        parent = self.parent
        if parent is None or code or index != parent.last_row + 1:
            return None
        if vocabulary.BARE_LABEL.fullmatch(name.strip()) is None:
            return None
        if comparator_rows.comparator_named(name) is not None:
            return None
        if parent.coded or self._set_in(parent, index, written):
            return parent.name
        return None

    def indicator(self, index: int, name: str, code: str | None, written: CellValue) -> None:
        """A row read as an indicator of its own: breakdown rows below it are its parts."""
        parent, coded, spaces, level = self.parent, bool(code), indent(written), self.level(index)
        if (
            parent is not None
            and parent.name == name
            and parent.coded == coded
            and parent.indent == spaces
            and parent.level == level
        ):  # a long table's next row of the same indicator: the same parent, moved down
            parent.last_row = index
            return
        self.parent = _Parent(name, coded, spaces, level, index)

    def _set_in_part(self, parent: _Parent, index: int, name: str, written: CellValue) -> bool:
        """A row set in under the indicator that the indicator's code, or the same label set
        in elsewhere, ties to it — not a comparator's row ('England' set in under it)."""
        return (
            self._set_in(parent, index, written)
            and (parent.coded or self._repeats(name))
            and comparator_rows.comparator_named(name) is None
        )

    def _set_in(self, parent: _Parent, index: int, written: CellValue) -> bool:
        """The row's name is set in further than the indicator's above it."""
        return indent(written) >= parent.indent + _INDENT or self.level(index) >= parent.level + 1

    def _repeats(self, name: str) -> bool:
        """The label stands set in, with no code, on more than one row of the table."""
        if self._repeated is None:
            self._repeated = self._labels_set_in()
        return vocabulary.normalise(name) in self._repeated

    def _labels_set_in(self) -> frozenset[str]:
        sheet, column = self.sheet, self.column
        if sheet is None or column < 0:
            return frozenset()
        counts: Counter[str] = Counter()
        for index in range(self.first, len(sheet.rows)):
            row = sheet.rows[index]
            value = row[column] if column < len(row) else None
            if not isinstance(value, str):
                continue
            code = row[self.code_column] if 0 <= self.code_column < len(row) else None
            if code not in (None, "") and not (isinstance(code, str) and not code.strip()):
                continue
            if indent(value) >= _INDENT or self.level(index) >= 1:
                counts[vocabulary.normalise(value)] += 1
        return frozenset(label for label, count in counts.items() if label and count > 1)


_INDENT = 2  # typed spaces more than the indicator above that make a row its part


def indent(written: CellValue) -> int:
    """The spaces (or tabs) typed before a name cell's text."""
    if not isinstance(written, str):
        return 0
    return len(written) - len(written.lstrip(" \t\u00a0"))


def is_part(name: str) -> bool:
    """A name that starts as a breakdown of the figure above does ('of which: ...')."""
    return vocabulary.PART_ROW_LEAD.match(vocabulary.normalise(name.lstrip(" -–•*"))) is not None
