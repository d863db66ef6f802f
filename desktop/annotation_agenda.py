"""A meeting's agenda and the carrying forward of unfinished questions and actions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActionRow, AgendaItemRow, MeetingRow, QuestionRow
from desktop.annotation_records import (
    CLOSED_ACTION,
    CLOSED_QUESTION,
    AgendaEntry,
    AnnotationError,
    MeetingRecord,
    OpenItems,
    QuestionRecord,
    action_record,
    check_refs,
    ensure_agenda_item,
    get_row,
    list_actions,
    list_questions,
    meeting_key,
    meeting_record,
    question_record,
    same_committee,
)

# --- agenda ----------------------------------------------------------------------------------


def add_agenda_item(session: Session, meeting_id: int, indicator_id: int) -> None:
    """Put an indicator at the end of a meeting's agenda (no change if it is there)."""
    check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id)
    ensure_agenda_item(session, meeting_id, indicator_id)


def add_agenda_items(session: Session, meeting_id: int, indicator_ids: list[int]) -> int:
    """Put several indicators at the end of an agenda, in the order given; how many were new."""
    before = len(_listed(session, meeting_id))
    for indicator_id in indicator_ids:
        add_agenda_item(session, meeting_id, indicator_id)
    return len(_listed(session, meeting_id)) - before


def _listed(session: Session, meeting_id: int) -> set[int]:
    return set(
        session.scalars(
            select(AgendaItemRow.indicator_id).where(AgendaItemRow.meeting_id == meeting_id)
        )
    )


def upcoming_meetings(session: Session, today: dt.date) -> list[MeetingRecord]:
    """Meetings still to come (on or after ``today``, or with no date yet), soonest first."""
    rows = [
        row
        for row in session.scalars(select(MeetingRow))
        if row.held_on is None or row.held_on >= today
    ]
    return [meeting_record(row) for row in sorted(rows, key=_upcoming_key)]


def remove_agenda_item(session: Session, meeting_id: int, indicator_id: int) -> None:
    for row in session.scalars(
        select(AgendaItemRow).where(
            AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.indicator_id == indicator_id
        )
    ):
        session.delete(row)
    session.flush()


def agenda(session: Session, meeting_id: int) -> list[AgendaEntry]:
    """The meeting's indicators in the chair's order, then any only carried in."""
    get_row(session, MeetingRow, meeting_id, "meeting")
    items = list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.position, AgendaItemRow.id)
        )
    )
    carried = open_items_for(session, meeting_id)
    own_questions = list_questions(session, meeting_id=meeting_id)
    own_questions += unassigned_questions_for(session, meeting_id)
    own_actions = list_actions(session, meeting_id=meeting_id)
    order = [item.indicator_id for item in items]
    for indicator_id in _indicators_of(carried):
        if indicator_id not in order:
            order.append(indicator_id)
    listed = {item.indicator_id for item in items}
    return [
        AgendaEntry(
            indicator_id=indicator_id,
            position=position,
            questions=tuple(
                [q for q in own_questions if q.indicator_id == indicator_id]
                + [q for q in carried.questions if q.indicator_id == indicator_id]
            ),
            actions=tuple(
                [a for a in own_actions if a.indicator_id == indicator_id]
                + [a for a in carried.actions if a.indicator_id == indicator_id]
            ),
            carried=indicator_id not in listed,
        )
        for position, indicator_id in enumerate(order)
    ]


def _upcoming_key(row: MeetingRow) -> tuple[dt.date, int]:
    """Meetings in the order they come; one with no date yet comes after every dated one."""
    return (row.held_on or dt.date.max, row.id)


def unassigned_questions_for(session: Session, meeting_id: int) -> list[QuestionRecord]:
    """Questions tied to no meeting that this meeting takes by default, oldest first.

    A question raised on an indicator, and not set for any meeting, belongs to the next
    meeting (on or after the day it was raised) with that indicator on its agenda — so
    preparation flows into the meeting without choosing "For meeting" by hand. It is taken
    while it is open, or if it was answered or closed no earlier than the meeting's day.
    """
    meeting = get_row(session, MeetingRow, meeting_id, "meeting")
    listed = _listed(session, meeting_id)
    if not listed:
        return []
    meetings_of: dict[int, list[MeetingRow]] = {}
    for indicator_id, other in session.execute(
        select(AgendaItemRow.indicator_id, MeetingRow)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(AgendaItemRow.indicator_id.in_(listed))
    ):
        meetings_of.setdefault(indicator_id, []).append(other)
    held = meeting.held_on or dt.date.max
    taken: list[QuestionRecord] = []
    for row in session.scalars(
        select(QuestionRow)
        .where(QuestionRow.meeting_id.is_(None), QuestionRow.indicator_id.in_(listed))
        .order_by(QuestionRow.indicator_id, QuestionRow.position, QuestionRow.id)
    ):
        raised = row.created_at.date()
        coming = [m for m in meetings_of[row.indicator_id] if _upcoming_key(m)[0] >= raised]
        if not coming or min(coming, key=_upcoming_key).id != meeting_id:
            continue
        closed_on = row.answered_at if row.status == "answered" else row.updated_at
        if _open_going_into(row.status in CLOSED_QUESTION, closed_on, held):
            taken.append(question_record(row))
    return taken


def _indicators_of(items: OpenItems) -> list[int]:
    ids: list[int] = []
    for indicator_id in [q.indicator_id for q in items.questions] + [
        a.indicator_id for a in items.actions
    ]:
        if indicator_id is not None and indicator_id not in ids:
            ids.append(indicator_id)
    return ids


def move_agenda_item(
    session: Session, meeting_id: int, indicator_id: int, new_position: int
) -> list[AgendaEntry]:
    """Move one indicator to ``new_position`` (0 = first; clamped) and renumber the rest."""
    current = [entry.indicator_id for entry in agenda(session, meeting_id)]
    if indicator_id not in current:
        raise AnnotationError(
            f"indicator {indicator_id} is not on this meeting's agenda — add it to the agenda first"
        )
    for other in current:
        ensure_agenda_item(session, meeting_id, other)
    current.remove(indicator_id)
    current.insert(max(0, min(new_position, len(current))), indicator_id)
    rows = {
        row.indicator_id: row
        for row in session.scalars(
            select(AgendaItemRow).where(AgendaItemRow.meeting_id == meeting_id)
        )
    }
    for position, other in enumerate(current):
        rows[other].position = position
    session.flush()
    return agenda(session, meeting_id)


# --- carry-forward ---------------------------------------------------------------------------


def _earlier_meetings(session: Session, meeting: MeetingRow) -> dict[int, MeetingRow]:
    return {
        row.id: row
        for row in session.scalars(select(MeetingRow).where(MeetingRow.id != meeting.id))
        if same_committee(row.committee, meeting.committee)
        and meeting_key(row) < meeting_key(meeting)
    }


def _open_going_into(status_closed: bool, closed_on: dt.datetime | None, held: dt.date) -> bool:
    """Open now, or closed no earlier than the meeting's day (so it was open going in)."""
    return not status_closed or (closed_on is not None and closed_on.date() >= held)


def open_items_for(session: Session, meeting_id: int) -> OpenItems:
    """Unfinished questions and actions from earlier meetings of the same committee,
    plus actions due at this meeting, oldest first."""
    meeting = get_row(session, MeetingRow, meeting_id, "meeting")
    earlier = _earlier_meetings(session, meeting)
    held = meeting.held_on or dt.date.max
    questions = [
        question_record(row)
        for row in session.scalars(
            select(QuestionRow)
            .where(QuestionRow.meeting_id.in_(earlier))
            .order_by(QuestionRow.created_at, QuestionRow.id)
        )
        if _open_going_into(
            row.status in CLOSED_QUESTION,
            row.answered_at if row.status == "answered" else row.updated_at,
            held,
        )
    ]
    actions = [
        action_record(row)
        for row in session.scalars(
            select(ActionRow)
            .where(
                (ActionRow.meeting_id.in_(earlier)) | (ActionRow.due_meeting_id == meeting_id),
                ActionRow.meeting_id.is_distinct_from(meeting_id),
            )
            .order_by(ActionRow.created_at, ActionRow.id)
        )
        if _open_going_into(row.status in CLOSED_ACTION, row.updated_at, held)
    ]
    return OpenItems(tuple(questions), tuple(actions))


def carry_forward(session: Session, previous_meeting_id: int, next_meeting_id: int) -> OpenItems:
    """Put the open items of ``previous`` (and before) on ``next``'s agenda; return them.

    Nothing is moved: each item keeps the meeting where it was first raised.
    """
    previous = get_row(session, MeetingRow, previous_meeting_id, "meeting")
    following = get_row(session, MeetingRow, next_meeting_id, "meeting")
    if not same_committee(previous.committee, following.committee):
        raise AnnotationError(
            "items carry forward only between meetings of the same committee"
            " — choose a meeting of " + (previous.committee or "the same committee")
        )
    if meeting_key(previous) >= meeting_key(following):
        raise AnnotationError(
            f"'{following.name}' is not after '{previous.name}' — carry items to a later meeting"
        )
    up_to = meeting_key(previous)
    origins = {row.id for row in session.scalars(select(MeetingRow)) if meeting_key(row) <= up_to}
    items = open_items_for(session, next_meeting_id)
    carried = OpenItems(
        tuple(q for q in items.questions if q.meeting_id in origins),
        tuple(a for a in items.actions if a.meeting_id in origins),
    )
    for indicator_id in _indicators_of(carried):
        ensure_agenda_item(session, next_meeting_id, indicator_id)
    return carried
