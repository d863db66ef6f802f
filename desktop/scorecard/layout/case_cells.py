"""Small-number results ('12 of 15') read as the rate they stand for, checked against their
row's target once the row is read.

A '%' row's '12 of 15' is 80%, 12 of 15 cases (``parse.cases``). But where the second figure
is the row's own target ('85 of 90' beside a 90% target) the cell may as well be the figure
85% over its target: that cell is held for review naming it, kept as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedObservation
from desktop.scorecard.parse.cases import Cases

__all__ = ["Read", "check", "take"]


@dataclass(slots=True)
class Read:
    observation: ParsedObservation
    text: str
    row: int
    col: int


def take(observation: ParsedObservation, found: Cases) -> None:
    """The rate, with the cases as its numerator and the cases due as its denominator."""
    observation.actual, observation.actual_text = found.share, None
    observation.numerator, observation.denominator = found.count, found.base


def check(read: list[Read], notes: Notes, sheet: str) -> None:
    """Hold each cell whose cases due are its row's target: figure over target, perhaps."""
    for one in read:
        observation = one.observation
        target, base = observation.target, observation.denominator
        if target is None or base is None or abs(target - base) > 1e-9:
            continue
        observation.actual, observation.actual_text = None, one.text
        observation.numerator = observation.denominator = None
        notes.doubt(
            sheet,
            one.row,
            one.col,
            f"'{' '.join(one.text.split())[:40]}' may be the cases meeting the standard out of "
            "those due, or the figure over its target (the second figure is the target) — the sheet does not "
            "say which; put them in columns of their own",
            kind="figure not read",
        )
