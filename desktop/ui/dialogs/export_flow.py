"""File > Export…: ask what and where in a dialog, then write it on a worker with progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.catalogue import IndicatorView
from desktop.export.charts import ChartSource
from desktop.export.data import ExportData
from desktop.ui.dialogs.export_dialog import ExportDialog, ExportOptions
from desktop.ui.dialogs.progress import ProgressDialog
from desktop.ui.workers import TaskControl, Workers
from desktop.wording import long_date

if TYPE_CHECKING:
    from desktop.ui.dialogs.paper_dialog import PaperDialog


def write_export(
    store: Any,
    fmt: str,
    out: Path,
    control: TaskControl,
    options: ExportOptions | None = None,
) -> Path:
    """Gather the store's contents and write them as ``fmt`` (runs on a worker)."""
    chosen = options or ExportOptions(fmt=fmt, out=out)
    data = gather_data(store, chosen, control)
    return write_data(data, replace(chosen, fmt=fmt, out=out), control)


def gather_data(store: Any, options: ExportOptions, control: TaskControl) -> ExportData:
    """One short read of everything the export needs (runs on a worker)."""
    from desktop.export.gather import gather

    control.progress(0, 3, "Reading the scorecard, notes and questions…")
    with store.read_session() as session:
        data = gather(session, include_exempt=options.include_exempt, meeting=options.meeting)
    if control.cancelled():
        raise ExportCancelled
    return data


def write_data(
    data: ExportData,
    options: ExportOptions,
    control: TaskControl,
    charts: ChartSource | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Write gathered data where the options say (runs on a worker); a Word briefing gets a
    tagged PDF beside it where LibreOffice is installed, and ``notes`` says what became of it."""
    out = options.out
    control.progress(2, 3, f"Writing {out.name}…")
    from desktop.export import documents

    if options.fmt == "json":
        from desktop.export.json_export import to_json_text

        documents.replace_atomically(out, to_json_text(data).encode("utf-8"))
    elif options.fmt == "docx":
        from desktop.export.pdf import briefing_and_pdf, find_office

        target = documents.checked(out)
        payload = documents.briefing_bytes(
            data,
            charts=charts,
            include_charts=options.include_charts,
            suppress_small=options.suppress_small,
        )
        if control.cancelled():
            raise ExportCancelled
        if find_office() is not None:
            control.progress(2, 3, "Making a tagged PDF beside it… (Cancel stops it)")
        # the briefing and its PDF are replaced together: Cancel while LibreOffice works
        # stops it and leaves the earlier pair as it was
        made = briefing_and_pdf(payload, target, cancelled=control.cancelled)
        if made.cancelled:
            raise ExportCancelled
        if notes is not None:
            notes.append(made.note)
    else:
        documents.write(
            options.fmt,
            data,
            out,
            charts=charts,
            include_charts=options.include_charts,
            suppress_small=options.suppress_small,
        )
    control.progress(3, 3, "Done")
    return out


class ExportCancelled(Exception):
    pass


class WorkerCharts:
    """The briefing's chart pictures, painted on the export's worker thread.

    A print chart is painted with QPainter onto a QImage, which Qt allows off the GUI thread,
    so the window keeps answering while a long briefing's pictures are drawn (on two threads
    beside the document's writing). Each picture reports progress; Cancel stops the export at
    the next one, before anything is written.
    """

    def __init__(self, control: TaskControl, stopped: Callable[[], bool]) -> None:
        from desktop.ui.chart_source import ThreadedCharts

        self._threads = ThreadedCharts()  # two painters beside the document's writing
        self._control = control
        self._stopped = stopped
        self._total = 0
        self._drawn = 0

    def prepare(self, views: Sequence[IndicatorView], width_px: int, height_px: int) -> None:
        self._total = len(views)
        self._threads.prepare(views, width_px, height_px)

    def close(self) -> None:
        self._threads.close()

    def png(self, view: IndicatorView, width_px: int, height_px: int) -> bytes | None:
        if self._control.cancelled() or self._stopped():
            raise ExportCancelled
        picture = self._threads.png(view, width_px, height_px)
        self._drawn += 1
        total = max(self._total, self._drawn)
        self._control.progress(self._drawn, total, f"Drawing chart {self._drawn} of {total}…")
        return picture


class ExportFlow(QObject):
    """Asks what and where to export, runs the export, then says where the file went.

    Reading the store, drawing a briefing's charts and writing the file all happen on a
    worker, with progress and Cancel; the file is written whole or not at all.
    """

    finished = Signal(object)  # the written path, or None

    def __init__(self, parent: QWidget, workers: Workers, store: Any) -> None:
        super().__init__(parent)
        self._window = parent
        self._workers = workers
        self._store = store
        self.progress = ProgressDialog("Exporting", "Starting…", parent)
        self.progress.cancel_requested.connect(self._on_cancel)
        self.message: QMessageBox | None = None
        self.dialog: ExportDialog | None = None
        self.paper_dialog: PaperDialog | None = None
        self._cancelled = False
        self._notes: list[str] = []  # filled on the worker, read when it is done
        # how a briefing's pictures are drawn on the worker (a test may give its own)
        self.chart_source: Callable[[TaskControl, Callable[[], bool]], ChartSource] = WorkerCharts

    def choose_and_export(self) -> None:
        """Open the export dialog (window-modal, not blocking); export when it is accepted."""
        settings = QSettings()
        start = start_folder(str(settings.value("export/last_dir", "") or ""))
        if start:  # an export killed there last time may have left its work behind
            from desktop.export.pdf import sweep_leftovers

            sweep_leftovers(Path(start))
        fmt = str(settings.value("export/format", "docx") or "docx")
        charts = str(settings.value("export/charts", "true")).lower() != "false"
        dialog = ExportDialog(
            self._meetings(),
            fmt=fmt,
            folder=Path(start) if start else None,
            include_charts=charts,
            parent=self._window,
        )
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog))
        dialog.details_requested.connect(lambda name: self.edit_paper(name, parent=dialog))
        if self.dialog is not None:
            self.dialog.deleteLater()  # the last export's dialog, long closed
        self.dialog = dialog
        dialog.open()

    def _meetings(self) -> list[tuple[str, str]]:
        """(name, text shown) of the store's meetings, newest first."""
        from desktop.annotations import list_meetings

        with self._store.read_session() as session:
            meetings = list_meetings(session)
        return [
            (m.name, f"{m.name} ({long_date(m.held_on)})" if m.held_on else m.name)
            for m in reversed(meetings)
        ]

    def edit_paper(self, meeting: str | None = None, *, parent: QWidget | None = None) -> None:
        """Open the briefing paper details, at the named meeting's paper (None: the whole
        scorecard's); window-modal over ``parent``."""
        from desktop.annotations import list_meetings
        from desktop.ui.dialogs.paper_dialog import PaperDialog

        with self._store.read_session() as session:
            meetings = list_meetings(session)
        wanted = meeting.strip().casefold() if meeting else None
        same = [m.id for m in meetings if m.name.strip().casefold() == wanted]
        chosen = max(same) if same else None  # the one the export finds by that name
        dialog = PaperDialog(
            self._store,
            [
                (m.id, f"{m.name} ({long_date(m.held_on)})" if m.held_on else m.name)
                for m in reversed(meetings)
            ],
            meeting_id=chosen,
            parent=parent or self._window,
        )
        if self.paper_dialog is not None:
            self.paper_dialog.deleteLater()
        self.paper_dialog = dialog
        dialog.open()

    def _on_dialog_accepted(self, dialog: ExportDialog) -> None:
        options = dialog.options()
        settings = QSettings()
        settings.setValue("export/last_dir", str(options.out.parent))
        settings.setValue("export/format", options.fmt)
        if options.fmt == "docx":
            settings.setValue("export/charts", "true" if options.include_charts else "false")
        # the exempt choice is never stored: each export starts without confidential material
        self.run(options)

    def export(self, out: Path, fmt: str) -> None:
        """Export the whole scorecard, without exempt material, to ``out``."""
        self.run(ExportOptions(fmt=fmt, out=out))

    def run(self, options: ExportOptions) -> None:
        self._cancelled = False
        store = self._store
        self.progress.set_message(f"Exporting to {options.out.name}…")
        self.progress.show_soon()
        with_charts = options.fmt == "docx" and options.include_charts
        if with_charts:
            import desktop.ui.print_chart  # noqa: F401  (loaded here, on the GUI thread)

        def work(control: TaskControl) -> Path:
            data = gather_data(store, options, control)
            charts = self.chart_source(control, self._stopped) if with_charts else None
            try:
                return write_data(data, options, control, charts, notes=self._notes)
            finally:
                close = getattr(charts, "close", None)
                if callable(close):
                    close()  # painters still busy stop before the export is reported done

        task = self._workers.run(work, on_done=self._on_done, on_error=self._on_error)
        if not task.done:
            self.progress.follow(task)

    def _stopped(self) -> bool:
        return self._cancelled

    def _on_cancel(self) -> None:
        self._cancelled = True

    # --- results --------------------------------------------------------------------------
    def _on_done(self, out: Path) -> None:
        self.progress.done(0)
        notes = [n[:1].upper() + n[1:] for n in self._notes]  # each on a line of its own
        self._notes = []
        self._tell(QMessageBox.Icon.Information, "\n".join([f"Exported to {out}", *notes]))
        self.finished.emit(out)

    def _on_error(self, exc: BaseException) -> None:
        self.progress.done(0)
        if isinstance(exc, ExportCancelled):
            self.finished.emit(None)
            return
        from desktop.errors import UserError
        from desktop.export.gather import ExportError

        if isinstance(exc, UserError | ExportError | OSError):
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


def start_folder(last: str) -> str:
    """Where a file dialog opens (export, import, answers): the last folder used, else
    Documents, else the home folder — the first that exists (a new laptop may have no
    Documents folder; never the folder the program happened to start in)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (last, documents, str(Path.home())):
        if folder and Path(folder).is_dir():
            return folder
    return ""
