"""'Last updated' and 'Next update due' columns are never figures or periods."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.header import classify


@pytest.mark.parametrize(
    "heading",
    ["Next update due", "Next update", "Next due date", "Date of next update", "Next release",
     "Last updated", "Last refreshed", "Date last updated"],
)  # fmt: skip
def test_update_date_headings_are_neither_periods_nor_figures(heading: str) -> None:
    column = classify(heading)
    assert column.field == "ignore"
    assert column.period is None
