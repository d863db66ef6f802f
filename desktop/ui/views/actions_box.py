"""The action points on one indicator: a list, and the dialog to add or edit one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.annotations import ActionRecord, MeetingRecord
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.dialogs.action_dialog import STATUS_WORDS, ActionDialog, save_action
from desktop.ui.views.reflow import wrapped_lines
from desktop.wording import long_date


def action_title(a: ActionRecord) -> str:
    owner = f" — {a.owner}" if a.owner else ""
    due = f", due {long_date(a.due_date)}" if a.due_date else ""
    return f"[{STATUS_WORDS[a.status]}] {a.text.splitlines()[0][:90]}{owner}{due}"


class ActionsBox(QWidget):
    """Lists an indicator's action points; ``saved(record)`` after the dialog records one."""

    saved = Signal(object)

    def __init__(self, access: AnnotationAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Action points on the indicator")
        self.access = access
        self.records: list[ActionRecord] = []
        self.meetings: Sequence[MeetingRecord] = ()
        self.people: Sequence[str] = ()
        self.indicator: tuple[int, str] | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("actionsList")
        wrapped_lines(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName("Action points")
        self.list.itemActivated.connect(lambda _item: self.edit_action())
        self.new_button = QPushButton("New a&ction…", self)
        self.new_button.setAccessibleName("New action point")
        self.new_button.clicked.connect(lambda: self.new_action())
        self.edit_button = QPushButton("Edit action…", self)
        self.edit_button.setAccessibleName("Edit the chosen action point")
        self.edit_button.clicked.connect(self.edit_action)
        title = QLabel("Action points", self)
        title.setBuddy(self.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_actions(
        self,
        indicator: tuple[int, str] | None,
        records: Sequence[ActionRecord],
        meetings: Sequence[MeetingRecord],
        people: Sequence[str],
    ) -> None:
        self.indicator, self.records = indicator, list(records)
        self.meetings, self.people = meetings, people
        self.list.clear()
        for action in records:
            item = QListWidgetItem(action_title(action))
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(action.text)
            self.list.addItem(item)
        self.new_button.setEnabled(indicator is not None)
        self.edit_button.setEnabled(bool(records))

    def new_action(self, meeting_id: int | None = None) -> ActionRecord | None:
        if self.indicator is None:
            return None
        dialog = ActionDialog(
            self,
            meetings=self.meetings,
            people=self.people,
            indicator=self.indicator,
            meeting_id=meeting_id,
        )
        return self._run(dialog, None)

    def edit_action(self) -> ActionRecord | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        action = next((a for a in self.records if a.id == wanted), None)
        if action is None:
            return None
        dialog = ActionDialog(
            self,
            meetings=self.meetings,
            people=self.people,
            indicator=self.indicator,
            action=action,
        )
        return self._run(dialog, action.id)

    def _run(self, dialog: ActionDialog, action_id: int | None) -> ActionRecord | None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        values = dialog.values()
        record = self.access.write(lambda s: save_action(s, values, action_id))
        if record is not None:
            self.saved.emit(record)
        return record
