"""A target set by others filling in where the council set none of its own.

Welsh and English performance tables often print the council's own 'Local target 2024-25'
beside a 'National / Welsh Government target' (or a statutory target, a minimum standard)
and judge the RAG against the local target, else the national one: a council's own target
first, the statutory or national one where it set none. ``other_targets`` marks such a
column (``Column.fills_target``); here each row whose own target cells are all blank takes
its target from it, and the import report says so once per table.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard.layout.cellread import CellReader, short
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.other_targets import heading
from desktop.scorecard.layout.rows import at
from desktop.scorecard.model import ParsedObservation
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

SHOWN_ROWS = 8  # rows named in the report's line; the rest are counted


class TargetFillIn:
    """The column a blank own target is filled in from, and the rows it filled."""

    def __init__(self, header: Header) -> None:
        self.header = header
        self.own = header.of("target")
        found = next((c for c in header.columns if c.fills_target), None)
        # the column read as a target (whatever else it is read as), for ``CellReader.apply``
        self.column: Column | None = (
            None if found is None else replace(found, field="target", comparator=None)
        )
        self.source = found
        self.rows: list[int] = []

    def row(
        self,
        cellread: CellReader,
        index: int,
        row: list[CellValue],
        observations: list[ParsedObservation],
    ) -> None:
        """The row's target from the other column, where every own target cell is blank."""
        column = self.column
        if column is None or not observations or not self.own:
            return
        if any(not cells.is_blank(at(row, c.index)) for c in self.own):
            return
        filled = False
        for observation in observations:
            if observation.target is not None or not _within(observation, column):
                continue
            cellread.apply(observation, index, row, column)
            filled = filled or observation.target is not None
        if filled:
            self.rows.append(index)

    def report(self, notes: Notes) -> None:
        """One line for the table: which rows took the other target, and why."""
        if not self.rows or self.source is None:
            return
        shown = ", ".join(str(r + 1) for r in self.rows[:SHOWN_ROWS])
        if len(self.rows) > SHOWN_ROWS:
            shown += f" and {len(self.rows) - SHOWN_ROWS} more"
        sheet = self.header.sheet.name
        where = a1(self.header.top, self.source.index)
        rows = "row" if len(self.rows) == 1 else "rows"
        verb = "has" if len(self.rows) == 1 else "have"
        notes.warn(
            f"{sheet}!{where}: {rows} {shown} {verb} no '{short(self.own[0].header)}' — their "
            f"target is the one under '{short(heading(self.header, self.source))}' (the "
            "council's own target first, the one set for every council where it set none)",
            kind="target filled in",
        )


def _within(observation: ParsedObservation, column: Column) -> bool:
    span = column.period
    period = observation.period
    return span is None or (span.start <= period.start and period.end <= span.end)
