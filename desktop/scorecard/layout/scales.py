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

Where a table's formats were lost (loaded through Power Query, copied as values), a
percentage stored as a fraction shows as 0.873 with no % format. A percentage row is
*stored as fractions* when every figure, target, band end and comparator of it lies
within -1..1, not all of them zero, and none of its figure or target cells is typed
with % or formatted as %. Such a row alone cannot tell 87.3% stored as 0.873 from a
per cent under one (0.4% typed as 0.4); the rest of its table decides:

- another percentage row of the table written in points (a figure beyond 1.5, 87.3, or
  every figure over 1, 1.2 and 1.3): the table writes percentages in points, so the row's
  0.4 is 0.4% and is left as written;
- otherwise, with another row of the table stored as fractions, none formatted as %, and
  some figure among them written to three decimals or more (0.873 is a per cent to one
  decimal stored as a fraction; a per cent under one is hardly ever typed to three
  places): every such row is read in points (0.873 is 87.3, a fractional target of 0.9 is
  90, a band 0.85-0.95 is 85-95), and a percentage row of the table with figures just
  over 1 (1.02) or a target or comparator in points beside fractions is held;
- otherwise (the row is the table's only such row, its neighbours are formatted as %, or
  no figure says more than two decimals) the row is held at its first figure's cell.

A row named as a change in percentage points ('(pp)', 'percentage points') is never
taken for fractions: its small figures are points by its name.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import cells

FRACTION_BELOW = 1.5  # a percentage under this may be a fraction (0.92 for 92%)
POINTS_ABOVE = 5.0  # figures all above this are surely in points


def doubt_scales(indicators: list[ParsedIndicator], notes: Notes, headers: list[Header]) -> None:
    """Read percentages stored as fractions in points, and doubt the cells of percentages
    whose figures are written on two scales."""
    tables = _Tables(headers)
    percentages = [
        indicator
        for indicator in indicators
        if indicator.unit == "%"
        or (indicator.unit is None and tables.all_percent_columns(indicator))
    ]
    settled = _stored_as_fractions(percentages, notes, tables)
    for indicator in percentages:
        if id(indicator) in settled:
            continue
        if not _fractions_beside_targets(indicator, notes):
            _fraction_among_points(indicator, notes, tables)


def units_from_headings(indicators: list[ParsedIndicator], headers: list[Header]) -> None:
    """An indicator of no stated unit whose every figure stands under a heading naming '%'
    ('Q1 (%)', 'Actual %') is a percentage: its unit is '%'. Its own name, unit cell or
    figures state a unit first."""
    tables = _Tables(headers)
    for indicator in indicators:
        if indicator.unit is None and tables.all_percent_columns(indicator):
            indicator.unit = "%"


_Scale = str  # 'fractions', 'points', 'formatted', 'mixed' or '' (nothing to tell)


def _stored_as_fractions(
    percentages: list[ParsedIndicator], notes: Notes, tables: _Tables
) -> set[int]:
    """Read in points the rows of a table storing its percentages as fractions, or hold the
    rows that could be fractions or per cents under one; the ids of the rows settled."""
    by_table: dict[int, list[tuple[ParsedIndicator, _Scale]]] = {}
    for indicator in percentages:
        header = tables.header_of(indicator)
        if header is not None:
            by_table.setdefault(id(header), []).append((indicator, _scale(indicator, tables)))
    settled: set[int] = set()
    for rows in by_table.values():
        scales = [scale for _, scale in rows]
        fractions = [indicator for indicator, scale in rows if scale == "fractions"]
        if not fractions or "points" in scales:
            continue  # none, or the table writes percentages in points: 0.4 is 0.4%
        settled |= {id(indicator) for indicator in fractions}
        if len(fractions) > 1 and "formatted" not in scales and _three_decimals(fractions):
            for indicator in fractions:
                _to_points(indicator)
            for indicator, scale in rows:
                if scale == "mixed":
                    _doubt_mixed(indicator, notes)
                    settled.add(id(indicator))
            continue
        for indicator in fractions:
            _doubt_fractions(indicator, notes)
    return settled


def _scale(indicator: ParsedIndicator, tables: _Tables) -> _Scale:
    """How a percentage row writes its figures, by the figures and cells of the row alone."""
    actuals = [o.actual for o in indicator.observations if o.actual is not None]
    if not actuals or vocabulary.POINTS_WORDS.search(indicator.name):
        return ""  # a change in percentage points ('(pp)') is small in points, never a fraction
    if tables.row_says_percent(indicator):
        return "formatted"
    nonzero = [abs(a) for a in actuals if a]
    if any(a > FRACTION_BELOW for a in nonzero) or (nonzero and all(a > 1 for a in nonzero)):
        return "points"  # 87.3, or 1.2 and 1.3: a small per cent, over 100% hardly ever
    others = [o.target for o in indicator.observations if o.target is not None]
    others += [v for o in indicator.observations for v in o.comparators.values()]
    others += [v for v in (indicator.band_low, indicator.band_high) if v is not None]
    if all(abs(v) <= 1 for v in actuals + others) and any(v for v in actuals + others):
        return "fractions"
    if not any(actuals):
        return ""  # figures of nothing: no scale to misread
    return "mixed"  # a figure just over 1 (1.02), or a target in points beside fractions


def _three_decimals(fractions: list[ParsedIndicator]) -> bool:
    """Some figure written to three decimals or more (0.873): a per cent to one decimal
    stored as a fraction, where a per cent under one is hardly ever typed so."""
    return any(
        o.actual is not None and abs(o.actual * 100 - round(o.actual * 100)) > 1e-6
        for indicator in fractions
        for o in indicator.observations
    )


def _to_points(indicator: ParsedIndicator) -> None:
    """Figures, targets, band ends and comparators, every one a fraction, in points."""
    for observation in indicator.observations:
        if observation.actual is not None:
            observation.actual = _points(observation.actual)
        if observation.target is not None:
            observation.target = _points(observation.target)
        observation.comparators = {k: _points(v) for k, v in observation.comparators.items()}
    if indicator.band_low is not None:
        indicator.band_low = _points(indicator.band_low)
    if indicator.band_high is not None:
        indicator.band_high = _points(indicator.band_high)


def _points(fraction: float) -> float:
    return round(fraction * 100, 10)


def _first_figure(indicator: ParsedIndicator) -> ParsedObservation:
    return next(o for o in indicator.observations if o.actual is not None)


def _doubt_fractions(indicator: ParsedIndicator, notes: Notes) -> None:
    """A row that may be fractions (0.4 for 40%) or per cents under one (0.4%)."""
    first = _first_figure(indicator)
    value = first.actual or 0
    row, col = from_a1(first.cell or "")
    notes.doubt(
        first.sheet or "",
        row,
        col,
        f"'{indicator.code or indicator.name}' is a percentage with every figure between -1 "
        f"and 1 ({_few(_actuals(indicator))}) and nothing in its table says whether "
        f"{value:g} is a fraction ({value * 100:g}%) or a per cent under one ({value:g}%) — "
        f"format the cells as %, or write them in points (or import with --accept to keep "
        f"{value:g})",
        kind="fractions or per cents under one",
    )


def _doubt_mixed(indicator: ParsedIndicator, notes: Notes) -> None:
    """A percentage row on two scales in a table storing its percentages as fractions."""
    first = _first_figure(indicator)
    row, col = from_a1(first.cell or "")
    targets = [o.target for o in indicator.observations if o.target is not None]
    notes.doubt(
        first.sheet or "",
        row,
        col,
        f"'{indicator.code or indicator.name}' has figures {_few(_actuals(indicator))}"
        + (f" and targets like {targets[0]:g}" if targets else "")
        + " where its table stores percentages as fractions (0.873 for 87.3%) — some of "
        "them are on the other scale; format the cells as % or write them in points",
        kind="percentage on two scales among fractions",
    )


def _actuals(indicator: ParsedIndicator) -> list[float]:
    return [o.actual for o in indicator.observations if o.actual is not None]


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
        return header.sheet.shows_percent(row, col)

    def header_of(self, indicator: ParsedIndicator) -> Header | None:
        """The table an indicator's first located figure stands in."""
        for observation in indicator.observations:
            found = self._at(observation)
            if found is not None:
                return found[0]
        return None

    def row_says_percent(self, indicator: ParsedIndicator) -> bool:
        """A figure of the indicator, or a target in its row, wrote its scale with a %."""
        for observation in indicator.observations:
            found = self._at(observation) if observation.actual is not None else None
            if found is None:
                continue
            header, row, col = found
            targets = [c.index for c in header.columns if c.field == "target"]
            if any(header.sheet.shows_percent(row, c) for c in (col, *targets)):
                return True
        return False

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
