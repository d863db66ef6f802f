"""Puts the chair's notes, questions, actions, meetings and meeting mode into the window."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QTabWidget, QWidget

from desktop import annotations as ann
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.dialogs.action_dialog import meeting_label
from desktop.ui.views.notes_pane import NotesPane
from desktop.ui.views.question_editor import QuestionsTab
from desktop.ui.views.questions_pane import QuestionsPane

AGENDA_SHORTCUT = "Ctrl+Shift+M"

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView
    from desktop.ui.dialogs.meeting_dialog import MeetingDialog
    from desktop.ui.views.meeting_mode import MeetingMode
    from desktop.ui.window_services import WindowServices


class AnnotationsController(QObject):
    """Owns the annotation panes of one window and keeps them in step with its selection.

    The window places the pieces: ``tabs`` in its notes slot, ``dock`` as a dock widget,
    ``menu`` in its menu bar; it calls ``set_indicator`` when the selection changes,
    ``refresh`` after a reload, ``record_enquiry`` from the detail and ``flush`` on closing.
    """

    def __init__(self, services: WindowServices, slot: QWidget, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.access = AnnotationAccess(services.store, services.workers, self)
        self.access.problem.connect(self._show_problem)
        self.notes = NotesPane(self.access, services.undo_stack, slot)
        self.tabs = QTabWidget(slot)
        self.tabs.setObjectName("annotationTabs")
        self.tabs.setAccessibleName("Notes, questions and actions")
        self.tabs.tabBar().setAccessibleName("Notes or questions and actions")
        # the window stays resizable to a small laptop, where the notes may give the indicator
        # its chart (they scroll; Ctrl+3 brings the editor into view)
        self.tabs.setMinimumSize(240, 96)
        self.questions = QuestionsTab(self.access, slot)
        self.tabs.addTab(self.notes, "&Notes")
        self.tabs.addTab(self.questions, "&Questions and actions")
        layout = slot.layout()
        if layout is not None:
            layout.addWidget(self.tabs)
        slot.setFocusProxy(self.notes)
        self.tabs.currentChanged.connect(lambda _i: slot.setFocusProxy(self.tabs.currentWidget()))
        self.dock = QuestionsPane(self.access, self.indicator_labels, window)
        self.dock.indicator_chosen.connect(services.select_indicator)
        self.dock.setMinimumWidth(240)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._on_dock_shown)
        self.access.changed.connect(self.refresh)
        self.meeting_mode: MeetingMode | None = None
        self.meeting_dialog: MeetingDialog | None = None
        self.agenda_prompt: QInputDialog | None = None
        self._build_actions()

    # --- actions and menus -----------------------------------------------------------------
    def _action(self, text: str, shortcut: str | None, slot: Any, name: str, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_note_action = self._action(
            "New &note", "Ctrl+N", self.new_note, "newNote", "Start a note on the indicator"
        )
        self.new_question_action = self._action(
            "New &question",
            "Ctrl+Shift+Q",
            self.new_question,
            "newQuestion",
            "Write a question about the indicator",
        )
        self.new_action_action = self._action(
            "New &action point…",
            "Ctrl+Shift+A",
            self.new_action,
            "newAction",
            "Record an action point on the indicator",
        )
        self.add_to_agenda_action = self._action(
            "Add to a&genda…",
            AGENDA_SHORTCUT,
            self.add_to_agenda,
            "addToAgenda",
            "Put the indicators selected in the tree on the agenda of a meeting to come",
        )
        self.meetings_action = self._action(
            "&Meetings…", "Ctrl+M", self.show_meetings, "meetings",
            "Create and edit meetings, order their agendas, carry items forward",
        )  # fmt: skip
        self.meeting_mode_action = self._action(
            "Meeting &mode", "F11", lambda: self.show_meeting_mode(), "meetingMode",
            "Walk a meeting's agenda one indicator at a time",
        )  # fmt: skip
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setText("&Questions and actions")
        self.dock_action.setObjectName("questionsDockToggle")
        self.dock_action.setShortcut(QKeySequence("Ctrl+4"))
        self.dock_action.setStatusTip("Show or hide every open question and action (Ctrl+4)")
        self.window.addAction(self.dock_action)
        menu = QMenu("&Meetings", self.window)
        menu.setObjectName("meetingsMenu")
        for action in (self.new_note_action, self.new_question_action, self.new_action_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_to_agenda_action)
        menu.addAction(self.meetings_action)
        menu.addAction(self.meeting_mode_action)
        menu.addSeparator()
        menu.addAction(self.dock_action)
        self.menu = menu

    def tree_actions(self) -> list[QAction]:
        """What the tree's context menu offers on the indicators selected there."""
        return [
            self.add_to_agenda_action,
            self.new_question_action,
            self.new_note_action,
            self.new_action_action,
        ]

    # --- slots -----------------------------------------------------------------------------
    def new_note(self) -> None:
        self.tabs.setCurrentWidget(self.notes)
        self.notes.new_note()

    def new_question(self) -> None:
        self.tabs.setCurrentWidget(self.questions)
        self.questions.new_question()

    def new_action(self) -> None:
        self.tabs.setCurrentWidget(self.questions)
        self.questions.new_action()

    def add_to_agenda(self) -> None:
        """Put the selected indicators on a meeting to come; ask which when there are several."""
        chosen = self.services.selected_indicators()
        if not chosen:
            self.services.show_message("Choose one or more indicators in the tree first.", 10000)
            return
        coming = self.access.read_now(lambda s: ann.upcoming_meetings(s, dt.date.today()))
        if not coming:
            self.services.show_message(
                "No meeting to come yet — create one (Meetings…, Ctrl+M), then add to it.", 10000
            )
            self.show_meetings()
            return
        if len(coming) == 1:
            self._add_to(coming[0], chosen)
            return
        prompt = QInputDialog(self.window)
        prompt.setObjectName("agendaMeetingPrompt")
        prompt.setWindowTitle("Add to agenda")
        prompt.setAccessibleName("Which meeting")
        plural = "s" if len(chosen) != 1 else ""
        prompt.setLabelText(f"Add {len(chosen)} indicator{plural} to the agenda of:")
        prompt.setComboBoxItems([meeting_label(m) for m in coming])
        prompt.setComboBoxEditable(False)
        prompt.setOkButtonText("&Add")
        prompt.textValueSelected.connect(
            lambda text: self._add_to(next(m for m in coming if meeting_label(m) == text), chosen)
        )
        prompt.finished.connect(lambda _r: self._forget_prompt(prompt))
        self.agenda_prompt = prompt
        prompt.open()

    def _forget_prompt(self, prompt: QInputDialog) -> None:
        if self.agenda_prompt is prompt:
            self.agenda_prompt = None
        prompt.deleteLater()

    def _add_to(self, meeting: ann.MeetingRecord, indicator_ids: list[int]) -> None:
        added = self.access.write(lambda s: ann.add_agenda_items(s, meeting.id, indicator_ids))
        if added is None:
            return
        already = len(indicator_ids) - added
        note = f" ({already} already on it)" if already else ""
        plural = "s" if added != 1 else ""
        self.services.show_message(
            f"Added {added} indicator{plural} to the agenda of {meeting.name}{note}.", 10000
        )

    def show_meetings(self) -> MeetingDialog:
        """The meetings window; it stays open beside the main window (not modal)."""
        from desktop.ui.dialogs.meeting_dialog import MeetingDialog  # not needed at start-up

        self.flush()
        if self.meeting_dialog is not None and self.meeting_dialog.isVisible():
            self.meeting_dialog.set_selection(self.services.selected_indicators())
            self.meeting_dialog.raise_()
            self.meeting_dialog.activateWindow()
            return self.meeting_dialog
        periods: dict[int, str] = {}
        for v in self.services.views.values():
            for obs in v.observations:
                periods.setdefault(obs.period.id, obs.period.label)
        ends = {
            obs.period.id: obs.period.end
            for v in self.services.views.values()
            for obs in v.observations
        }
        ordered = sorted(periods.items(), key=lambda p: ends[p[0]], reverse=True)
        labels = {i: label for i, (label, _p) in self.indicator_labels().items()}
        dialog = MeetingDialog(
            self.access,
            periods=ordered,
            labels=labels,
            selected=self.services.selected_indicators(),
            parent=self.window,
        )
        self.meeting_dialog = dialog
        dialog.setModal(False)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.finished.connect(lambda _r: self._after_meetings())
        dialog.meeting_mode_requested.connect(self.show_meeting_mode)
        self.access.changed.connect(dialog.refresh_agenda)
        dialog.show()
        return dialog

    def _after_meetings(self) -> None:
        view = self.services.current_view()
        self.notes.set_indicator(view)
        self.questions.set_indicator(view)
        self.refresh()

    def show_meeting_mode(self, meeting_id: int | None = None) -> MeetingMode | None:
        """Open meeting mode on the latest meeting (the meetings dialog if there is none)."""
        from desktop.ui.views.meeting_mode import MeetingMode  # not needed at start-up

        self.flush()
        if self.meeting_mode is not None and self.meeting_mode.isVisible():
            if meeting_id is not None:
                self.meeting_mode.open_meeting(meeting_id)
            self.meeting_mode.activateWindow()
            self.meeting_mode.raise_()
            return self.meeting_mode
        mode = MeetingMode(self.access, dict(self.services.views), self.window)
        if not mode.open_meeting(meeting_id):
            mode.deleteLater()
            self.services.show_message(
                "No meetings yet — create one first (Meetings…, Ctrl+M).", 10000
            )
            self.show_meetings()
            return None
        self.meeting_mode = mode
        mode.left.connect(self._after_meetings)
        mode.destroyed.connect(self._forget_meeting_mode)
        mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        mode.showMaximized()
        mode.answer.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return mode

    def _forget_meeting_mode(self) -> None:
        self.meeting_mode = None

    def record_enquiry(self, indicator_id: int, rule: str, text: str) -> None:
        """Record as question: the line of enquiry becomes a question, open in the editor."""
        record = self.questions.record_enquiry(indicator_id, rule, text)
        if record is not None:
            self.tabs.setCurrentWidget(self.questions)
            self.services.show_message("Recorded as a question to raise.", 5000)

    def flush(self) -> None:
        """Save everything typed but not yet saved."""
        self.notes.flush()
        self.questions.flush()
        if self.meeting_mode is not None and self.meeting_mode.isVisible():
            self.meeting_mode.flush()

    def close_windows(self) -> None:
        """Close the Meetings window and any prompt left open (the main window is closing)."""
        for window in (self.meeting_dialog, self.agenda_prompt):
            if window is not None and window.isVisible():
                window.close()

    def indicator_labels(self) -> dict[int, tuple[str, str]]:
        return {
            v.id: (f"{v.code} {v.name}" if v.code else v.name, v.portfolio or "")
            for v in self.services.views.values()
        }

    def refresh(self) -> None:
        """Reload the open questions and actions pane if it is showing."""
        if self.dock.isVisible():
            self.dock.reload()

    def _on_dock_shown(self, visible: bool) -> None:
        if visible:
            self.dock.reload()
            self.dock.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_indicator(self, view: IndicatorView | None) -> None:
        """Show the notes and questions of the indicator now selected."""
        self.notes.set_indicator(view)
        self.questions.set_indicator(view)

    def selection_changed(self) -> None:
        """The Meetings window (left open) follows the indicators selected in the tree."""
        if self.meeting_dialog is not None and self.meeting_dialog.isVisible():
            self.meeting_dialog.set_selection(self.services.selected_indicators())

    def _show_problem(self, message: str) -> None:
        self.services.show_message(message, 10000)
