"""Meeting mode: the chair walks the agenda one indicator at a time and captures answers.

Everything typed is saved as it is typed (answers into the question, action points when
Enter is pressed), so leaving — or the laptop dying — loses nothing. There is no button
that throws text away.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import annotations as ann
from desktop.annotations import AgendaEntry, MeetingRecord, QuestionRecord
from desktop.team.authors import authors
from desktop.ui.accessibility import name_parts
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.autosave import Autosave, tidy
from desktop.ui.dialogs.action_dialog import fill_meetings
from desktop.ui.focus_order import step_focus
from desktop.ui.models.questions_model import STATUS_WORDS
from desktop.ui.rag_style import rag_label
from desktop.ui.views.meeting_parts import ActionBar, QuestionBar, answer_question, key_facts
from desktop.ui.views.reflow import wrapped_lines

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView

FONT_SCALE = 1.4
CHART_LEAST = 120  # the chart's least height (points): what the rest of the screen leaves it
ANSWER_HINT = "Type the answer as it is given — Ctrl+Enter marks it answered"
KEYS_HELP = (
    "PageDown / Ctrl+Right: next item · PageUp / Ctrl+Left: previous item · "
    "Ctrl+Down / Ctrl+Up: next / previous question · Ctrl+Enter: answered · "
    "Ctrl+Shift+Q: new question · Ctrl+Shift+A: action point · Tab: next box · "
    "F11: full screen · Esc: leave (everything is saved)"
)


class MeetingMode(QWidget):
    """A focused window for the chair: one agenda item at a time, large type."""

    left = Signal()

    def __init__(
        self,
        access: AnnotationAccess,
        views: Mapping[int, IndicatorView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meetingMode")
        self.setWindowTitle("Meeting mode — Scrutineer")
        self.setAccessibleName("Meeting mode")
        self.access = access
        self.views = views
        self.meetings: list[MeetingRecord] = []
        self.meeting: MeetingRecord | None = None
        self.entries: list[AgendaEntry] = []
        self.people: list[str] = []
        self.askers: dict[int, str] = {}  # question id -> the member who asked it, if known
        self.index = 0
        self.question_index = 0
        self.autosave = Autosave(self._save, self)
        self.asking = Autosave(self._save_new_question, self)  # the question bar's own saving
        self.new_question_id: int | None = None
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        self.setFont(font)
        self._build()
        name_parts(self)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.meeting_combo = QComboBox(self)
        self.meeting_combo.setAccessibleName("Meeting")
        self.meeting_combo.activated.connect(lambda _i: self._on_meeting_chosen())
        self.position = QLabel(self)
        self.position.setObjectName("meetingPosition")
        self.position.setAccessibleName("Agenda position")
        self.title = QLabel(self)
        self.title.setObjectName("meetingItemTitle")
        self.title.setAccessibleName("Indicator")
        self.title.setWordWrap(True)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        from desktop.ui.charts import TrendChart  # the chart library loads only when needed

        self.chart = TrendChart(self)
        # it grows into the room there is; on a small laptop at 150% it gives way first
        self.chart.setMinimumHeight(CHART_LEAST)
        self.chart.setMinimumWidth(240)
        self.chart.viewport().setAccessibleName("Trend chart of the indicator")
        self.facts = QLabel(self)
        self.facts.setObjectName("meetingFacts")
        self.facts.setAccessibleName("Key facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.questions = QListWidget(self)
        self.questions.setObjectName("meetingQuestions")
        self.questions.setAccessibleName("Questions to raise")
        wrapped_lines(self.questions)
        self.questions.currentRowChanged.connect(self._on_question_row)
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("meetingAnswer")
        self.answer.setAccessibleName("Answer to the current question")
        self.answer.setPlaceholderText(ANSWER_HINT)
        self.answer.setTabChangesFocus(True)
        self.autosave.watch(self.answer)
        self.action_list = QListWidget(self)
        self.action_list.setAccessibleName("Action points on this item")
        wrapped_lines(self.action_list)
        self.action_bar = ActionBar(self)
        self.action_bar.submitted.connect(self.save_action)
        self.action_bar.hide()
        self.question_bar = QuestionBar(self)
        self.question_bar.done.connect(self.finish_question)
        self.question_bar.hide()
        self.asking.watch(self.question_bar.text, self.question_bar.addressed)
        self.message = QLabel(self)
        self.message.setObjectName("meetingMessage")
        self.message.setAccessibleName("Meeting mode message")
        self.message.setWordWrap(True)
        self.help = QLabel(KEYS_HELP, self)
        self.help.setAccessibleName("Keys")
        self.help.setWordWrap(True)
        keys_font = self.help.font()  # a reference line: the ordinary size, not meeting size
        keys_font.setPointSizeF(keys_font.pointSizeF() / FONT_SCALE)
        self.help.setFont(keys_font)
        top = QHBoxLayout()
        meeting_label_widget = QLabel("&Meeting:", self)
        meeting_label_widget.setBuddy(self.meeting_combo)
        top.addWidget(meeting_label_widget)
        top.addWidget(self.meeting_combo, 1)
        top.addWidget(self.position)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chart, 3)
        left_layout.addWidget(self.facts, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_label = QLabel("A&nswer", self)
        for label, widget, stretch in (
            (QLabel("&Questions to raise", self), self.questions, 2),
            (self.answer_label, self.answer, 2),
            (QLabel("Action &points", self), self.action_list, 1),
        ):
            label.setBuddy(widget)
            right_layout.addWidget(label)
            right_layout.addWidget(widget, stretch)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.question_bar)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.help)
        watched: tuple[QWidget, ...] = (
            self.answer,
            self.questions,
            self.action_list,
            self.chart,
            self.meeting_combo,
            self.action_bar.text,
            self.action_bar.owner,
            self.question_bar.text,
            self.question_bar.addressed,
            self.facts,
        )
        for target in watched:
            target.installEventFilter(self)
        self.question_bar.installEventFilter(self)
        self.action_bar.installEventFilter(self)
        # two lines of each list at the least, so the column fits a small laptop at 150%
        for box in (self.questions, self.answer, self.action_list):
            box.setMinimumHeight(2 * box.fontMetrics().lineSpacing() + 2 * box.frameWidth() + 8)
        self.setFocusProxy(self.answer)
        bars = self.question_bar, self.action_bar
        # the item, its questions and the answer, its action points, then whichever bar is open
        self.tab_order = (
            self.meeting_combo, self.chart, self.questions, self.answer, self.action_list,
            bars[0].text, bars[0].addressed, bars[1].text, bars[1].owner,
            bars[1].due_meeting, bars[1].has_date, bars[1].due_date,
        )  # fmt: skip

    def focusNextPrevChild(self, next: bool) -> bool:
        return step_focus(self, self.tab_order, next, wrap=True) or super().focusNextPrevChild(next)

    # --- opening ---------------------------------------------------------------------------
    def open_meeting(self, meeting_id: int | None = None) -> bool:
        """Show a meeting (default: the latest); False if there is no meeting yet."""
        self.flush()
        self.meetings = self.access.read_now(ann.list_meetings)
        self.people = self.access.read_now(lambda s: ann.addressed_to_suggestions(s, "", limit=200))
        if not self.meetings:
            return False
        chosen = next((m for m in self.meetings if m.id == meeting_id), self.meetings[-1])
        self.meeting = chosen
        self.meeting_combo.blockSignals(True)
        fill_meetings(self.meeting_combo, self.meetings, "Choose a meeting")
        self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(chosen.id), 0))
        self.meeting_combo.blockSignals(False)
        later = [m for m in self.meetings if m.id != chosen.id and _after(m, chosen)]
        self.action_bar.set_choices(later, self.people)
        self.question_bar.set_people(self.people)
        self.index = 0
        self._reload_agenda()
        self.show_item(0)
        return True

    def _reload_agenda(self) -> None:
        if self.meeting is None:
            self.entries = []
            return
        meeting_id = self.meeting.id
        self.entries = self.access.read_now(lambda s: ann.agenda(s, meeting_id))
        asked = [q.id for entry in self.entries for q in entry.questions]
        self.askers = self.access.read_now(lambda s: authors(s, "question", asked))

    # --- walking ---------------------------------------------------------------------------
    def show_item(self, index: int, question: int | None = None) -> None:
        self.flush()
        if not self.entries:
            self.index = 0
            self.position.setText("Nothing on the agenda")
            self.title.setText(
                "This meeting's agenda is empty: add indicators or carry items forward in Meetings…"
            )
            self.chart.set_indicator(None)
            self.facts.clear()
            self.questions.clear()
            self.action_list.clear()
            self._set_answer("")
            return
        self.index = max(0, min(index, len(self.entries) - 1))
        entry = self.entries[self.index]
        view = self.views.get(entry.indicator_id)
        self.position.setText(f"Item {self.index + 1} of {len(self.entries)}")
        if view is None:
            self.title.setText(f"Indicator {entry.indicator_id}")
            self.chart.set_indicator(None)
            self.facts.setText("No figures loaded for this indicator.")
        else:
            exempt = " — EXEMPT (Part 2)" if view.exempt else ""
            self.title.setText(f"{view.label} — {rag_label(view.latest_rag)}{exempt}")
            self.chart.set_indicator(view)
            self.facts.setText(key_facts(view))
        carried = " This item is carried forward from an earlier meeting." if entry.carried else ""
        self.message.setText(carried.strip())
        self._fill_questions(entry, question)
        self._fill_actions(entry)

    def step_item(self, step: int) -> None:
        """The next or previous item, ready for the answer to its first open question."""
        if self.entries:
            self.show_item(self.index + step)
            if self.answer.isEnabled():
                self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_question(self, step: int) -> None:
        target = self.question_index + step
        if 0 <= target < self.questions.count():
            self.questions.setCurrentRow(target)

    def current_question(self) -> QuestionRecord | None:
        if not self.entries:
            return None
        questions = self.entries[self.index].questions
        return questions[self.question_index] if 0 <= self.question_index < len(questions) else None

    def _fill_questions(self, entry: AgendaEntry, question: int | None) -> None:
        with self.autosave.quietly():
            self.questions.clear()
            for q in entry.questions:
                to = f" → {q.addressed_to}" if q.addressed_to else ""
                by = f" (asked by {self.askers[q.id]})" if q.id in self.askers else ""
                item = QListWidgetItem(f"[{STATUS_WORDS[q.status]}] {q.text}{to}{by}")
                item.setData(Qt.ItemDataRole.UserRole, q.id)
                self.questions.addItem(item)
            ids = [q.id for q in entry.questions]
            first_open = next((i for i, q in enumerate(entry.questions) if q.is_open), 0)
            row = ids.index(question) if question in ids else first_open
            self.question_index = row if entry.questions else -1
            self.questions.setCurrentRow(self.question_index)
        current = self.current_question()
        self._set_answer(current.answer or "" if current else "")
        self.answer.setEnabled(current is not None)
        self._label_answer()
        self.answer.setPlaceholderText(
            ANSWER_HINT
            if current is not None
            else "No questions on this item: Ctrl+Shift+Q adds one, Ctrl+Shift+A records an action."
        )

    def _fill_actions(self, entry: AgendaEntry) -> None:
        self.action_list.clear()
        for a in entry.actions:
            owner = f" — {a.owner}" if a.owner else ""
            self.action_list.addItem(f"[{STATUS_WORDS[a.status]}] {a.text}{owner}")

    def _set_answer(self, text: str) -> None:
        """Show another question's answer, ready to type on at its end."""
        self.autosave.discard()
        if self.autosave.show_text(self.answer, text, replace=True):
            self.answer.moveCursor(QTextCursor.MoveOperation.End)

    def _on_question_row(self, row: int) -> None:
        if self.autosave.filling or row < 0:
            return
        self.flush()
        self.question_index = row
        current = self.current_question()
        self._set_answer(current.answer or "" if current else "")
        self._label_answer()

    def _label_answer(self) -> None:
        count = self.questions.count()
        if self.question_index >= 0 and count:
            self.answer_label.setText(f"A&nswer to question {self.question_index + 1} of {count}")
        else:
            self.answer_label.setText("A&nswer")

    # --- saving ----------------------------------------------------------------------------
    def flush(self) -> None:
        """Save the answer being typed into its question (it stays open until Ctrl+Enter)."""
        self.autosave.flush()
        self.asking.flush()

    def _save(self) -> None:
        question = self.current_question()
        text = tidy(self.answer.toPlainText())
        if question is None or (question.status == "answered" and not text):
            return
        if question.status == "withdrawn":
            self.message.setText("This question was withdrawn; its answer is not changed.")
            return
        if text == tidy(question.answer):
            return
        record = self.access.write(lambda s: ann.update_question(s, question.id, answer=text))
        if record is not None:  # the editor keeps what was typed, as it was typed
            entry = self.entries[self.index]
            questions = tuple(record if q.id == record.id else q for q in entry.questions)
            self.entries[self.index] = replace(entry, questions=questions)

    def mark_answered(self) -> None:
        question = self.current_question()
        text = self.answer.toPlainText().strip()
        if question is None:
            self.message.setText("There is no question on this item to answer.")
            return
        if not text:
            self.message.setText("Type the answer first, then Ctrl+Enter.")
            return
        self.autosave.discard()
        record = self.access.write(lambda s: answer_question(s, question.id, text))
        if record is None:
            return
        self.message.setText("Answer recorded.")
        entry = self.entries[self.index]
        following = next(
            (q.id for q in entry.questions[self.question_index + 1 :] if q.is_open), question.id
        )
        self._refresh(following)

    def open_question_bar(self) -> None:
        """Ctrl+Shift+Q: a question asked in the meeting, on the item being discussed."""
        if not self.entries or self.meeting is None:
            self.message.setText("There is no agenda item to add a question to.")
            return
        self.question_bar.show()
        self.question_bar.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _save_new_question(self) -> None:
        bar = self.question_bar
        text, addressed = tidy(bar.text.text()), tidy(bar.addressed.text())
        if not text or not self.entries or self.meeting is None:
            return
        question_id = self.new_question_id
        if question_id is None:
            indicator_id, meeting_id = self.entries[self.index].indicator_id, self.meeting.id
            record = self.access.write(
                lambda s: ann.add_question(
                    s, indicator_id, text, addressed_to=addressed, meeting_id=meeting_id,
                    status="asked",
                )
            )  # fmt: skip
        else:
            record = self.access.write(
                lambda s: ann.update_question(s, question_id, text=text, addressed_to=addressed)
            )
        if record is None:
            return
        self.new_question_id = record.id
        current = self.current_question()
        self._refresh(current.id if current is not None else record.id)
        self.message.setText("Question recorded; Enter to take its answer.")

    def finish_question(self) -> None:
        """Enter in the question bar: the new question is chosen, ready for its answer."""
        self.asking.flush()
        asked = self.new_question_id
        self._close_question_bar()
        if asked is not None:
            self._refresh(asked)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_question_bar(self) -> None:
        self.asking.flush()
        self.new_question_id = None
        self.question_bar.clear()
        self.question_bar.hide()

    def open_action_bar(self) -> None:
        self.action_bar.show()
        self.action_bar.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_action(self) -> None:
        bar = self.action_bar
        text = bar.text.text().strip()
        if not text:
            self.message.setText("Type what is to be done first.")
            return
        if not self.entries or self.meeting is None:
            return
        indicator_id, meeting_id = self.entries[self.index].indicator_id, self.meeting.id
        owner = bar.owner.text()
        due_meeting_id, due_date = bar.due()
        record = self.access.write(
            lambda s: ann.add_action(
                s, text, indicator_id=indicator_id, meeting_id=meeting_id, owner=owner,
                due_meeting_id=due_meeting_id, due_date=due_date,
            )
        )  # fmt: skip
        if record is None:
            return
        bar.clear_after_save()
        bar.hide()
        self.message.setText("Action point recorded.")
        current = self.current_question()
        self._refresh(current.id if current else None)
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh(self, question_id: int | None) -> None:
        keep = self.entries[self.index].indicator_id if self.entries else None
        self._reload_agenda()
        ids = [e.indicator_id for e in self.entries]
        index = ids.index(keep) if keep in ids else self.index
        self.show_item(index, question_id)

    # --- keys ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.question_bar, self.action_bar) and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            # an open bar takes the keys line's place: on a short screen both would not fit
            open_bar = not (self.question_bar.isHidden() and self.action_bar.isHidden())
            self.help.setHidden(open_bar)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.handle_key(event, watched)
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event, self):
            super().keyPressEvent(event)

    def handle_key(self, event: QKeyEvent, source: QObject) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        in_bar = source in (self.action_bar.text, self.action_bar.owner)
        asking = source in (self.question_bar.text, self.question_bar.addressed)
        if key == Qt.Key.Key_Escape:
            if in_bar:
                self.action_bar.hide()
            elif asking:
                self._close_question_bar()
            else:
                self.leave()
                return True
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return True
        if ctrl and shift and key == Qt.Key.Key_A:
            self.open_action_bar()
            return True
        if ctrl and shift and key == Qt.Key.Key_Q:
            self.open_question_bar()
            return True
        if in_bar or asking:
            return False
        if key == Qt.Key.Key_PageDown or (ctrl and key == Qt.Key.Key_Right):
            self.step_item(1)
            return True
        if key == Qt.Key.Key_PageUp or (ctrl and key == Qt.Key.Key_Left):
            self.step_item(-1)
            return True
        if ctrl and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_question(1 if key == Qt.Key.Key_Down else -1)
            return True
        if ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.mark_answered()
            return True
        return False

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def leave(self) -> None:
        self.close()

    def _on_meeting_chosen(self) -> None:
        self.open_meeting(self.meeting_combo.currentData())
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_about_action(self) -> bool:
        """An action point was started but not recorded: record it, or go back to it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Action point not recorded",
            "You started an action point. Record it now?",
            parent=self,
        )
        record = box.addButton("&Record it", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Go back to it", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(record)
        box.exec()
        if box.clickedButton() is record:
            self.save_action()
            return True
        self.open_action_bar()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self._close_question_bar()
        if self.action_bar.text.text().strip() and not self._ask_about_action():
            event.ignore()
            return
        super().closeEvent(event)
        self.left.emit()


def _after(candidate: MeetingRecord, meeting: MeetingRecord) -> bool:
    if candidate.held_on and meeting.held_on:
        return candidate.held_on > meeting.held_on
    return candidate.id > meeting.id
