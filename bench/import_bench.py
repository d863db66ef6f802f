"""Import of 10k and 100k observations against python-calamine reading the same cells."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.common import best_of, child_peak_mb, report
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
    from desktop.collector import collector_paused
    from desktop.scorecard.layout import find as layout
    from desktop.scorecard.read.workbook import read_workbook
    from desktop.scorecard.store.write import ImportInfo, write

    store_dir.mkdir()
    store = Store.open(store_dir / "scrutineer.sqlite")
    with collector_paused():  # as import_file does while it imports
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
    store.close()
    return {"read": read - start, "detect": detect - read, "write": done - detect}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for indicators, periods, goal, ratio_goal in (
            (500, 20, "<= 2.5x floor, < 1 s", 2.5),
            (5000, 20, "<= 2.5x floor", 2.5),
        ):
            path = base / f"scorecard-{indicators}.xlsx"
            observations = write_xlsx(path, indicators, periods)
            floor = calamine_floor(path)
            times = [import_once(path, base / f"store-{indicators}-{i}") for i in range(2)]
            stages = stage_times(path, base / f"store-{indicators}-stages")
            parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items())
            label = f"{observations // 1000}k observations"
            report(
                f"import {label}",
                min(times),
                floor=floor,
                goal=goal,
                ratio_goal=ratio_goal,
                note=f"floor: python-calamine reading the cells; {parts}",
            )
            if indicators == 5000:
                store_dir = base / f"store-{indicators}-peak"
                store_dir.mkdir()
                peak = child_peak_mb(
                    [
                        sys.executable,
                        "-m",
                        "bench.import_bench",
                        "--once",
                        str(path),
                        str(store_dir),
                    ]
                )
                read_only = child_peak_mb([sys.executable, "-c", _CALAMINE_ONLY, str(path)])
                report(
                    f"peak memory, import of {label}",
                    peak,
                    floor=read_only,
                    unit="MB",
                    goal="< 250 MB",
                    note="peak RSS of the child process (RUSAGE_CHILDREN); "
                    "floor: python-calamine reading the cells",
                )


_CALAMINE_ONLY = """
import sys
from python_calamine import CalamineWorkbook
wb = CalamineWorkbook.from_path(sys.argv[1])
rows = [wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]
"""


if __name__ == "__main__":
    if sys.argv[1:2] == ["--once"]:
        import_once(Path(sys.argv[2]), Path(sys.argv[3]) / "store")
    else:
        main()
