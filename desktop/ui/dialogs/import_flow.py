"""Importing from the window: scorecards one by one on a worker, with password prompts and a
report; and answers back from a tracker officers filled in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.ui.dialogs import area_prompt
from desktop.ui.dialogs.export_flow import start_folder
from desktop.ui.dialogs.import_report import ImportReportDialog, ReportLine
from desktop.ui.dialogs.password import PasswordDialog
from desktop.ui.dialogs.progress import ProgressDialog
from desktop.ui.workers import TaskControl, Workers

IMPORT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv")
FILE_FILTER = (
    "Scorecards (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv);;"
    "Excel workbooks (*.xlsx *.xlsm *.xls);;OpenDocument (*.ods);;"
    "Text tables (*.csv *.tsv);;All files (*)"
)


@dataclass(frozen=True, slots=True)
class CancelledReport:
    """What a file cancelled part-way reports (the importer's transaction was rolled back)."""

    file: str
    status: str = "cancelled"
    indicators: int = 0
    observations: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = "cancelled — nothing from this file was kept"


PASSWORD_NOT_GIVEN = (
    "protected with a password, which was not given — import it again and type the password "
    "when asked, or save a copy without a password"
)


class _Cancelled(Exception):
    pass


def needs_password(report: Any) -> bool:
    if getattr(report, "needs_password", False):
        return True
    error = str(getattr(report, "error", "") or "").casefold()
    return getattr(report, "status", "") == "refused" and "password" in error


def _progress_adapter(control: TaskControl, name: str) -> Callable[..., None]:
    """Accept whatever the importer reports ((done, total), a fraction or a message)."""

    def report(*args: Any, **_kw: Any) -> None:
        if control.cancelled():
            raise _Cancelled
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        texts = [a for a in args if isinstance(a, str)]
        message = f"{name}: {texts[0]}" if texts else ""
        if len(numbers) >= 2 and numbers[1]:
            control.progress(int(numbers[0]), int(numbers[1]), message)
        elif len(numbers) == 1 and 0 <= numbers[0] <= 1:
            control.progress(int(numbers[0] * 100), 100, message)
        elif message:
            control.progress(0, 0, message)

    return report


def run_import(
    store: Any,
    path: Path,
    password: str | None,
    control: TaskControl,
    profile: str | None = None,
    area: str | None = None,
) -> Any:
    """Import one file on a worker thread; returns the importer's report (plain data)."""
    from desktop.scorecard.importer import import_file

    try:
        return import_file(
            store,
            path,
            password=password,
            profile=profile,
            area=area,
            progress=_progress_adapter(control, path.name),
            cancel=control.cancelled,
        )
    except _Cancelled:
        return CancelledReport(file=str(path))


def needs_area(report: Any) -> bool:
    """Refused because the file holds many areas and none was named."""
    error = str(getattr(report, "error", "") or "")
    return getattr(report, "status", "") == "refused" and "--area" in error and "holds" in error


def control_cancelled(line: ReportLine) -> bool:
    """The importer refuses a cancelled file with an error that says so."""
    return line.status == "refused" and "cancel" in (line.error or "").casefold()


class ImportFlow(QObject):
    """Runs the import of several files in turn; emits ``finished(lines)`` when all are done."""

    started = Signal()
    finished = Signal(list)

    def __init__(self, parent: QWidget, workers: Workers, store: Any) -> None:
        super().__init__(parent)
        self._window = parent
        self._workers = workers
        self._store = store
        self._queue: list[Path] = []
        self._lines: list[ReportLine] = []
        self._cancel_rest = False
        self._profile: str | None = None
        self.mapping_dialog: QDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.progress = ProgressDialog("Importing", "Starting…", parent)
        self.progress.cancel_requested.connect(self._on_cancel_clicked)
        self._busy = False
        self.report_dialog: ImportReportDialog | None = None
        # the report a mapped file is imported again from: its other files are reported again,
        # so the new report replaces the old one rather than leave it saying "Not imported"
        self._earlier: list[ReportLine] = []

    def busy(self) -> bool:
        return self._busy

    def start(self, paths: Sequence[Path], *, profile: str | None = None) -> bool:
        """Begin importing ``paths``; False (and nothing done) if an import is running."""
        if self.busy() or not paths:
            return False
        self._profile = profile
        self._queue = [Path(p) for p in paths]
        self._lines = []
        self._cancel_rest = False
        self._busy = True
        self.progress.set_message("Starting…")
        self.progress.show_soon()
        self.started.emit()
        self._next()
        return True

    def _on_cancel_clicked(self) -> None:
        self._cancel_rest = True

    def _next(
        self, password: str | None = None, retry: bool = False, area: str | None = None
    ) -> None:
        if not self._queue or self._cancel_rest:
            self._finish()
            return
        path = self._queue[0]
        progress = self.progress
        position = len(self._lines) + 1
        total = len(self._lines) + len(self._queue)
        progress.set_message(f"Importing {path.name} ({position} of {total})…")
        progress.bar.setRange(0, 0)
        store, profile = self._store, self._profile
        task = self._workers.run(
            lambda control: run_import(store, path, password, control, profile, area),
            on_done=lambda report: self._on_report(
                path, report, retried=retry, password=password, area=area
            ),
            on_error=lambda exc: self._on_error(path, exc),
        )
        if not task.done:  # (a synchronous run has already moved on)
            progress.follow(task, close_when_done=False)

    def _on_report(
        self,
        path: Path,
        report: Any,
        *,
        retried: bool,
        password: str | None = None,
        area: str | None = None,
    ) -> None:
        if needs_password(report) and not self._cancel_rest:
            self._ask_password(path, report, retried=retried, area=area)
            return
        if needs_area(report) and area is None and not self._cancel_rest:
            self._workers.run(
                lambda control: area_prompt.file_areas(path, password, control),
                on_done=lambda areas: self._on_areas(path, report, areas, password),
                on_error=lambda _exc: self._on_areas(path, report, [], password),
            )
            return
        self._record(report)

    def _ask_password(self, path: Path, report: Any, *, retried: bool, area: str | None) -> None:
        """Put the progress box away and ask; a wrong password is said so and asked again."""
        self.progress.pause()
        dialog = PasswordDialog(self._window, path.name, retry=retried)
        self.password_dialog = dialog

        def typed(text: str) -> None:
            self._forget_password_dialog(dialog)
            if not text:
                self._record(report)
                return
            self.progress.show_soon()
            self._next(text, retry=True, area=area)

        def cancelled() -> None:
            self._forget_password_dialog(dialog)
            self._record(report)

        dialog.textValueSelected.connect(typed)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def _forget_password_dialog(self, dialog: PasswordDialog) -> None:
        if self.password_dialog is dialog:
            self.password_dialog = None
        dialog.deleteLater()

    def _on_areas(self, path: Path, report: Any, areas: list[str], password: str | None) -> None:
        chosen = area_prompt.ask_area(self._window, path.name, areas) if areas else None
        if chosen is not None:
            self._next(password, area=chosen)
        else:
            self._record(report)

    def _record(self, report: Any) -> None:
        line = ReportLine.of(report)
        if needs_password(report):
            line = line.with_error(PASSWORD_NOT_GIVEN)
        if line.status == "cancelled" or (self._cancel_rest and control_cancelled(line)):
            self._cancel_rest = True
            line = ReportLine.of(CancelledReport(file=line.file))
        self._lines.append(line)
        self._queue.pop(0)
        self._next()

    def _on_error(self, path: Path, exc: BaseException) -> None:
        # the importer reports bad input itself; anything raised here is a bug
        self._lines.append(ReportLine(path.name, "refused", 0, 0, (), f"unexpected problem: {exc}"))
        self._queue.pop(0)
        self._next()
        raise exc

    def _finish(self) -> None:
        for path in self._queue:
            self._lines.append(ReportLine.of(CancelledReport(file=str(path))))
        self._queue = []
        self._busy = False
        self.progress.done(0)
        lines = list(self._lines)
        if self._earlier:
            again = {line.path: line for line in lines}
            lines = [again.pop(line.path, line) for line in self._earlier] + list(again.values())
            self._earlier = []
        self.report_dialog = ImportReportDialog(lines, self._window)
        self.report_dialog.map_requested.connect(self.map_columns)
        self.report_dialog.open()
        held = next((line for line in lines if line.status == "needs_review"), None)
        if held is not None and held.mappable():
            self.map_columns(held)  # at the doubtful columns, saying why
        self.finished.emit(lines)

    def map_columns(self, line: ReportLine) -> None:
        """Open the column-mapping dialog for a refused file; import again once it is saved."""
        from desktop.ui.dialogs.mapping_dialog import open_mapping

        path = Path(line.path)

        def import_with(name: str) -> None:
            if self.busy():
                return
            earlier = self.report_dialog
            if earlier is not None:  # its report, with this file's new result, replaces it
                self._earlier = list(earlier.lines)
                earlier.close()
            self.start([path], profile=name)

        self.mapping_dialog = open_mapping(
            self._window,
            path,
            self._store,
            import_with,
            review=line.review,
            review_columns=line.review_columns,
        )


TRACKER_FILTER = "Excel tracker (*.xlsx);;All files (*)"


def run_tracker_import(store: Any, path: Path, _control: TaskControl) -> Any:
    """Apply a filled-in tracker's answers in one transaction (runs on a worker)."""
    from desktop.export.tracker_import import import_tracker

    with store.session() as session:
        return import_tracker(session, path)


class AnswersFlow(QObject):
    """File > Import answers…: read a tracker officers filled in, then report what changed."""

    finished = Signal(object)  # the TrackerReport, or None when the file was refused

    def __init__(self, parent: QWidget, workers: Workers, store: Any) -> None:
        super().__init__(parent)
        self._window = parent
        self._workers = workers
        self._store = store
        self.progress = ProgressDialog("Importing answers", "Reading the tracker…", parent)
        self.message: QMessageBox | None = None

    def choose_and_import(self) -> None:
        settings = QSettings()
        start = start_folder(str(settings.value("answers/last_dir", "") or ""))
        name, _ = QFileDialog.getOpenFileName(
            self._window, "Import answers from a tracker", start, TRACKER_FILTER
        )
        if name:
            settings.setValue("answers/last_dir", str(Path(name).parent))
            self.start(Path(name))

    def start(self, path: Path) -> None:
        store = self._store
        self.progress.set_message(f"Reading answers from {path.name}…")
        self.progress.show_soon()
        task = self._workers.run(
            lambda control: run_tracker_import(store, path, control),
            on_done=self._on_done,
            on_error=self._on_error,
        )
        if not task.done:
            self.progress.follow(task)

    def _on_done(self, report: Any) -> None:
        self.progress.done(0)
        refused = list(report.refused_rows)
        text = f"{report.summary()}."
        if refused or report.ignored or report.missing:
            text += " See the details for what was refused, ignored or missing, and why."
        box = self._tell(QMessageBox.Icon.Information, text)
        details = report.lines()[1:]  # the same report as the command line's
        if details:
            box.setDetailedText("\n".join(details))
        self.finished.emit(report)

    def _on_error(self, exc: BaseException) -> None:
        self.progress.done(0)
        from desktop.errors import UserError

        self.finished.emit(None)
        if isinstance(exc, UserError | OSError):
            self._tell(QMessageBox.Icon.Warning, f"Could not import answers: {exc}")
            return
        raise exc

    def _tell(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(
            icon, "Import answers", text, QMessageBox.StandardButton.Close, self._window
        )
        box.setAccessibleName("Import answers result")
        box.open()
        self.message = box
        return box
