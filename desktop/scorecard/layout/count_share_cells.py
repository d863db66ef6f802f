"""Which figure of a '96 (54%)' cell an indicator is read by, once its row is read.

A cell holding a count and its percentage is read at once where the indicator's name or the
column's heading says what it measures (``parse.count_shares``). Otherwise it is held until
the table is read, and then settled by the indicator's unit ('%', or a count, from a unit
column) or by its targets (the figure they sit beside); failing both it is held for review
naming the cell, never read as one figure or the other by guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse.count_shares import CountShare, by_target

__all__ = ["Held", "doubt", "settle", "take"]

KIND = "count or share"


@dataclass(slots=True)
class Held:
    observation: ParsedObservation
    pair: CountShare
    text: str
    row: int
    col: int


def take(observation: ParsedObservation, pair: CountShare, measured: str) -> None:
    """Read the figure the indicator measures: the count, or the percentage with its count
    as the numerator (and its base as the denominator)."""
    observation.actual_text = None
    if measured == "count":
        observation.actual = pair.count
        return
    observation.actual = pair.share
    observation.numerator = pair.count
    observation.denominator = pair.base


def doubt(notes: Notes, sheet: str, held: Held, why: str) -> None:
    notes.doubt(
        sheet,
        held.row,
        held.col,
        f"'{held.text}' gives a count and its percentage, and {why} — say which in the "
        "name ('Number of …' or '% of …'), a unit column or the heading, or import with "
        "--accept to keep the cell's text",
        kind=KIND,
    )


_UNITS = {"%": "share", "number": "count", "count": "count"}


def settle(held: list[Held], indicators: list[ParsedIndicator], notes: Notes, sheet: str) -> None:
    """Settle each held cell by its indicator's unit or targets, or hold it for review."""
    if not held:
        return
    owner: dict[int, ParsedIndicator] = {}
    for indicator in indicators:
        for observation in indicator.observations:
            owner[id(observation)] = indicator
    by_indicator: dict[int, list[Held]] = {}
    for one in held:
        found = owner.get(id(one.observation))
        if found is None:
            doubt(notes, sheet, one, "nothing says which the indicator measures")
            continue
        by_indicator.setdefault(id(found), []).append(one)
    for indicator in indicators:
        cells = by_indicator.get(id(indicator))
        if not cells:
            continue
        said = _UNITS.get(indicator.unit or "") or by_target(
            [(c.pair, c.observation.target) for c in cells]
        )
        if said == "count" and any(c.pair.count is None for c in cells):
            said = None
        for one in cells:
            if said is None:
                doubt(
                    notes,
                    sheet,
                    one,
                    "neither the indicator's name nor its unit or target says which it measures",
                )
                continue
            take(one.observation, one.pair, said)
        if said == "share" and indicator.unit is None:
            indicator.unit = "%"
