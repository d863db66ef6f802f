"""Small helpers shared by the benchmark parts."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Runs a command and prints the peak resident memory of its process tree, in kB, as the
# kernel counted it (ru_maxrss of the waited-for children): measured, never estimated.
_PEAK_WRAPPER = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


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


def child_peak_mb(argv: Sequence[str]) -> float:
    """Peak RSS (MB) of a fresh child process running ``argv`` (from a clean parent)."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *argv],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def report(
    name: str,
    value: float,
    *,
    floor: float | None = None,
    goal: str = "",
    note: str = "",
    unit: str = "s",
    ratio_goal: float | None = None,
    ratio: float | None = None,
) -> None:
    """One line of the table: ``value`` and its ``floor`` in ``unit`` ("s" or "MB").

    ``ratio`` is value / floor unless given (e.g. the median of ratios measured in pairs).
    """
    if ratio is None:
        ratio = value / floor if floor else None
    print(
        json.dumps(
            {
                "name": name,
                "value": value,
                "unit": unit,
                "floor": floor,
                "ratio": ratio,
                "goal": goal,
                "met": None if ratio_goal is None or ratio is None else ratio <= ratio_goal,
                "note": note,
            }
        ),
        flush=True,
    )
