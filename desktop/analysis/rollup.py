"""Roll-ups over many assessments: RAG counts and flag counts for a portfolio or a scorecard."""

from __future__ import annotations

from collections.abc import Iterable

from .types import Assessment

RAG_KEYS = ("red", "amber", "green", "none")


def rag_counts(assessments: Iterable[Assessment]) -> dict[str, int]:
    """How many are red, amber, green or unrated, by the latest published RAG, else computed."""
    counts = dict.fromkeys(RAG_KEYS, 0)
    for assessment in assessments:
        counts[assessment.rag_latest or "none"] += 1
    return counts


def rag_counts_by(groups: Iterable[tuple[str, Assessment]]) -> dict[str, dict[str, int]]:
    """rag_counts per group name (a portfolio, a service), groups in first-seen order."""
    result: dict[str, dict[str, int]] = {}
    for name, assessment in groups:
        counts = result.setdefault(name, dict.fromkeys(RAG_KEYS, 0))
        counts[assessment.rag_latest or "none"] += 1
    return result


def flag_counts(assessments: Iterable[Assessment]) -> dict[str, int]:
    """How many assessments raise each flag rule (once per assessment)."""
    counts: dict[str, int] = {}
    for assessment in assessments:
        for rule in {flag.rule for flag in assessment.flags}:
            counts[rule] = counts.get(rule, 0) + 1
    return dict(sorted(counts.items()))
