"""Meetings: create and edit them, order a meeting's agenda, carry forward open items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import annotations as ann
from desktop.annotations import MeetingRecord
from desktop.ui.accessibility import name_parts
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.date_entry import DateEntry
from desktop.ui.dialogs.action_dialog import meeting_label
from desktop.ui.screen_fit import fit_within_screen
from desktop.ui.views.agenda_view import AgendaView
from desktop.ui.views.reflow import wrapped_lines


def previous_meeting(
    meetings: Sequence[MeetingRecord], meeting: MeetingRecord
) -> MeetingRecord | None:
    """The meeting of the same committee just before ``meeting`` (meetings in date order)."""

    def key(value: str | None) -> str:
        return " ".join((value or "").split()).casefold()

    same = [m for m in meetings if key(m.committee) == key(meeting.committee)]
    at = next((i for i, m in enumerate(same) if m.id == meeting.id), 0)
    return same[at - 1] if at > 0 else None


class MeetingDialog(QDialog):
    """The list of meetings, the chosen one's details, and its agenda.

    ``meeting_mode_requested(meeting_id)`` asks the window to walk the chosen meeting.
    """

    meeting_mode_requested = Signal(int)

    def __init__(
        self,
        access: AnnotationAccess,
        *,
        periods: Sequence[tuple[int, str]],
        labels: Mapping[int, str],
        selected: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("meetingDialog")
        self.setWindowTitle("Meetings")
        self.setAccessibleName("Meetings")
        self.access = access
        self.labels = labels
        self.selected: list[int] = list(selected)
        self.meetings: list[MeetingRecord] = []
        self.meeting: MeetingRecord | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("meetingsList")
        self.list.setAccessibleName("Meetings")
        wrapped_lines(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_pick)
        self.new_button = QPushButton("&New meeting", self)
        self.new_button.setAccessibleName("New meeting")
        self.new_button.clicked.connect(self.start_new)
        self.name = QLineEdit(self)
        self.name.setObjectName("meetingName")
        self.name.setAccessibleName("Meeting name")
        self.name.setPlaceholderText("e.g. People Scrutiny Committee, 14 January")
        self.committee = QLineEdit(self)
        self.committee.setObjectName("meetingCommittee")
        self.committee.setAccessibleName("Committee")
        self.has_date = QCheckBox("&Held on:", self)
        self.has_date.setAccessibleName("Has a date")
        self.date = DateEntry(self)
        self.date.setAccessibleName("Meeting date")
        self.date.setDate(QDate.currentDate())
        self.has_date.toggled.connect(self.date.setEnabled)
        self.has_date.setChecked(False)  # no date until one is chosen: today is rarely right
        self.date.setEnabled(False)
        self.period = QComboBox(self)
        self.period.setAccessibleName("Scorecard period considered")
        self.period.addItem("Not set", None)
        for period_id, label in periods:
            self.period.addItem(label, period_id)
        self.save_button = QPushButton("&Save meeting", self)
        self.save_button.setAccessibleName("Save the meeting details (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())
        self.paper_button = QPushButton("Paper &details…", self)
        self.paper_button.setAccessibleName(
            "Briefing paper details of this meeting: agenda item, purpose, Schedule 12A paragraph"
        )
        self.paper_button.clicked.connect(self.edit_paper)
        self.paper_dialog: QDialog | None = None
        self.agenda = AgendaView(self)
        self.agenda.moved.connect(self._on_moved)
        self.agenda.removed.connect(self._on_removed)
        self.add_item = QPushButton("&Add the selected indicators", self)
        self.add_item.setAccessibleName("Add the indicators selected in the tree to the agenda")
        self.add_item.clicked.connect(self.add_current_indicator)
        self.add_item.setEnabled(bool(self.selected))
        self.carry = QPushButton("&Carry forward open items", self)
        self.carry.setAccessibleName("Carry forward open items from the previous meeting")
        self.carry.clicked.connect(self.carry_forward)
        self.walk = QPushButton("S&tart meeting mode", self)
        self.walk.setAccessibleName("Start meeting mode for this meeting")
        self.walk.clicked.connect(self._start_meeting_mode)
        self.message = QLabel(self)
        self.message.setObjectName("meetingMessage")
        self.message.setAccessibleName("Meetings message")
        self.message.setWordWrap(True)
        access.problem.connect(self.message.setText)
        self._layout()
        name_parts(self)
        self.reload()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        form = QFormLayout()
        form.addRow("Na&me:", self.name)
        form.addRow("C&ommittee:", self.committee)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addWidget(self.date.words, 1)
        form.addRow("", date_row)
        form.addRow("Scorecard &period:", self.period)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.paper_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        agenda_title = QLabel("A&genda (Alt+Up / Alt+Down to reorder, Delete to remove)", self)
        agenda_title.setBuddy(self.agenda.list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.carry)
        buttons.addStretch(1)
        buttons.addWidget(self.walk)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(agenda_title)
        right_layout.addWidget(self.agenda, 1)
        right_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 600])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in close.buttons():
            button.setAccessibleName("Close the meetings window")
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        fit_within_screen(self, QSize(900, 560))

    # --- reading ---------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.meetings = self.access.read_now(ann.list_meetings)
        keep = select if select is not None else (self.meeting.id if self.meeting else None)
        committees = sorted({m.committee for m in self.meetings if m.committee})
        completer = QCompleter(committees, self.committee)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.committee.setCompleter(completer)
        self.list.blockSignals(True)
        self.list.clear()
        for meeting in self.meetings:
            committee = f" — {meeting.committee}" if meeting.committee else ""
            item = QListWidgetItem(meeting_label(meeting) + committee)
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        chosen = next((m for m in self.meetings if m.id == keep), None)
        if chosen is None and self.meetings:
            chosen = self.meetings[-1]
        if chosen is None:
            self.start_new()
        else:
            self.show_meeting(chosen)

    def show_meeting(self, meeting: MeetingRecord) -> None:
        self.meeting = meeting
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == meeting.id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        self.name.setText(meeting.name)
        self.committee.setText(meeting.committee or "")
        self.has_date.setChecked(meeting.held_on is not None)
        if meeting.held_on is not None:
            self.date.setDate(
                QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day)
            )
        self.period.setCurrentIndex(max(self.period.findData(meeting.period_id), 0))
        self._show_agenda()
        self._enable(True)

    def _show_agenda(self, keep: int | None = None) -> None:
        if self.meeting is None:
            self.agenda.set_agenda([], self.labels)
            return
        meeting_id = self.meeting.id
        entries = self.access.read_now(lambda s: ann.agenda(s, meeting_id))
        self.agenda.set_agenda(entries, self.labels, keep)
        earlier = previous_meeting(self.meetings, self.meeting)
        self.carry.setEnabled(earlier is not None)
        self.carry.setToolTip(f"From {earlier.name}" if earlier else "No earlier meeting")

    def _enable(self, existing: bool) -> None:
        for widget in (self.agenda, self.carry, self.add_item, self.walk, self.paper_button):
            widget.setEnabled(existing)
        self.add_item.setEnabled(existing and bool(self.selected))

    def set_selection(self, indicator_ids: Sequence[int]) -> None:
        """Follow the indicators selected in the main window (this window is not modal)."""
        self.selected = list(indicator_ids)
        self.add_item.setEnabled(self.meeting is not None and bool(self.selected))

    def refresh_agenda(self) -> None:
        """Read the agenda again (questions may have been added in the main window)."""
        self._show_agenda()

    # --- actions ---------------------------------------------------------------------------
    def edit_paper(self) -> None:
        """The briefing paper details of the meeting shown (window-modal over this window)."""
        if self.meeting is None:
            return
        from desktop.ui.dialogs.paper_dialog import PaperDialog

        listed = [(m.id, meeting_label(m)) for m in reversed(self.meetings)]
        if self.paper_dialog is not None:
            self.paper_dialog.deleteLater()
        self.paper_dialog = PaperDialog(
            self.access.store, listed, meeting_id=self.meeting.id, parent=self
        )
        self.paper_dialog.open()

    def start_new(self) -> None:
        self.meeting = None
        self.list.clearSelection()
        self.name.clear()
        self.committee.setText(self.meetings[-1].committee or "" if self.meetings else "")
        self.has_date.setChecked(False)  # the user ticks Held on and picks the day
        self.date.setDate(QDate.currentDate())
        self.period.setCurrentIndex(min(1, self.period.count() - 1))
        self.agenda.set_agenda([], self.labels)
        self._enable(False)
        self.message.setText("A new meeting: type its name, then Save meeting.")
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> MeetingRecord | None:
        name, committee = self.name.text(), self.committee.text()
        held = self.date.date().toPython() if self.has_date.isChecked() else None
        held_on = held if isinstance(held, dt.date) else None
        period_id = self.period.currentData()
        if self.meeting is None:
            record = self.access.write(
                lambda s: ann.add_meeting(
                    s, name, committee=committee, held_on=held_on, period_id=period_id
                )
            )
        else:
            meeting_id = self.meeting.id
            record = self.access.write(
                lambda s: ann.update_meeting(
                    s, meeting_id, name=name, committee=committee, held_on=held_on,
                    period_id=period_id,
                )
            )  # fmt: skip
        if record is not None:
            self.message.setText(f"Saved {record.name}.")
            self.reload(select=record.id)
        return record

    def add_current_indicator(self) -> None:
        if self.meeting is None or not self.selected:
            return
        meeting_id, chosen = self.meeting.id, list(self.selected)
        self.access.write(lambda s: ann.add_agenda_items(s, meeting_id, chosen))
        self._show_agenda(keep=chosen[-1])

    def _on_removed(self, indicator_id: int) -> None:
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        entry = next((e for e in self.agenda.entries if e.indicator_id == indicator_id), None)
        self.access.write(lambda s: ann.remove_agenda_item(s, meeting_id, indicator_id))
        label = self.labels.get(indicator_id, "The indicator")
        if entry is not None and entry.carried:
            self.message.setText(
                f"{label} stays: it has open items carried from an earlier meeting."
            )
        else:
            self.message.setText(f"Removed {label} from the agenda.")
        self._show_agenda()

    def carry_forward(self) -> None:
        if self.meeting is None:
            return
        earlier = previous_meeting(self.meetings, self.meeting)
        if earlier is None:
            self.message.setText("No earlier meeting of this committee to carry items from.")
            return
        meeting_id = self.meeting.id
        items = self.access.write(lambda s: ann.carry_forward(s, earlier.id, meeting_id))
        if items is not None:
            self.message.setText(
                f"Carried forward from {earlier.name}: {len(items.questions)} open questions, "
                f"{len(items.actions)} open actions."
            )
        self._show_agenda()

    def _start_meeting_mode(self) -> None:
        if self.meeting is not None:
            meeting_id = self.meeting.id
            self.accept()
            self.meeting_mode_requested.emit(meeting_id)

    def _on_moved(self, indicator_id: int, position: int) -> None:
        if self.meeting is None:
            return
        meeting_id = self.meeting.id
        self.access.write(lambda s: ann.move_agenda_item(s, meeting_id, indicator_id, position))
        self._show_agenda(keep=indicator_id)

    def _on_pick(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        meeting = next(
            (m for m in self.meetings if m.id == item.data(Qt.ItemDataRole.UserRole)), None
        )
        if meeting is not None:
            self.message.clear()
            self.show_meeting(meeting)
