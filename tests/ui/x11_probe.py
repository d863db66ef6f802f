"""Drive the window on a real X server (Xvfb), where Qt uses Linux's text-editing keys and
lays out hidden widgets as X11 does: ``python -m tests.ui.x11_probe DIR keys|first-run``
prints, as JSON, what the keys did from a text box, or how a first run shares the height.

Run by ``test_x11`` in a child process under ``xvfb-run``: the key bindings are fixed by the
platform when Qt starts, and the tests' own offscreen platform behaves differently.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def first_run(folder: Path) -> int:
    """An empty store opens on the welcome screen; Alt+S opens the sample from it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from db.store import Store
    from desktop.loading import load_store
    from desktop.ui.app import make_application, use_private_settings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import Workers

    make_application()
    use_private_settings(folder)
    store = Store.open(folder / "scrutineer.sqlite")
    window = MainWindow(store, data_dir=folder, workers=Workers(synchronous=True))
    window.apply(load_store(store, None))
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    welcome = window.stack.currentWidget() is window.welcome
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the &sample
    QTest.qWait(300)
    detail, notes = window.right_splitter.sizes()
    chart = window.ensure_detail().chart  # type: ignore[attr-defined]
    report = {
        "welcome_first": welcome,
        "indicators_shown": window.stack.currentWidget() is window.splitter,
        "detail": detail,
        "notes": notes,
        "chart_height": chart.height(),
    }
    window.close()
    store.close()
    print(json.dumps(report))
    return 0


def main(folder: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

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
    QTest.qWaitForWindowActive(window)
    window.tree.step_red(True)
    ctrl = Qt.KeyboardModifier.ControlModifier
    report: dict[str, object] = {
        "platform": app.platformName(),
        "end_of_line_keys": [
            k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.MoveToEndOfLine)
        ],
    }
    box = window.filter_bar.search
    QTest.keyClick(window, Qt.Key.Key_F, ctrl)  # Find: the search box
    QTest.keyClicks(box, "care")
    QTest.keyClick(box, Qt.Key.Key_Home)
    QTest.keyClick(box, Qt.Key.Key_End)  # End still ends the line
    report["end_moves_to_end"] = box.cursorPosition() == len(box.text())
    QTest.keyClick(box, Qt.Key.Key_E, ctrl)
    QTest.qWait(50)
    dialog = window.export_flow.dialog
    report["export_from_search_box"] = dialog is not None and dialog.isVisible()
    report["search_text_kept"] = box.text()
    if dialog is not None:
        dialog.reject()
    window.close()
    store.close()
    QApplication.processEvents()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    probe = first_run if sys.argv[2:3] == ["first-run"] else main
    sys.exit(probe(Path(sys.argv[1])))
