"""Import of 10k and 100k observations against python-calamine reading the same cells."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import child_peak_mb, report
from bench.generate import write_xlsx


def calamine_floor(path: Path) -> tuple[float, float]:
    """One read of every sheet's cells by python-calamine: (wall, CPU) seconds."""
    from python_calamine import CalamineWorkbook

    wall, cpu = time.perf_counter(), time.process_time()
    wb = CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python()
    return time.perf_counter() - wall, time.process_time() - cpu


def import_once(path: Path, store_dir: Path) -> tuple[float, float]:
    """One import into a new store: (wall, CPU) seconds."""
    from db.store import Store
    from desktop.scorecard.importer import import_file

    store_dir.mkdir()
    store = Store.open(store_dir / "scrutineer.sqlite")
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = import_file(store, path)
        elapsed = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        store.close()
    if result.status != "imported":
        raise SystemExit(f"benchmark import refused: {result.error}")
    return elapsed


def paired(path: Path, base: Path, repeat: int = 3) -> dict[str, float]:
    """Floor and import taken in turn, ``repeat`` times: the medians and the median ratios.

    Other work on the machine comes and goes; a floor measured beside each import moves
    with it, where one measured a minute apart need not. CPU time (this process alone) is
    disturbed far less than wall-clock time and is given beside it.
    """
    calamine_floor(path)  # the first read pays for loading the reader and the file's pages
    walls, cpus, floors, floor_cpus = [], [], [], []
    for i in range(repeat):
        floor_wall, floor_cpu = calamine_floor(path)
        wall, cpu = import_once(path, base / f"store-{path.stem}-{i}")
        walls.append(wall)
        cpus.append(cpu)
        floors.append(floor_wall)
        floor_cpus.append(floor_cpu)
    return {
        "wall": statistics.median(walls),
        "floor": statistics.median(floors),
        "ratio": statistics.median(w / f for w, f in zip(walls, floors, strict=True)),
        "cpu": statistics.median(cpus),
        "floor_cpu": statistics.median(floor_cpus),
        "cpu_ratio": statistics.median(c / f for c, f in zip(cpus, floor_cpus, strict=True)),
    }


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
            runs = paired(path, base)
            stages = stage_times(path, base / f"store-{indicators}-stages")
            parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in stages.items())
            label = f"{observations // 1000}k observations"
            report(
                f"import {label}",
                runs["wall"],
                floor=runs["floor"],
                ratio=runs["ratio"],
                goal=goal,
                ratio_goal=ratio_goal,
                note=f"floor: python-calamine reading the cells, beside each of 3 imports "
                f"(medians); in CPU time {runs['cpu']:.2f} s against {runs['floor_cpu']:.2f} s, "
                f"ratio {runs['cpu_ratio']:.2f}; {parts}",
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
