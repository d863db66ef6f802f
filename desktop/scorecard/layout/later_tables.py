"""A later table of the same indicators with no portfolio of its own: its rows are theirs.

A scorecard's main table lists its indicators under portfolio rows ('Children's Services',
'Adult Social Care'); below it, after a few blank rows, or on a sheet of its own, a second
table gives some of the same indicators again by code and name with other columns — a
'Benchmarking' table of last year's outturn beside England and the statistical neighbours,
a table of earlier years — and no portfolio rows. A bare heading over such a table
('Benchmarking', 'Comparators', 'Benchmark data') names what the table holds, not a service:
it is no portfolio, and no sign that the table above is continued.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.target_tables import caption_words


def says_benchmarking(text: str | None) -> bool:
    """'Benchmarking', 'Comparators', 'Benchmark data (2023/24)': a heading saying its
    table holds comparisons with other councils, and naming no service."""
    if not text:
        return False
    words = caption_words(text)
    if not any(w in vocabulary.TABLE_BENCHMARK_WORDS for w in words):
        return False
    allowed = (
        vocabulary.TABLE_BENCHMARK_WORDS
        | vocabulary.TABLE_BENCHMARK_OTHER_WORDS
        | vocabulary.BENCHMARK_WORDS
    )
    return all(w in allowed for w in words)
