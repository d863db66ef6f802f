"""Starting the window: smoke and screenshot modes, background work, one window per store."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QImage

from db.store import Store
from desktop.ui.app import crash_hook, run_gui
from desktop.ui.single_instance import SingleInstance
from desktop.ui.workers import TaskControl, Workers


def test_smoke_prints_smoke_ok(
    seeded: Store, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run_gui(seeded.path, demo=False, smoke=True, screenshot=None, data_dir=data_dir)
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    # the first paint (tree filled), then the rest built and the first indicator shown
    words = [line.split() for line in lines]
    assert [w[:2] + w[3:4] for w in words] == [["smoke", "ok", "cpu"], ["detail", "ok", "cpu"]]
    painted, shown = (int(w[2]) for w in words)
    assert 0 <= painted <= shown
    assert 0 < int(words[0][4]) <= int(words[1][4])  # processor time, in the same order


def test_screenshot_writes_a_png(seeded: Store, data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "shots" / "window.png"
    code = run_gui(seeded.path, demo=False, smoke=False, screenshot=target, data_dir=data_dir)
    image = QImage(str(target))
    assert code == 0
    assert (image.width(), image.height()) == (1400, 900)


def test_workers_deliver_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    workers = Workers()
    seen: dict[str, object] = {}

    def work(_control: TaskControl) -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    task = workers.run(work, on_done=lambda r: seen.update(result=r,
                       gui=QThread.currentThread() is qtbot_thread()))  # fmt: skip
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert seen == {"worker": False, "result": 42, "gui": True}


def test_workers_deliver_errors_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    workers = Workers()
    errors: list[BaseException] = []

    def fail(_control: TaskControl) -> None:
        raise ValueError("bad input")

    task = workers.run(fail, on_error=errors.append)
    with qtbot.waitSignal(task.ended, timeout=5000):
        pass
    assert [str(e) for e in errors] == ["bad input"]


def test_workers_pass_progress_and_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    workers = Workers(synchronous=True)
    steps: list[tuple[int, int, str]] = []

    def work(control: TaskControl) -> bool:
        control.progress(1, 2, "half")
        control.cancel()
        return control.cancelled()

    results: list[bool] = []
    workers.run(work, on_done=results.append, on_progress=lambda *a: steps.append(a))
    assert (steps, results) == ([(1, 2, "half")], [True])


def test_second_window_on_a_store_wakes_the_first(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    store_path = data_dir / "scrutineer.sqlite"
    first = SingleInstance(data_dir, store_path)
    second = SingleInstance(data_dir, store_path)
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.wake_first()
    finally:
        first.release()
        second.release()


def test_other_stores_get_their_own_window(data_dir: Path) -> None:
    first = SingleInstance(data_dir, data_dir / "one.sqlite")
    other = SingleInstance(data_dir, data_dir / "two.sqlite")
    try:
        assert first.acquire() and other.acquire()
    finally:
        first.release()
        other.release()


def test_crash_hook_logs_the_bug(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    failures: list[str] = []
    hook = crash_hook(tmp_path / "logs", interactive=False, failures=failures)
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(RuntimeError, exc, exc.__traceback__)
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert failures == ["RuntimeError: boom"]
    assert len(logs) == 1 and "boom" in logs[0].read_text(encoding="utf-8")
    assert capsys.readouterr().err.startswith("error: RuntimeError: boom")


def qtbot_thread() -> QThread:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_run_gui_on_a_store_already_open_wakes_that_window(
    qtbot,
    seeded: Store,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    first = SingleInstance(data_dir, seeded.path)
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            code = run_gui(seeded.path, demo=False, smoke=False, screenshot=None,
                           data_dir=data_dir)  # fmt: skip
        assert code == 0
        assert "already open on this store" in capsys.readouterr().err
    finally:
        first.release()


def test_warnings_from_any_module_reach_the_log_file(tmp_path: Path) -> None:
    import logging

    from desktop.ui.app import log_to_file

    handler = log_to_file(tmp_path / "logs")
    assert handler is not None
    try:
        logging.getLogger("desktop.scorecard.importer").warning("a file tripped a bug")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text = (tmp_path / "logs" / "scrutineer.log").read_text(encoding="utf-8")
    assert "a file tripped a bug" in text


def test_progress_window_cancels_slow_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    import time

    from desktop.ui.dialogs.progress import ProgressDialog

    workers = Workers()
    dialog = ProgressDialog("Working", "Working…")
    qtbot.addWidget(dialog)

    def slow(control: TaskControl) -> str:
        deadline = time.monotonic() + 10
        while not control.cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "stopped" if control.cancelled() else "ran out"

    results: list[str] = []
    task = workers.run(slow, on_done=results.append)
    dialog.follow(task)
    dialog.show_soon(10)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    with qtbot.waitSignal(task.ended, timeout=5000):
        dialog.cancel_button.click()
    assert results == ["stopped"]
    assert not dialog.isVisible()
