"""A Unit column whose words also say how the row's figures are counted.

Beside a grid of quarters or months a council may write in the Unit column which rows run
from the start of the year: 'Number (cumulative)', '% YTD', '£ - year to date', 'Cumulative
number'; others 'Days (in quarter)' or 'Number (snapshot)'. The words are a measure type
written beside the unit: the figures are dated as a measure-type column dates them (see
``frequency_rows``), and the unit is the unit without them ('%', 'number', '£', 'days').
A flag not understood ('Number (rolling)', 'cumulative / snapshot') is asked about at the
cell by the reader of the grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary

_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


@dataclass(frozen=True, slots=True)
class UnitFlag:
    """A unit cell's unit (as written, '' where none) and the flag beside it."""

    unit: str
    flag: str


def split(text: str) -> UnitFlag | None:
    """The unit and the counting flag of a Unit cell ('% YTD' -> '%', 'YTD'); None where the
    cell names no such flag ('%', 'Rate per 1,000', '£ (000s)')."""
    text = " ".join(text.split())
    if not text or vocabulary.UNIT_BASIS_FLAG.search(text) is None:
        return None
    for found in _BRACKETED.finditer(text):
        if vocabulary.UNIT_BASIS_FLAG.search(found[1]):
            rest = f"{text[: found.start()]} {text[found.end() :]}"
            return UnitFlag(" ".join(rest.split()), found[1].strip())
    parts = [p.strip() for p in vocabulary.UNIT_FLAG_SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        flagged = [p for p in parts if vocabulary.UNIT_BASIS_FLAG.search(p)]
        if len(flagged) == 1:
            return UnitFlag(" ".join(p for p in parts if p is not flagged[0]), flagged[0])
        return UnitFlag("", text)  # flags on both sides: read whole, and asked about
    words = list(vocabulary.UNIT_BASIS_FLAG.finditer(text))
    before = text[: words[0].start()].strip()
    if before:
        return UnitFlag(before, text[words[0].start() :].strip())
    return UnitFlag(text[words[-1].end() :].strip(), text[: words[-1].end()].strip())


def unit_without_flag(text: str) -> str:
    """A Unit cell's unit, its counting flag aside ('Number - cumulative' -> 'Number')."""
    found = split(text)
    return text if found is None else found.unit
