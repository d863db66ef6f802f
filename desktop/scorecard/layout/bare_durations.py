"""A bare number among durations written with their units: '2.50' under '2h 15m' and '3h 05m'.

An indicator whose figures are times written with units ('2h 15m', '1 day 4 hrs', '4 mins
32 secs') is read in seconds. A figure of it typed as a bare number says no unit: '2.50'
beside hours and minutes may be 2 hours 50 minutes, as officers often type it, or two and a
half hours, and read as it stands it would be 2.5 seconds. Which is meant cannot be told,
so its cell is a doubt and, if the file is accepted as read, the figure is kept as its text.

A name saying the unit ('Average time to repair (hours)') does not settle it: '2.50' hours
may still be 2 h 50 m. Not doubted: an indicator none of whose figures is a duration in words
(clocks such as '00:07:45' and Excel time values say their reading), and figures with a
unit or a percent sign of their own.
"""

from __future__ import annotations

import datetime as dt

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import cells, durations
from desktop.scorecard.read.grid import CellValue

KIND = "bare figure among durations"


def doubt_bare(indicators: list[ParsedIndicator], notes: Notes, headers: list[Header]) -> None:
    """Doubt each bare number of an indicator whose other figures are durations in words."""
    for indicator in indicators:
        if indicator.unit != durations.SECONDS:
            continue
        written = [(o, _raw(o, headers)) for o in indicator.observations if o.actual is not None]
        if not any(_in_words(raw) for _, (raw, _) in written):
            continue
        for observation, (raw, fmt) in written:
            if _bare(raw, fmt):
                _doubt(indicator, observation, raw, notes)


def _doubt(
    indicator: ParsedIndicator, observation: ParsedObservation, raw: CellValue, notes: Notes
) -> None:
    text = str(raw).strip()
    row, col = from_a1(observation.cell or "")
    notes.doubt(
        observation.sheet or "",
        row,
        col,
        f"'{indicator.code or indicator.name}' {observation.period.label} is '{text}' with no "
        "unit, where its other figures are durations written with units ('2h 15m') — it may be "
        "hours and minutes or a decimal of hours; write it with its units ('2h 50m')",
        kind=KIND,
    )
    observation.actual = None
    observation.actual_text = text


def _raw(observation: ParsedObservation, headers: list[Header]) -> tuple[CellValue, str | None]:
    """The cell behind an observation's figure, and its number format."""
    if not observation.cell or not observation.sheet:
        return None, None
    row, col = from_a1(observation.cell)
    for header in headers:
        sheet = header.sheet
        if sheet.name == observation.sheet and row < len(sheet.rows) and col < len(sheet.rows[row]):
            style = sheet.styles.get((row, col))
            return sheet.rows[row][col], style.number_format if style else None
    return None, None


def _in_words(raw: CellValue) -> bool:
    """A duration written with its units: '2h 15m', '22 hrs', '4 mins 32 secs'."""
    if not isinstance(raw, str) or ":" in raw:
        return False
    unit = cells.number(raw).unit
    return durations.seconds_in(unit) is not None


def _bare(raw: CellValue, fmt: str | None) -> bool:
    """A number that says no unit: 2.5, or '2.50' typed as text (no time format either)."""
    if isinstance(raw, bool | dt.date | dt.time | dt.timedelta):
        return False
    if isinstance(raw, int | float):
        return not (fmt and (":" in fmt or "%" in fmt))
    if not isinstance(raw, str):
        return False
    parsed = cells.number(raw)
    return parsed.value is not None and parsed.unit is None and "%" not in raw
