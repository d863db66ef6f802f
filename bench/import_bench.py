"""Import of 10k and 100k observations against python-calamine reading the same cells."""

from __future__ import annotations

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
            report(
                f"import {observations // 1000}k observations",
                min(times),
                floor_s=floor,
                goal=goal,
                note=f"peak memory {peak_rss_mb():.0f} MB",
            )


if __name__ == "__main__":
    main()
