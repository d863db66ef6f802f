"""Small helpers shared by the benchmark parts."""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(
    name: str, time_s: float, *, floor_s: float | None = None, goal: str = "", note: str = ""
) -> None:
    ratio = time_s / floor_s if floor_s else None
    print(
        json.dumps(
            {
                "name": name,
                "time_s": time_s,
                "floor_s": floor_s,
                "ratio": ratio,
                "goal": goal,
                "note": note,
            }
        ),
        flush=True,
    )
