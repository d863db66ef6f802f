"""A column averaging the periods beside it ('6 month average', 'Rolling 12 month average'
after the months of a tracker): a summary of figures read there, not an observation.

A monthly tracker often ends its months with an average or two kept to show the trend. Such
a figure is no measure's figure for any span: the mean of six months' missed bins stands
where their total belongs, a mean of monthly percentages is not the share over the months'
cases, and a rolling average reaches back into months the sheet does not show. A column
whose heading is an average word with only words of a span about it ('6 month average',
'Monthly average', 'Rolling 3 qtr avg', '3 year average') and no period of its own, standing
beside the table's columns of that kind of period (with only other such columns between),
is left out with a line in ``--explain``. Where no columns of the period it averages stand
beside it (it would be the only figures of its period), or its heading says no span
('Average', 'Average for the period'), it is left unplaced as before, and the figures under
it are asked about.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import PlacedColumn, Role

# the kinds of period each span word's kind averages
_KINDS = {
    "month": frozenset({"month"}),
    "quarter": frozenset({"quarter"}),
    "year": frozenset({"financial_year", "academic_year", "calendar_year"}),
}
_ANY = frozenset({"month", "quarter", "financial_year", "academic_year", "calendar_year"})
_FEWEST = 2  # period columns an average is beside


class _Column(PlacedColumn, Protocol):
    def take(self, role: Role | None, comparator: str | None = None) -> None: ...


def averaged(heading: str) -> frozenset[str] | None:
    """The kinds of period a heading says its column averages ('6 month average' months),
    or None where it is no average over a span."""
    words = vocabulary.normalise(heading).split()
    if not 2 <= len(words) <= 8 or sum(w in vocabulary.AVERAGE_WORDS for w in words) != 1:
        return None
    kinds: set[str] = set()
    spans = False
    for word in words:
        if word in vocabulary.AVERAGE_WORDS:
            continue
        if word.isdigit() and len(word) <= 2:
            continue  # the count: '6', '12'
        said = vocabulary.AVERAGE_SPAN_WORDS.get(word)
        if said is None:
            return None  # a word of another kind: 'England average', 'Average days'
        if said == "span":
            spans = True
        elif said:
            kinds.add(said)
    if len(kinds) > 1 or not (kinds or spans):
        return None
    return _KINDS[kinds.pop()] if kinds else _ANY


def leave_out(columns: Sequence[_Column]) -> None:
    """Leave out the columns averaging the periods beside them (see above)."""
    found = {
        c.index: kinds
        for c in columns
        if c.field is None
        and c.period is None
        and c.why != "the saved mapping"
        and (kinds := averaged(c.header)) is not None
    }
    if not found:
        return
    ordered = sorted(columns, key=lambda c: c.index)
    for position, column in enumerate(ordered):
        kinds = found.get(column.index)
        if kinds is None:
            continue
        periods = [c for c in ordered if _figures_of(c, kinds)]
        if len(periods) < _FEWEST:
            continue
        sides = (_next_to(ordered, position, found, step) for step in (-1, 1))
        if not any(side is not None and _figures_of(side, kinds) for side in sides):
            continue
        column.take("ignore")
        column.why = "its heading: an average of the periods beside it — a summary, not a figure"


def _figures_of(column: _Column, kinds: frozenset[str]) -> bool:
    return column.field == "actual" and column.period is not None and column.period.kind in kinds


def _next_to(
    ordered: Sequence[_Column], position: int, averages: Mapping[int, object], step: int
) -> _Column | None:
    """The first column on one side that is no other average column."""
    at = position + step
    while 0 <= at < len(ordered):
        if ordered[at].index not in averages:
            return ordered[at]
        at += step
    return None
