"""A period's figure given twice: as first reported and as restated since.

Quarterly reports that restate the last quarter give it twice, 'Q1 (as reported)' beside
'Q1 (revised)' (also 'original', 'as published' / 'restated', 'updated'), or a plain 'Q1'
beside 'Q1 revised'. The period has one figure: the restated one where its cell gives one,
else the one first reported (a blank restated cell, or one saying 'No change', leaves the
first report standing). The first report, where replaced, is history, not a second
observation.

A period's figure given as the council's own working figure and as the figure of record
('2023/24' over 'Local' | 'Published', 'Internal' | 'Validated', 'Provisional' |
'Nationally published') is read the same way: the figure of record stands, as a final
figure stands over a provisional one, and the working figure where the figure of record
is not there yet (blank, or 'Due Mar 2025', 'Not yet published').
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, PlacedColumn
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue


def revision(words: str) -> str | None:
    """'first' for words saying a figure is as first reported ('as reported', 'original'),
    'restated' for words saying it is restated ('revised', 'updated'), else None."""
    key = vocabulary.normalise(words)
    if key in vocabulary.FIRST_REPORTED_WORDS:
        return "first"
    if key in vocabulary.RESTATED_WORDS:
        return "restated"
    return None


def standing(words: str) -> str | None:
    """'working' for words naming the council's own working figure ('Local', 'Internal',
    'Provisional'), 'record' for words naming the figure of record ('Published',
    'Validated', 'Final'), else None."""
    key = vocabulary.normalise(words)
    if key in vocabulary.WORKING_FIGURE_WORDS:
        return "working"
    if key in vocabulary.RECORD_FIGURE_WORDS:
        return "record"
    return None


def _stands(column: PlacedColumn) -> str | None:
    """Which figure the heading says it is: 'working', 'record' or None (both, or neither)."""
    key = f" {vocabulary.normalise(column.header)} "
    working = any(f" {w} " in key for w in vocabulary.WORKING_FIGURE_WORDS)
    record = any(f" {w} " in key for w in vocabulary.RECORD_FIGURE_WORDS)
    if working == record:
        return None
    return "working" if working else "record"


def _said(column: PlacedColumn) -> str | None:
    """Which figure the heading says it is: 'first', 'restated' or None (both, or neither)."""
    key = f" {vocabulary.normalise(column.header)} "
    first = any(f" {w} " in key for w in vocabulary.FIRST_REPORTED_WORDS)
    again = any(f" {w} " in key for w in vocabulary.RESTATED_WORDS)
    if first == again:
        return None
    return "first" if first else "restated"


def _plain(column: PlacedColumn) -> bool:
    """A heading naming its period and nothing else ('Q1', 'Q1 2024/25')."""
    found = cells.period_header(column.header)
    if found is not None:
        return not found[1]
    return periods.is_sub_period(column.header)


def pairs(columns: Iterable[PlacedColumn]) -> dict[int, int]:
    """{first report's column: restated column} for each period given twice so; the why of
    each column says how it is read."""
    by_period: dict[Period, list[PlacedColumn]] = defaultdict(list)
    for column in columns:
        if column.field == "actual" and column.period is not None:
            by_period[column.period].append(column)
    found: dict[int, int] = {}
    for period, group in by_period.items():
        if len(group) != 2:
            continue
        if _restated(period, group, found):
            continue
        stands = [_stands(c) for c in group]
        if sorted(map(str, stands)) != ["record", "working"]:
            continue
        working, record = (group[0], group[1]) if stands[1] == "record" else (group[1], group[0])
        found[working.index] = record.index
        working.why = (
            f"its heading: {period.label}'s working figure, read where '{record.header}' "
            "gives no figure of record"
        )
        record.why = (
            f"its heading: {period.label}'s figure of record, in place of '{working.header}'"
        )
    return found


def _restated(period: Period, group: list[PlacedColumn], found: dict[int, int]) -> bool:
    """Pair a period's figure as first reported with its restated one; False if not such."""
    said = [_said(c) for c in group]
    if said.count("restated") != 1:
        return False
    first, again = (group[0], group[1]) if said[1] == "restated" else (group[1], group[0])
    if _said(first) != "first" and not _plain(first):
        return False  # 'Q1 target' beside 'Q1 revised': no first report of the figure
    found[first.index] = again.index
    first.why = (
        f"its heading: {period.label} as first reported, read where '{again.header}' "
        "gives no restated figure"
    )
    again.why = f"its heading: {period.label} as restated, in place of '{first.header}'"
    return True


def unchanged(value: CellValue) -> bool:
    """A restated figure's cell that leaves the first report standing: blank, 'No change',
    or saying the figure is still to come ('Due Mar 2025', 'Not yet published')."""
    if cells.is_blank(value):
        return True
    if not isinstance(value, str):
        return False
    return vocabulary.normalise(value) in vocabulary.UNCHANGED_WORDS or to_come(value)


def to_come(value: CellValue) -> bool:
    """A cell saying its figure is still to come ('Due Mar 2025', 'Not yet published')."""
    return isinstance(value, str) and vocabulary.FIGURE_TO_COME.match(value.strip()) is not None
