"""A sheet laid out as a scorecard whose figure columns have headings nothing here reads.

A heading row with the indicators' names or codes and their targets or ratings, over
columns of numbers whose headings name no period or field the importer knows ('Wave 1',
'Q1 (pct)'), is a scorecard read wrongly, not a sheet of notes: skipping it with a warning
would let its figures vanish from an import that says it worked. It is held for review at
the first such heading instead.
"""

from __future__ import annotations

from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout import own_area
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.read.grid import Sheet

_SCORECARD_FIELDS = frozenset({"target", "rag"})
KIND = "figures under an unread heading"  # the kind of doubt a sheet is held with


def hold(sheet: Sheet, mapping: dict[str, str] | None, notes: Notes) -> bool:
    """Hold the sheet at the first unread heading over figures; True when it was held."""
    header = layout_header.find(sheet, mapping)
    if header is None:
        return False
    named = header.one("name") is not None or header.one("code") is not None
    if not named or not any(c.field in _SCORECARD_FIELDS for c in header.columns):
        return False
    for column in header.unplaced:
        if own_area.holds_figures(header, column.index):
            notes.doubt(
                sheet.name,
                header.top,
                column.index,
                f"column '{column.header}' holds figures beside the indicators' targets or "
                "ratings, but its heading names no period or field that can be read — name its "
                "period in the heading (e.g. 'Q1 2024/25') or map it with a saved profile",
                kind=KIND,
            )
            return True
    return False
