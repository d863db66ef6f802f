"""The selected indicator's questions (edited in place, saved as typed) and action points."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QStringListModel, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop import annotations as ann
from desktop.annotation_records import NEW_QUESTION_STATUSES
from desktop.annotations import (
    QUESTION_MOVES,
    ActionRecord,
    MeetingRecord,
    QuestionRecord,
)
from desktop.ui.accessibility import name_parts
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.autosave import Autosave, tidy
from desktop.ui.dialogs.action_dialog import fill_meetings
from desktop.ui.focus_order import step_focus
from desktop.ui.indicator_text import shorten
from desktop.ui.views.actions_box import ActionsBox
from desktop.ui.views.reflow import ReflowSplitter, vertical_scroller, wrapped_lines
from desktop.wording import QUESTION_WORDS

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView

NEW_STATUSES = NEW_QUESTION_STATUSES
NOT_ANSWERED = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # the box's "no time" value
NOT_ANSWERED_WORDS = "Not answered yet"


def allowed_statuses(current: str | None) -> list[str]:
    """The statuses a question may take from ``current`` (itself first); new ones: the starts."""
    if current is None:
        return list(NEW_STATUSES)
    return [current, *(s for s in QUESTION_WORDS if s in QUESTION_MOVES[current])]


@dataclass(frozen=True, slots=True)
class QuestionsData:
    indicator_id: int
    questions: list[QuestionRecord]
    actions: list[ActionRecord]
    meetings: list[MeetingRecord]
    people: list[str]
    authors: dict[int, str] = field(default_factory=dict)  # question id -> another member


def read_questions(session: Session, indicator_id: int) -> QuestionsData:
    from desktop.team.authors import others

    questions = ann.list_questions(session, indicator_id=indicator_id)
    return QuestionsData(
        indicator_id,
        questions,
        ann.list_actions(session, indicator_id=indicator_id),
        ann.list_meetings(session),
        ann.addressed_to_suggestions(session, "", limit=200),
        others(session, "question", (q.id for q in questions)),
    )


def question_title(q: QuestionRecord, author: str | None = None) -> str:
    to = f" → {q.addressed_to}" if q.addressed_to else ""
    by = f" (by {author})" if author else ""
    first = q.text.splitlines()[0] if q.text.strip() else ""
    return f"[{QUESTION_WORDS[q.status]}] {shorten(first, 90)}{to}{by}"


class QuestionsTab(QWidget):
    """Questions on the indicator with an editor, and its action points.

    The question editor saves as it is typed, like notes; the status list offers only the
    moves the rules allow, and choosing one applies it at once.
    """

    question_saved = Signal(int)

    def __init__(self, access: AnnotationAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionsTab")
        self.setAccessibleName("Questions and action points on the indicator")
        self.access = access
        self.view: IndicatorView | None = None
        self.questions: list[QuestionRecord] = []
        self.action_records: list[ActionRecord] = []
        self.meetings: list[MeetingRecord] = []
        self.current: QuestionRecord | None = None
        self.autosave = Autosave(self._save, self)
        self._build()
        name_parts(self)
        self.set_indicator(None)

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("questionsList")
        wrapped_lines(self.list)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName("Questions")
        self.list.currentItemChanged.connect(self._on_pick)
        self.new_button = QPushButton("New quest&ion", self)
        self.new_button.setAccessibleName("New question")
        self.new_button.clicked.connect(self.new_question)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("questionText")
        self.text.setAccessibleName("Question text")
        self.text.setPlaceholderText("Type the question — it is saved as you type")
        self.text.setTabChangesFocus(True)
        self.people = QStringListModel(self)
        self.addressed = QLineEdit(self)
        self.addressed.setObjectName("addressedTo")
        self.addressed.setAccessibleName("Addressed to")
        self.addressed.setPlaceholderText("e.g. Director of Children's Services")
        completer = QCompleter(self.people, self.addressed)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.addressed.setCompleter(completer)
        self.meeting = QComboBox(self)
        self.meeting.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting.setMinimumContentsLength(8)
        self.meeting.setAccessibleName("Meeting the question is for")
        self.status = QComboBox(self)
        self.status.setObjectName("questionStatus")
        self.status.setAccessibleName("Status")
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName("questionAnswer")
        self.answer.setAccessibleName("Answer given")
        self.answer.setTabChangesFocus(True)
        self.answered_at = QDateTimeEdit(self)
        self.answered_at.setAccessibleName("When the answer was given")
        self.answered_at.setDisplayFormat("dd MMM yyyy HH:mm")
        self.answered_at.setCalendarPopup(True)
        # a question not yet answered says so, rather than show a time nothing happened at
        self.answered_at.setMinimumDateTime(NOT_ANSWERED)
        self.answered_at.setSpecialValueText(NOT_ANSWERED_WORDS)
        self.message = QLabel(self)
        self.message.setObjectName("questionMessage")
        self.message.setAccessibleName("Question status message")
        self.message.setWordWrap(True)
        self.actions_box = ActionsBox(self.access, self)
        self.actions_box.saved.connect(
            lambda _r: self.reload(select=self.current.id if self.current else None)
        )
        self.autosave.watch(self.text, self.addressed, self.answer)
        self.meeting.activated.connect(lambda _i: self._on_meeting())
        self.status.activated.connect(lambda _i: self._on_status())
        self.answered_at.editingFinished.connect(self._on_answered_at)
        self._layout()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Q&uestions", self)
        title.setBuddy(self.list)
        left_layout.addWidget(title)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        form = QFormLayout()  # one field a row; labels go above the fields when narrow
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            ("&Text:", self.text),
            ("Addressed t&o:", self.addressed),
            ("For meetin&g:", self.meeting),
            ("&Status:", self.status),
            ("Answere&d at:", self.answered_at),
            ("&Answer:", self.answer),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        for edit in (self.text, self.answer):
            edit.setMinimumHeight(52)
            edit.setMaximumHeight(96)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(form, 1)
        inner_layout.addWidget(self.message)
        middle = QScrollArea(self)
        middle.setAccessibleName("Question editor")
        middle.setWidgetResizable(True)
        middle.setFrameShape(QFrame.Shape.NoFrame)
        middle.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab reaches the boxes, not the frame
        middle.setWidget(inner)
        split = ReflowSplitter(self)  # list, editor and actions stack on a narrow screen
        split.setObjectName("questionsSplitter")
        split.addWidget(left)
        split.addWidget(middle)
        split.addWidget(self.actions_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.scroller = vertical_scroller(split, self)
        self.scroller.setAccessibleName("Questions pane")
        layout.addWidget(self.scroller)
        self.splitter = split
        self.setFocusProxy(self.text)
        box = self.actions_box
        # the question being edited, then the other questions, then the action points
        self.tab_order = (
            self.text, self.addressed, self.meeting, self.status, self.answered_at,
            self.answer, self.list, self.new_button, box.list, box.new_button, box.edit_button,
        )  # fmt: skip

    def focusNextPrevChild(self, next: bool) -> bool:
        return step_focus(self, self.tab_order, next) or super().focusNextPrevChild(next)

    # --- public ----------------------------------------------------------------------------
    def set_indicator(self, view: IndicatorView | None, select: int | None = None) -> None:
        self.flush()
        if view is not None and self.view is not None and view.id == self.view.id:
            self.view = view  # the same indicator read again: keep the question being edited
            self.reload(select)
            return
        self.view = view
        self.autosave.renew()
        for widget in (self, self.new_button):
            widget.setEnabled(view is not None)
        self._start_new(focus=False)
        if view is None:
            self.list.clear()
            self.actions_box.show_actions(None, [], [], [])
            return
        self.reload(select)

    def reload(self, select: int | None = None) -> None:
        if self.view is None:
            return
        generation, indicator_id = self.autosave.generation, self.view.id
        self.access.read(
            lambda s: read_questions(s, indicator_id),
            lambda data: self._show(data, generation, select),
        )

    def record_enquiry(self, indicator_id: int, rule: str, text: str) -> QuestionRecord | None:
        """A suggested line of enquiry becomes a question to raise; it is then open to edit."""
        self.flush()
        record = self.access.write(lambda s: ann.question_from_enquiry(s, indicator_id, text, rule))
        if record is not None:
            if self.view is not None and self.view.id == indicator_id:
                self.reload(select=record.id)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return record

    def new_question(self) -> None:
        self.flush()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._start_new(focus=True)

    def flush(self) -> None:
        """Save the question being typed, if anything changed."""
        self.autosave.flush()

    def _save(self) -> None:
        if self.view is None:
            return
        text = tidy(self.text.toPlainText())
        if not text:
            return
        addressed = tidy(self.addressed.text())
        current, indicator_id = self.current, self.view.id
        if current is None:
            status, meeting_id = self.status.currentData(), self.meeting.currentData()
            record = self.access.write(
                lambda s: ann.add_question(
                    s, indicator_id, text, addressed_to=addressed, meeting_id=meeting_id,
                    status=status,
                )
            )  # fmt: skip
        else:
            answer = tidy(self.answer.toPlainText())
            keep_answer = current.status == "answered" and not answer
            record = self.access.write(
                lambda s: ann.update_question(
                    s, current.id, text=text, addressed_to=addressed,
                    answer=ann.UNSET if keep_answer else answer,
                )
            )  # fmt: skip
        if record is not None:
            self._remember(record)
            self.question_saved.emit(record.id)

    def new_action(self, meeting_id: int | None = None) -> ActionRecord | None:
        chosen = meeting_id if meeting_id is not None else self.meeting.currentData()
        return self.actions_box.new_action(chosen)

    # --- events ----------------------------------------------------------------------------
    def _on_pick(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self.autosave.filling or item is None:
            return
        self.flush()
        wanted = item.data(Qt.ItemDataRole.UserRole)
        question = next((q for q in self.questions if q.id == wanted), None)
        if question is not None:
            self._load(question)

    def _on_meeting(self) -> None:
        if self.autosave.filling or self.current is None:
            return
        self.flush()
        question_id, meeting_id = self.current.id, self.meeting.currentData()
        record = self.access.write(
            lambda s: ann.update_question(s, question_id, meeting_id=meeting_id)
        )
        if record is not None:
            self._remember(record)

    def _on_status(self) -> None:
        if self.autosave.filling or self.current is None:
            return
        status = str(self.status.currentData())
        self.flush()
        question_id, answer = self.current.id, tidy(self.answer.toPlainText())
        when = self._answered_moment() if status == "answered" else None
        self.message.clear()
        record = self.access.write(
            lambda s: ann.set_question_status(
                s, question_id, status, answer=answer, answered_at=when
            )
        )
        if record is None:
            self.message.setText(
                "Type the answer first, then choose Answered." if status == "answered" else ""
            )
            self._load(self.current)
            return
        self._remember(record)
        self._load(record)

    def _on_answered_at(self) -> None:
        if self.autosave.filling or self.current is None or self.current.status != "answered":
            return
        question_id, when = self.current.id, self._answered_moment()
        record = self.access.write(
            lambda s: ann.set_question_status(s, question_id, "answered", answered_at=when)
        )
        if record is not None:
            self._remember(record)

    def _answered_moment(self) -> dt.datetime:
        """When the answer was given: as set in the box, or now if the box says "Not answered
        yet" (the question is being marked answered at this moment)."""
        shown = self.answered_at.dateTime()
        moment = (QDateTime.currentDateTime() if shown == NOT_ANSWERED else shown).toUTC()
        moment = moment.toPython()
        assert isinstance(moment, dt.datetime)
        return moment.replace(tzinfo=dt.UTC)

    # --- showing ---------------------------------------------------------------------------
    def _show(self, data: QuestionsData, generation: int, select: int | None) -> None:
        if not self.autosave.is_current(generation):
            return
        self.questions, self.action_records, self.meetings = (
            data.questions,
            data.actions,
            data.meetings,
        )
        self.people.setStringList(data.people)
        with self.autosave.quietly():
            keep = self.meeting.currentData()
            fill_meetings(self.meeting, list(reversed(data.meetings)), "No meeting")
            self.meeting.setCurrentIndex(max(self.meeting.findData(keep), 0))
            self.list.clear()
            for question in data.questions:
                item = QListWidgetItem(question_title(question, data.authors.get(question.id)))
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                item.setToolTip(question.text)
                self.list.addItem(item)
        if self.view is not None:
            label = self.view.label
            self.actions_box.show_actions(
                (self.view.id, label), data.actions, data.meetings, data.people
            )
        wanted = select if select is not None else (self.current.id if self.current else None)
        chosen = next((q for q in data.questions if q.id == wanted), None)
        if chosen is not None and (select is not None or not self.autosave.dirty):
            self._load(chosen, replace=select is not None)

    def _remember(self, record: QuestionRecord) -> None:
        self.current = record
        self.questions = [record if q.id == record.id else q for q in self.questions]
        if all(q.id != record.id for q in self.questions):
            self.questions.append(record)
        with self.autosave.quietly():
            row = next(
                (
                    i
                    for i in range(self.list.count())
                    if self.list.item(i).data(Qt.ItemDataRole.UserRole) == record.id
                ),
                None,
            )
            if row is None:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.list.addItem(item)
                row = self.list.count() - 1
            self.list.item(row).setText(question_title(record))
            self.list.setCurrentRow(row)
        self._fill_status(record.status)

    def _load(self, question: QuestionRecord, *, replace: bool = True) -> None:
        """Show a question; ``replace`` False keeps what is being typed in the editor in use."""
        self.current = question
        self.autosave.discard()
        for editor, stored in (
            (self.text, question.text),
            (self.addressed, question.addressed_to),
            (self.answer, question.answer),
        ):
            self.autosave.show_text(editor, stored, replace=replace)
        with self.autosave.quietly():
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == question.id:
                    self.list.setCurrentRow(row)
            self.meeting.setCurrentIndex(max(self.meeting.findData(question.meeting_id), 0))
            self._fill_status(question.status)
            when = question.answered_at
            self.answered_at.setEnabled(question.status == "answered")
            if when is not None:
                seconds = int(when.replace(tzinfo=dt.UTC).timestamp())
                self.answered_at.setDateTime(QDateTime.fromSecsSinceEpoch(seconds))
            else:
                self.answered_at.setDateTime(NOT_ANSWERED)

    def _fill_status(self, current: str | None) -> None:
        with self.autosave.quietly():
            self.status.clear()
            for status in allowed_statuses(current):
                self.status.addItem(QUESTION_WORDS[status], status)
            self.status.setCurrentIndex(0)

    def _start_new(self, *, focus: bool) -> None:
        self.current = None
        self.autosave.discard()
        with self.autosave.quietly():
            self.text.clear()
            self.addressed.clear()
            self.answer.clear()
            self._fill_status(None)
            self.status.setCurrentIndex(max(self.status.findData("to_raise"), 0))
            self.answered_at.setEnabled(False)
            self.answered_at.setDateTime(NOT_ANSWERED)
        self.message.setText("New question: it is saved as you type.")
        if focus:
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
