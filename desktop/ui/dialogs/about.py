"""Help > About: the version and where the data is kept."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__


def about_text(store_path: Path, data_dir: Path) -> str:
    return (
        f"<h2>Scrutineer {html.escape(__version__)}</h2>"
        "<p>Council performance scorecards, read offline, for scrutiny members.</p>"
        f"<p><b>Your data:</b> {html.escape(str(store_path))}<br>"
        f"<b>Logs:</b> {html.escape(str(data_dir / 'logs'))}</p>"
        f"<p>Python {html.escape(platform.python_version())}, "
        f"Qt for Python {html.escape(pyside_version)}. Nothing is ever sent over a network.</p>"
    )


def show_about(parent: QWidget | None, store_path: Path, data_dir: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle("About Scrutineer")
    box.setAccessibleName("About Scrutineer")
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_text(store_path, data_dir))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.open()
    return box
