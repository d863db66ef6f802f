"""Render the README's screenshots of the sample (docs/*.png): the main window on light and
dark palettes, meeting mode, and the main window, notes and question editors, meeting mode and the Meetings
window on a 1366×768 laptop screen at 100% and 150% scaling.

The laptop shots need a real 1366×768 screen, so they run under Xvfb (xvfb-run) when it is
installed; the rest run offscreen when there is no display:
    .venv/bin/python scripts/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

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
    for role in (  # a dark desktop greys what cannot be used, as a light one does
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return p


def demo_window(tmp: Path, size: tuple[int, int] | None = None) -> tuple[Any, Any]:
    """The sample seeded into a store in ``tmp``, shown in the main window on its first red
    indicator: (store, window). The caller closes both."""
    from db.store import Store
    from desktop.commands import seed_demo_store
    from desktop.loading import load_store
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import Workers

    seed_demo_store(tmp)
    store = Store.open(tmp / "scrutineer.sqlite")
    window = MainWindow(
        store, data_dir=tmp, workers=Workers(synchronous=True), remember_layout=False
    )
    if size is not None:
        window.resize(*size)
    window.apply(load_store(store, None))
    window.show()
    window.tree.step_red(True)
    return store, window


def shoot(out: Path, *, dark: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import make_application

    app = make_application()
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())  # type: ignore[arg-type]
    tmp = Path(tempfile.mkdtemp(prefix="scrutineer-shots-"))
    try:
        store, window = demo_window(tmp, (1440, 920))
        QApplication.processEvents()
        window.grab().save(str(out), "PNG")
        window.close()
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def shoot_meeting_mode(out: Path) -> None:
    """Meeting mode on a 1366×768 screen, offscreen: a chair part-way through an agenda, an
    answer typed, an action point being recorded."""
    import datetime as dt

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from desktop import annotations as ann
    from desktop.ui.app import make_application

    app = make_application()
    app.setStyle("Fusion")
    app.setPalette(app.style().standardPalette())
    tmp = Path(tempfile.mkdtemp(prefix="scrutineer-shots-"))
    try:
        store, window = demo_window(tmp)
        current = window.current_view()
        assert current is not None
        soon = dt.date.today() + dt.timedelta(days=21)
        later = soon + dt.timedelta(days=91)
        with store.session() as s:
            meeting = ann.add_meeting(s, "People Scrutiny Committee", committee="People",
                                      held_on=soon)  # fmt: skip
            ann.add_meeting(s, "People Scrutiny Committee", committee="People", held_on=later)
            ann.add_agenda_item(s, meeting.id, current.id)
            ann.add_agenda_items(s, meeting.id, [i for i in list(window.views)[:3]
                                                 if i != current.id])  # fmt: skip
            ann.add_question(s, current.id, "What has the service done since September to "
                             "recover?", addressed_to="Director of Education",
                             meeting_id=meeting.id, status="to_raise")  # fmt: skip
            ann.add_question(s, current.id, "Red for the eighth quarter running: what has "
                             "changed, and when do you expect it to reach amber?",
                             meeting_id=meeting.id, status="draft")  # fmt: skip
            ann.add_action(s, "Update the committee on the external review",
                           indicator_id=current.id, meeting_id=meeting.id,
                           owner="Director of Education")  # fmt: skip
        mode = window.annotations.show_meeting_mode(meeting.id)
        assert mode is not None
        mode.setGeometry(QRect(0, 0, 1366, 768))  # as maximised on the laptop's screen
        mode.show_item(0)
        mode.answer.setPlainText("Agency staff recruited in October; backlog halved.")
        mode.open_action_bar()
        mode.action_bar.text.setText("Report on the recovery plan")
        mode.action_bar.owner.setText("Director of Education")
        for _ in range(5):
            QApplication.processEvents()
        mode.grab().save(str(out), "PNG")
        mode.action_bar.clear_after_save()  # nothing half-typed: leaving asks about nothing
        mode.close()
        window.close()
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def meeting_mode_shot(out: Path) -> None:
    """In a process of its own, offscreen on a screen of 1366×768 (Qt's offscreen platform
    takes its screens from a file)."""
    width, height = (int(n) for n in LAPTOP.split("x"))
    with tempfile.TemporaryDirectory(prefix="scrutineer-shots-") as folder:
        screens = Path(folder) / "screens.json"
        screens.write_text(
            '{"screens": [{"name": "laptop", "x": 0, "y": 0, '
            f'"width": {width}, "height": {height}, "logicalDpiX": 96, "logicalDpiY": 96}}]}}'
        )
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
        env.pop("QT_SCALE_FACTOR", None)
        subprocess.run([sys.executable, __file__, "--meeting-mode", str(out)], env=env,
                       check=True)  # fmt: skip
    print(f"wrote {out.relative_to(REPO)}")


LAPTOP = "1366x768"
SCALES = {"100": "1", "150": "1.5"}


def shoot_laptop(docs: Path, scale: str) -> list[Path]:
    """The window as it first opens on this screen, then each editor and window in turn."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop import annotations as ann
    from desktop.ui.app import make_application

    app = make_application()
    app.setStyle("Fusion")
    tmp = Path(tempfile.mkdtemp(prefix="scrutineer-shots-"))
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        out = docs / f"{name}-{LAPTOP}-{scale}.png"
        widget.grab().save(str(out), "PNG")
        written.append(out)

    try:
        store, window = demo_window(tmp)
        current = window.current_view()
        assert current is not None
        soon = dt.date.today() + dt.timedelta(days=21)
        with store.session() as s:
            meeting = ann.add_meeting(s, "People Scrutiny Committee", committee="People",
                                      held_on=soon)  # fmt: skip
            ann.add_agenda_items(s, meeting.id, list(window.views)[:4])
            ann.add_agenda_item(s, meeting.id, current.id)
            ann.add_note(s, current.id, "Officers expect recovery once the new team starts.")
            ann.add_question(s, current.id, "When will the vacancies in the team be filled?",
                             addressed_to="Director of Children's Services")  # fmt: skip
        window.annotations.set_indicator(current)
        save(window, "laptop-main")
        notes = window.annotations.notes
        window.focus_notes()  # Ctrl+3: on a short screen the notes make room to write in
        QApplication.processEvents()
        notes.scroller.ensureWidgetVisible(notes.exempt)  # the note's fields, where they reflow
        save(window.annotations.tabs, "laptop-notes")
        window.annotations.tabs.setCurrentWidget(window.annotations.questions)
        questions = window.annotations.questions
        questions.list.setCurrentRow(0)
        QApplication.processEvents()
        questions.scroller.ensureWidgetVisible(questions.meeting)
        save(window.annotations.tabs, "laptop-question")
        dialog = window.annotations.show_meetings()
        save(dialog, "laptop-meetings")
        dialog.close()
        mode = window.annotations.show_meeting_mode(meeting.id)
        if mode is not None:
            mode.setGeometry(window.available_geometry())  # as maximised (Xvfb has no manager)
            mode.show_item(len(mode.entries) - 1)
            save(mode, "laptop-meeting-mode")
            mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            mode.close()
        window.close()
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return written


def laptop_shots(docs: Path) -> None:
    """Each scale in its own process (the scale is fixed when Qt starts), under Xvfb."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("skipped the 1366×768 shots: install xvfb (apt-get install xvfb)")
        return
    for scale, factor in SCALES.items():
        env = {**os.environ, "QT_SCALE_FACTOR": factor, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run(
            [xvfb, "-a", "-s", f"-screen 0 {LAPTOP}x24", sys.executable, __file__,
             "--laptop", scale],
            env=env, check=True,
        )  # fmt: skip


def main() -> int:
    docs = REPO / "docs"
    docs.mkdir(exist_ok=True)
    if sys.argv[1:2] == ["--meeting-mode"]:
        shoot_meeting_mode(Path(sys.argv[2]))
        return 0
    if sys.argv[1:2] == ["--laptop"]:
        for path in shoot_laptop(docs, sys.argv[2]):
            print(f"wrote {path.relative_to(REPO)}")
        return 0
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shoot(docs / "main-window-light.png", dark=False)
    shoot(docs / "main-window-dark.png", dark=True)
    print("wrote docs/main-window-light.png and docs/main-window-dark.png")
    meeting_mode_shot(docs / "meeting-mode.png")
    laptop_shots(docs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
