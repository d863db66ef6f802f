"""Figure cells holding a figure on the first line and a note below it (Alt+Enter).

Officers type a note into the figure's own cell: '56.1%\\n(provisional)', '312\\nQ2 data not
yet validated', '80%\\n(national 60%)'. Where the first line alone is a figure, that is the
cell's figure and the lines below are a note on it (kept as the observation's commentary).
A second line saying the figure is a forecast, estimate or target ('£1.2m\\nforecast') makes
it no plain figure of what happened: such a cell is split only where a note line of the
sheet says second lines explain their figure; otherwise it is left for review.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

_MAX_NOTE = 300


@dataclass(frozen=True, slots=True)
class Split:
    figure: str  # the first line, the cell's figure as typed
    note: str  # the lines below, joined with spaces


def split(value: CellValue, *, explained: bool, decimal_comma: bool = False) -> Split | None:
    """The figure and note of a cell typed as a figure over a note; None for any other
    cell (one line, a first line that is no figure alone, or a second line saying the
    figure is forecast or estimated where the sheet does not say second lines explain)."""
    if value.__class__ is not str or "\n" not in str(value):
        return None
    lines = [line.strip() for line in str(value).splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return None
    first, note = lines[0], " ".join(lines[1:])
    parsed = cells.number(first, None, decimal_comma=decimal_comma)
    if parsed.value is None or parsed.text is not None:
        return None
    if not explained and vocabulary.SECOND_LINE_NOT_ACTUAL.search(note):
        return None
    return Split(first, note)


def sheet_explains(sheet: Sheet) -> bool:
    """True where a note line of the sheet says a figure cell's second line explains it."""
    return any(
        vocabulary.SECOND_LINE_EXPLAINS.search(line) for line in note_lines(sheet, 0, _MAX_NOTE)
    )


def joined(first: str | None, second: str) -> str:
    """Two notes on one observation, the cell's own first."""
    return second if not first else f"{first}; {second}"
