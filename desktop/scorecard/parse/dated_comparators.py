"""A comparator's figure with its own period in brackets: '62.1 (2022/23)', '70 (2024)'.

National and regional figures lag the council's own, so a table of 'latest published
comparators' often types each figure with the year it is for: '22.4 (2023/24)', '367
(2020–23)', '89.7 (Aug 2023)'. Such a cell is a figure (of another period), never the name of
an area; only a bracket that reads as a period makes it so ('45% (n=11)' is not one).
"""

from __future__ import annotations

import re

from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue

_DATED = re.compile(r"^(?P<figure>[^()\[\]]+?)\s*[(\[](?P<when>[^()\[\]]+)[)\]]\s*$")


def figure(value: CellValue) -> str | None:
    """The figure of a cell written 'figure (period)', or None for any other cell."""
    if value.__class__ is not str:
        return None
    found = _DATED.match(str(value).strip())
    if found is None:
        return None
    shown = found["figure"].strip()
    if cells.number(shown).value is None:
        return None
    if periods.parse_period(found["when"].strip()) is None:
        return None
    return shown
