"""A comment saying the row's latest figure is for another period than its heading names.

A digest dating its value columns by heading ('Latest (Aug 24)', 'Previous (May 24)') may
show, for a measure whose newest data is not yet validated, the month before, and say so in
the row's comment: 'Figure shown is for July 2024 – August not yet validated'. Comments
describe the latest figure, so that figure is read for the period the comment names, with its
rating. Only a period of the heading's own kind, earlier than it and later than every other
column's, is taken so; a comment naming another (a later month, a month another column
already holds, a quarter over months) is asked about at the comment cell and the figure is
dated by its heading no more: never silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue


@dataclass(frozen=True, slots=True)
class Said:
    """What a row's comment says of its latest figure: ``column`` (the latest actual
    column's index) is for ``period``; None where the comment cannot be taken so, ``at``
    being the comment cell's column."""

    column: int
    period: Period | None
    at: int
    text: str


def said_period(text: str) -> Period | None:
    """The one period a comment says the figure shown is for; None where it names none or
    two."""
    found = {
        period.label: period
        for match in vocabulary.COMMENT_FIGURE_FOR.finditer(" ".join(text.split()))
        if (period := cells.period(match["period"].strip())) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


def redated(row: list[CellValue], comments: list[Column], actuals: list[Column]) -> Said | None:
    """The period the row's comment gives its latest figure (the latest column filled in
    the row), when it is not the heading's."""
    dated = [c for c in actuals if c.period is not None and not cells.is_blank(_at(row, c))]
    if not dated or not comments:
        return None
    latest = max(dated, key=lambda c: (c.period.end, c.period.start) if c.period else ())
    assert latest.period is not None
    for comment in comments:
        text = text_of(_at(row, comment))
        period = said_period(text) if text else None
        if period is None or period.label == latest.period.label:
            continue
        others = {c.period.label for c in dated if c is not latest and c.period is not None}
        fits = (
            period.kind == latest.period.kind
            and period.end < latest.period.end
            and period.label not in others
            and all(c.period is None or c.period.end < period.end for c in dated if c is not latest)
        )
        return Said(latest.index, period if fits else None, comment.index, text)
    return None


def _at(row: list[CellValue], column: Column) -> CellValue:
    return row[column.index] if column.index < len(row) else None
