"""Open the window on the sample, as a real process on a 1366×768 screen, and report its fit.

Run by ``test_laptop_layout`` in a child process, because the scale factor (QT_SCALE_FACTOR)
and the screen's size are fixed when Qt starts: ``python -m tests.ui.laptop_probe DIR``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(folder: Path) -> int:
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
    window.tree.step_red(True)
    for _ in range(5):
        app.processEvents()
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
    }
    window.close()
    store.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
