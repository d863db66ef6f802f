"""The window: start-up with 2,000 x 20, filter/search over 10,000 indicators, switching indicators."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import report
from bench.generate import write_xlsx

REPO = Path(__file__).resolve().parent.parent
BARE_WINDOW = """
import time; t0 = time.perf_counter(); from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(f"smoke ok {round((time.perf_counter() - t0) * 1000)}")
"""


def _smoke_ms(argv: list[str]) -> float:
    out = subprocess.run(
        argv, cwd=REPO, capture_output=True, text=True, check=True, env={**os.environ}
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("smoke ok"))
    return float(line.split()[-1]) / 1000


def _store_with(tmp: Path, indicators: int, periods: int) -> Path:
    from db.store import Store
    from desktop.scorecard.importer import import_file

    data = tmp / f"data-{indicators}"
    data.mkdir(mode=0o700)
    path = tmp / f"scorecard-{indicators}.xlsx"
    write_xlsx(path, indicators, periods)
    store = Store.open(data / "scrutineer.sqlite")
    try:
        result = import_file(store, path)
        if result.status != "imported":
            raise SystemExit(f"benchmark import refused: {result.error}")
    finally:
        store.close()
    return data


def startup(tmp: Path) -> None:
    data = _store_with(tmp, 2000, 20)
    app_runs = [
        _smoke_ms([sys.executable, "main.py", "--data-dir", str(data), "--smoke"]) for _ in range(3)
    ]
    bare_runs = [_smoke_ms([sys.executable, "-c", BARE_WINDOW]) for _ in range(3)]
    report(
        "start-up to first paint, 2,000 x 20",
        min(app_runs),
        floor_s=min(bare_runs),
        goal="< 1.5 s",
        note="floor: bare QApplication + empty window",
    )


def timed_call(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def filtering_and_switching(tmp: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from db.store import Store
    from desktop.catalogue import load_views
    from desktop.ui.models.filter_proxy import FilterState, PortfolioFilterProxy
    from desktop.ui.models.portfolio_tree import PortfolioTreeModel
    from desktop.ui.views.indicator_view import IndicatorDetailView

    app = QApplication.instance() or QApplication([])
    data = _store_with(tmp, 10_000, 4)
    store = Store.open(data / "scrutineer.sqlite")
    with store.session() as session:
        views = load_views(session)
    store.close()
    model = PortfolioTreeModel()
    model.reload(views)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)

    def timed(state: FilterState) -> float:
        start = time.perf_counter()
        proxy.set_state(state)
        proxy.visible_count()
        return time.perf_counter() - start

    searches = ["measure", "number 12", "kpi0999", "service delivery", ""]
    search = max(min(timed(FilterState(text=t)) for _ in range(3)) for t in searches)
    toggles = max(
        min(timed(s) for _ in range(3))
        for s in (FilterState(red=True), FilterState(red=True, worsening=True), FilterState())
    )
    # the floor: the plain-Python work any search must do, a substring test over the same texts
    texts = [" ".join((v.code or "", v.name)).casefold() for v in views]

    def plain_search() -> None:
        for query in searches:
            words = query.split()
            [t for t in texts if all(w in t for w in words)]

    floor = min(timed_call(plain_search) for _ in range(3)) / len(searches)
    report("search over 10,000 indicators (worst query)", search, floor_s=floor, goal="< 50 ms")
    report("RAG/trend toggles over 10,000 indicators", toggles, floor_s=floor, goal="< 50 ms")

    data20 = tmp / "data-2000"
    store = Store.open(data20 / "scrutineer.sqlite")
    with store.session() as session:
        views20 = load_views(session)[:200]
    store.close()
    detail = IndicatorDetailView()
    detail.resize(900, 900)
    detail.show()
    app.processEvents()
    times = []
    for view in views20:
        start = time.perf_counter()
        detail.show_indicator(view)
        app.processEvents()
        times.append(time.perf_counter() - start)
    times.sort()
    # the floor: a bare pyqtgraph plot redrawing one line of the same points
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    plot.resize(900, 380)
    plot.show()
    curve = plot.plot()
    label_floor = []
    for view in views20:
        ys = [o.actual if o.actual is not None else float("nan") for o in view.observations]
        start = time.perf_counter()
        curve.setData(list(range(len(ys))), ys)
        app.processEvents()
        label_floor.append(time.perf_counter() - start)
    label_floor.sort()
    report(
        "switch indicator incl. chart (median of 200)",
        times[len(times) // 2],
        floor_s=label_floor[len(label_floor) // 2],
        goal="< 50 ms",
        note=f"95th percentile {times[int(len(times) * 0.95)] * 1000:.0f} ms",
    )


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        startup(Path(tmp))
        filtering_and_switching(Path(tmp))


if __name__ == "__main__":
    main()
