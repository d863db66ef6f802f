"""File › Team… and Sync now in the window, against a real team server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from db.models import QuestionRow
from db.store import Store
from desktop import annotations as an
from desktop.team import server
from desktop.team import sync as team_sync
from desktop.ui.dialogs.team_dialog import TeamDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Workers
from tests.team.conftest import cluster, team_db  # noqa: F401  (the server fixtures)
from tests.team.pg import Cluster


def _window(qtbot, store: Store, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store, data_dir=data_dir, workers=Workers(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    return window


def _make_team(where: Cluster, database: str, *members: str) -> None:
    with server.connect(server.parse_url(where.url("postgres", database)), None) as conn:
        server.create_or_upgrade(conn)
        for name in members:
            server.set_member(conn, name, part2=False, committees=[])


def _with_dialog(act: Callable[[TeamDialog], None]) -> None:
    """Run ``act(dialog)`` once File › Team… has opened its (modal) dialog."""

    def find() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, TeamDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(20, find)
        else:
            act(dialog)

    QTimer.singleShot(0, find)


def _reword(store: Store, uid: str, text: str) -> None:
    with store.session() as session:
        row = session.scalars(select(QuestionRow).where(QuestionRow.uid == uid)).one()
        an.update_question(session, row.id, text=text)


def test_without_a_team_sync_is_off_and_nothing_is_shown(
    qtbot,
    seeded: Store,
    data_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = _window(qtbot, seeded, data_dir)
    assert not window.team.sync_action.isEnabled()
    assert window.team.state_label.isHidden()
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert names.index("teamAction") < names.index("syncAction") < names.index("quit")
    assert window.team.sync_action in window.toolbar.actions()


def test_join_sync_and_see_a_conflict_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, seeded: Store, data_dir: Path, tmp_path: Path,
    cluster: Cluster, team_db: str,  # noqa: F811
) -> None:  # fmt: skip
    _make_team(cluster, team_db, "chair", "clerk")
    window = _window(qtbot, seeded, data_dir)

    def join(dialog: TeamDialog) -> None:
        dialog.url_edit.setText(cluster.url("chair", team_db))
        dialog.join_button.click()

    _with_dialog(join)
    window.team.team_action.trigger()
    status = team_sync.status(seeded)
    assert (status.member, status.waiting) == ("chair", 0), window.team.state_label.text()
    assert status.last_sync
    assert window.team.sync_action.isEnabled()
    assert "0 changes waiting" in window.team.state_label.text()

    with seeded.read_session() as session:
        uid = session.scalars(select(QuestionRow.uid).order_by(QuestionRow.id)).first()
    assert uid is not None
    (tmp_path / "clerk").mkdir()
    with Store.open(tmp_path / "clerk" / "scrutineer.sqlite") as clerk:
        team_sync.link(clerk, cluster.url("clerk", team_db), "clerk")
        team_sync.sync(clerk, None)
        _reword(clerk, uid, "The clerk's wording")
        team_sync.sync(clerk, None)
    _reword(seeded, uid, "The chair's wording")
    window.team.refresh()
    assert "1 change waiting" in window.team.state_label.text()

    window.team.sync_action.trigger()
    assert "1 conflict" in window.statusBar().currentMessage()
    assert "1 conflict to see" in window.team.state_label.text()

    listed: list[str] = []

    def look(dialog: TeamDialog) -> None:
        listed.extend(
            dialog.conflict_list.item(i).text() for i in range(dialog.conflict_list.count())
        )
        dialog.seen_button.click()
        dialog.reject()

    _with_dialog(look)
    window.team.team_action.trigger()
    assert listed == [
        "question text: kept “The chair's wording”; other by clerk: “The clerk's wording”"
    ]
    assert team_sync.status(seeded).conflicts == []
    assert "conflict" not in window.team.state_label.text()


def test_a_password_typed_in_the_dialog_is_used_and_not_written(  # type: ignore[no-untyped-def]
    qtbot,
    seeded: Store,
    data_dir: Path,
    cluster: Cluster,  # noqa: F811
    team_db: str,  # noqa: F811
) -> None:
    from tests.team.pg import PASSWORD_ROLE

    secret = "typed-in-the-dialog-only"
    with server.connect(server.parse_url(cluster.url("postgres", team_db)), None) as conn:
        server.create_or_upgrade(conn)
        server.set_member(conn, PASSWORD_ROLE, part2=False, committees=[], password=secret)
    window = _window(qtbot, seeded, data_dir)

    def join(dialog: TeamDialog) -> None:
        dialog.url_edit.setText(cluster.url(PASSWORD_ROLE, team_db))
        dialog.password_edit.setText(secret)
        dialog.join_button.click()

    _with_dialog(join)
    window.team.team_action.trigger()
    status = team_sync.status(seeded)
    assert status.last_sync and status.waiting == 0, window.team.state_label.text()
    written = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert secret.encode() not in written
