"""Lines above a table: the report's own title and its prose, or the name of what it holds.

A sheet per indicator names its indicator in a line above the table, but the same sheet may
carry the report's title ('Performance Monitoring Report') and a sentence or two of prose
first. Those say what the report is, not which indicator the figures belong to.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary

_REPORT = re.compile(rf"\b(?:{vocabulary.alternatives(vocabulary.REPORT_TITLE_WORDS)})\b")
PROSE_WORDS = 6  # a line of this many words ending in a full stop is a sentence


def is_report_line(text: str) -> bool:
    """A report's title, or a sentence of prose."""
    key = vocabulary.normalise(text)
    if _REPORT.search(key):
        return True
    return text.rstrip().endswith(".") and len(text.split()) >= PROSE_WORDS


def naming_line(lines: list[str]) -> str | None:
    """The first line that may name what the table holds; None when every line is the
    report's title or prose."""
    return next((line for line in lines if not is_report_line(line)), None)
