"""Notes on the selected indicator, saved as they are typed, with Undo and its history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop import annotations as ann
from desktop.annotations import HistoryEntry, MeetingRecord, NoteRecord
from desktop.ui.accessibility import name_parts
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.autosave import Autosave, tidy
from desktop.ui.focus_order import step_focus
from desktop.ui.indicator_text import shorten
from desktop.ui.local_time import local_stamp
from desktop.ui.views.note_commands import NoteCommand, NoteFields, NoteRef
from desktop.ui.views.reflow import ReflowSplitter, vertical_scroller, wrapped_lines
from desktop.wording import long_date

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView

EXEMPT_MARK = "EXEMPT (Part 2)"
SHARED_MARK = "Shared with the team"


@dataclass(frozen=True, slots=True)
class NotesData:
    """What the pane shows for one indicator, read in one short session."""

    indicator_id: int
    notes: list[NoteRecord]
    history: list[HistoryEntry]
    meetings: list[MeetingRecord]
    authors: dict[int, str]  # note id -> the team member who wrote it, when not this one


def read_notes(session: Session, indicator_id: int) -> NotesData:
    from desktop.team.authors import others

    notes = ann.list_notes(session, indicator_id)
    return NotesData(
        indicator_id,
        notes,
        ann.indicator_history(session, indicator_id),
        ann.list_meetings(session),
        others(session, "note", (n.id for n in notes)),
    )


def note_title(note: NoteRecord, author: str | None = None) -> str:
    first = note.text.strip().splitlines()[0] if note.text.strip() else "(empty)"
    mark = f"[{EXEMPT_MARK}] " if note.exempt else ""
    mark += "[Shared] " if note.shared else ""
    by = f" by {author}" if author else ""
    return f"{mark}{shorten(first, 80)} —{by} {local_stamp(note.updated_at)}"


def history_line(entry: HistoryEntry, exempt_notes: frozenset[int] = frozenset()) -> str:
    """One line of the history; an exempt note says so in words, before anything else."""
    exempt = entry.kind == "note" and entry.ref_id in exempt_notes
    mark = f"[{EXEMPT_MARK}] " if exempt else ""
    return f"{mark}{long_date(entry.on)} · {entry.text}"


def earlier_words(view: IndicatorView, history: list[HistoryEntry]) -> str:
    """For an indicator red for several periods: what was said about it before."""
    streak = view.assessment.red_streak
    said = [e for e in history if e.kind in ("note", "question", "action")]
    if streak < 2 or not said:
        return ""
    counts = {
        kind: sum(1 for e in said if e.kind == kind) for kind in ("note", "question", "action")
    }
    parts = [f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts.items() if n]
    return (
        f"Red for {streak} periods in a row. Said before: {', '.join(parts)} — "
        f"latest: {shorten(said[-1].text, 140)} "
        '<a href="history">Show the history</a>'
    )


class NotesPane(QWidget):
    """The selected indicator's notes: a list, an editor that saves as you type, the history.

    Every change goes to the store a moment after the last key (see ``Autosave``), and at
    once on leaving the editor, on choosing another note or indicator, and when the window
    closes. Each saved change is an undoable step on the window's undo stack.
    """

    saved = Signal(int)  # note id

    def __init__(
        self, access: AnnotationAccess, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.setAccessibleName("Notes on the indicator")
        self.access = access
        self.undo_stack = undo_stack
        self.view: IndicatorView | None = None
        self.notes: list[NoteRecord] = []
        self.meetings: list[MeetingRecord] = []
        self._refs: list[NoteRef] = []
        self._ref: NoteRef | None = None  # the note in the editor; None: a new one
        self._saved: NoteFields | None = None
        self.autosave = Autosave(self._save, self)
        self._build()
        name_parts(self)
        self.set_indicator(None)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel("No indicator selected", self)
        self.heading.setAccessibleName("Notes heading")
        self.heading.setWordWrap(True)
        self.earlier = QLabel(self)
        self.earlier.setObjectName("earlierWords")
        self.earlier.setAccessibleName("What was said before")
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.RichText)
        self.earlier.linkActivated.connect(lambda _link: self.show_history())
        self.earlier.hide()
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        wrapped_lines(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName("Notes")
        self.list.currentItemChanged.connect(self._on_pick)
        # Ctrl+N (Meetings › New note) does this; its letters all belong to other controls
        self.new_button = QPushButton("New note", self)
        self.new_button.setAccessibleName("New note")
        self.new_button.setToolTip("Start a new note (Ctrl+N)")
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton("&Delete note", self)
        self.delete_button.setAccessibleName("Delete note (can be undone)")
        self.delete_button.setToolTip("Delete the chosen note — Edit › Undo brings it back")
        self.delete_button.clicked.connect(self.delete_current)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName("Note text")
        self.editor.setPlaceholderText("Type a note — it is saved as you type")
        self.editor.setTabChangesFocus(True)
        self.autosave.watch(self.editor)
        self.editor.installEventFilter(self)
        self.exempt = QCheckBox(EXEMPT_MARK, self)
        self.exempt.setToolTip("Exempt information: kept out of anything published")
        bold = self.exempt.font()
        bold.setBold(True)
        self.exempt.setFont(bold)
        self.exempt.setObjectName("noteExempt")
        self.exempt.setAccessibleName("Exempt, Part 2: not for publication")
        self.exempt.toggled.connect(self._on_field)
        self.shared = QCheckBox(SHARED_MARK.replace("team", "&team"), self)
        self.shared.setToolTip("Members of your team see it after a sync; unticked, it is yours")
        self.shared.setObjectName("noteShared")
        self.shared.setAccessibleName("Shared with the team (otherwise private)")
        self.shared.toggled.connect(self._on_field)
        self.period = QComboBox(self)
        self.period.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period.setMinimumContentsLength(8)
        self.period.setAccessibleName("Period the note is about")
        self.period.activated.connect(self._on_field)
        self.meeting = QComboBox(self)
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(8)
        self.meeting.setAccessibleName("Meeting the note is for")
        self.meeting.activated.connect(self._on_field)
        self.stamp = QLabel(self)
        self.stamp.setObjectName("noteStamp")
        self.stamp.setAccessibleName("When the note was saved")
        self.stamp.setWordWrap(True)
        self.history = QListWidget(self)
        self.history.setObjectName("historyList")
        self.history.setAccessibleName("History of the indicator")
        wrapped_lines(self.history)
        self.history.setAlternatingRowColors(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above when narrow
        form.addRow(self.exempt)
        form.addRow(self.shared)
        form.addRow("Per&iod:", self.period)
        form.addRow("Meetin&g:", self.meeting)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(form)
        right_layout.addWidget(self.stamp)
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Histor&y, newest first (read only)", self)
        title.setBuddy(self.history)
        history_layout.addWidget(title)
        history_layout.addWidget(self.history, 1)
        split = ReflowSplitter(self)  # list, editor and history stack on a narrow screen
        split.setObjectName("notesSplitter")
        split.addWidget(left)
        split.addWidget(right)
        split.addWidget(history_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        split.setSizes([200, 360, 440])
        content = QWidget(self)  # heading and all scroll together on a short screen
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.earlier)
        content_layout.addWidget(split, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.scroller = vertical_scroller(content, self)
        self.scroller.setAccessibleName("Notes pane")
        layout.addWidget(self.scroller, 1)
        self.splitter = split
        self.setFocusProxy(self.editor)
        # the note first, then its settings, the other notes and the history
        self.tab_order = (
            self.editor, self.exempt, self.shared, self.period, self.meeting,
            self.list, self.new_button, self.delete_button, self.history,
        )  # fmt: skip
        for first, second in zip(self.tab_order, self.tab_order[1:], strict=False):
            QWidget.setTabOrder(first, second)  # Tab into the pane lands on the note first

    def focusNextPrevChild(self, next: bool) -> bool:
        return step_focus(self, self.tab_order, next) or super().focusNextPrevChild(next)

    # --- public ----------------------------------------------------------------------------
    def set_indicator(self, view: IndicatorView | None) -> None:
        """Show another indicator's notes (whatever was typed is saved first)."""
        self.flush()
        if view is not None and self.view is not None and view.id == self.view.id:
            self.view = view  # the same indicator read again: keep the note being edited
            self.reload()
            return
        self.view = view
        self.autosave.renew()
        enabled = view is not None
        for widget in (
            self.editor, self.exempt, self.shared, self.period, self.meeting, self.new_button,
        ):  # fmt: skip
            widget.setEnabled(enabled)
        self.delete_button.setEnabled(False)
        self._fill_periods()
        self._start_new(focus=False)
        if view is None:
            self.heading.setText("Choose an indicator to see and write notes about it.")
            self.list.clear()
            self.history.clear()
            self.earlier.hide()
            return
        label = view.label
        self.heading.setText(f"Notes on {label}" + (" — exempt indicator" if view.exempt else ""))
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the notes and history again (in the background)."""
        if self.view is None:
            return
        generation, indicator_id = self.autosave.generation, self.view.id
        self.access.read(
            lambda s: read_notes(s, indicator_id),
            lambda data: self._show(data, generation, select),
        )

    def new_note(self) -> None:
        """Start a blank note (the one being typed is saved first)."""
        if self.view is None:
            return
        self.flush()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._start_new(focus=True)

    def delete_current(self) -> None:
        self.flush()
        if self.view is None or self._ref is None or self._saved is None:
            return
        command = NoteCommand(
            self.access, self.view.id, self._ref, self._saved, None, self._on_applied
        )
        self.undo_stack.push(command)

    def flush(self) -> None:
        """Save what is in the editor now, if anything changed."""
        self.autosave.flush()

    def _save(self) -> None:
        if self.view is None:
            return
        fields = self._fields()
        if not fields.text.strip() or fields == self._saved:
            return
        before = self._saved if self._ref is not None else None
        if self._ref is None:
            self._ref = NoteRef()
            self._refs.append(self._ref)
        self._saved = fields
        self.undo_stack.push(
            NoteCommand(self.access, self.view.id, self._ref, before, fields, self._on_applied)
        )
        if self._ref.id is not None:
            self.saved.emit(self._ref.id)

    def show_history(self) -> None:
        self.history.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.history.count():
            self.history.setCurrentRow(0)

    def current_note_id(self) -> int | None:
        return self._ref.id if self._ref is not None else None

    def pending(self) -> bool:
        return self.autosave.dirty

    # --- events ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.editor.document().isUndoAvailable()
        ):
            # Nothing left to undo in the text itself: undo the last saved note change.
            self.flush()
            self.undo_stack.undo()
            return True
        return super().eventFilter(watched, event)

    def _on_field(self, *_args: object) -> None:
        if self.autosave.filling:
            return
        self.autosave.touch()
        self.flush()

    def _on_pick(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self.autosave.filling or item is None:
            return
        self.flush()
        note_id = item.data(Qt.ItemDataRole.UserRole)
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is not None:
            self._load(note)

    def _on_applied(self, ref: NoteRef, from_undo: bool) -> None:
        """A note command ran; an undo or redo also puts its text back in the editor.

        A command that leaves the note in the editor deleted (Delete, or undoing its add)
        empties the editor: typing there starts a new note rather than bringing it back.
        """
        if self.view is None:
            return
        if ref is self._ref and ref.deleted:
            self._start_new(focus=False)
        if from_undo:
            self.autosave.discard()
            blank = self._ref is None and not tidy(self.editor.toPlainText())
            self.reload(select=ref.id if ref is self._ref or blank else None)
        else:
            self.reload()

    # --- showing ---------------------------------------------------------------------------
    def _show(self, data: NotesData, generation: int, select: int | None) -> None:
        if not self.autosave.is_current(generation) or self.view is None:
            return
        self.notes = data.notes
        self.meetings = data.meetings
        with self.autosave.quietly():
            self._fill_meetings()
            self.list.clear()
            for note in data.notes:
                item = QListWidgetItem(note_title(note, data.authors.get(note.id)))
                item.setData(Qt.ItemDataRole.UserRole, note.id)
                item.setToolTip(note.text)
                self.list.addItem(item)
            current = self.current_note_id()
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == current:
                    self.list.setCurrentRow(row)
            self.history.clear()
            exempt = frozenset(n.id for n in data.notes if n.exempt)
            for entry in reversed(data.history):  # newest first
                line = QListWidgetItem(history_line(entry, exempt))
                if entry.kind == "note" and entry.ref_id in exempt:
                    font = line.font()
                    font.setBold(True)
                    line.setFont(font)
                    line.setToolTip("Exempt information (Part 2): not for publication")
                self.history.addItem(line)
        chosen = next((n for n in data.notes if n.id == (select or self.current_note_id())), None)
        if chosen is not None and (select is not None or not self.autosave.dirty):
            self._load(chosen, replace=select is not None)
        # what was said before: not the note being written now, which would only echo it
        editing = self.current_note_id()
        before = [e for e in data.history if not (e.kind == "note" and e.ref_id == editing)]
        words = earlier_words(self.view, before)
        self.earlier.setText(words)
        self.earlier.setVisible(bool(words))

    def _load(self, note: NoteRecord, *, replace: bool = True) -> None:
        self._ref = next((r for r in self._refs if r.id == note.id), None)
        if self._ref is None:
            self._ref = NoteRef(note.id)
            self._refs.append(self._ref)
        self._saved = NoteFields(
            note.text, note.exempt, note.period_id, note.meeting_id, note.shared
        )
        self.autosave.discard()
        self.autosave.show_text(self.editor, note.text, replace=replace)
        with self.autosave.quietly():
            self.exempt.setChecked(note.exempt)
            self.shared.setChecked(note.shared)
            self.period.setCurrentIndex(max(self.period.findData(note.period_id), 0))
            self.meeting.setCurrentIndex(max(self.meeting.findData(note.meeting_id), 0))
        self.delete_button.setEnabled(True)
        self.stamp.setText(
            f"Saved · written {local_stamp(note.created_at)} · "
            f"changed {local_stamp(note.updated_at)}"
        )

    def _start_new(self, *, focus: bool) -> None:
        self._ref = None
        self._saved = None
        self.autosave.discard()
        with self.autosave.quietly():
            self.editor.clear()
            self.exempt.setChecked(bool(self.view and self.view.exempt))
            self.shared.setChecked(False)
            self.period.setCurrentIndex(0)
            self.meeting.setCurrentIndex(0)
        self.delete_button.setEnabled(False)
        self.stamp.setText("New note: it is saved as you type.")
        if focus:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_periods(self) -> None:
        with self.autosave.quietly():
            self.period.clear()
            self.period.addItem("Any period", None)
            if self.view is not None:
                seen: set[int] = set()
                for obs in reversed(self.view.observations):
                    if obs.period.id not in seen:
                        seen.add(obs.period.id)
                        self.period.addItem(obs.period.label, obs.period.id)

    def _fill_meetings(self) -> None:
        keep = self.meeting.currentData()
        self.meeting.clear()
        self.meeting.addItem("No meeting", None)
        for meeting in reversed(self.meetings):
            when = f" ({long_date(meeting.held_on)})" if meeting.held_on else ""
            self.meeting.addItem(f"{meeting.name}{when}", meeting.id)
        self.meeting.setCurrentIndex(max(self.meeting.findData(keep), 0))

    def _fields(self) -> NoteFields:
        return NoteFields(
            tidy(self.editor.toPlainText()),
            self.exempt.isChecked(),
            self.period.currentData(),
            self.meeting.currentData(),
            self.shared.isChecked(),
        )
