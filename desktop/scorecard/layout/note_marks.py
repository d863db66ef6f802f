"""Footnote marks in brackets after an indicator's name, explained on a line under the table.

'Rent collected (a)' over a note '(a) Provisional figure, subject to validation': the '(a)'
points to the note and is no part of the name, so the indicator is 'Rent collected' (and a
second row of it is the same indicator, not another). A bracketed letter or number ending
a name ('(a)', '(C)', '[2]') is taken for a mark only where a note line of the sheet starts
with it; elsewhere ('Households in band (b)' with no such note) it stays in the name.
"""

from __future__ import annotations

import re

from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.read.grid import Sheet

_MARK = r"\((?:[A-Za-z]|\d{1,2})\)|\[(?:[A-Za-z]|\d{1,2})\]"
_AT_END = re.compile(rf"\s*({_MARK})$")
_AT_START = re.compile(rf"^\s*({_MARK})\s*\S")


def declared(sheet: Sheet, first: int) -> frozenset[str]:
    """The marks that start a note line (a row of one text cell) from row ``first`` down."""
    found = (_AT_START.match(line) for line in note_lines(sheet, first))
    return frozenset(start[1] for start in found if start is not None)


def unmarked(name: str, marks: frozenset[str]) -> str:
    """``name`` without a bracketed mark at its end that one of ``marks`` explains."""
    end = _AT_END.search(name)
    if end is None or end.start() == 0 or end[1] not in marks:
        return name
    return name[: end.start()]
