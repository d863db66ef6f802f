"""File › Team…: join or leave a team, see the last sync, what waits, and any conflicts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.team.sync import TeamStatus


def _value(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                  | Qt.TextInteractionFlag.TextSelectableByMouse)  # fmt: skip
    label.setAccessibleName(name)
    label.setWordWrap(True)
    return label


def conflict_line(record: str, field: str, kept: object, other: object, who: str | None) -> str:
    """One conflict in words: which field, the version kept and the other one."""
    by = f" by {who}" if who else ""
    return (
        f"{record.split('-', 1)[0].replace('_', ' ')} {field}: kept “{kept}”; other{by}: “{other}”"
    )


class TeamDialog(QDialog):
    """Shows the team link; asks the window to join, leave, sync or mark conflicts seen.

    The password typed here stays in memory for this session of the window only.
    """

    join_requested = Signal(str, str, str)  # url, member, password ("" = libpq's own places)
    leave_requested = Signal()
    sync_requested = Signal(str)  # password for this session ("" = libpq's own places)
    conflicts_seen = Signal()

    def __init__(self, status: TeamStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle("Team")
        self.setAccessibleName("Team")
        layout = QVBoxLayout(self)
        linked = status.url is not None

        state = QGroupBox("This store", self)
        form = QFormLayout(state)
        self.team_label = _value(status.url or "Not in a team: everything stays on this computer.",
                                 "Team", state)  # fmt: skip
        form.addRow("Team:", self.team_label)
        if linked:
            form.addRow("Member:", _value(status.member or "", "Member", state))
            form.addRow("Last sync:", _value(status.last_sync or "never", "Last sync", state))
            form.addRow("Changes waiting:", _value(str(status.waiting), "Changes waiting", state))
            self.session_password = QLineEdit(state)
            self.session_password.setObjectName("teamSessionPassword")
            self.session_password.setAccessibleName("Database password for this session")
            self.session_password.setEchoMode(QLineEdit.EchoMode.Password)
            self.session_password.setPlaceholderText("only if asked: kept until you quit")
            label = QLabel("Pass&word:", state)
            label.setBuddy(self.session_password)
            form.addRow(label, self.session_password)
        layout.addWidget(state)

        self.join_box = QGroupBox("Join a team", self)
        join_form = QFormLayout(self.join_box)
        self.url_edit = QLineEdit(self.join_box)
        self.url_edit.setObjectName("teamUrl")
        self.url_edit.setAccessibleName("Team database address")
        self.url_edit.setPlaceholderText("postgresql+psycopg://NAME@HOST/DATABASE")
        self.member_edit = QLineEdit(self.join_box)
        self.member_edit.setObjectName("teamMember")
        self.member_edit.setAccessibleName("Member name")
        self.password_edit = QLineEdit(self.join_box)
        self.password_edit.setObjectName("teamPassword")
        self.password_edit.setAccessibleName("Database password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText("blank: use PGPASSWORD or ~/.pgpass")
        for text, edit in (("&Address:", self.url_edit), ("&Member:", self.member_edit),
                           ("&Password:", self.password_edit)):  # fmt: skip
            label = QLabel(text, self.join_box)
            label.setBuddy(edit)
            join_form.addRow(label, edit)
        self.join_button = QPushButton("&Join", self.join_box)
        self.join_button.setObjectName("teamJoin")
        self.join_button.setAccessibleName("Join the team")
        self.join_button.clicked.connect(self._join)
        join_form.addRow(self.join_button)
        self.join_box.setVisible(not linked)
        layout.addWidget(self.join_box)

        self.conflict_list = QListWidget(self)
        self.conflict_list.setObjectName("teamConflicts")
        self.conflict_list.setAccessibleName("Conflicts from the last syncs")
        for c in status.conflicts:
            self.conflict_list.addItem(
                conflict_line(c.record, c.field, c.kept, c.other, c.other_member)
            )
        conflicts = QGroupBox(f"Conflicts ({len(status.conflicts)})", self)
        conflicts_layout = QVBoxLayout(conflicts)
        conflicts_layout.addWidget(
            _value("Two members changed the same thing: the later sync was kept; the other "
                   "version stays in the record's history.", "About conflicts", conflicts)
        )  # fmt: skip
        conflicts_layout.addWidget(self.conflict_list)
        self.seen_button = QPushButton("&Mark as seen", conflicts)
        self.seen_button.setObjectName("teamConflictsSeen")
        self.seen_button.setAccessibleName("Mark conflicts as seen")
        self.seen_button.clicked.connect(self._seen)
        conflicts_layout.addWidget(self.seen_button)
        conflicts.setVisible(bool(status.conflicts))
        layout.addWidget(conflicts)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if linked:
            self.sync_button = buttons.addButton(
                "&Sync now", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.sync_button.setObjectName("teamSyncNow")
            self.sync_button.clicked.connect(self._sync)
            self.leave_button = buttons.addButton(
                "&Leave team", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.leave_button.setObjectName("teamLeave")
            self.leave_button.setAccessibleName("Leave the team (local data stays)")
            self.leave_button.clicked.connect(self._leave)
        layout.addWidget(buttons)

    def _join(self) -> None:
        url = self.url_edit.text().strip()
        if not url:
            self.url_edit.setFocus()
            return
        self.join_requested.emit(url, self.member_edit.text().strip(), self.password_edit.text())
        self.password_edit.clear()
        self.accept()

    def _leave(self) -> None:
        self.leave_requested.emit()
        self.accept()

    def _sync(self) -> None:
        self.sync_requested.emit(self.session_password.text())
        self.session_password.clear()
        self.accept()

    def _seen(self) -> None:
        self.conflicts_seen.emit()
        self.conflict_list.clear()
        self.seen_button.setEnabled(False)
