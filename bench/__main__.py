"""Run every benchmark and print a table of timings and ratios to their floors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PARTS = (
    "bench.import_bench",
    "bench.analysis_bench",
    "bench.ui_bench",
    "bench.export_bench",
    "bench.team_bench",
)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[dict[str, object]] = []
    for module in PARTS:
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
    print(f"{'benchmark':<{width}}  {'time':>10}  {'floor':>10}  {'ratio':>6}  goal")
    for r in results:
        floor = r.get("floor_s")
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else "-"
        floor_txt = f"{floor * 1000:.0f} ms" if isinstance(floor, float) else "-"
        extra = f"  {r['note']}" if r.get("note") else ""
        print(
            f"{r['name']:<{width}}  {float(r['time_s']) * 1000:>7.0f} ms  {floor_txt:>10}  "
            f"{ratio:>6}  {r.get('goal', '')}{extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
