"""An indicator's story: scorecard figures, notes, questions and actions in date order."""

from __future__ import annotations

import datetime as dt
import math
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import IndicatorRow, MeetingRow, ObservationRow, PeriodRow, QuestionAnswerRow
from desktop.annotation_records import (
    ActionRecord,
    HistoryEntry,
    QuestionRecord,
    get_row,
    list_actions,
    list_notes,
    list_questions,
)
from desktop.wording import format_value, long_date

# --- history ---------------------------------------------------------------------------------


def _month(day: dt.date) -> str:
    return day.strftime("%B %Y")


def _number(value: float, unit: str | None) -> str:
    """A figure as the detail pane and the briefing write it ("18.8 days", "£1,234")."""
    if not math.isfinite(value):
        return str(value)
    return format_value(value, unit)


_VERBS: Final = {
    "draft": "Drafted",
    "to_raise": "To raise",
    "asked": "Asked",
    "answered": "Asked",
    "deferred": "Deferred",
    "withdrawn": "Withdrawn",
}
_KIND_ORDER: Final = {"scorecard": 0, "note": 1, "question": 2, "answer": 2, "action": 3}


def _scorecard_entries(session: Session, indicator: IndicatorRow) -> list[HistoryEntry]:
    entries = []
    rows = session.execute(
        select(ObservationRow, PeriodRow)
        .join(PeriodRow, PeriodRow.id == ObservationRow.period_id)
        .where(ObservationRow.indicator_id == indicator.id)
    )
    for obs, period in rows:
        if obs.actual is not None:
            figure = _number(obs.actual, indicator.unit)
        else:
            figure = obs.actual_text or "no figure"
        text = f"Scorecard {period.label}: {figure}"
        if obs.target is not None:
            text += f" against a target of {_number(obs.target, indicator.unit)}"
        if obs.rag:
            text += f" ({obs.rag.capitalize()})"
        if obs.commentary:
            text += f". Officers said: {obs.commentary.strip()}"
        entries.append(
            HistoryEntry(period.end, "scorecard", text, None, period.label, obs.rag, obs.id)
        )
    return entries


def indicator_history(
    session: Session, indicator_id: int, include_exempt: bool = True
) -> list[HistoryEntry]:
    """Every scorecard figure, note, question (with its answer) and action, oldest first."""
    indicator = get_row(session, IndicatorRow, indicator_id, "indicator")
    if indicator.exempt and not include_exempt:
        return []
    meetings = {row.id: row for row in session.scalars(select(MeetingRow))}
    periods = {pid: label for pid, label in session.execute(select(PeriodRow.id, PeriodRow.label))}

    def when(meeting_id: int | None, created: dt.datetime) -> tuple[dt.date, str | None]:
        row = meetings.get(meeting_id) if meeting_id is not None else None
        if row is None:
            return created.date(), None
        return (row.held_on or created.date()), row.name

    entries = _scorecard_entries(session, indicator)
    for note in list_notes(session, indicator_id, include_exempt=include_exempt):
        on, meeting = when(note.meeting_id, note.created_at)
        where = f" at {meeting}" if meeting else ""
        entries.append(
            HistoryEntry(
                on,
                "note",
                f"Note{where} ({_month(on)}): {note.text}",
                meeting,
                periods.get(note.period_id) if note.period_id else None,
                None,
                note.id,
            )
        )
    for question in list_questions(session, indicator_id=indicator_id):
        on, meeting = when(question.meeting_id, question.created_at)
        entries.append(_question_entry(question, on, meeting, periods))
        for earlier in session.scalars(
            select(QuestionAnswerRow)
            .where(QuestionAnswerRow.question_id == question.id)
            .order_by(QuestionAnswerRow.id)
        ):
            replaced = earlier.replaced_at.date()
            text = (
                f"Earlier answer to “{question.text}”, replaced in {_month(replaced)}: "
                f"{earlier.answer}"
            )
            entries.append(HistoryEntry(replaced, "answer", text, meeting, None, None, question.id))
    for action in list_actions(session, indicator_id=indicator_id):
        on, meeting = when(action.meeting_id, action.created_at)
        entries.append(_action_entry(action, on, meeting, meetings))
    return sorted(entries, key=lambda e: (e.on, _KIND_ORDER[e.kind], e.ref_id or 0))


def _question_entry(
    question: QuestionRecord, on: dt.date, meeting: str | None, periods: dict[int, str]
) -> HistoryEntry:
    where = f" at {meeting}" if meeting else ""
    to = f" ({question.addressed_to})" if question.addressed_to else ""
    text = f"{_VERBS[question.status]}{where} in {_month(on)}{to}: {question.text}"
    if question.status == "answered" and question.answer:
        answered = question.answered_at.date() if question.answered_at else on
        text += f" — answer was ({_month(answered)}): {question.answer}"
    elif question.answer:
        text += f" — answer so far: {question.answer}"
    period = periods.get(question.period_id) if question.period_id else None
    return HistoryEntry(on, "question", text, meeting, period, question.status, question.id)


def _action_entry(
    action: ActionRecord, on: dt.date, meeting: str | None, meetings: dict[int, MeetingRow]
) -> HistoryEntry:
    where = f" at {meeting}" if meeting else ""
    owner = f" ({action.owner})" if action.owner else ""
    text = f"Action agreed{where} in {_month(on)}{owner}: {action.text}"
    due_row = meetings.get(action.due_meeting_id) if action.due_meeting_id else None
    if due_row is not None:
        text += f" — due at {due_row.name}"
    elif action.due_date is not None:
        text += f" — due {long_date(action.due_date)}"
    text += f" [{action.status.replace('_', ' ')}]"
    if action.update_text:
        text += f" Update: {action.update_text}"
    return HistoryEntry(on, "action", text, meeting, None, action.status, action.id)
