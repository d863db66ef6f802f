"""A sheet of a service plan's actions ('Action | Lead officer | Due date | % complete | RAG')
beside the indicators: the actions are not indicators, and their '% complete' is no figure.

The sheet is recognised by its heading row, whatever the sheet is called: a cell naming
the action and another saying how far it has got or when it is due.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import Sheet

HEADING_ROWS = 30  # rows looked through for the heading row


def is_actions_sheet(sheet: Sheet) -> bool:
    """Whether a heading row near the top names actions and their progress or due date."""
    for row in sheet.rows[:HEADING_ROWS]:
        texts = {vocabulary.normalise(v) for v in row if isinstance(v, str) and len(v) <= 40}
        texts |= {t.replace("%", "").strip() for t in texts}
        if texts & vocabulary.ACTION_HEADINGS and texts & vocabulary.ACTION_PROGRESS_HEADINGS:
            return True
    return False
