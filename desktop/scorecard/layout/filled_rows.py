"""An indicator's row filled one colour across: the row's styling, not a rating of each figure.

An officer picks out a row by filling it from its code to its comment: an indicator to
watch, the first row under the headings painted with them, a row the house style colours.
A figure cell's fill rates that figure only where the fill is its own, one the row's other
cells (the code and name, the target, the commentary) do not carry. Where they all carry
the figures' fill and the row's rating is written in its status column, the fill is the
row's styling: no figure is rated by it, and the status cell rates the row's latest figure
as it does in any other row.

The same row with no rating written in it may be picked out, or may be rated by its colour
alone (the row of an indicator on target filled green). Where several rows of the table are
filled so, the table colours its rows by their status, and they are read as they always
were: each figure by its colour. A single such row is held for review naming it, rather
than its highlight being published as the rating of every figure in it.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

MIN_OTHERS = 2  # cells of the row besides its figures carrying the fill (the name and one more)
_KIND = "row filled one colour without a rating"


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


class FilledRows:
    """Which rows of one table carry a fill across as their styling, and which are asked about."""

    def __init__(self, header: Header, notes: Notes) -> None:
        self.sheet = header.sheet
        self.notes = notes
        placed = [c for c in header.columns if c.index >= 0]
        self.figures = [c.index for c in placed if c.field == "actual"]
        self.ratings = [c.index for c in placed if c.field == "rag"]
        self.others = sorted({c.index for c in placed if c.field not in ("actual", "rag")})
        self.labels = frozenset(c.index for c in placed if c.field in ("name", "code"))
        self.active = bool(self.sheet.styles and self.figures and self.labels)
        # rows filled across with no rating written in them: row -> (its first cell, fill)
        self.unrated: dict[int, tuple[int, str]] = {}

    def styling(self, index: int, row: list[CellValue]) -> str | None:
        """The fill the row carries across as its styling, which rates none of its figures;
        None where a figure's fill may be its rating (the row's own, or asked about)."""
        if not self.active:
            return None
        found = self._across(index, row)
        if found is None:
            return None
        first, fill = found
        if any(not cells.is_blank(_at(row, c)) for c in self.ratings):
            return fill
        self.unrated[index] = (first, fill)
        return None

    def _fill(self, index: int, col: int) -> str | None:
        style = self.sheet.styles.get((index, col))
        return style.fill if style is not None else None

    def _across(self, index: int, row: list[CellValue]) -> tuple[int, str] | None:
        """(the row's first cell, its fill) where every cell of the row besides its figures
        and ratings carries one fill of a rating's colour, the name or code among them, and a
        figure of the row carries it too."""
        shared: str | None = None
        count = 0
        first = -1
        named = False
        for col in self.others:
            if cells.is_blank(_at(row, col)):
                continue
            fill = self._fill(index, col)
            if not fill or (shared is not None and fill != shared):
                return None
            shared = fill
            count += 1
            first = col if first < 0 else first
            named = named or col in self.labels
        if shared is None or count < MIN_OTHERS or not named or cells.rag_fill(shared) is None:
            return None
        if not any(
            self._fill(index, c) == shared for c in self.figures if not cells.is_blank(_at(row, c))
        ):
            return None
        return first, shared

    def report(self) -> None:
        """Hold the reading at a row filled across with no rating of its own, where it is the
        table's only such row (several are rows coloured by their status)."""
        if len(self.unrated) != 1:
            return
        ((index, (first, fill)),) = self.unrated.items()
        colour = cells.rag_fill(fill)
        self.notes.doubt(
            self.sheet.name,
            index,
            first,
            f"row {index + 1} is filled {colour} (#{fill}) from its first cell to its last, "
            "figures and all, and no status cell gives its rating — a highlight of the row, "
            "or the rating of its figures? Give the rating in a status column, or take the "
            "fill off the row",
            kind=_KIND,
        )
