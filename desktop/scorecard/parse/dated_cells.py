"""A figure typed with its own period in the same cell: 'Q2 24/25: 56.8%', 'Sep 2024 – 1,204',
'(Aug 24) 12 days', '56.8% (Q2 24/25)'.

A 'latest data' summary of indicators reported at different frequencies has no period
columns: each officer types the period the figure is for into the cell, before it (with a
colon, a dash between spaces or an equals sign, or in brackets) or after it (in brackets or
after a dash between spaces). Such a cell is split into the period and what was typed for it
(a figure, or a no-data word: 'Q2 24/25: n/a'); any other cell is not. A cell that is a period
alone ('Apr – Jun 2024'), runs over lines, or whose label reads as no period is no such cell.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_DASH = "-\u2013\u2014"
_BEFORE_BRACKETED = re.compile(
    rf"^[(\[](?P<when>[^()\[\]]+)[)\]]\s*(?:[:=]|[{_DASH}])?\s*(?P<figure>[^()\[\]]+)$"
)
_BEFORE = re.compile(rf"^(?P<when>[^()\[\]:=]+?)\s*(?:[:=]|\s[{_DASH}](?=\s))\s*(?P<figure>.+)$")
_AFTER_BRACKETED = re.compile(r"^(?P<figure>[^()\[\]]+?)\s*[(\[](?P<when>[^()\[\]]+)[)\]]$")
_AFTER = re.compile(rf"^(?P<figure>[^()\[\]]+?)\s+[{_DASH}]\s+(?P<when>[^()\[\]]+)$")
# a label before a separator: how a cell whose period does not read was meant ('Qtr 2: 56%')
_LABELLED = re.compile(rf"^\(?[A-Za-z][^:=()]{{0,24}}?\)?\s*(?:[:=]|\s[{_DASH}]\s)\s*\S")


def split(value: CellValue) -> tuple[Period, str] | None:
    """The period a cell names before or after its figure, and the figure as typed ('56.8%',
    '1,204', 'n/a'); None for any other cell."""
    if value.__class__ is not str:
        return None
    text = str(value).strip()
    if not text or "\n" in text or len(text) > 80 or cells.period(text) is not None:
        return None
    for pattern in (_BEFORE_BRACKETED, _BEFORE, _AFTER_BRACKETED, _AFTER):
        found = pattern.match(text)
        if found is None:
            continue
        shown = found["figure"].strip()
        if not _figure(shown):
            continue
        period = cells.period(found["when"].strip())
        if period is not None:
            return period, shown
    return None


def labelled(value: CellValue) -> bool:
    """A cell with words before a separator and then something ('Qtr 2 2024-25ish: 56%'):
    typed as a period and its figure, whether or not the period reads."""
    if value.__class__ is not str:
        return False
    return _LABELLED.match(str(value).strip()) is not None


def _figure(text: str) -> bool:
    """A figure ('56.8%', '12 days') or a no-data word ('n/a'), and no period."""
    if not text or cells.period(text) is not None:
        return False
    if text.lower() in cells.MISSING_MARKERS or vocabulary.normalise(text) in cells.MISSING_MARKERS:
        return True
    return cells.number(text).value is not None
