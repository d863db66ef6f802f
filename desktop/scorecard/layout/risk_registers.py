"""A service's risk register on a sheet beside its indicators ('Risk ref | Description |
Likelihood | Impact | Score | RAG | Owner'): its scores and ratings are the risks', not
indicators' figures, so the sheet is set aside when no sheet is chosen.

The sheet is recognised by its heading row, whatever it is called: a cell naming the risk
and two saying how it is scored (likelihood and impact, inherent and residual score).
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import Sheet

HEADING_ROWS = 30  # rows looked through for the heading row


def is_risk_register(sheet: Sheet) -> bool:
    """Whether a heading row near the top names a risk and two ways of scoring it."""
    for row in sheet.rows[:HEADING_ROWS]:
        texts = {vocabulary.normalise(v) for v in row if isinstance(v, str) and len(v) <= 40}
        scored = sum(1 for t in texts if _scores(t))
        if texts & vocabulary.RISK_HEADINGS and scored >= 2:
            return True
    return False


def _scores(text: str) -> bool:
    """'Likelihood', 'Impact (1-5)', 'Residual risk score': a way of scoring a risk."""
    return any(
        text == word or text.startswith(word + " ") for word in vocabulary.RISK_SCORE_HEADINGS
    )
