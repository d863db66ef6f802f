"""Percentages written on two scales: fractions (0.92) where points (92) are meant, or back.

A percentage is written either in points (92.5) or as a fraction (0.925, shown as 92.5% by
a cell format). When the figures of one percentage are on both scales, one of them is
misread whichever way it is taken, and which one cannot be told from the cells, so the
cell behind it is a doubt:

- every figure a fraction beside targets in points (0.81 with a target of 85);
- one figure a fraction among the indicator's other figures in points (0.92 after 68.0 and
  71.5), as when an officer pastes a figure from a workbook that formats it as %.

A figure written with its percent sign ("0.92%", or a cell formatted as %) says its scale
and is never doubted. Only percentages are looked at: rates (0.4 per 1,000) and counts of
0 or 1 are genuinely small.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import cells

FRACTION_BELOW = 1.5  # a percentage under this may be a fraction (0.92 for 92%)
POINTS_ABOVE = 5.0  # figures all above this are surely in points


def doubt_scales(indicators: list[ParsedIndicator], notes: Notes, headers: list[Header]) -> None:
    """Doubt the cells of percentages whose figures are written on two scales."""
    tables = _Tables(headers)
    for indicator in indicators:
        if indicator.unit not in ("%", None):
            continue
        if indicator.unit is None and not tables.all_percent_columns(indicator):
            continue
        if not _fractions_beside_targets(indicator, notes):
            _fraction_among_points(indicator, notes, tables)


def _fractions_beside_targets(indicator: ParsedIndicator, notes: Notes) -> bool:
    """Every figure a fraction (0.81) beside targets in points (85), or the other way round:
    one of the two is on the other scale."""
    actuals = [o.actual for o in indicator.observations if o.actual is not None]
    targets = [o.target for o in indicator.observations if o.target is not None]
    if not actuals or not targets:
        return False
    fractions = all(0 < a <= 1 for a in actuals)
    points = all(1.5 < t <= 100 for t in targets)
    if not (fractions and points) and not (
        all(1.5 < a <= 100 for a in actuals) and all(0 < t <= 1 for t in targets)
    ):
        return False
    first = indicator.observations[0]
    row, col = from_a1(first.cell or "")
    notes.doubt(
        first.sheet or "",
        row,
        col,
        f"'{indicator.name}' is a percentage with figures like {actuals[0]:g} and targets "
        f"like {targets[0]:g} — one of them is a fraction; format the cells as % or "
        "write both in points",
        kind="fractions beside points",
    )
    return True


def _fraction_among_points(indicator: ParsedIndicator, notes: Notes, tables: _Tables) -> None:
    """One figure a fraction (0.92) among the indicator's others, all in points (68, 71.5)."""
    figures = [o for o in indicator.observations if o.actual is not None]
    small = [o for o in figures if 0 < (o.actual or 0) < FRACTION_BELOW]
    others = [o.actual for o in figures if o.actual and o not in small]
    if not small or not others or not all(a > POINTS_ABOVE for a in others):
        return
    for observation in small:
        if tables.says_percent(observation):
            continue
        value = observation.actual or 0
        row, col = from_a1(observation.cell or "")
        notes.doubt(
            observation.sheet or "",
            row,
            col,
            f"'{indicator.code or indicator.name}' {observation.period.label} is {value:g} "
            f"where its other figures are {_few(others)} — looks like a fraction among "
            f"percentages in points; write it as {value * 100:g} or {value * 100:g}% (or "
            f"import with --accept to keep {value:g})",
            kind="fraction among points",
        )


def _few(figures: list[float]) -> str:
    shown = ", ".join(f"{f:g}" for f in figures[:3])
    return shown + (", …" if len(figures) > 3 else "")


class _Tables:
    """The cells and column headings behind observations, looked up by sheet and cell."""

    def __init__(self, headers: list[Header]) -> None:
        self.headers = headers

    def _at(self, observation: ParsedObservation) -> tuple[Header, int, int] | None:
        if not observation.cell or not observation.sheet:
            return None
        row, col = from_a1(observation.cell)
        above = [
            h for h in self.headers if h.sheet.name == observation.sheet and h.first_data <= row
        ]
        if not above:
            return None
        return max(above, key=lambda h: h.first_data), row, col

    def says_percent(self, observation: ParsedObservation) -> bool:
        """The cell wrote its scale: a percent sign in its text or its number format."""
        found = self._at(observation)
        if found is None:
            return False
        header, row, col = found
        sheet = header.sheet
        value = (
            sheet.rows[row][col] if row < len(sheet.rows) and col < len(sheet.rows[row]) else None
        )
        style = sheet.styles.get((row, col))
        return (isinstance(value, str) and "%" in value) or (
            style is not None and "%" in (style.number_format or "")
        )

    def all_percent_columns(self, indicator: ParsedIndicator) -> bool:
        """Every figure of an indicator of no stated unit stands under a '%' heading."""
        headings = []
        for observation in indicator.observations:
            found = self._at(observation)
            if found is None:
                return False
            header, _, col = found
            column = next((c for c in header.columns if c.index == col), None)
            if column is None:
                return False
            headings.append(column.header)
        return bool(headings) and all(cells.unit_from_header(h) == "%" for h in headings)
