"""Driving File > Export from tests: fill the export dialog's widgets and press Export."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.dialogs.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow


def open_dialog(window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.export_flow.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def export_via_dialog(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    *,
    fmt: str = "docx",
    charts: bool = True,
    exempt: bool = False,
    meeting: str | None = None,
) -> Path | None:
    """Export as a user would through the dialog; the written path (None: nothing written)."""
    dialog = open_dialog(window)
    dialog.set_format(fmt)
    dialog.set_meeting(meeting)
    dialog.charts_box.setChecked(charts)
    dialog.exempt_box.setChecked(exempt)
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000) as blocker:
        dialog.accept()
    written: Path | None = blocker.args[0] if blocker.args else None
    return written
