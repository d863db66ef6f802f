"""The chair's working memory: notes, questions, actions, meetings, agendas and carry-forward.

Plain functions over a SQLAlchemy ``Session``; results are frozen dataclasses, never rows.

Carry-forward links, it never moves: a question or action keeps the meeting where it was
first raised (its ``meeting_id``), so the history of where it came from is never lost. A later
meeting of the same committee sees it through :func:`open_items_for` for as long as it is
still open, and :func:`carry_forward` puts its indicator on that meeting's agenda. An item
closed on or after a meeting's date still counts as open going into that meeting, so an
agenda looks the same when read back later.

This module is the one to import: it holds the rules for notes, questions, actions and
meetings, and re-exports the records (annotation_records), agendas and carry-forward
(annotation_agenda) and indicator history (annotation_history).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ACTION_STATUSES,
    QUESTION_STATUSES,
    ActionRow,
    MeetingRow,
    NoteRow,
    ObservationRow,
    PeriodRow,
    QuestionAnswerRow,
    QuestionRow,
    utcnow,
)
from db.queries import open_question_counts
from desktop.annotation_agenda import (
    add_agenda_item,
    add_agenda_items,
    agenda,
    carry_forward,
    move_agenda_item,
    open_items_for,
    remove_agenda_item,
    unassigned_questions_for,
    upcoming_meetings,
)
from desktop.annotation_history import indicator_history
from desktop.annotation_records import (
    CLOSED_ACTION,
    CLOSED_QUESTION,
    NEW_QUESTION_STATUSES,
    OFFICER_ACTION_STATUSES,
    OFFICER_QUESTION_STATUSES,
    QUESTION_MOVES,
    UNSET,
    ActionRecord,
    AgendaEntry,
    AnnotationError,
    HistoryEntry,
    MeetingRecord,
    NoteRecord,
    OpenItems,
    QuestionRecord,
    Unset,
    action_record,
    check_refs,
    clean_text,
    ensure_agenda_item,
    get_row,
    list_actions,
    list_notes,
    list_questions,
    meeting_key,
    meeting_record,
    moves_backwards,
    next_position,
    note_record,
    optional_text,
    question_record,
    question_route,
    same_committee,
)

__all__ = [
    "CLOSED_ACTION",
    "CLOSED_QUESTION",
    "OFFICER_ACTION_STATUSES",
    "OFFICER_QUESTION_STATUSES",
    "QUESTION_MOVES",
    "UNSET",
    "ActionRecord",
    "AgendaEntry",
    "AnnotationError",
    "HistoryEntry",
    "MeetingRecord",
    "NoteRecord",
    "OpenItems",
    "QuestionRecord",
    "add_action",
    "add_agenda_item",
    "add_agenda_items",
    "add_meeting",
    "add_note",
    "add_question",
    "addressed_to_suggestions",
    "agenda",
    "answer_question",
    "carry_forward",
    "delete_action",
    "delete_note",
    "delete_question",
    "earlier_answers",
    "indicator_history",
    "list_actions",
    "list_meetings",
    "list_notes",
    "list_questions",
    "meeting_by_name",
    "move_agenda_item",
    "moves_backwards",
    "open_items_for",
    "open_question_counts",
    "question_from_enquiry",
    "question_route",
    "remove_agenda_item",
    "replace_answer",
    "set_action_status",
    "set_question_status",
    "unassigned_questions_for",
    "upcoming_meetings",
    "update_action",
    "update_meeting",
    "update_note",
    "update_question",
]


# --- notes -----------------------------------------------------------------------------------


def add_note(
    session: Session,
    indicator_id: int,
    text: str,
    *,
    period_id: int | None = None,
    meeting_id: int | None = None,
    exempt: bool = False,
    shared: bool = False,
) -> NoteRecord:
    check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id, period_id=period_id)
    row = NoteRow(
        indicator_id=indicator_id,
        period_id=period_id,
        meeting_id=meeting_id,
        text=clean_text(text, "note"),
        exempt=exempt,
        shared=shared,
    )
    session.add(row)
    session.flush()
    return note_record(row)


def update_note(
    session: Session,
    note_id: int,
    *,
    text: str | None = None,
    exempt: bool | None = None,
    period_id: int | Unset | None = UNSET,
    meeting_id: int | Unset | None = UNSET,
    shared: bool | None = None,
) -> NoteRecord:
    row = get_row(session, NoteRow, note_id, "note")
    if text is not None:
        row.text = clean_text(text, "note")
    if exempt is not None:
        row.exempt = exempt
    if shared is not None:
        row.shared = shared
    if not isinstance(period_id, Unset):
        check_refs(session, period_id=period_id)
        row.period_id = period_id
    if not isinstance(meeting_id, Unset):
        check_refs(session, meeting_id=meeting_id)
        row.meeting_id = meeting_id
    session.flush()
    return note_record(row)


def delete_note(session: Session, note_id: int) -> None:
    session.delete(get_row(session, NoteRow, note_id, "note"))
    session.flush()


# --- questions -------------------------------------------------------------------------------


def add_question(
    session: Session,
    indicator_id: int,
    text: str,
    *,
    addressed_to: str | None = None,
    meeting_id: int | None = None,
    period_id: int | None = None,
    status: str = "draft",
    source_rule: str | None = None,
) -> QuestionRecord:
    if status not in NEW_QUESTION_STATUSES:
        raise AnnotationError(
            f"a new question cannot start as '{status}' — start it as one of "
            + ", ".join(NEW_QUESTION_STATUSES)
        )
    check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id, period_id=period_id)
    row = QuestionRow(
        indicator_id=indicator_id,
        period_id=period_id,
        meeting_id=meeting_id,
        text=clean_text(text, "question"),
        addressed_to=optional_text(addressed_to),
        status=status,
        source_rule=source_rule,
        position=next_position(
            session,
            QuestionRow.position,
            QuestionRow.indicator_id == indicator_id,
            QuestionRow.meeting_id == meeting_id,
        ),
    )
    session.add(row)
    if meeting_id is not None:
        ensure_agenda_item(session, meeting_id, indicator_id)
    session.flush()
    return question_record(row)


def set_question_status(
    session: Session,
    question_id: int,
    status: str,
    *,
    answer: str | None = None,
    answered_at: dt.datetime | None = None,
) -> QuestionRecord:
    """Move a question on; only the moves in ``QUESTION_MOVES`` are allowed."""
    if status not in QUESTION_STATUSES:
        raise AnnotationError(
            f"unknown question status '{status}' — use one of " + ", ".join(QUESTION_STATUSES)
        )
    row = get_row(session, QuestionRow, question_id, "question")
    if status == row.status and status != "answered":
        return question_record(row)
    if status != row.status and status not in QUESTION_MOVES[row.status]:
        allowed = ", ".join(sorted(QUESTION_MOVES[row.status])) or "nothing (it is closed)"
        raise AnnotationError(
            f"a question that is '{row.status}' cannot become '{status}' — it can become: {allowed}"
        )
    if status == "answered":
        given = optional_text(answer) or row.answer
        if not given:
            raise AnnotationError("an answered question needs the answer — type what was said")
        row.answer = given
        row.answered_at = _naive_utc(answered_at) if answered_at else row.answered_at or utcnow()
    elif answer is not None:
        row.answer = optional_text(answer)
    row.status = status
    session.flush()
    return question_record(row)


def answer_question(
    session: Session, question_id: int, answer: str, *, answered_at: dt.datetime | None = None
) -> QuestionRecord:
    """Mark a question answered with ``answer``, through the allowed moves from where it is
    (a question still to raise is asked, then answered); refused when it is withdrawn."""
    row = get_row(session, QuestionRow, question_id, "question")
    route = question_route(row.status, "answered")
    if route is None:
        raise AnnotationError(
            f"this question is {row.status.replace('_', ' ')} — it cannot be answered now"
        )
    record = question_record(row)
    for status in route or ("answered",):
        last = status == "answered"
        record = set_question_status(
            session,
            question_id,
            status,
            answer=answer if last else None,
            answered_at=answered_at if last else None,
        )
    return record


def replace_answer(
    session: Session, question_id: int, answer: str | None, *, replaced_by: str | None = None
) -> QuestionRecord:
    """Give a question a new answer, keeping the one it replaces in the question's history."""
    row = get_row(session, QuestionRow, question_id, "question")
    new = optional_text(answer)
    if row.status == "answered" and not new:
        raise AnnotationError(
            "an answered question must keep its answer — type the answer, not nothing"
        )
    if row.answer and row.answer != new:
        session.add(
            QuestionAnswerRow(
                question_id=row.id,
                answer=row.answer,
                answered_at=row.answered_at,
                replaced_by=replaced_by,
            )
        )
    row.answer = new
    session.flush()
    return question_record(row)


def earlier_answers(session: Session, question_id: int) -> list[tuple[str, dt.datetime]]:
    """Answers the question had before, oldest first: (answer, when it was replaced)."""
    rows = session.scalars(
        select(QuestionAnswerRow)
        .where(QuestionAnswerRow.question_id == question_id)
        .order_by(QuestionAnswerRow.id)
    )
    return [(r.answer, r.replaced_at) for r in rows]


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        return moment.replace(microsecond=0)
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def update_question(
    session: Session,
    question_id: int,
    *,
    text: str | None = None,
    addressed_to: str | Unset | None = UNSET,
    meeting_id: int | Unset | None = UNSET,
    period_id: int | Unset | None = UNSET,
    answer: str | Unset | None = UNSET,
) -> QuestionRecord:
    row = get_row(session, QuestionRow, question_id, "question")
    if text is not None:
        row.text = clean_text(text, "question")
    if not isinstance(addressed_to, Unset):
        row.addressed_to = optional_text(addressed_to)
    if not isinstance(meeting_id, Unset):
        check_refs(session, meeting_id=meeting_id)
        row.meeting_id = meeting_id
        if meeting_id is not None:
            ensure_agenda_item(session, meeting_id, row.indicator_id)
    if not isinstance(period_id, Unset):
        check_refs(session, period_id=period_id)
        row.period_id = period_id
    if not isinstance(answer, Unset):
        if row.status == "answered" and not optional_text(answer):
            raise AnnotationError(
                "an answered question must keep its answer — type the answer, not nothing"
            )
        row.answer = optional_text(answer)
    session.flush()
    return question_record(row)


def delete_question(session: Session, question_id: int) -> None:
    session.delete(get_row(session, QuestionRow, question_id, "question"))
    session.flush()


def question_from_enquiry(
    session: Session,
    indicator_id: int,
    enquiry_text: str,
    rule: str,
    *,
    meeting_id: int | None = None,
) -> QuestionRecord:
    """Turn a suggested line of enquiry into a question to raise, once (repeats return it)."""
    text = clean_text(enquiry_text, "line of enquiry")
    existing = session.scalars(
        select(QuestionRow)
        .where(
            QuestionRow.indicator_id == indicator_id,
            QuestionRow.source_rule == rule,
            QuestionRow.meeting_id == meeting_id
            if meeting_id is not None
            else QuestionRow.meeting_id.is_(None),
            QuestionRow.status.not_in(CLOSED_QUESTION),
        )
        .order_by(QuestionRow.id)
    ).first()
    if existing is not None:
        return question_record(existing)
    latest_period = session.scalar(
        select(ObservationRow.period_id)
        .join(PeriodRow, PeriodRow.id == ObservationRow.period_id)
        .where(ObservationRow.indicator_id == indicator_id)
        .order_by(PeriodRow.end.desc(), PeriodRow.start.desc())
        .limit(1)
    )
    last_addressee = session.scalar(
        select(QuestionRow.addressed_to)
        .where(QuestionRow.indicator_id == indicator_id, QuestionRow.addressed_to.is_not(None))
        .order_by(QuestionRow.id.desc())
        .limit(1)
    )
    return add_question(
        session,
        indicator_id,
        text,
        addressed_to=last_addressee,
        meeting_id=meeting_id,
        period_id=latest_period,
        status="to_raise",
        source_rule=rule,
    )


def addressed_to_suggestions(session: Session, prefix: str, limit: int = 10) -> list[str]:
    """Earlier addressees and action owners whose name, or a word of it, starts with prefix."""
    wanted = prefix.strip().casefold()
    seen: dict[str, str] = {}
    candidates: list[tuple[dt.datetime, str]] = [
        *session.execute(
            select(QuestionRow.updated_at, QuestionRow.addressed_to).where(
                QuestionRow.addressed_to.is_not(None)
            )
        ),
        *session.execute(
            select(ActionRow.updated_at, ActionRow.owner).where(ActionRow.owner.is_not(None))
        ),
    ]
    for _when, name in sorted(candidates, key=lambda pair: pair[0], reverse=True):
        key = name.strip().casefold()
        if key in seen or not _matches(key, wanted):
            continue
        seen[key] = name.strip()
        if len(seen) >= limit:
            break
    return list(seen.values())


def _matches(name: str, prefix: str) -> bool:
    return not prefix or name.startswith(prefix) or any(w.startswith(prefix) for w in name.split())


# --- actions ---------------------------------------------------------------------------------


def add_action(
    session: Session,
    text: str,
    *,
    indicator_id: int | None = None,
    meeting_id: int | None = None,
    owner: str | None = None,
    due_meeting_id: int | None = None,
    due_date: dt.date | None = None,
) -> ActionRecord:
    check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id)
    check_refs(session, meeting_id=due_meeting_id)
    row = ActionRow(
        indicator_id=indicator_id,
        meeting_id=meeting_id,
        text=clean_text(text, "action"),
        owner=optional_text(owner),
        due_meeting_id=due_meeting_id,
        due_date=due_date,
        status="open",
        position=next_position(session, ActionRow.position, ActionRow.meeting_id == meeting_id),
    )
    session.add(row)
    if meeting_id is not None and indicator_id is not None:
        ensure_agenda_item(session, meeting_id, indicator_id)
    session.flush()
    return action_record(row)


def set_action_status(
    session: Session, action_id: int, status: str, *, update: str | None = None
) -> ActionRecord:
    """Any move between open, in_progress, done and dropped; ``update`` records progress."""
    if status not in ACTION_STATUSES:
        raise AnnotationError(
            f"unknown action status '{status}' — use one of " + ", ".join(ACTION_STATUSES)
        )
    row = get_row(session, ActionRow, action_id, "action")
    row.status = status
    if update is not None:
        row.update_text = optional_text(update)
    session.flush()
    return action_record(row)


def update_action(
    session: Session,
    action_id: int,
    *,
    text: str | None = None,
    owner: str | Unset | None = UNSET,
    due_meeting_id: int | Unset | None = UNSET,
    due_date: dt.date | Unset | None = UNSET,
    update: str | Unset | None = UNSET,
) -> ActionRecord:
    row = get_row(session, ActionRow, action_id, "action")
    if text is not None:
        row.text = clean_text(text, "action")
    if not isinstance(owner, Unset):
        row.owner = optional_text(owner)
    if not isinstance(due_meeting_id, Unset):
        check_refs(session, meeting_id=due_meeting_id)
        row.due_meeting_id = due_meeting_id
    if not isinstance(due_date, Unset):
        row.due_date = due_date
    if not isinstance(update, Unset):
        row.update_text = optional_text(update)
    session.flush()
    return action_record(row)


def delete_action(session: Session, action_id: int) -> None:
    session.delete(get_row(session, ActionRow, action_id, "action"))
    session.flush()


# --- meetings --------------------------------------------------------------------------------


def add_meeting(
    session: Session,
    name: str,
    *,
    committee: str | None = None,
    held_on: dt.date | None = None,
    period_id: int | None = None,
) -> MeetingRecord:
    check_refs(session, period_id=period_id)
    row = MeetingRow(
        name=clean_text(name, "meeting name"),
        committee=optional_text(committee),
        held_on=held_on,
        period_id=period_id,
    )
    session.add(row)
    session.flush()
    return meeting_record(row)


def update_meeting(
    session: Session,
    meeting_id: int,
    *,
    name: str | None = None,
    committee: str | Unset | None = UNSET,
    held_on: dt.date | Unset | None = UNSET,
    period_id: int | Unset | None = UNSET,
) -> MeetingRecord:
    row = get_row(session, MeetingRow, meeting_id, "meeting")
    if name is not None:
        row.name = clean_text(name, "meeting name")
    if not isinstance(committee, Unset):
        row.committee = optional_text(committee)
    if not isinstance(held_on, Unset):
        row.held_on = held_on
    if not isinstance(period_id, Unset):
        check_refs(session, period_id=period_id)
        row.period_id = period_id
    session.flush()
    return meeting_record(row)


def list_meetings(session: Session, committee: str | None = None) -> list[MeetingRecord]:
    """Meetings in date order (undated ones by when they were entered)."""
    rows = list(session.scalars(select(MeetingRow)))
    if committee is not None:
        rows = [r for r in rows if same_committee(r.committee, committee)]
    return [meeting_record(r) for r in sorted(rows, key=meeting_key)]


def meeting_by_name(session: Session, name: str, *, create: bool = False) -> MeetingRecord:
    """The latest meeting with this name (any case); made if ``create`` and there is none."""
    wanted = " ".join(name.split()).casefold()
    rows = [
        r
        for r in session.scalars(select(MeetingRow).order_by(MeetingRow.id.desc()))
        if " ".join(r.name.split()).casefold() == wanted
    ]
    if rows:
        return meeting_record(rows[0])
    if not create:
        raise AnnotationError(f"no meeting named '{name}' — add the meeting first")
    return add_meeting(session, name)
