"""Colour alone as the rating, where the file's key says so: the shading of each indicator's
name, or the font colour of each figure.

Some reports print no status column. A unitary council's quarterly report shades the
indicator's name cell in Excel's 'Good', 'Neutral' or 'Bad' style under a key line
'Shading of the indicator name shows performance against target'; a district types each
latest figure in red, amber or green under 'Figures in red are off target, figures in green
are on or better than target; figures in black are not rated'. Each is read as its key says:
a name cell's fill (not the band its row is shaded in) rates the row's latest figure, a
figure's ink rates that figure; red, amber and green by hue (pale or strong alike), grey,
black or no colour not rated. A colour that is no rating (a blue name, a purple figure) is
held for review naming the cell. A name shaded with a pattern or a grey that the file's key
of swatches gives a meaning (``swatch_keys``) is rated as that key says.

Without such a key a colour is no rating. Names shaded in two or more rating colours apart
from their rows, in a table with no status column, are held for review at the first: the
ratings may be the point of the sheet, and are not guessed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import swatch_keys
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.model import ParsedObservation, Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet

LONGEST = 400  # a key line is a sentence or two
_MIN_SHADED = 2  # names shaded in rating colours before unkeyed shading is asked about


@lru_cache(maxsize=1024)
def says_name_shading(line: str) -> bool:
    """Whether a line says the shading of the indicators' names is their rating."""
    said = vocabulary.normalise(line)
    return all(
        pattern.search(said) is not None
        for pattern in (
            vocabulary.NAME_SHADE_KEY,
            vocabulary.NAME_SHADE_NAMES,
            vocabulary.SHADE_SHOWS,
            vocabulary.SHADE_SHOWN,
        )
    )


@lru_cache(maxsize=1024)
def says_figure_ink(line: str) -> bool:
    """Whether a line says each figure's font colour is its rating: two rating colours named
    for figures ('figures in red ..., figures in green ...'), or the font colour said to
    show the rating."""
    said = vocabulary.normalise(line)
    colours = {m["colour"] for m in vocabulary.FIGURE_INK_COLOURS.finditer(said)}
    if len(colours) >= 2:
        return True
    return (
        vocabulary.FIGURE_INK_SAID.search(said) is not None
        and vocabulary.SHADE_SHOWS.search(said) is not None
        and vocabulary.SHADE_SHOWN.search(said) is not None
    )


def _lines(sheet: Sheet) -> list[str]:
    return list(note_lines(sheet, 0, LONGEST))


def _plain(colour: str | None) -> bool:
    """No colour of its own: unset, black, white or a grey."""
    if not colour:
        return True
    return cells.rag_ink(colour) == "none" or (
        cells.rag_ink(colour) is None and cells.rag_fill(colour) is None and _grey(colour)
    )


def _grey(colour: str) -> bool:
    code = colour.strip().lstrip("#")[-6:]
    try:
        r, g, b = (int(code[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        return False
    return max(r, g, b) - min(r, g, b) < 16


class ColourKeys:
    """What the colours of one table's names and figures say, by the sheet's key."""

    def __init__(
        self, header: Header, notes: Notes, swatches: swatch_keys.Swatches | None = None
    ) -> None:
        self.header, self.notes = header, notes
        self.swatches: swatch_keys.Swatches = swatches or {}
        name = header.one("name")
        self.column = name.index if name is not None else -1
        self.names = self.figures = False
        sheet = header.sheet
        if header.of("rag") or not sheet.styles:
            return
        lines = _lines(sheet)
        self.names = self.column >= 0 and any(says_name_shading(x) for x in lines)
        self.figures = any(says_figure_ink(x) for x in lines)
        if not self.names and self.column >= 0:
            self._unkeyed_names()

    def _shade(self, index: int) -> str | None:
        """The fill of the row's name cell where it is its own ('' for none), not the band
        or section shading the rest of its row carries."""
        sheet = self.header.sheet
        style = sheet.styles.get((index, self.column))
        fill = style.fill if style is not None else None
        if not fill:
            return ""
        row = sheet.rows[index] if index < len(sheet.rows) else []
        others = [
            s.fill if s is not None else None
            for c in range(len(row))
            if c != self.column
            for s in (sheet.styles.get((index, c)),)
        ]
        if others and sum(1 for f in others if f == fill) * 2 >= len(others):
            return ""  # the row's band: styling, no rating
        return fill

    def _unkeyed_names(self) -> None:
        rows = self.header.sheet.rows
        shaded: list[tuple[int, Rag]] = []
        for index in range(self.header.first_data, len(rows)):
            fill = self._shade(index)
            found = cells.rag_fill(fill) if fill else None
            if found is not None:
                shaded.append((index, found))
        if len(shaded) >= _MIN_SHADED and len({r for _, r in shaded}) >= 2:
            first = shaded[0][0]
            self.notes.doubt(
                self.header.sheet.name,
                first,
                self.column,
                "the indicator names are shaded red, amber or green and the table has no "
                "status column — the shading may be the rating, but no key says so; add a "
                "key line ('Shading of the indicator name shows performance') or a status "
                "column",
                kind="name shading not keyed",
            )

    def rate(self, index: int, observations: list[ParsedObservation]) -> None:
        """Give the row's figures the ratings the key says their colours give."""
        if not observations:
            return
        if self.figures:
            for observation in observations:
                self._ink(observation)
        if self.names:
            self._name(index, observations)

    def _name(self, index: int, observations: list[ParsedObservation]) -> None:
        rating = self._keyed_shading(index)
        if rating == "none":
            return
        if rating is None:
            fill = self._shade(index)
            if not fill or _plain(fill):
                return
            rating = cells.rag_fill(fill)
            if rating is None:
                self.notes.doubt(
                    self.header.sheet.name,
                    index,
                    self.column,
                    f"the name at {a1(index, self.column)} is shaded in a colour (#{fill}) "
                    "that is no rating the key gives",
                    kind="name shading unknown",
                )
                return
        latest = max(observations, key=lambda o: (o.period.end, o.period.start))
        if latest.rag is None:
            latest.rag = rating

    def _keyed_shading(self, index: int) -> Rag | Literal["none"] | None:
        """The rating the file's key of swatches gives the name's own pattern or grey ('none'
        where it gives none, or where the cell is held for review: a shading the key shows
        two meanings for, or none, where the key rates by such shadings); None where the
        key of swatches has nothing to say."""
        if not self.swatches:
            return None
        sheet = self.header.sheet
        shade = swatch_keys.own_shading(sheet, index, self.column)
        if shade is None or swatch_keys.has_hue(shade):
            return None
        keyed = swatch_keys.meaning(self.swatches, shade)
        if keyed in ("red", "amber", "green", "none"):
            return keyed
        if keyed == "unclear":
            swatch_keys.doubt_unclear(self.notes, sheet, index, self.column, shade, "name")
            return "none"
        if swatch_keys.relies(self.swatches):
            swatch_keys.doubt_cell(self.notes, sheet, index, self.column, shade, "name")
            return "none"
        return None

    def _ink(self, observation: ParsedObservation) -> None:
        if not observation.cell or observation.actual is None:
            return
        row, column = from_a1(observation.cell)
        style = self.header.sheet.styles.get((row, column))
        ink = style.font if style is not None else None
        if _plain(ink):
            return
        rating = cells.rag_ink(ink)
        if rating == "none":
            return
        if rating is None:
            self.notes.doubt(
                self.header.sheet.name,
                row,
                column,
                f"the figure at {observation.cell} is typed in a colour (#{ink}) that is no "
                "rating the key gives",
                kind="figure colour unknown",
            )
            return
        if observation.rag is None:
            observation.rag = rating
