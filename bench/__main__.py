"""Run every benchmark and print a table: this run's figure, its floor, the ratio, the goal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

PARTS = (
    "bench.import_bench",
    "bench.analysis_bench",
    "bench.ui_bench",
    "bench.export_bench",
    "bench.team_bench",
)


def _amount(value: Any, unit: str) -> str:
    if not isinstance(value, int | float):
        return "-"
    return f"{value:.0f} MB" if unit == "MB" else f"{value * 1000:.0f} ms"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = sys.argv[1:]
    known = [m.split(".")[-1] for m in PARTS]
    unknown = [name for name in only if name not in known]
    if unknown:
        print(
            f"error: no benchmark called {', '.join(unknown)} — run with none of "
            f"{', '.join(known)} to run them all, or name some of them",
            file=sys.stderr,
        )
        return 2
    results: list[dict[str, Any]] = []
    for module in PARTS:
        if only and module.split(".")[-1] not in only:
            continue
        # each part in its own process, so memory and start-up are measured honestly
        proc = subprocess.run(
            [sys.executable, "-m", module],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
            check=False,
        )
        if proc.returncode != 0:
            print(f"{module} failed:\n{proc.stderr}", file=sys.stderr)
            return 1
        results.extend(
            json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")
        )
    width = max(len(str(r["name"])) for r in results)
    print(f"{'figure':<{width}}  {'this run':>9}  {'floor':>9}  {'ratio':>6}  goal")
    for r in results:
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else "-"
        met = {True: " (met)", False: " (NOT met)"}.get(r.get("met"), "")
        print(
            f"{r['name']:<{width}}  {_amount(r['value'], r['unit']):>9}  "
            f"{_amount(r['floor'], r['unit']):>9}  {ratio:>6}  {r['goal']}{met}"
        )
    notes = [r for r in results if r.get("note")]
    if notes:
        print()
        for r in notes:
            print(f"{r['name']}: {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
