"""'Last updated' and 'Next update due' columns: the day each row's figures came, and the next.

A running scorecard kept through the year often gives each measure the day its figures were
last refreshed ('Last updated', 'Date updated', 'Last refreshed') and the day the next is
expected ('Next update due', 'Next due', 'Next release'), as real dates or words ('TBC',
'April 2025'). Both are housekeeping: neither column holds a figure or names a period.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary


def said_by(heading: str) -> str:
    """What a heading of a row's update days names ('Last updated', 'Next update due'), as
    the words of a column's reason; '' for any other heading."""
    words = vocabulary.normalise(heading)
    if words in vocabulary.ROW_UPDATED_HEADINGS:
        return "the day the row's figures were last refreshed, not a period"
    if words in vocabulary.NEXT_UPDATE_HEADINGS:
        return "when the row's next figure is expected, not a period"
    return ""
