"""The polarity a long table states on any row of an indicator, not only on its first.

In a long table each row repeats the indicator's description, and the first row of an
indicator may leave the polarity blank (a year with no figure) while later rows state it.
The first polarity stated is the indicator's; a later row stating another one is a doubt
to settle before importing, named by its cell.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import ParsedIndicator, Polarity
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


class PolarityWatch:
    """Reads the Polarity column on every row kept for an indicator."""

    def __init__(self, header: Header, notes: Notes) -> None:
        self.sheet = header.sheet.name
        self.columns = [c for c in header.columns if c.field == "polarity" and c.period is None]
        self.notes = notes
        self.stated: dict[int, tuple[str, str, str]] = {}  # id -> (polarity, cell, text)
        self.words: dict[CellValue, Polarity] = {}  # each distinct cell read once: rows repeat it
        self.texts: dict[str, Polarity] = {}  # (for ``polarity``)
        at = [c.index for c in self.columns]
        # a row's Polarity cells, for a row longer than ``reach``: one cell, or a tuple
        self.cells_of: Callable[[list[CellValue]], object] = itemgetter(*at) if at else _none
        self.reach = max(at, default=-1)

    def polarity(self, value: CellValue) -> Polarity:
        """``cells.polarity`` of a cell, read once per distinct text."""
        if value.__class__ is not str:
            return _headed_polarity(value)
        said = self.texts.get(value)
        if said is None:
            said = self.texts[value] = _headed_polarity(value)
        return said

    def settled(self, indicator: ParsedIndicator, row: list[CellValue]) -> bool:
        """Whether ``see`` of another row of ``indicator``, writing the same Polarity cells
        as this row just seen (``cells_of``: equal cells say the same polarity), would change
        nothing and doubt nothing."""
        if len(row) <= self.reach:
            return False
        for column in self.columns:
            said = self.words.get(row[column.index])
            if said is None:
                return False  # (never: ``see`` has read every cell it passed)
            if said == "unknown":
                continue
            first = self.stated.get(id(indicator))
            return first is not None and first[0] == said
        return True

    def see(self, indicator: ParsedIndicator, index: int, row: list[CellValue]) -> None:
        for column in self.columns:
            value = row[column.index] if column.index < len(row) else None
            said = self.words.get(value)
            if said is None:
                said = self.words[value] = _headed_polarity(value)
            if said == "unknown":
                continue
            first = self.stated.get(id(indicator))
            if first is None:
                self.stated[id(indicator)] = (said, a1(index, column.index), text_of(value))
                indicator.polarity = said  # a stated polarity outweighs one guessed from the name
            elif first[0] != said:
                self.notes.doubt(
                    self.sheet,
                    index,
                    column.index,
                    f"'{indicator.code or indicator.name}' is '{text_of(value)}' here but "
                    f"'{first[2]}' at {first[1]} — which way is better? (fix the file, or "
                    "import with --accept to keep the first)",
                    kind="polarity disagrees",
                )
            return


def _none(row: list[CellValue]) -> None:
    return None


def _headed_polarity(value: CellValue) -> Polarity:
    """A cell of a column headed as polarity: its words, or a one-letter code ('H', 'L')."""
    said = cells.polarity(value)
    if said == "unknown" and isinstance(value, str):
        return vocabulary.POLARITY_LETTERS.get(value.strip().lower(), said)
    return said
