"""Import of 10k and 100k observations against python-calamine reading the same cells."""

from __future__ import annotations

import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import best_of, peak_rss_mb, report
from bench.generate import write_xlsx


def calamine_floor(path: Path) -> float:
    from python_calamine import CalamineWorkbook

    def read() -> None:
        wb = CalamineWorkbook.from_path(str(path))
        for name in wb.sheet_names:
            wb.get_sheet_by_name(name).to_python()

    return best_of(read)


def import_once(path: Path, store_dir: Path) -> float:
    from db.store import Store
    from desktop.scorecard.importer import import_file

    store_dir.mkdir()
    store = Store.open(store_dir / "scrutineer.sqlite")
    try:
        start = time.perf_counter()
        result = import_file(store, path)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    if result.status != "imported":
        raise SystemExit(f"benchmark import refused: {result.error}")
    return elapsed


def stage_times(path: Path, store_dir: Path) -> dict[str, float]:
    """One import taken apart: reading the file, finding the table, writing the store (s)."""
    from db.store import Store
    from desktop.scorecard.layout import find as layout
    from desktop.scorecard.read.workbook import read_workbook
    from desktop.scorecard.store.write import ImportInfo, write

    store_dir.mkdir()
    store = Store.open(store_dir / "scrutineer.sqlite")
    gc.disable()  # as import_file does while it imports
    try:
        start = time.perf_counter()
        workbook = read_workbook(path)
        read = time.perf_counter()
        layout.signature(workbook)
        layout.headers(workbook)
        parsed = layout.detect(workbook)
        detect = time.perf_counter()
        del workbook
        info = ImportInfo(path.name, str(path), "stages", None, None, None, [])
        with store.session() as session:
            write(session, parsed, info, lambda: None)
        done = time.perf_counter()
    finally:
        gc.enable()
        store.close()
    return {"read": read - start, "detect": detect - read, "write": done - detect}


def import_peak_mb(path: Path, store_dir: Path) -> float:
    """Peak memory of a fresh process that only imports ``path`` (nothing generated in it)."""
    proc = subprocess.run(
        [sys.executable, "-m", "bench.import_bench", "--peak", str(path), str(store_dir)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        check=True,
    )
    return float(json.loads(proc.stdout.strip().splitlines()[-1])["peak_mb"])


def _peak_child(path: Path, store_dir: Path) -> None:
    import_once(path, store_dir)
    # the process's own high-water mark: ru_maxrss would carry the parent's over exec
    status = Path("/proc/self/status")
    hwm = [line for line in status.read_text().splitlines() if line.startswith("VmHWM:")]
    peak_kb = int(hwm[0].split()[1]) if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_mb": peak_kb / 1024}))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for indicators, periods, goal in (
            (500, 20, "<= 3x floor, < 1 s"),
            (5000, 20, "<= 3x floor"),
        ):
            path = base / f"scorecard-{indicators}.xlsx"
            observations = write_xlsx(path, indicators, periods)
            floor = calamine_floor(path)
            times = [import_once(path, base / f"store-{indicators}-{i}") for i in range(2)]
            stages = stage_times(path, base / f"store-{indicators}-stages")
            alone = import_peak_mb(path, base / f"store-{indicators}-peak")
            parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items())
            report(
                f"import {observations // 1000}k observations",
                min(times),
                floor_s=floor,
                goal=goal,
                note=f"peak memory {peak_rss_mb():.0f} MB (import alone {alone:.0f} MB); {parts}",
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--peak"]:
        _peak_child(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        main()
