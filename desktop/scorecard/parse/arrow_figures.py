"""A figure typed with its direction of travel after it: '61 ▲', '83.5% ► Amber', '19.2 ▼'.

Some scorecards type each quarter's figure and then, in the same cell (often in a run of its
own colour), an arrow saying which way it moved since the last period, and sometimes a
rating word after that. The arrow is a trend marker, not part of the figure: the figure is
read without it, the arrow is the observation's direction, and any word after it is left for
the rating reader ('83.5% Amber'). Only the arrows of the shared vocabulary
(``DIRECTION_ARROWS``) that are not ordinary keyboard signs ('=' may be arithmetic) count,
and only where what is before them reads as a number alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import values

__all__ = ["ArrowFigure", "split", "without_arrow"]

_ARROWS = sorted((a for a in vocabulary.DIRECTION_ARROWS if not a.isascii()), key=len, reverse=True)
_SPLIT = re.compile(
    r"^(?P<figure>[^\n]*?\d[^\n]*?)\s*(?P<arrow>"
    + "|".join(map(re.escape, _ARROWS))
    + r")(?:\s+(?P<after>[^\W\d_]{1,12}))?\s*$"
)


@dataclass(frozen=True, slots=True)
class ArrowFigure:
    text: str  # the cell without its arrow ('83.5% Amber', '61')
    arrow: str  # the arrow as typed ('►')


def split(text: str) -> ArrowFigure | None:
    """``text`` without the direction arrow after its figure, and the arrow; None where the
    cell is not a figure, then an arrow, then at most one word ('61 ▲', '67 ▲ Green')."""
    if len(text) > 60:
        return None
    found = _SPLIT.match(text.strip())
    if found is None:
        return None
    figure = found["figure"].strip()
    if values.parse_number(figure).value is None:
        return None  # 'Up 3 ▲', '12 of 40 ▲': not a figure before the arrow
    after = found["after"]
    return ArrowFigure(f"{figure} {after}" if after else figure, found["arrow"])


def without_arrow(text: str) -> str:
    """``text`` with the arrow after its figure taken out, else as it is."""
    found = split(text)
    return found.text if found is not None else text
