"""Analysis of indicator series: RAG rules, trends, sanity flags and lines of enquiry (no Qt)."""

from .assess import assess, summarise
from .changes import what_changed
from .rag import compute_rag, effective_rag
from .rollup import flag_counts, rag_counts, rag_counts_by
from .timeline import previous_point, same_period_last_year
from .trend import direction
from .types import (
    DEFAULT_TOLERANCE,
    Assessment,
    ChangeItem,
    ChangeSummary,
    ComparatorGap,
    Direction,
    Enquiry,
    Flag,
    Point,
    Polarity,
    Rag,
    Series,
    Summary,
    Tolerance,
    ToleranceMode,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "Assessment",
    "ChangeItem",
    "ChangeSummary",
    "ComparatorGap",
    "Direction",
    "Enquiry",
    "Flag",
    "Point",
    "Polarity",
    "Rag",
    "Series",
    "Summary",
    "Tolerance",
    "ToleranceMode",
    "assess",
    "compute_rag",
    "direction",
    "effective_rag",
    "flag_counts",
    "previous_point",
    "rag_counts",
    "rag_counts_by",
    "same_period_last_year",
    "summarise",
    "what_changed",
]
