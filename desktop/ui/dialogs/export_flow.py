"""File > Export…: choose a file and format, then write it on a worker with progress."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.dialogs.progress import ProgressDialog
from desktop.ui.workers import TaskControl, Workers

EXPORT_FILTERS = {
    "docx": "Word briefing (*.docx)",
    "xlsx": "Excel tracker (*.xlsx)",
    "json": "JSON export (*.json)",
}


def format_for(path: Path, chosen_filter: str) -> str:
    """The format named by the file's suffix, else by the filter the user picked."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in EXPORT_FILTERS:
        return suffix
    for fmt, text in EXPORT_FILTERS.items():
        if text == chosen_filter:
            return fmt
    return "docx"


def write_export(store: Any, fmt: str, out: Path, control: TaskControl) -> Path:
    """Gather the store's contents and write them as ``fmt`` (runs on a worker)."""
    from desktop.export.gather import gather

    control.progress(0, 3, "Reading the scorecard, notes and questions…")
    with store.read_session() as session:
        data = gather(session)
    if control.cancelled():
        raise ExportCancelled
    control.progress(1, 3, f"Writing {out.name}…")
    if fmt == "json":
        from desktop.export.json_export import to_json_text

        _replace(out, to_json_text(data).encode("utf-8"))
    else:
        from desktop.export import documents

        documents.write(fmt, data, out)
    control.progress(3, 3, "Done")
    return out


class ExportCancelled(Exception):
    pass


def _replace(target: Path, payload: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class ExportFlow(QObject):
    """Asks where to export, runs the export, then says where the file went."""

    finished = Signal(object)  # the written path, or None

    def __init__(self, parent: QWidget, workers: Workers, store: Any) -> None:
        super().__init__(parent)
        self._window = parent
        self._workers = workers
        self._store = store
        self.progress = ProgressDialog("Exporting", "Starting…", parent)
        self.message: QMessageBox | None = None

    def choose_and_export(self) -> None:
        settings = QSettings()
        start = str(settings.value("export/last_dir", "") or "")
        name, chosen = QFileDialog.getSaveFileName(
            self._window, "Export", str(Path(start) / "scrutiny-briefing.docx") if start else
            "scrutiny-briefing.docx", ";;".join(EXPORT_FILTERS.values()),
        )  # fmt: skip
        if not name:
            return
        out = Path(name)
        settings.setValue("export/last_dir", str(out.parent))
        self.export(out, format_for(out, chosen))

    def export(self, out: Path, fmt: str) -> None:
        store = self._store
        self.progress.set_message(f"Exporting to {out.name}…")
        self.progress.show_soon()
        task = self._workers.run(
            lambda control: write_export(store, fmt, out, control),
            on_done=self._on_done,
            on_error=self._on_error,
        )
        if not task.done:
            self.progress.follow(task)
        else:
            self.progress.done(0)

    def _on_done(self, out: Path) -> None:
        self.progress.done(0)
        self._tell(QMessageBox.Icon.Information, f"Exported to {out}")
        self.finished.emit(out)

    def _on_error(self, exc: BaseException) -> None:
        self.progress.done(0)
        if isinstance(exc, ExportCancelled):
            self.finished.emit(None)
            return
        from desktop.errors import UserError

        if isinstance(exc, UserError | OSError):
            self._tell(QMessageBox.Icon.Warning, f"Could not export: {exc}")
            self.finished.emit(None)
            return
        self.finished.emit(None)
        raise exc

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, "Export", text, QMessageBox.StandardButton.Close, self._window)
        box.setAccessibleName("Export result")
        box.open()
        self.message = box
