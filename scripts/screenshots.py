"""Render the README's screenshots of the sample, on light and dark palettes (docs/*.png).

Run under Xvfb for real fonts and window decorations, or offscreen:
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Mid: "#3c4043",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Light: "#4a4d51",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    return p


def shoot(out: Path, *, dark: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from db.store import Store
    from desktop.commands import seed_demo_store
    from desktop.loading import load_store
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import Workers

    app = make_application()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())  # type: ignore[arg-type]
    tmp = Path(tempfile.mkdtemp(prefix="scrutineer-shots-"))
    try:
        seed_demo_store(tmp)
        store = Store.open(tmp / "scrutineer.sqlite")
        window = MainWindow(
            store, data_dir=tmp, workers=Workers(synchronous=True), remember_layout=False
        )
        window.resize(1440, 920)
        window.apply(load_store(store, None))
        window.show()
        window.tree.step_red(True)
        QApplication.processEvents()
        window.grab().save(str(out), "PNG")
        window.close()
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    docs = REPO / "docs"
    docs.mkdir(exist_ok=True)
    shoot(docs / "main-window-light.png", dark=False)
    shoot(docs / "main-window-dark.png", dark=True)
    print("wrote docs/main-window-light.png and docs/main-window-dark.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
