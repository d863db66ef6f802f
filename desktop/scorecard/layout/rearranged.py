"""A table read from a rearranged copy of a sheet, and the way back to the file's cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.scorecard.layout.notes import a1
from desktop.scorecard.model import ParsedIndicator
from desktop.scorecard.read.grid import CellStyle, Sheet


@dataclass(slots=True)
class Rearranged:
    """A copy of a table in the shape the row reader reads, and where each cell came from."""

    sheet: Sheet
    origin: dict[str, str]  # reference in the copy -> reference in the file
    how: str = ""  # what was gathered, for --explain ("7 forms of label/value pairs, from A4")
    # row of the copy -> the file's first and last row it came from (a heading of several
    # rows folded into one), where the copy says; --explain names the file's rows by it
    rows: dict[int, tuple[int, int]] = field(default_factory=dict)

    def point_back(self, indicators: list[ParsedIndicator]) -> None:
        """Cell references read from the copy, pointed back at the cells in the file."""
        for indicator in indicators:
            for observation in indicator.observations:
                if observation.cell:
                    observation.cell = self.origin.get(observation.cell, observation.cell)


def carry(
    sheet: Sheet,
    index: int,
    out: int,
    sources: Sequence[int],
    origin: dict[str, str],
    styles: dict[tuple[int, int], CellStyle],
) -> None:
    """Row ``out`` of a copy made from the sheet's row ``index``: ``sources`` gives the file's
    column behind each position of the copied row (negative: none). Each cell points back to
    the file's cell (``origin``) and keeps its style."""
    for position, source in enumerate(sources):
        if source < 0:
            continue
        origin[a1(out, position)] = a1(index, source)
        style = sheet.styles.get((index, source))
        if style is not None:
            styles[(out, position)] = style
