"""Ratings typed in the figures' own cells ('78.4% (A)', '72% R', 'G - 91%'), decided for
a table as a whole.

A token after a figure is read as its rating only where the table's figure cells show it is
the file's way of rating: some of them carry a colour word or letter other than a lone r (or
the file's key rates the token). A lone r after a figure ('72% R', '61.4 (r)') is also the
official-statistics mark of a revised figure, so it is read:

* as **red** where the figures carry other ratings (G, A, Green, Amber …) or the file's key
  rates R, and no note says r means revised;
* as **revised** where nothing in the figures is a rating and the file marks revisions: a
  note saying so ('(r) revised since the last report'), other marks of how sure a figure is
  ('66.8p', '[e]'), or the lower-case bracketed '(r)' of official statistics;
* as **neither**, and held for review naming its cells, otherwise (an 'R' alone and no key,
  or ratings in the figures beside a note saying r is revised).

A bracketed letter the sheet explains in a footnote line ('(a) includes transfers') is a
footnote mark, never a rating.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import keys, note_marks
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import arrow_figures, rated_figures, values
from desktop.scorecard.parse.rated_figures import RatedFigure
from desktop.scorecard.read.grid import Sheet, Workbook

LoneR = Literal["red", "revised", "unclear"]
_FULL_SCAN_ROWS = 2000
_EDGE_ROWS = 60


@dataclass(frozen=True, slots=True)
class FigureRatings:
    """How a table's figure cells carry ratings: the key's tokens, and what a lone r means."""

    keyed: dict[str, Rag]  # casefolded tokens the file's key rates
    lone_r: LoneR | None  # None: no figure ends in a lone r
    footnotes: frozenset[str]  # bracketed marks the sheet explains in a footnote line

    def split(self, text: str) -> RatedFigure | None:
        found = rated_figures.split(text, self.keyed)
        if found is None or (found.bracketed and self._footnote(found)):
            return None
        return found

    def _footnote(self, found: RatedFigure) -> bool:
        return f"({found.token})" in self.footnotes or f"[{found.token}]" in self.footnotes

    def rating(self, found: RatedFigure) -> Rag | LoneR:
        """The rating a split cell gives, or how its lone r is read ('revised', 'unclear')."""
        if found.lone_r:
            return self.lone_r or "unclear"
        return self.keyed.get(found.word) or vocabulary.FIGURE_RATING_WORDS[found.word]


def says_revised(workbook: Workbook) -> bool:
    """True when a note anywhere in the workbook says an r marks a revised figure."""
    return any(_says_revised(sheet) for sheet in workbook.sheets)


def _says_revised(sheet: Sheet) -> bool:
    rows = sheet.rows
    if len(rows) > _FULL_SCAN_ROWS:
        rows = rows[:_EDGE_ROWS] + rows[-_EDGE_ROWS:]
    for row in rows:
        for value in row:
            if (
                value.__class__ is str
                and "revis" in value.lower()
                and vocabulary.REVISED_NOTE.search(value)
            ):
                return True
    return False


def decide(header: Header, key: keys.Key, revised_note: bool) -> FigureRatings | None:
    """How the table's figure cells carry ratings; None when none carries a rating token."""
    keyed: dict[str, Rag] = {
        token: meaning
        for token, meaning in key.items()
        if meaning in ("red", "amber", "green") and token.isalpha() and len(token) <= 12
    }
    positions = [c.index for c in header.columns if c.field == "actual" and c.index >= 0]
    if not positions:
        return None
    ratings: FigureRatings | None = None  # made at the first text among the figures
    rated = False  # a colour word or letter other than a lone r
    lone: list[RatedFigure] = []
    other_marks = False  # '66.8p', '12 [e]': the file marks how sure a figure is
    for row in header.sheet.rows[header.first_data :]:
        for position in positions:
            text = row[position] if position < len(row) else None
            if text.__class__ is not str:
                continue
            if ratings is None:  # the footnotes' marks, looked for where a figure has text
                ratings = FigureRatings(
                    keyed, None, note_marks.declared(header.sheet, header.first_data)
                )
            found = ratings.split(arrow_figures.without_arrow(text))  # '67 ▲ Green'
            if found is not None and found.lone_r:
                lone.append(found)
            elif found is not None:
                rated = True
            elif (mark := values.figure_mark(text)) is not None and mark != "r":
                other_marks = True
    if ratings is None or (not rated and not lone):
        return None
    if not lone:
        return ratings
    lone_r = _lone_r(rated, lone, key, revised_note, other_marks)
    return FigureRatings(keyed, lone_r, ratings.footnotes)


def _lone_r(
    rated: bool, lone: list[RatedFigure], key: keys.Key, revised_note: bool, other_marks: bool
) -> LoneR:
    if rated or key.get("r") == "red":
        return "unclear" if revised_note else "red"
    if revised_note or other_marks:
        return "revised"
    if all(found.bracketed and found.token == "r" for found in lone):
        return "revised"  # '61.4 (r)': the convention of official statistics
    return "unclear"
