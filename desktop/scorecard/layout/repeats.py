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


def name_key(name: str) -> str:
    return vocabulary.normalise(_MARK_AT_END.sub("", name))


def same_figure(a: ParsedObservation, b: ParsedObservation) -> bool:
    if a.actual is not None and b.actual is not None:
        return abs(a.actual - b.actual) <= 1e-9 * max(1.0, abs(a.actual))
    return (a.actual, a.actual_text) == (b.actual, b.actual_text)


def read_once(indicators: list[ParsedIndicator], notes: Notes) -> list[ParsedIndicator]:
    """``indicators`` without the uncoded repeats of coded ones (their gaps filled in)."""
    coded: dict[str, list[ParsedIndicator]] = defaultdict(list)
    for indicator in indicators:
        if indicator.code:
            coded[name_key(indicator.name)].append(indicator)
    if not coded:
        return indicators
    kept: list[ParsedIndicator] = []
    for indicator in indicators:
        matches = [] if indicator.code else coded.get(name_key(indicator.name), [])
        if (
            len(matches) != 1
            or not indicator.observations
            or not _repeats(indicator, matches[0], notes)
        ):
            kept.append(indicator)
    return _by_figures(kept, notes)


MIN_BLOCK = 3  # short names matched by their figures only in a block of at least this many


def _by_figures(indicators: list[ParsedIndicator], notes: Notes) -> list[ParsedIndicator]:
    """A block of uncoded indicators on one sheet (a chart's source data under short names:
    'Calls answered %') whose every row gives, for the periods it shares with the coded table,
    the same figures as exactly one coded indicator, each a different one and in the table's
    order: the same measures, their other periods added to the table's."""
    coded = [i for i in indicators if i.code]
    if not coded:
        return indicators
    blocks: dict[str, list[ParsedIndicator]] = defaultdict(list)
    for indicator in indicators:
        if not indicator.code and indicator.observations:
            blocks[indicator.observations[0].sheet or ""].append(indicator)
    dropped: set[int] = set()
    for block in blocks.values():
        pairs = _matched(block, coded)
        if pairs is None:
            continue
        for copy, table in pairs:
            _fold(copy, table, notes)
            dropped.add(id(copy))
    return [i for i in indicators if id(i) not in dropped]


def _matched(
    block: list[ParsedIndicator], coded: list[ParsedIndicator]
) -> list[tuple[ParsedIndicator, ParsedIndicator]] | None:
    if len(block) < MIN_BLOCK:
        return None
    pairs: list[tuple[ParsedIndicator, ParsedIndicator]] = []
    for copy in block:
        found = [table for table in coded if _agrees(copy, table)]
        if len(found) != 1:
            return None
        pairs.append((copy, found[0]))
    order = [coded.index(table) for _, table in pairs]
    if len(set(order)) != len(order) or order != sorted(order):
        return None
    return pairs


def _agrees(copy: ParsedIndicator, table: ParsedIndicator) -> bool:
    """Every period both give a figure for holds the same figure, and there is one."""
    by_period = {o.period.label: o for o in table.observations if o.actual is not None}
    shared = [
        (o, by_period[o.period.label])
        for o in copy.observations
        if o.actual is not None and o.period.label in by_period
    ]
    return bool(shared) and all(same_figure(a, b) for a, b in shared)


def _fold(copy: ParsedIndicator, table: ParsedIndicator, notes: Notes) -> None:
    by_period = {o.period.label: o for o in table.observations}
    for o in copy.observations:
        same = by_period.get(o.period.label)
        if same is None:
            table.observations.append(o)
            continue
        if same.rag is None and o.rag is not None:
            same.rag = o.rag
        if same.target is None and o.target is not None:
            same.target = o.target
    table.observations.sort(key=lambda o: (o.period.start, o.period.end))
    first = copy.observations[0]
    notes.warn(
        f"{first.sheet}!{first.cell}: '{copy.name}' is {table.code} under another name (the "
        "same figures, in the table's order) — its other periods read as that indicator's",
        kind="repeated indicator",
    )


def _repeats(copy: ParsedIndicator, table: ParsedIndicator, notes: Notes) -> bool:
    by_period = {o.period.label: o for o in table.observations}
    pairs = [(o, by_period.get(o.period.label)) for o in copy.observations]
    if any(other is None for _, other in pairs):
        return False  # a period the table does not have: not only a repeat
    differ = [(o, other) for o, other in pairs if other is not None and not same_figure(o, other)]
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
