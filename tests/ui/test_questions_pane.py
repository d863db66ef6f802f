"""The questions-and-actions dock and its table model."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from desktop.ui.models.questions_model import (
    COL_ASKED_BY,
    COL_TEXT,
    OpenItemsModel,
    open_items,
)
from tests.ui.annotation_helpers import (
    controller,
    red_code,
    select_code,
)


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


@pytest.fixture
def filled(window: MainWindow) -> MainWindow:
    ids = [v.id for v in window.views.values() if not v.exempt][:3]
    with window.store.session() as s:
        june = annotations.add_meeting(s, "June scrutiny", committee="People")
        annotations.add_question(s, ids[0], "Why red?", addressed_to="Director of Education",
                                 meeting_id=june.id, status="to_raise")  # fmt: skip
        annotations.add_question(s, ids[1], "Any plan?", addressed_to="Head of Waste")
        annotations.add_action(s, "Report back", indicator_id=ids[2], owner="Head of Waste")
        done = annotations.add_action(s, "Finished", indicator_id=ids[2], owner="Someone")
        annotations.set_action_status(s, done.id, "done")
    controller(window).dock_action.trigger()
    return window


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = OpenItemsModel()
    q = annotations.QuestionRecord(
        1, "u", 7, None, None, "Text", "To", "draft", None, None, None, 0,
        *(2 * [__import__("datetime").datetime(2025, 1, 1)]),
    )  # fmt: skip
    model.set_items(open_items([q], [], [], {7: ("X1 Thing", "Portfolio")}))
    qtmodeltester.check(model)


def test_dock_lists_only_open_items(filled: MainWindow) -> None:
    dock = controller(filled).dock
    texts = sorted(dock.model.item(r).text for r in range(dock.model.rowCount()))
    assert texts == ["Any plan?", "Report back", "Why red?"]


def test_filter_by_person_matches_addressee_and_owner(filled: MainWindow) -> None:
    dock = controller(filled).dock
    dock.person.setText("waste")
    shown = sorted(dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount()))
    assert shown == ["Any plan?", "Report back"]


def test_filter_by_meeting(filled: MainWindow) -> None:
    dock = controller(filled).dock
    dock.meeting.setCurrentIndex(dock.meeting.findText("June scrutiny"))
    assert [dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())] == ["Why red?"]


def test_filter_by_status(filled: MainWindow) -> None:
    dock = controller(filled).dock
    dock.status.setCurrentIndex(dock.status.findData("open"))
    assert [dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())] == ["Report back"]


def test_filter_by_portfolio(filled: MainWindow) -> None:
    dock = controller(filled).dock
    portfolio = dock.model.item(0).portfolio
    dock.portfolio.setCurrentIndex(dock.portfolio.findData(portfolio))
    rows = [dock.proxy.index(r, 0) for r in range(dock.proxy.rowCount())]
    assert rows and all(dock.proxy.index(i.row(), 2).data() == portfolio for i in rows)


def test_enter_on_a_row_selects_its_indicator(qtbot, filled: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dock = controller(filled).dock
    dock.person.setText("Director")
    dock.table.setCurrentIndex(dock.proxy.index(0, 0))
    qtbot.keyClick(dock.table, Qt.Key.Key_Return)
    view = filled.current_view()
    assert view is not None and view.id == dock.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)


def test_a_new_question_appears_in_the_open_dock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    controller(window).dock_action.trigger()
    select_code(window, red_code(window))
    tab = controller(window).questions
    tab.new_question()
    qtbot.keyClicks(tab.text, "Fresh question")
    tab.flush()
    dock = controller(window).dock
    assert [dock.model.item(r).text for r in range(dock.model.rowCount())] == ["Fresh question"]


def test_meeting_filter_includes_items_carried_forward_to_it(window: MainWindow) -> None:
    indicator_id = next(v.id for v in window.views.values() if not v.exempt)
    with window.store.session() as s:
        june = annotations.add_meeting(s, "June", committee="People", held_on=dt.date(2025, 6, 4))
        annotations.add_meeting(s, "September", committee="People", held_on=dt.date(2025, 9, 3))
        annotations.add_question(s, indicator_id, "Unanswered in June", meeting_id=june.id)
    controller(window).dock_action.trigger()
    dock = controller(window).dock
    dock.meeting.setCurrentIndex(dock.meeting.findText("September"))
    shown = [dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())]
    assert shown == ["Unanswered in June"]


def _asked_by(store: Store, question_id: int, member: str) -> None:
    """As a sync records who wrote a question it pulled from the team store."""
    from sqlalchemy import text

    with store.session() as s:
        s.execute(
            text(
                "INSERT INTO sync_record (kind, row_id, uid, author, revision, local_rev, dirty)"
                " VALUES ('question', :i, 'question-' || :i, :who, 1, 1, 0)"
                " ON CONFLICT (kind, row_id) DO UPDATE SET author = excluded.author"
            ),
            {"i": question_id, "who": member},
        )


def test_the_dock_says_who_asked_each_question_where_the_store_knows(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    ids = [v.id for v in window.views.values() if not v.exempt][:2]
    with window.store.session() as s:
        theirs = annotations.add_question(s, ids[0], "Why has the backlog grown?")
        annotations.add_question(s, ids[1], "Is the new team in post?")
        annotations.add_action(s, "Send the recovery plan", indicator_id=ids[1], owner="Clerk")
    _asked_by(window.store, theirs.id, "Cllr Driver")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    dock = controller(window).dock
    qtbot.waitUntil(lambda: dock.model.rowCount() == 3)
    assert not dock.table.isColumnHidden(COL_ASKED_BY)
    assert dock.model.headerData(COL_ASKED_BY, Qt.Orientation.Horizontal) == "Asked by"
    rows = {
        dock.model.index(r, COL_TEXT).data(): dock.model.index(r, COL_ASKED_BY).data()
        for r in range(dock.model.rowCount())
    }
    assert rows == {
        "Why has the backlog grown?": "Cllr Driver",
        "Is the new team in post?": "",
        "Send the recovery plan": "",
    }
    qtbot.keyClicks(dock.person, "driver")  # the person filter finds who asked, too
    assert dock.proxy.rowCount() == 1
    assert dock.proxy.index(0, COL_TEXT).data() == "Why has the backlog grown?"


def test_the_asked_by_column_is_left_out_when_no_question_has_an_author(
    qtbot, filled: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    dock = controller(filled).dock
    qtbot.waitUntil(lambda: dock.model.rowCount() == 3)
    assert dock.table.isColumnHidden(COL_ASKED_BY)
