"""Two columns (or two rows) that give one indicator two different figures for a period.

Benchmark workbooks sometimes carry a heading twice ("SW4 2010-14" over two columns with
different figures, one of them a stale copy), and scorecards put together from teams'
returns sometimes carry an indicator's row twice, one copy updated and the other not.
Keeping the first silently may keep the wrong one, so a second, different figure for the
same indicator and period is a doubt naming both cells; the same figure twice is only a
repeat and is left alone.
"""

from __future__ import annotations

from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedIndicator, ParsedObservation


def second_figure(
    notes: Notes,
    sheet: str,
    index: int,
    col: int,
    indicator: ParsedIndicator,
    observation: ParsedObservation,
    given_by: str = "two columns",
) -> bool:
    """Doubt ``observation`` when the indicator already has a different one for its period.

    ``given_by`` says what carries the two figures ("two columns", "two rows"). True when
    the figures differ (and the doubt was noted)."""
    first = next(
        (o for o in indicator.observations if o.period.label == observation.period.label), None
    )
    if first is None or (first.actual, first.actual_text) == (
        observation.actual,
        observation.actual_text,
    ):
        return False
    shown, kept = _said(observation), _said(first)
    where = first.cell if first.sheet == sheet else f"{first.sheet}!{first.cell}"
    notes.doubt(
        sheet,
        index,
        col,
        f"'{indicator.code or indicator.name}' {observation.period.label} is {shown} here but "
        f"{kept} at {where} — {given_by} give it; say which is right (or import with "
        "--accept to keep the first)",
        kind="two figures for one period",
    )
    return True


def _said(observation: ParsedObservation) -> str:
    if observation.actual is not None:
        return f"{observation.actual:g}"
    return f"'{observation.actual_text}'"
