"""The export dialog: Word briefings with or without charts and exempt material, per meeting."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import IndicatorRow
from db.store import Store
from desktop.annotations import add_meeting, add_note, add_question
from desktop.catalogue import IndicatorView
from desktop.export.words import EXEMPT_MARK
from desktop.ui.dialogs.export_flow import WorkerCharts
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import TaskControl, Workers
from tests.ui.export_dialog_helpers import export_via_dialog, open_dialog

EXEMPT_NOTE = "Two named care homes are under review"
OPEN_NOTE = "Staffing plan due in March"


@pytest.fixture
def window_store(seeded: Store) -> Store:
    """The test scorecard with an exempt note, an open note and a question for a meeting."""
    with seeded.session() as s:
        ids = {r.code: r.id for r in s.scalars(select(IndicatorRow))}
        add_note(s, ids["AS1"], EXEMPT_NOTE, exempt=True)
        add_note(s, ids["CS1"], OPEN_NOTE)
        meeting = add_meeting(s, "Scrutiny March 2025")
        add_question(s, ids["EN1"], "Why did recycling fall?", meeting_id=meeting.id)
    return seeded


def all_text(path: Path) -> str:
    """Every word of a briefing: body, tables, headers and footers."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header):
            parts += [p.text for p in part.paragraphs]
    return "\n".join(parts)


def header_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).sections[0].header.paragraphs)


def test_briefing_without_exempt_material_only_counts_what_it_withheld(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = export_via_dialog(qtbot, window, tmp_path / "briefing.docx")
    assert out == tmp_path / "briefing.docx"
    text = all_text(out)
    assert OPEN_NOTE in text
    mentions = [line for line in text.splitlines() if "exempt" in line.casefold()]
    assert len(mentions) == 1 and "exempt indicator is not included" in mentions[0]
    assert EXEMPT_NOTE not in text


def test_briefing_with_exempt_material_is_marked_in_the_header(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = export_via_dialog(qtbot, window, tmp_path / "briefing.docx", exempt=True)
    assert out is not None
    assert EXEMPT_MARK in header_text(out)
    assert EXEMPT_NOTE in all_text(out)


def test_briefing_with_charts_has_pictures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = export_via_dialog(qtbot, window, tmp_path / "briefing.docx", charts=True)
    assert out is not None
    assert len(docx.Document(str(out)).inline_shapes) >= 3  # CS1, AS2, EN1 are red


def test_briefing_without_charts_has_no_pictures(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    out = export_via_dialog(qtbot, window, tmp_path / "briefing.docx", charts=False)
    assert out is not None
    assert len(docx.Document(str(out)).inline_shapes) == 0


def test_briefing_for_one_meeting(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    out = export_via_dialog(qtbot, window, tmp_path / "march.docx", meeting="Scrutiny March 2025")
    assert out is not None
    document = docx.Document(str(out))
    assert document.core_properties.title == "Performance briefing for Scrutiny March 2025"
    assert "Why did recycling fall?" in all_text(out)


def test_meetings_are_offered_newest_first(window: MainWindow) -> None:
    with window.store.session() as s:
        add_meeting(s, "Scrutiny June 2025")
    dialog = open_dialog(window)
    offered = [dialog.meeting_combo.itemData(i) for i in range(dialog.meeting_combo.count())]
    assert offered == [None, "Scrutiny June 2025", "Scrutiny March 2025"]


def test_exempt_box_is_off_every_time_even_after_an_export_with_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    export_via_dialog(qtbot, window, tmp_path / "first.docx", exempt=True, charts=False)
    window.export_flow.message.close()  # type: ignore[union-attr]
    dialog = open_dialog(window)
    assert not dialog.exempt_box.isChecked()


def test_small_numbers_choice_only_with_exempt_material(window: MainWindow) -> None:
    dialog = open_dialog(window)
    before = dialog.small_box.isEnabled()
    dialog.exempt_box.setChecked(True)
    assert (before, dialog.small_box.isEnabled()) == (False, True)


def test_charts_choice_only_for_word(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.set_format("xlsx")
    assert not dialog.charts_box.isEnabled()


def test_changing_format_changes_the_file_suffix(window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    dialog.path_edit.setText(str(tmp_path / "briefing.docx"))
    dialog.set_format("json")
    assert dialog.path_edit.text() == str(tmp_path / "briefing.json")


def test_export_without_a_file_stays_open_and_says_why(window: MainWindow) -> None:
    dialog = open_dialog(window)
    dialog.path_edit.clear()
    dialog.accept()
    assert dialog.isVisible() and "Choose where" in dialog.problem.text()


def test_cancel_while_charts_are_drawn_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    flow = window.export_flow
    drawn: list[str] = []

    def cancelling_after_one(control: TaskControl, stopped: Callable[[], bool]) -> WorkerCharts:
        """The app's own drawing; the user presses Cancel once the first chart is drawn."""
        charts = WorkerCharts(control, stopped)
        draw = charts.png

        def png(view: IndicatorView, width: int, height: int) -> bytes | None:
            picture = draw(view, width, height)
            drawn.append(view.code or view.name)
            flow.progress.reject()
            return picture

        charts.png = png  # type: ignore[method-assign]
        return charts

    flow.chart_source = cancelling_after_one
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "briefing.docx").write_bytes(b"the briefing written last week")
    dialog = open_dialog(window)
    dialog.path_edit.setText(str(folder / "briefing.docx"))
    with qtbot.waitSignal(flow.finished, timeout=60000) as blocker:
        dialog.accept()
    assert blocker.args == [None]
    assert len(drawn) == 1  # it stopped at the next picture
    assert (folder / "briefing.docx").read_bytes() == b"the briefing written last week"
    assert [p.name for p in folder.iterdir()] == ["briefing.docx"]  # no temporary left
    assert flow.message is None  # cancelling is not an error


def test_charts_are_drawn_off_the_window_thread_with_progress(
    qtbot: QtBot, seeded: Store, data_dir: Path, tmp_path: Path
) -> None:
    window = MainWindow(seeded, data_dir=data_dir, workers=Workers())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.views_loaded, timeout=20000):
        window.reload()
    flow = window.export_flow
    threads: list[bool] = []
    said: list[str] = []

    def watched(control: TaskControl, stopped: Callable[[], bool]) -> WorkerCharts:
        charts = WorkerCharts(control, stopped)
        draw = charts.png

        def png(view: IndicatorView, width: int, height: int) -> bytes | None:
            threads.append(threading.current_thread() is threading.main_thread())
            return draw(view, width, height)

        charts.png = png  # type: ignore[method-assign]
        return charts

    flow.chart_source = watched
    dialog = open_dialog(window)
    dialog.path_edit.setText(str(tmp_path / "briefing.docx"))
    task_progress = flow.progress.bar.valueChanged
    task_progress.connect(lambda _v: said.append(flow.progress.label.text()))
    with qtbot.waitSignal(flow.finished, timeout=60000) as blocker:
        dialog.accept()
    window.workers.wait()
    assert blocker.args == [tmp_path / "briefing.docx"]
    assert threads and not any(threads)  # never on the window's thread
    assert any(text.startswith("Drawing chart ") for text in said)
    assert len(docx.Document(str(tmp_path / "briefing.docx")).inline_shapes) == len(threads)


def test_unknown_meeting_is_one_line(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(window)
    dialog.meeting_combo.addItem("Gone", "No such meeting")
    dialog.meeting_combo.setCurrentIndex(dialog.meeting_combo.count() - 1)
    dialog.path_edit.setText(str(tmp_path / "x.json"))
    dialog.set_format("json")
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000):
        dialog.accept()
    message = window.export_flow.message
    assert message is not None and "no meeting named" in message.text()
    assert "\n" not in message.text()


def test_briefing_with_background_workers_has_its_pictures(
    qtbot: QtBot, seeded: Store, data_dir: Path, tmp_path: Path
) -> None:
    window = MainWindow(seeded, data_dir=data_dir, workers=Workers())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.views_loaded, timeout=20000):
        window.reload()
    out = export_via_dialog(qtbot, window, tmp_path / "briefing.docx")
    window.workers.wait()
    assert out is not None
    assert len(docx.Document(str(out)).inline_shapes) >= 3


def test_the_dialog_starts_in_a_folder_that_exists(tmp_path: Path) -> None:
    from desktop.ui.dialogs.export_flow import start_folder

    assert start_folder(str(tmp_path)) == str(tmp_path)
    gone = tmp_path / "moved away"
    chosen = Path(start_folder(str(gone)))
    assert chosen.is_dir()  # Documents, or home on a laptop that has none
    assert chosen != gone


def test_by_keyboard_the_tracker_is_offered_under_a_tracker_s_name_and_the_result_read_out(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Ctrl+E, Alt+T (Excel tracker): the usual briefing name becomes the tracker's, not
    "scrutiny-briefing.xlsx"; Enter exports, and the message says where, on its own line."""
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    QSettings().setValue("export/last_dir", str(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_flow.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert Path(dialog.path_edit.text()).name == "scrutiny-briefing.docx"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.fmt() == "xlsx")  # a mnemonic clicks after a moment
    assert dialog.path_edit.text() == str(tmp_path / "scrutiny-tracker.xlsx")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.fmt() == "json")
    assert dialog.path_edit.text() == str(tmp_path / "scrutineer-export.json")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.fmt() == "xlsx")
    with qtbot.waitSignal(window.export_flow.finished, timeout=60000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert (tmp_path / "scrutiny-tracker.xlsx").is_file()
    message = window.export_flow.message
    assert message is not None
    assert message.text().splitlines()[0] == f"Exported to {tmp_path / 'scrutiny-tracker.xlsx'}"
