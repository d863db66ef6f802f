"""Parts of meeting mode: the key facts, answering a question legally, the action-point bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop import annotations as ann
from desktop.annotations import MeetingRecord, QuestionRecord
from desktop.ui.date_entry import DateEntry
from desktop.ui.dialogs.action_dialog import fill_meetings
from desktop.ui.indicator_text import direction_sentence, format_value, streak_sentence
from desktop.ui.rag_style import rag_label

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorView


def answer_question(session: Session, question_id: int, answer: str) -> QuestionRecord:
    """Mark a question answered with ``answer``, moving it on through the legal statuses."""
    return ann.answer_question(session, question_id, answer)


def key_facts(view: IndicatorView) -> str:
    """Latest against target, RAG in words, red streak and direction, one per line."""
    lines = []
    latest = view.latest
    if latest is not None:
        line = f"Latest ({latest.period.label}): {format_value(latest.actual, view.unit)}"
        if latest.target is not None:
            line += f" against a target of {format_value(latest.target, view.unit)}"
        lines.append(line)
    else:
        lines.append("No figure reported yet.")
    lines.append(f"RAG: {rag_label(view.latest_rag)}")
    streak = streak_sentence(view.assessment.red_streak)
    if streak:
        lines.append(streak)
    lines.append(
        direction_sentence(view.assessment.direction_previous, view.assessment.direction_last_year)
    )
    return "\n".join(lines)


class QuestionBar(QFrame):
    """Inline new question, asked in the meeting: saved as it is typed, Enter to answer it."""

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingQuestionBar")
        self.setAccessibleName("New question")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLineEdit(self)
        self.text.setObjectName("meetingQuestionText")
        self.text.setAccessibleName("New question text")
        self.text.setPlaceholderText("The question asked — it is saved as you type")
        self.addressed = QLineEdit(self)
        self.addressed.setObjectName("meetingQuestionTo")
        self.addressed.setAccessibleName("New question addressed to")
        self.addressed.setPlaceholderText("Addressed to")
        for edit in (self.text, self.addressed):
            edit.returnPressed.connect(self.done)
        layout = QGridLayout(self)
        title = QLabel("New question — saved as you type; Enter to take its answer, Esc hides this")
        title.setWordWrap(True)
        layout.addWidget(title, 0, 0, 1, 2)
        layout.addWidget(self.text, 1, 0)
        layout.addWidget(self.addressed, 1, 1)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 1)

    def set_people(self, people: Sequence[str]) -> None:
        completer = QCompleter(list(people), self.addressed)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.addressed.setCompleter(completer)

    def clear(self) -> None:
        self.text.clear()
        self.addressed.clear()


class ActionBar(QFrame):
    """Inline action point: text, owner, due meeting or date; Enter records it."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingActionBar")
        self.setAccessibleName("New action point")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLineEdit(self)
        self.text.setObjectName("meetingActionText")
        self.text.setAccessibleName("Action point text")
        self.text.setPlaceholderText("What is to be done, and by whom")
        self.owner = QLineEdit(self)
        self.owner.setObjectName("meetingActionOwner")
        self.owner.setAccessibleName("Action point owner")
        self.owner.setPlaceholderText("Owner")
        self.due_meeting = QComboBox(self)
        self.due_meeting.setAccessibleName("Due at meeting")
        self.has_date = QCheckBox("or &by:", self)
        self.has_date.setAccessibleName("Due by a date")
        self.due_date = DateEntry(self, calendar=False, words=False)
        self.due_date.setAccessibleName("Due date")
        self.due_date.setDate(QDate.currentDate().addMonths(3))
        self.due_date.setEnabled(False)
        self.has_date.toggled.connect(self.due_date.setEnabled)
        for edit in (self.text, self.owner):
            edit.returnPressed.connect(self.submitted)
        layout = QGridLayout(self)
        title = QLabel("New action point — Enter records it, Esc hides this (text is kept)", self)
        layout.addWidget(title, 0, 0, 1, 4)
        layout.addWidget(self.text, 1, 0, 1, 4)
        layout.addWidget(self.owner, 2, 0)
        layout.addWidget(self.due_meeting, 2, 1)
        layout.addWidget(self.has_date, 2, 2)
        layout.addWidget(self.due_date, 2, 3)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 3)

    def set_choices(self, later: Sequence[MeetingRecord], people: Sequence[str]) -> None:
        fill_meetings(self.due_meeting, later, "Due at no particular meeting")
        if later:
            self.due_meeting.setCurrentIndex(1)
        completer = QCompleter(list(people), self.owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner.setCompleter(completer)

    def due(self) -> tuple[int | None, dt.date | None]:
        date = self.due_date.date().toPython() if self.has_date.isChecked() else None
        return self.due_meeting.currentData(), date if isinstance(date, dt.date) else None

    def clear_after_save(self) -> None:
        self.text.clear()
        self.owner.clear()
        self.has_date.setChecked(False)
