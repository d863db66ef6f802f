"""Start the window: the Qt application, crash handling, one window per store, smoke and shots."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__, paths
from desktop.errors import ScrubbingFormatter, log_bug, one_line, scrub, scrubbed_traceback
from desktop.loading import load_store, quick_load
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import icon, style_sheet
from desktop.ui.workers import Workers

if TYPE_CHECKING:
    from db.store import Store
    from desktop.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_application() -> QApplication:
    """The one QApplication (reused if it exists), named so settings land in one place."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName(paths.SETTINGS_APPLICATION)
    app.setOrganizationName(paths.SETTINGS_ORGANISATION)
    app.setApplicationDisplayName("Scrutineer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("scrutineer")
    app.setWindowIcon(icon("scrutineer"))
    app.setStyleSheet(style_sheet())
    return app


def use_private_settings(data_dir: Path) -> Path:
    """Keep the window's settings beside the store, readable by this user only.

    They name recent files and folders — what a member is working on — so they do not go to
    the shared per-user configuration folder. Every ``QSettings()`` then reads this file.
    """
    path = paths.private_file(paths.settings_file(data_dir))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir))
    return path


def crash_hook(logs: Path, *, interactive: bool, failures: list[str]) -> ExceptHook:
    """``sys.excepthook`` for the window: log the bug; show the crash dialog or note the failure."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        where = log_bug(logs, exc_type, exc, tb)
        details = scrubbed_traceback(exc_type, exc, tb)
        failures.append(one_line(f"{exc_type.__name__}: {scrub(str(exc))}"))
        if not interactive:
            print(f"error: {failures[-1]} — see {where or logs}", file=sys.stderr)
            return
        from desktop.ui.dialogs.crash import CrashDialog

        dialog = CrashDialog(details, where, QApplication.activeWindow())
        dialog.exec()

    return hook


def log_to_file(logs: Path) -> logging.Handler | None:
    """Send warnings and errors from every module to ``logs/scrutineer.log`` (0600)."""
    try:
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = logs / "scrutineer.log"
        target.touch(mode=0o600, exist_ok=True)
        handler = logging.FileHandler(target, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return handler


def quiet_offscreen_noise() -> Callable[[], None]:
    """Drop the offscreen platform's harmless size-hint notice; pass every other message on.

    Returns a function that puts the previous handler back.
    """
    from PySide6.QtCore import qInstallMessageHandler

    previous: Any = None

    def handler(mode: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    return lambda: qInstallMessageHandler(previous)


def ms_since_start(started: float | None, entered: float) -> int:
    """Milliseconds since the process started (``started`` from main), else since entry."""
    origin = started if started is not None else entered
    return round((time.perf_counter() - origin) * 1000)


def _cpu_ms() -> int:
    """Processor time of this process so far, in ms (other work on the machine changes it less
    than the time on the clock)."""
    return round(time.process_time() * 1000)


def run_gui(
    store_path: Path,
    *,
    demo: bool,
    smoke: bool,
    screenshot: Path | None,
    data_dir: Path,
    started: float | None = None,
) -> int:
    """Open the window on ``store_path``; in smoke/screenshot modes build it offscreen and exit."""
    entered = time.perf_counter()
    headless = smoke or screenshot is not None
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    restore_messages = quiet_offscreen_noise() if headless else None
    app = make_application()
    use_private_settings(data_dir)
    failures: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = crash_hook(
        paths.logs_dir(data_dir), interactive=not headless, failures=failures
    )
    guard: SingleInstance | None = None
    handler = log_to_file(paths.logs_dir(data_dir))
    try:
        if not headless and not demo:
            from desktop.ui.single_instance import SingleInstance  # only a shown window needs it

            guard = SingleInstance(data_dir, store_path)
            if not guard.acquire():
                woke = guard.wake_first()
                print(
                    "Scrutineer is already open on this store"
                    + (" — switched to that window." if woke else " — use that window."),
                    file=sys.stderr,
                )
                return 0
        from db.store import Store, StoreError

        try:
            store = Store.open(store_path)
        except StoreError as exc:
            if not headless:
                QMessageBox.critical(None, "Scrutineer", str(exc))
            print(f"error: {one_line(str(exc))}", file=sys.stderr)
            return exc.exit_code
        try:
            return _run_window(
                app, store, data_dir, demo=demo, smoke=smoke, screenshot=screenshot,
                guard=guard, failures=failures, started=started, entered=entered,
            )  # fmt: skip
        finally:
            store.close()
    finally:
        sys.excepthook = previous_hook
        if restore_messages is not None:
            restore_messages()
        if guard is not None:
            guard.release()
        if handler is not None:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _run_window(
    app: QApplication,
    store: Store,
    data_dir: Path,
    *,
    demo: bool,
    smoke: bool,
    screenshot: Path | None,
    guard: SingleInstance | None,
    failures: list[str],
    started: float | None,
    entered: float,
) -> int:
    headless = smoke or screenshot is not None
    workers = Workers(synchronous=headless)
    window = MainWindow(
        store,
        data_dir=data_dir,
        demo=demo,
        workers=workers,
        remember_layout=not headless,  # smoke runs and shots neither read nor change it
        later_parts=screenshot is None,  # the tree paints first, the rest follows
    )
    if guard is not None:
        guard.raise_requested.connect(lambda: _bring_forward(window))
    if screenshot is not None:
        return _screenshot(app, window, store, screenshot, failures)
    # The first paint: the tree from the stored analysis, read with sqlite3 alone
    first = quick_load(store.path)
    if smoke and first is None:
        first = load_store(store, None)
    if first is not None:
        window.apply(first)
    window.show()
    app.processEvents()  # one pass so the first paint happens (and, smoke, before we time it)
    if smoke:
        print(f"smoke ok {ms_since_start(started, entered)} cpu {_cpu_ms()}", flush=True)
    # then what reads the store through SQLAlchemy, and the chart library
    window.build_later_parts()
    if smoke:
        # the rest must build too, and the first indicator show with its chart
        window.ensure_detail()
        if first is not None and first.views and window.select_indicator(first.views[0].id):
            app.processEvents()
        print(f"detail ok {ms_since_start(started, entered)} cpu {_cpu_ms()}", flush=True)
        window.close()
        return 1 if failures else 0
    window.views_loaded.connect(lambda: QTimer.singleShot(0, window.ensure_detail))
    if first is None:
        window.reload()  # on a worker: works out any stale analysis, says what is wrong
    else:
        QTimer.singleShot(0, window.ensure_detail)
    code = app.exec()
    return code


def _screenshot(
    app: QApplication, window: MainWindow, store: Store, target: Path, failures: list[str]
) -> int:
    window.resize(1400, 900)
    window.apply(load_store(store, None))
    window.show()
    window.tree.step_red(True)
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(target), "PNG")
    window.close()
    if not saved:
        print(f"error: could not write {target} — check the folder exists and is writable",
              file=sys.stderr)  # fmt: skip
        return 1
    return 1 if failures else 0


def _bring_forward(window: MainWindow) -> None:
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()
