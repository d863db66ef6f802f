"""File › Team… and Sync now: the window's side of the team store (the work is in desktop.team)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel

from desktop.errors import UserError, one_line
from desktop.team import server
from desktop.team import sync as team_sync
from desktop.ui.dialogs.team_dialog import TeamDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.workers import TaskControl

TEAM_SHORTCUT = "Ctrl+Shift+T"
SYNC_SHORTCUT = "F9"
REFRESH_AFTER_EDIT_MS = 1500


def status_text(status: team_sync.TeamStatus, *, syncing: bool = False) -> str:
    """The sync state in words for the status bar (never by colour or icon alone)."""
    if status.url is None:
        return ""
    if syncing:
        return "Team: syncing…"
    parts = [f"Team: last sync {status.last_sync.replace('T', ' ')[:16]}" if status.last_sync
             else "Team: never synced"]  # fmt: skip
    parts.append(f"{status.waiting} change{'s' if status.waiting != 1 else ''} waiting")
    if status.conflicts:
        n = len(status.conflicts)
        parts.append(f"{n} conflict{'s' if n != 1 else ''} to see")
    return " · ".join(parts)


class TeamControls(QObject):
    """Team… and Sync now actions, the status-bar state, and running a sync in the background."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self._password: str | None = None  # typed in the dialog; memory only, this session
        self.syncing = False
        self.team_action = QAction("&Team…", window)
        self.team_action.setObjectName("teamAction")
        self.team_action.setShortcut(QKeySequence(TEAM_SHORTCUT))
        self.team_action.setStatusTip("Join or leave a team, see conflicts")
        self.team_action.triggered.connect(self.open_dialog)
        self.sync_action = QAction("S&ync now", window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence(SYNC_SHORTCUT))
        self.sync_action.setStatusTip("Send this store's changes to the team, bring in theirs")
        self.sync_action.setToolTip(f"Sync with the team ({SYNC_SHORTCUT})")
        self.sync_action.triggered.connect(lambda _checked=False: self.sync())
        for action in (self.team_action, self.sync_action):
            window.addAction(action)
        self.state_label = QLabel(window)
        self.state_label.setObjectName("teamState")
        self.state_label.setAccessibleName("Team sync state")
        window.statusBar().addPermanentWidget(self.state_label)
        self.refresh()

    def status(self) -> team_sync.TeamStatus:
        return team_sync.status(self.window_.store)

    def refresh(self) -> None:
        status = self.status()
        self.sync_action.setEnabled(status.url is not None and not self.syncing)
        self.state_label.setText(status_text(status, syncing=self.syncing))
        self.state_label.setVisible(status.url is not None)

    def open_dialog(self) -> None:
        dialog = TeamDialog(self.status(), self.window_)
        dialog.join_requested.connect(self.join)
        dialog.leave_requested.connect(self.leave)
        dialog.sync_requested.connect(self.sync)
        dialog.conflicts_seen.connect(self.mark_seen)
        dialog.exec()

    def _prompt(self, _who: str) -> str | None:
        return self._password

    def join(self, raw_url: str, member: str, password: str) -> None:
        self._password = password or None
        store = self.window_.store

        def work(_control: TaskControl) -> str:
            url = server.parse_url(raw_url)
            name = member or url.username or ""
            server.check_role_name(name)
            url = url.set(username=name)
            with server.connect(url, self._prompt) as conn:
                if server.schema_revision(conn) is None or server.my_grants(conn) is None:
                    raise UserError(
                        f"{name} is not a member of a team at {server.public_url(url)} — ask the"
                        " team's owner to add you",
                        1,
                    )
            team_sync.link(store, server.public_url(url), name)
            return name

        self.window_.workers.run(work, on_done=lambda _n: self.sync(), on_error=self._failed)

    def leave(self) -> None:
        team_sync.unlink(self.window_.store)
        self._password = None
        self.refresh()

    def mark_seen(self) -> None:
        team_sync.mark_conflicts_seen(self.window_.store)
        self.refresh()

    def sync(self, password: str = "") -> None:
        if password:
            self._password = password
        if self.syncing or self.status().url is None:
            return
        self.syncing = True
        self.refresh()
        store = self.window_.store
        prompt = self._prompt

        def work(_control: TaskControl) -> team_sync.SyncResult:
            return team_sync.sync(store, prompt)

        self.window_.workers.run(work, on_done=self._synced, on_error=self._failed)

    def _synced(self, result: team_sync.SyncResult) -> None:
        self.syncing = False
        self.refresh()
        message = f"Synced: sent {result.pushed}, received {result.pulled}"
        if result.conflicts:
            message += f"; {len(result.conflicts)} conflict(s) — see File › Team…"
        self.window_.statusBar().showMessage(message, 10000)
        if result.pulled:
            self.window_.reload()

    def _failed(self, exc: BaseException) -> None:
        self.syncing = False
        self.refresh()
        text = str(exc) if isinstance(exc, UserError) else f"unexpected problem: {exc}"
        self.state_label.setText(f"Team: sync failed — {one_line(text)[:160]}")
        self.state_label.setToolTip(one_line(text))
        self.state_label.setVisible(True)


def install_team(window: MainWindow) -> TeamControls:
    """File › Team… and File › Sync now, the toolbar's sync button and the status-bar state."""
    controls = TeamControls(window)
    file_menu = window.file_menu
    actions = file_menu.actions()
    quit_at = next((i for i, a in enumerate(actions) if a is window.quit_action), None)
    if quit_at is None:
        file_menu.addSeparator()
        file_menu.addActions([controls.team_action, controls.sync_action])
    else:  # above the separator before Quit
        at = quit_at - 1 if quit_at and actions[quit_at - 1].isSeparator() else quit_at
        file_menu.insertActions(actions[at], [controls.team_action, controls.sync_action])
        file_menu.insertSeparator(controls.team_action)
    window.toolbar.addAction(controls.sync_action)
    window.views_loaded.connect(controls.refresh)
    # an edit changes what waits to go: count again once the typing has paused
    later = QTimer(controls)
    later.setSingleShot(True)
    later.setInterval(REFRESH_AFTER_EDIT_MS)
    later.timeout.connect(controls.refresh)
    window.undo_stack.indexChanged.connect(lambda _i: later.start())
    return controls
