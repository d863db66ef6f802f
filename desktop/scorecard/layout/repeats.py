"""Indicators written twice: a 'Key headlines' block above the full table, a summary beside it.

A block that repeats a few indicators by name only (no code) beside a table that codes them
is read once. An uncoded indicator is the repeat of a coded one when the two names are the
same (words only: case, spacing, punctuation and footnote marks aside), exactly one coded
indicator has that name, and every figure the block gives is the figure the table gives for
the same period. Its rating or target fills the table's only where the table gives none. A
figure that differs from the table's is two readings of one indicator: a doubt naming both
cells.
"""

from __future__ import annotations

import re
from collections import defaultdict

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation

_MARK_AT_END = re.compile(r"(?:\s*(?:\((?:[a-z]|\d{1,2})\)|\[(?:[a-z]|\d{1,2})\]|[*†‡]+))+$")


def _key(name: str) -> str:
    return vocabulary.normalise(_MARK_AT_END.sub("", name))


def _same(a: ParsedObservation, b: ParsedObservation) -> bool:
    if a.actual is not None and b.actual is not None:
        return abs(a.actual - b.actual) <= 1e-9 * max(1.0, abs(a.actual))
    return (a.actual, a.actual_text) == (b.actual, b.actual_text)


def read_once(indicators: list[ParsedIndicator], notes: Notes) -> list[ParsedIndicator]:
    """``indicators`` without the uncoded repeats of coded ones (their gaps filled in)."""
    coded: dict[str, list[ParsedIndicator]] = defaultdict(list)
    for indicator in indicators:
        if indicator.code:
            coded[_key(indicator.name)].append(indicator)
    if not coded:
        return indicators
    kept: list[ParsedIndicator] = []
    for indicator in indicators:
        matches = [] if indicator.code else coded.get(_key(indicator.name), [])
        if (
            len(matches) != 1
            or not indicator.observations
            or not _repeats(indicator, matches[0], notes)
        ):
            kept.append(indicator)
    return kept


def _repeats(copy: ParsedIndicator, table: ParsedIndicator, notes: Notes) -> bool:
    by_period = {o.period.label: o for o in table.observations}
    pairs = [(o, by_period.get(o.period.label)) for o in copy.observations]
    if any(other is None for _, other in pairs):
        return False  # a period the table does not have: not only a repeat
    differ = [(o, other) for o, other in pairs if other is not None and not _same(o, other)]
    if differ:
        o, other = differ[0]
        if o.sheet and o.cell:
            row, col = from_a1(o.cell)
            notes.doubt(
                o.sheet,
                row,
                col,
                f"'{table.name}' {o.period.label} is given twice, differently: here and at "
                f"{other.sheet}!{other.cell} — correct one of them",
                kind="repeated indicator differs",
            )
        return False
    for o, same in pairs:
        assert same is not None
        if same.rag is None and o.rag is not None:
            same.rag = o.rag
        if same.target is None and o.target is not None:
            same.target = o.target
    first = copy.observations[0]
    notes.warn(
        f"{first.sheet}!{first.cell}: '{copy.name}' repeats {table.code} from the table at "
        f"{table.observations[0].sheet}!{table.observations[0].cell} — read once",
        kind="repeated indicator",
    )
    return True
