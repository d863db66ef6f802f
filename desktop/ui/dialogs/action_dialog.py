"""Add or edit an action point: text, owner, due meeting or date, status, what it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from db.models import ACTION_STATUSES
from desktop import annotations as ann
from desktop.annotations import ActionRecord, MeetingRecord
from desktop.ui.date_entry import DateEntry
from desktop.wording import ACTION_WORDS, long_date

STATUS_WORDS = ACTION_WORDS


@dataclass(frozen=True, slots=True)
class ActionValues:
    """What the dialog hands back; the caller writes it to the store."""

    text: str
    owner: str | None
    indicator_id: int | None
    meeting_id: int | None
    due_meeting_id: int | None
    due_date: dt.date | None
    status: str
    update: str | None


def meeting_label(meeting: MeetingRecord) -> str:
    when = f" ({long_date(meeting.held_on)})" if meeting.held_on else ""
    return f"{meeting.name}{when}"


def fill_meetings(combo: QComboBox, meetings: Sequence[MeetingRecord], none: str) -> None:
    combo.clear()
    combo.addItem(none, None)
    for meeting in meetings:
        combo.addItem(meeting_label(meeting), meeting.id)


class ActionDialog(QDialog):
    """One action point. OK is offered only once there is some text."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        meetings: Sequence[MeetingRecord],
        people: Sequence[str],
        indicator: tuple[int, str] | None = None,
        meeting_id: int | None = None,
        action: ActionRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle("Edit action point" if action else "New action point")
        self.setAccessibleName(self.windowTitle())
        self._indicator = indicator
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("What is to be done")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            "e.g. The Director of Education to update the Committee on the external review"
        )
        self.owner = QLineEdit(self)
        self.owner.setAccessibleName("Owner")
        completer = QCompleter(list(people), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)
        self.linked = QCheckBox(
            f"About {indicator[1]}" if indicator else "About the meeting as a whole", self
        )
        self.linked.setAccessibleName("Linked to the indicator")
        self.linked.setChecked(indicator is not None)
        self.linked.setEnabled(indicator is not None)
        self.meeting = QComboBox(self)
        self.meeting.setAccessibleName("Meeting where it was agreed")
        fill_meetings(self.meeting, meetings, "No meeting")
        self.due_meeting = QComboBox(self)
        self.due_meeting.setAccessibleName("Due at meeting")
        fill_meetings(self.due_meeting, meetings, "No due meeting")
        self.has_date = QCheckBox("Due &by date:", self)
        self.has_date.setAccessibleName("Has a due date")
        self.due_date = DateEntry(self)
        self.due_date.setAccessibleName("Due date")
        self.due_date.setDate(QDate.currentDate().addMonths(3))
        self.due_date.setEnabled(False)
        self.has_date.toggled.connect(self.due_date.setEnabled)
        self.status = QComboBox(self)
        self.status.setAccessibleName("Status")
        for status in ACTION_STATUSES:
            self.status.addItem(STATUS_WORDS[status], status)
        self.update_text = QLineEdit(self)
        self.update_text.setAccessibleName("Progress update")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        for which, name in (
            (QDialogButtonBox.StandardButton.Ok, "Record the action point"),
            (QDialogButtonBox.StandardButton.Cancel, "Close without recording"),
        ):
            self.buttons.button(which).setAccessibleName(name)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        self._layout()
        self._fill(action, meeting_id)
        self._check()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("&Action:", self.text)
        form.addRow("&Owner:", self.owner)
        form.addRow("", self.linked)
        form.addRow("Agreed at &meeting:", self.meeting)
        form.addRow("D&ue at meeting:", self.due_meeting)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.due_date)
        date_row.addWidget(self.due_date.words, 1)
        form.addRow("", date_row)
        form.addRow("&Status:", self.status)
        form.addRow("&Progress:", self.update_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel("Nothing is saved until you choose OK.", self)
        hint.setAccessibleName("Hint")
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def _fill(self, action: ActionRecord | None, meeting_id: int | None) -> None:
        self.meeting.setCurrentIndex(max(self.meeting.findData(meeting_id), 0))
        if action is None:
            return
        self.text.setPlainText(action.text)
        self.owner.setText(action.owner or "")
        self.linked.setChecked(action.indicator_id is not None)
        self.meeting.setCurrentIndex(max(self.meeting.findData(action.meeting_id), 0))
        self.meeting.setEnabled(False)  # where it was agreed stays put
        self.due_meeting.setCurrentIndex(max(self.due_meeting.findData(action.due_meeting_id), 0))
        if action.due_date is not None:
            self.has_date.setChecked(True)
            self.due_date.setDate(
                QDate(action.due_date.year, action.due_date.month, action.due_date.day)
            )
        self.status.setCurrentIndex(max(self.status.findData(action.status), 0))
        self.update_text.setText(action.update_text or "")

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def values(self) -> ActionValues:
        date = self.due_date.date().toPython() if self.has_date.isChecked() else None
        return ActionValues(
            text=self.text.toPlainText().strip(),
            owner=self.owner.text().strip() or None,
            indicator_id=self._indicator[0]
            if self._indicator and self.linked.isChecked()
            else None,
            meeting_id=self.meeting.currentData(),
            due_meeting_id=self.due_meeting.currentData(),
            due_date=date if isinstance(date, dt.date) else None,
            status=str(self.status.currentData()),
            update=self.update_text.text().strip() or None,
        )


def save_action(
    session: Session, values: ActionValues, action_id: int | None = None
) -> ActionRecord:
    """Write the dialog's values: a new action point, or changes to an existing one."""
    if action_id is None:
        record = ann.add_action(
            session,
            values.text,
            indicator_id=values.indicator_id,
            meeting_id=values.meeting_id,
            owner=values.owner,
            due_meeting_id=values.due_meeting_id,
            due_date=values.due_date,
        )
    else:
        record = ann.update_action(
            session,
            action_id,
            text=values.text,
            owner=values.owner,
            due_meeting_id=values.due_meeting_id,
            due_date=values.due_date,
            update=values.update,
        )
    if values.status != record.status:
        record = ann.set_action_status(session, record.id, values.status)
    return record
