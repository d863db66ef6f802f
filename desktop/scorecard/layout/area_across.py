"""A benchmarking sheet of indicators down and councils across, each row with its own period.

LG Inform nearest-neighbour appendices print one row per indicator (Code, Indicator, Unit,
'Latest period', 'Good is'), then one column per council of the comparison group, headed by
the councils' names, then the group's average, the region and England:

    Code | Indicator | Latest period | Cotswold | … | Stroud | … | Neighbours average | England

The councils' names are words no vocabulary holds, so no column is the indicators' own
figures. With ``--area`` naming one of those columns, the table is read as that council's:
its column is the figure of each row's own period, the averages, region and England its
comparators, and the other councils are left out (they are the comparison, not the council).
A fill on the council's column marks it out among the others; it is not read as ratings.
Without ``--area`` such a sheet is refused: which council's figures to import is the user's
choice, not a guess. The sheet is read so only where each row names its own period in a
column of period labels, and at least one comparator column stands beside the councils.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import own_area
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import ScorecardError

MIN_COUNCILS = 2  # the council and at least one other across the columns


def councils(header: Header) -> list[Column]:
    """The columns of figures headed by councils' names, where the table is such a sheet."""
    if header.one("name") is None and header.one("code") is None:
        return []
    if any(c.field == "actual" for c in header.columns):
        return []
    period = header.one("period")
    if period is None or period.period is not None:
        return []
    if not any(c.field == "comparator" for c in header.columns):
        return []
    found = [
        c
        for c in header.columns
        if c.field is None and c.header and own_area.holds_figures(header, c.index)
    ]
    return found if len(found) >= MIN_COUNCILS else []


def view(header: Header, area: str | None, file_name: str) -> Rearranged | None:
    """The sheet with only ``area``'s column of the councils, headed 'Actual'; None where
    the table is no such sheet. Refused when no area is named or the named one is not there."""
    across = councils(header)
    if not across:
        return None
    names = [c.header for c in across]
    listing = f"{', '.join(names[:4])}{', …' if len(names) > 4 else ''}"
    if area is None:
        raise ScorecardError(
            f"{file_name} holds figures for {len(names)} councils in its columns ({listing}) "
            "— choose one with --area NAME"
        )
    wanted = vocabulary.area_key(area)
    own = next((c for c in across if vocabulary.area_key(c.header) == wanted), None)
    if own is None:
        raise ScorecardError(
            f"area '{area}' is not a column of {file_name} — it holds {listing}; "
            "check the spelling with --area NAME"
        )
    period = header.one("period")
    assert period is not None
    dropped = {c.index for c in across if c is not own}
    sheet = header.sheet
    width = max((len(r) for r in sheet.rows), default=0)
    kept = [i for i in range(width) if i not in dropped]
    moved = {old: new for new, old in enumerate(kept)}
    rows = [[row[i] if i < len(row) else None for i in kept] for row in sheet.rows]
    rows[header.top][moved[own.index]] = "Actual"
    rows[header.top][moved[period.index]] = "Period"
    origin = {a1(r, moved[c]): a1(r, c) for r in range(header.top, len(sheet.rows)) for c in kept}
    copy = sheet.rearranged(
        rows,
        {old: [new] for old, new in moved.items()},
        # the council's own column is often filled to pick it out: a highlight, not ratings
        styles={
            (r, moved[c]): replace(s, fill=None) if c == own.index else s
            for (r, c), s in sheet.styles.items()
            if c in moved
        },
        merged=[],
    )
    others = [c.header for c in across if c is not own]
    left = f"{', '.join(others[:6])}{', …' if len(others) > 6 else ''}"
    how = (
        f"{own.header}'s column ({a1(header.top, own.index)}) is the figures, of "
        f"{len(across)} councils across; the other {len(others)} are left out ({left})"
    )
    return Rearranged(copy, origin, how=how)
