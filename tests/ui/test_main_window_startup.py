"""Start-up reads the stored analysis only; an indicator's series loads when it is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QAction
from sqlalchemy import func, select

from db.models import IndicatorAnalysisRow
from db.store import Store
from desktop.catalogue import IndicatorSummary, IndicatorView, load_views
from desktop.loading import load_store
from desktop.ui.main_window import MainWindow
from tests.ui.test_main_window import current_code


def _stored_rows(store: Store) -> int:
    with store.read_session() as session:
        return session.execute(select(func.count()).select_from(IndicatorAnalysisRow)).scalar_one()


def test_latest_loads_summaries_and_stores_any_missing_analysis(seeded: Store) -> None:
    assert _stored_rows(seeded) == 0  # rows written straight to the store, as before an upgrade
    loaded = load_store(seeded, None)
    assert loaded.views and all(isinstance(v, IndicatorSummary) for v in loaded.views)
    assert _stored_rows(seeded) == len(loaded.views)
    with seeded.read_session() as session:
        full = load_views(session)
    assert [v.id for v in loaded.views] == [v.id for v in full]
    assert [v.latest_rag for v in loaded.views] == [v.latest_rag for v in full]
    assert loaded.choices[0][0] == "Q4 2024/25"


def test_an_earlier_period_loads_full_views_cut_at_its_end(seeded: Store) -> None:
    loaded = load_store(seeded, dt.date(2024, 9, 30))
    assert all(isinstance(v, IndicatorView) for v in loaded.views)
    assert all(o.period.end <= dt.date(2024, 9, 30) for v in loaded.views for o in v.observations)  # type: ignore[union-attr]


def test_selecting_an_indicator_loads_only_its_series(window: MainWindow) -> None:
    cache = window.views
    assert cache.loaded() == 0  # type: ignore[attr-defined]
    window.tree.step_red(True)
    shown = window.current_view()
    assert isinstance(shown, IndicatorView) and shown.code == current_code(window)
    assert len(shown.observations) == 4
    assert cache.loaded() == 1  # type: ignore[attr-defined]
    everything = list(window.views.values())
    assert len(everything) == window.tree_model.indicator_count()
    assert all(isinstance(v, IndicatorView) for v in everything)


def test_a_store_locked_by_another_program_still_loads(seeded: Store) -> None:
    import sqlite3

    lenient = Store.open(seeded.path, wait_seconds=0.2)
    other = sqlite3.connect(seeded.path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        loaded = load_store(lenient, None)
        assert len(loaded.views) == 6 and _stored_rows(lenient) == 0
    finally:
        other.execute("ROLLBACK")
        other.close()
    load_store(lenient, None)
    assert _stored_rows(lenient) == 6  # stored on the next load
    lenient.close()


def test_what_changed_loads_every_series_on_a_worker(  # type: ignore[no-untyped-def]
    qtbot, seeded: Store, data_dir: Path
) -> None:
    from desktop.ui.workers import Workers

    window = MainWindow(seeded, data_dir=data_dir, workers=Workers(), remember_layout=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.views_loaded, timeout=10000):
        window.reload()
    cache = window.views
    assert cache.loaded() == 0  # type: ignore[attr-defined]
    dock = window.what_changed_dock
    assert dock is not None
    dock.show()
    assert cache.loaded() == 0  # type: ignore[attr-defined]  # not on the window's thread
    qtbot.waitUntil(lambda: cache.loaded() == 6, timeout=10000)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(dock.view.group_titles()), timeout=10000)
    assert "Q4 2024/25" in dock.view.heading.text()
    window.close()


def test_the_first_paint_then_the_later_parts_give_the_whole_window(  # type: ignore[no-untyped-def]
    qtbot, seeded: Store, data_dir: Path
) -> None:
    from desktop.loading import quick_load
    from desktop.ui.workers import Workers

    window = MainWindow(
        seeded, data_dir=data_dir, workers=Workers(synchronous=True), later_parts=True
    )
    qtbot.addWidget(window)
    assert quick_load(seeded.path) is None  # seeded without its analysis: the full load
    load_store(seeded, None)  # works it out and stores it
    first = quick_load(seeded.path)
    assert first is not None and len(first.views) == 6
    window.apply(first)
    window.show()
    qtbot.waitExposed(window)
    assert window.tree_model.indicator_count() == 6
    assert window.period_combo.count() > 1  # the latest and each quarter
    assert not hasattr(window, "annotations")  # not yet: they read the store through the ORM
    loaded: list[bool] = []
    window.views_loaded.connect(lambda: loaded.append(True))
    window.build_later_parts()
    assert loaded == [True]  # the parts built now are shown what is loaded
    assert window.findChild(QAction, "lockAction") is not None
    assert window.findChild(QAction, "restoreAction") is not None
    window.tree.step_red(True)
    shown = window.current_view()
    assert isinstance(shown, IndicatorView) and shown.code == current_code(window)
    assert window.annotations.notes.view is shown  # the notes follow the selection
    window.build_later_parts()  # once only
    assert len(window.findChildren(QAction, "lockAction")) == 1


def test_the_first_paint_imports_neither_the_orm_nor_the_chart_library(seeded: Store) -> None:
    import subprocess
    import sys

    load_store(seeded, None)  # stores the analysis the seed left out
    probe = (
        "import sys; from pathlib import Path\n"
        "import desktop.ui.app, desktop.commands, desktop.cli\n"
        "from desktop.loading import quick_load\n"
        f"loaded = quick_load(Path({str(seeded.path)!r}))\n"
        "assert loaded is not None and len(loaded.views) == 6\n"
        "heavy = ('sqlalchemy', 'alembic', 'pyqtgraph', 'numpy', 'openpyxl')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert out.strip() == "[]"
