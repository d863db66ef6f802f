"""Cancel while LibreOffice makes the briefing's PDF: it is stopped, and the earlier briefing
and PDF stay as they were, with nothing half-written beside them."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.export.pdf import briefing_and_pdf
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

# A stand-in for LibreOffice: a real program that starts a helper of its own (as soffice's
# launcher starts soffice.bin), writes the start of a PDF and then works for a long time.
SLOW_OFFICE = """#!{python}
import os, subprocess, sys, time
outdir = sys.argv[sys.argv.index("--outdir") + 1]
name = os.path.splitext(os.path.basename(sys.argv[-1]))[0] + ".pdf"
helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
with open({pids!r}, "w") as fh:
    fh.write(f"{{os.getpid()}} {{helper.pid}}")
with open(os.path.join(outdir, name), "wb") as fh:
    fh.write(b"%PDF-1.7 half written")
    fh.flush()
    time.sleep(120)
"""


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a process that has ended but not been waited for is a zombie: not running
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture
def slow_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pids = tmp_path / "office.pids"
    program = tmp_path / "slow-office"
    program.write_text(SLOW_OFFICE.format(python=sys.executable, pids=str(pids)))
    program.chmod(0o700)
    monkeypatch.setenv("SCRUTINEER_OFFICE", str(program))
    return pids


def started(pids: Path) -> list[int]:
    return [int(p) for p in pids.read_text().split()] if pids.exists() else []


@pytest.mark.skipif(os.name != "posix", reason="process groups as POSIX has them")
def test_cancel_by_keyboard_stops_libreoffice_and_keeps_the_earlier_briefing(
    qtbot: QtBot, seeded: Store, data_dir: Path, tmp_path: Path, slow_office: Path
) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "briefing.docx").write_bytes(b"last week's briefing")
    (folder / "briefing.pdf").write_bytes(b"last week's PDF")
    window = MainWindow(seeded, data_dir=data_dir, workers=Workers())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.views_loaded, timeout=20000):
        window.reload()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)  # Export…
    dialog = window.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, ALT)  # F&ile:
    assert QApplication.focusWidget() is dialog.path_edit
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(folder / "briefing.docx"))
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000) as blocker:
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: len(started(slow_office)) == 2, timeout=30000)
        progress = window.export_flow.progress
        qtbot.waitUntil(progress.isVisible)
        assert "PDF" in progress.label.text()
        qtbot.keyClick(progress, Qt.Key.Key_Escape)  # Cancel
        pressed = time.monotonic()
    assert blocker.args == [None]
    assert time.monotonic() - pressed < 10  # not the two minutes LibreOffice would take
    office, helper = started(slow_office)
    qtbot.waitUntil(lambda: not alive(office) and not alive(helper), timeout=10000)
    assert (folder / "briefing.docx").read_bytes() == b"last week's briefing"
    assert (folder / "briefing.pdf").read_bytes() == b"last week's PDF"
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.docx", "briefing.pdf"]
    assert window.export_flow.message is None  # cancelling is not an error


def test_without_a_cancel_the_briefing_and_its_pdf_are_written_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same path with a quick stand-in: both files replaced, the work folder gone."""
    program = tmp_path / "quick-office"
    program.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        "outdir = sys.argv[sys.argv.index('--outdir') + 1]\n"
        "name = os.path.splitext(os.path.basename(sys.argv[-1]))[0] + '.pdf'\n"
        "open(os.path.join(outdir, name), 'wb').write(b'%PDF-1.7 whole')\n"
    )
    program.chmod(0o700)
    folder = tmp_path / "papers"
    folder.mkdir()
    made = briefing_and_pdf(b"new briefing", folder / "briefing.docx", office=str(program))
    assert made.path == folder / "briefing.pdf" and not made.cancelled
    assert (folder / "briefing.docx").read_bytes() == b"new briefing"
    assert (folder / "briefing.pdf").read_bytes() == b"%PDF-1.7 whole"
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.docx", "briefing.pdf"]


@pytest.mark.skipif(os.name != "posix", reason="process ids as POSIX has them")
def test_opening_export_sweeps_what_a_killed_export_left_in_the_last_folder(
    qtbot: QtBot, seeded: Store, data_dir: Path, tmp_path: Path
) -> None:
    import subprocess

    from PySide6.QtCore import QSettings

    from db.safe_files import TEMP_PREFIX

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = int(gone.stdout)  # a process that has ended: its export was killed
    folder = tmp_path / "papers"
    work = folder / f"{TEMP_PREFIX}{dead}-pdf-abc123"
    (work / "profile").mkdir(parents=True)
    (work / "briefing.docx").write_bytes(b"a copy of the briefing")
    (folder / f"{TEMP_PREFIX}{dead}-x.tmp").write_bytes(b"half a PDF")
    (folder / "briefing.docx").write_bytes(b"last week's briefing")
    QSettings().setValue("export/last_dir", str(folder))
    window = MainWindow(seeded, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.reload()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)  # Export…
    dialog = window.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert sorted(p.name for p in folder.iterdir()) == ["briefing.docx"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
