"""A coloured symbol typed before each indicator's name ('● Library visits', the dot in red,
amber or green ink): a marker, not part of the name, and where the table has no status
column, the rating of the row's latest figure.

The dot's ink is the colour of its own rich-text run (the rest of the name in black) or,
where the whole cell is one colour, the cell's font colour. Grey is no rating. The dots rate
their rows only where they tell ratings apart (two or more of red, amber, green and grey
among them); dots all in one colour, or a dot in a colour that is no rating, are held for
review naming the cell, never guessed; so are dots with no colour at all (a file saved as
CSV keeps the dots but not their ink). Beside a status column the dots are taken off the
names only.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import ParsedObservation
from desktop.scorecard.parse import cells
from desktop.scorecard.read.run_inks import is_marker

_MIN_DOTTED = 2  # rows with a coloured marker before a table's marks are weighed


def split(text: str) -> tuple[str, str] | None:
    """('●', 'Library visits') of '● Library visits'; None when no marker leads the text."""
    if text.isascii():  # no symbol ('So') is ASCII: the usual name is settled at once
        return None
    head, _, rest = text.strip().partition(" ")
    if not rest.strip() or not is_marker(head):
        return None
    return head, rest.strip()


class NameMarks:
    """What the markers before one table's names say."""

    def __init__(self, header: Header, notes: Notes) -> None:
        self.header, self.notes = header, notes
        name = header.one("name")
        self.column = name.index if name is not None else -1
        self.rated = False
        if name is None:
            return
        inks: dict[int, str] = {}  # row -> the marker's ink ("" for none)
        rows, column = header.sheet.rows, self.column
        for index in range(header.first_data, len(rows)):
            value = rows[index][column] if 0 <= column < len(rows[index]) else None
            if not isinstance(value, str) or value.isascii():
                continue  # no marker leads it (``split``): the usual name, settled at once
            ink = self._ink(index)
            if ink is not None:
                inks[index] = ink
        if len(inks) < _MIN_DOTTED or header.of("rag"):
            return
        ratings = {cells.rag_ink(ink) for ink in inks.values() if ink}
        if len(ratings - {None}) >= 2:
            self.rated = True
            return
        first = min(inks)
        colours = {ink for ink in inks.values() if ink}
        said = f"in one colour (#{colours.pop()})" if len(colours) == 1 else "in no colour"
        if len(colours) > 1:
            said = "in colours that are no ratings"
        notes.doubt(
            header.sheet.name,
            first,
            self.column,
            f"the names start with a '{self._mark(first)}' {said}, which may have been a "
            "rating — not read as ratings; give the table a status column",
            kind="marker colours tell no ratings apart",
        )

    def _mark(self, index: int) -> str:
        value = self._value(index)
        found = split(value) if isinstance(value, str) else None
        return found[0] if found else ""

    def _value(self, index: int) -> object:
        row = self.header.sheet.rows[index]
        return row[self.column] if 0 <= self.column < len(row) else None

    def _ink(self, index: int) -> str | None:
        """The colour of the marker before the name in this row ("" for none), or None
        where no marker leads the name."""
        value = self._value(index)
        if not isinstance(value, str) or split(value) is None:
            return None
        own = self.header.sheet.inks.get((index, self.column))
        if own:
            return own
        style = self.header.sheet.styles.get((index, self.column))
        return (style.font if style is not None else None) or ""

    def rate(self, index: int, observations: list[ParsedObservation]) -> None:
        """Give the row's latest figure the rating its marker's ink says."""
        if not self.rated or not observations:
            return
        ink = self._ink(index)
        if not ink:
            return
        rating = cells.rag_ink(ink)
        if rating is None:
            self.notes.doubt(
                self.header.sheet.name,
                index,
                self.column,
                f"the '{self._mark(index)}' before the name at "
                f"{a1(index, self.column)} is in a colour (#{ink}) that is no rating",
                kind="marker colour unknown",
            )
            return
        if rating == "none":
            return
        latest = max(observations, key=lambda o: (o.period.end, o.period.start))
        if latest.rag is None:
            latest.rag = rating
