"""'Aim' in a heading: the target, or which way is good.

Councils head a column 'Aim' over 'Higher'/'Lower' as often as over '95%'. Beside a period
('2024/25 Aim', 'Q1 Aim', 'Aim' merged under 'Q2 2024/25') it can only be that period's
target; alone, the column's cells decide (``evidence``).
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells

_AIM = re.compile(rf"\b(?:{vocabulary.alternatives(vocabulary.TARGET_OR_POLARITY)})\b", re.I)
_ASIDE = re.compile(r"\([^()]*\)")


def is_aim(heading: str) -> bool:
    """The heading is an aim word, perhaps with a period or an aside ('Aim (both councils)')."""
    bare = _ASIDE.sub(" ", heading)
    if _AIM.search(bare) is None:
        return False
    rest = " ".join(_AIM.sub(" ", bare).split()).strip(" :-–")
    return not rest or _period(rest)


def as_target(heading: str) -> str | None:
    """'Q1 2024/25 Aim' -> 'Q1 2024/25 Target': the heading with its aim named a target, when
    a period beside it makes it one; None otherwise."""
    bare = vocabulary.normalise(_AIM.sub(" ", _ASIDE.sub(" ", heading)))
    if not bare or not is_aim(heading):  # 'Aim' alone: its cells decide
        return None
    return _AIM.sub("Target", heading)


_SHORT_YEAR = re.compile(r"(\d{2})\s*[/-]\s*(\d{2})")


def _period(text: str) -> bool:
    """A period, or a quarter or month the title's year places ('Q1', 'Quarter 2', 'Mar'), or
    a financial year written short ('24/25')."""
    short = _SHORT_YEAR.fullmatch(text.strip())
    if short is not None and (int(short[1]) + 1) % 100 == int(short[2]):
        return True
    found = cells.period_header(text)
    if found is not None and not found[1]:
        return True
    placed = cells.period_header(f"{text} 2024/25")
    return placed is not None and not placed[1]
