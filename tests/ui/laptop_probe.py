"""Open the window on the sample, as a real process on a 1366×768 screen, and report its fit.

Run by ``test_laptop_layout`` in a child process, because the scale factor (QT_SCALE_FACTOR)
and the screen's size are fixed when Qt starts: ``python -m tests.ui.laptop_probe DIR``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def chart_in_view(window: Any) -> dict[str, object]:
    """Whether the selected indicator's title and its whole chart show in the detail pane as
    it opens, without scrolling."""
    from PySide6.QtCore import QPoint, QRect

    detail = window.ensure_detail()
    viewport = detail.scroll.viewport()
    chart = detail.chart
    where = QRect(chart.mapTo(viewport, QPoint(0, 0)), chart.size())
    title = detail.header.title
    return {
        "code": window.current_view().code,
        "scrolled": detail.scroll.verticalScrollBar().value(),
        "title": viewport.rect().contains(QRect(title.mapTo(viewport, QPoint(0, 0)), title.size())),
        "chart": viewport.rect().contains(where),
        "chart_height": chart.height(),
        "readout": chart.readout_above() or chart.readout_text(),
    }


def main(folder: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractScrollArea

    from db.store import Store
    from desktop.commands import seed_demo_store
    from desktop.loading import load_store
    from desktop.ui.app import make_application, use_private_settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import Workers

    app = make_application()
    use_private_settings(folder)
    seed_demo_store(folder)
    store = Store.open(folder / "scrutineer.sqlite")
    window = MainWindow(store, data_dir=folder, workers=Workers(synchronous=True))
    window.apply(load_store(store, None))
    window.show()
    window.activateWindow()
    window.tree.setFocus()
    for _ in range(5):
        app.processEvents()
    charts_in_view = []
    for _ in range(3):  # F8: the next red indicator, as a chair walks them
        QTest.keyClick(window.tree, Qt.Key.Key_F8)
        for _ in range(5):
            app.processEvents()
        charts_in_view.append(chart_in_view(window))
    available = window.available_geometry()
    frame = window.frameGeometry()
    annotations = window.annotations

    def sideways(root: object) -> list[str]:
        return [
            area.accessibleName() or type(area).__name__
            for area in root.findChildren(QAbstractScrollArea)  # type: ignore[attr-defined]
            if area.isVisible() and area.horizontalScrollBar().isVisible()
        ]

    notes = sideways(annotations.notes)
    figures = sideways(window.ensure_detail())
    annotations.tabs.setCurrentWidget(annotations.questions)
    for _ in range(3):
        app.processEvents()
    questions = sideways(annotations.questions)
    chart = window.detail.chart  # type: ignore[attr-defined]
    report = {
        "scale": window.devicePixelRatioF(),
        "available": [available.width(), available.height()],
        "fits": available.contains(frame),
        "notes_sideways": notes,
        "questions_sideways": questions,
        "figures_sideways": figures,
        "chart_fits": chart.getPlotItem().geometry().width() <= chart.viewport().width(),
        "charts_in_view": charts_in_view,
    }
    window.close()
    store.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
