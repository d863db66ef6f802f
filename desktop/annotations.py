"""The chair's working memory: notes, questions, actions, meetings, agendas and carry-forward.

Plain functions over a SQLAlchemy ``Session``; results are frozen dataclasses, never rows.

Carry-forward links, it never moves: a question or action keeps the meeting where it was
first raised (its ``meeting_id``), so the history of where it came from is never lost. A later
meeting of the same committee sees it through :func:`open_items_for` for as long as it is
still open, and :func:`carry_forward` puts its indicator on that meeting's agenda. An item
closed on or after a meeting's date still counts as open going into that meeting, so an
agenda looks the same when read back later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import (
    ACTION_STATUSES,
    QUESTION_STATUSES,
    ActionRow,
    AgendaItemRow,
    IndicatorRow,
    MeetingRow,
    NoteRow,
    ObservationRow,
    PeriodRow,
    QuestionRow,
    utcnow,
)


class AnnotationError(Exception):
    """A request the rules refuse; ``str()`` is one line: what — what to do."""


class _Unset:
    """Marks an argument that was not given (so ``None`` can mean "clear it")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()

# Which question moves are allowed; answered and withdrawn are final.
QUESTION_MOVES: Final[dict[str, frozenset[str]]] = {
    "draft": frozenset({"to_raise", "withdrawn"}),
    "to_raise": frozenset({"draft", "asked", "deferred", "withdrawn"}),
    "asked": frozenset({"answered", "deferred", "withdrawn"}),
    "deferred": frozenset({"to_raise", "asked", "withdrawn"}),
    "answered": frozenset(),
    "withdrawn": frozenset(),
}
CLOSED_QUESTION: Final = frozenset({"answered", "withdrawn"})
CLOSED_ACTION: Final = frozenset({"done", "dropped"})
NEW_QUESTION_STATUSES: Final = ("draft", "to_raise", "asked", "deferred")


# --- plain results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoteRecord:
    id: int
    uid: str
    indicator_id: int
    period_id: int | None
    meeting_id: int | None
    text: str
    exempt: bool
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    id: int
    uid: str
    indicator_id: int
    period_id: int | None
    meeting_id: int | None  # where it was first raised
    text: str
    addressed_to: str | None
    status: str
    answer: str | None
    answered_at: dt.datetime | None
    source_rule: str | None
    position: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_QUESTION


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    uid: str
    indicator_id: int | None
    meeting_id: int | None  # where it was first raised
    text: str
    owner: str | None
    due_meeting_id: int | None
    due_date: dt.date | None
    status: str
    update_text: str | None
    position: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def is_open(self) -> bool:
        return self.status not in CLOSED_ACTION


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    id: int
    name: str
    committee: str | None
    held_on: dt.date | None
    period_id: int | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OpenItems:
    """Questions and actions from earlier meetings that a meeting still has to deal with."""

    questions: tuple[QuestionRecord, ...] = ()
    actions: tuple[ActionRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One indicator on a meeting's agenda with everything the chair needs there."""

    indicator_id: int
    position: int
    questions: tuple[QuestionRecord, ...]  # raised here, then carried in
    actions: tuple[ActionRecord, ...]
    carried: bool  # on the agenda only because an earlier item is still open


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of an indicator's story, in date order."""

    on: dt.date
    kind: str  # "scorecard", "note", "question", "action"
    text: str  # a readable sentence
    meeting: str | None = None
    period: str | None = None
    status: str | None = None
    ref_id: int | None = None  # the note, question, action or observation id


def _note(row: NoteRow) -> NoteRecord:
    return NoteRecord(
        row.id,
        row.uid,
        row.indicator_id,
        row.period_id,
        row.meeting_id,
        row.text,
        bool(row.exempt),
        row.created_at,
        row.updated_at,
    )


def _question(row: QuestionRow) -> QuestionRecord:
    return QuestionRecord(
        row.id,
        row.uid,
        row.indicator_id,
        row.period_id,
        row.meeting_id,
        row.text,
        row.addressed_to,
        row.status,
        row.answer,
        row.answered_at,
        row.source_rule,
        row.position,
        row.created_at,
        row.updated_at,
    )


def _action(row: ActionRow) -> ActionRecord:
    return ActionRecord(
        row.id,
        row.uid,
        row.indicator_id,
        row.meeting_id,
        row.text,
        row.owner,
        row.due_meeting_id,
        row.due_date,
        row.status,
        row.update_text,
        row.position,
        row.created_at,
        row.updated_at,
    )


def _meeting(row: MeetingRow) -> MeetingRecord:
    return MeetingRecord(
        row.id, row.name, row.committee, row.held_on, row.period_id, row.created_at
    )


# --- checks ----------------------------------------------------------------------------------

_RowT = TypeVar("_RowT", NoteRow, QuestionRow, ActionRow, MeetingRow, IndicatorRow, PeriodRow)


def _get(session: Session, kind: type[_RowT], row_id: int, what: str) -> _RowT:
    row = session.get(kind, row_id)
    if row is None:
        raise AnnotationError(f"no {what} with id {row_id} — reload the list and try again")
    return row


def _text(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise AnnotationError(f"the {what} is empty — type some text first")
    return cleaned


def _optional(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    return cleaned or None


def _check_refs(
    session: Session,
    *,
    indicator_id: int | None = None,
    meeting_id: int | None = None,
    period_id: int | None = None,
) -> None:
    if indicator_id is not None:
        _get(session, IndicatorRow, indicator_id, "indicator")
    if meeting_id is not None:
        _get(session, MeetingRow, meeting_id, "meeting")
    if period_id is not None:
        _get(session, PeriodRow, period_id, "period")


# --- notes -----------------------------------------------------------------------------------


def add_note(
    session: Session,
    indicator_id: int,
    text: str,
    *,
    period_id: int | None = None,
    meeting_id: int | None = None,
    exempt: bool = False,
) -> NoteRecord:
    _check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id, period_id=period_id)
    row = NoteRow(
        indicator_id=indicator_id,
        period_id=period_id,
        meeting_id=meeting_id,
        text=_text(text, "note"),
        exempt=exempt,
    )
    session.add(row)
    session.flush()
    return _note(row)


def update_note(
    session: Session,
    note_id: int,
    *,
    text: str | None = None,
    exempt: bool | None = None,
    period_id: int | _Unset | None = UNSET,
    meeting_id: int | _Unset | None = UNSET,
) -> NoteRecord:
    row = _get(session, NoteRow, note_id, "note")
    if text is not None:
        row.text = _text(text, "note")
    if exempt is not None:
        row.exempt = exempt
    if not isinstance(period_id, _Unset):
        _check_refs(session, period_id=period_id)
        row.period_id = period_id
    if not isinstance(meeting_id, _Unset):
        _check_refs(session, meeting_id=meeting_id)
        row.meeting_id = meeting_id
    session.flush()
    return _note(row)


def delete_note(session: Session, note_id: int) -> None:
    session.delete(_get(session, NoteRow, note_id, "note"))
    session.flush()


def _exempt_indicator_ids(session: Session) -> set[int]:
    return set(session.scalars(select(IndicatorRow.id).where(IndicatorRow.exempt.is_(True))))


def list_notes(
    session: Session, indicator_id: int | None = None, include_exempt: bool = True
) -> list[NoteRecord]:
    """Notes by creation; without exempt ones (or those on exempt indicators) if asked."""
    statement = select(NoteRow).order_by(NoteRow.created_at, NoteRow.id)
    if indicator_id is not None:
        statement = statement.where(NoteRow.indicator_id == indicator_id)
    notes = [_note(row) for row in session.scalars(statement)]
    if include_exempt:
        return notes
    hidden = _exempt_indicator_ids(session)
    return [n for n in notes if not n.exempt and n.indicator_id not in hidden]


# --- questions -------------------------------------------------------------------------------


def _next_position(
    session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]
) -> int:
    current = session.scalar(select(func.max(column)).where(*where))
    return 0 if current is None else current + 1


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
    _check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id, period_id=period_id)
    row = QuestionRow(
        indicator_id=indicator_id,
        period_id=period_id,
        meeting_id=meeting_id,
        text=_text(text, "question"),
        addressed_to=_optional(addressed_to),
        status=status,
        source_rule=source_rule,
        position=_next_position(
            session,
            QuestionRow.position,
            QuestionRow.indicator_id == indicator_id,
            QuestionRow.meeting_id == meeting_id,
        ),
    )
    session.add(row)
    if meeting_id is not None:
        _ensure_agenda_item(session, meeting_id, indicator_id)
    session.flush()
    return _question(row)


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
    row = _get(session, QuestionRow, question_id, "question")
    if status == row.status and status != "answered":
        return _question(row)
    if status != row.status and status not in QUESTION_MOVES[row.status]:
        allowed = ", ".join(sorted(QUESTION_MOVES[row.status])) or "nothing (it is closed)"
        raise AnnotationError(
            f"a question that is '{row.status}' cannot become '{status}' — it can become: {allowed}"
        )
    if status == "answered":
        given = _optional(answer) or row.answer
        if not given:
            raise AnnotationError("an answered question needs the answer — type what was said")
        row.answer = given
        row.answered_at = _naive_utc(answered_at) if answered_at else row.answered_at or utcnow()
    elif answer is not None:
        row.answer = _optional(answer)
    row.status = status
    session.flush()
    return _question(row)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        return moment.replace(microsecond=0)
    return moment.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def update_question(
    session: Session,
    question_id: int,
    *,
    text: str | None = None,
    addressed_to: str | _Unset | None = UNSET,
    meeting_id: int | _Unset | None = UNSET,
    period_id: int | _Unset | None = UNSET,
    answer: str | _Unset | None = UNSET,
) -> QuestionRecord:
    row = _get(session, QuestionRow, question_id, "question")
    if text is not None:
        row.text = _text(text, "question")
    if not isinstance(addressed_to, _Unset):
        row.addressed_to = _optional(addressed_to)
    if not isinstance(meeting_id, _Unset):
        _check_refs(session, meeting_id=meeting_id)
        row.meeting_id = meeting_id
        if meeting_id is not None:
            _ensure_agenda_item(session, meeting_id, row.indicator_id)
    if not isinstance(period_id, _Unset):
        _check_refs(session, period_id=period_id)
        row.period_id = period_id
    if not isinstance(answer, _Unset):
        if row.status == "answered" and not _optional(answer):
            raise AnnotationError(
                "an answered question must keep its answer — type the answer, not nothing"
            )
        row.answer = _optional(answer)
    session.flush()
    return _question(row)


def delete_question(session: Session, question_id: int) -> None:
    session.delete(_get(session, QuestionRow, question_id, "question"))
    session.flush()


def list_questions(
    session: Session,
    meeting_id: int | None = None,
    status: str | None = None,
    open_only: bool = False,
    indicator_id: int | None = None,
    include_exempt: bool = True,
) -> list[QuestionRecord]:
    """Questions by indicator, then position; ``meeting_id`` is where they were raised."""
    statement = select(QuestionRow).order_by(
        QuestionRow.indicator_id, QuestionRow.position, QuestionRow.id
    )
    if meeting_id is not None:
        statement = statement.where(QuestionRow.meeting_id == meeting_id)
    if status is not None:
        statement = statement.where(QuestionRow.status == status)
    if open_only:
        statement = statement.where(QuestionRow.status.not_in(CLOSED_QUESTION))
    if indicator_id is not None:
        statement = statement.where(QuestionRow.indicator_id == indicator_id)
    questions = [_question(row) for row in session.scalars(statement)]
    if include_exempt:
        return questions
    hidden = _exempt_indicator_ids(session)
    return [q for q in questions if q.indicator_id not in hidden]


def question_from_enquiry(
    session: Session,
    indicator_id: int,
    enquiry_text: str,
    rule: str,
    *,
    meeting_id: int | None = None,
) -> QuestionRecord:
    """Turn a suggested line of enquiry into a question to raise, once (repeats return it)."""
    text = _text(enquiry_text, "line of enquiry")
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
        return _question(existing)
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
    _check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id)
    _check_refs(session, meeting_id=due_meeting_id)
    row = ActionRow(
        indicator_id=indicator_id,
        meeting_id=meeting_id,
        text=_text(text, "action"),
        owner=_optional(owner),
        due_meeting_id=due_meeting_id,
        due_date=due_date,
        status="open",
        position=_next_position(session, ActionRow.position, ActionRow.meeting_id == meeting_id),
    )
    session.add(row)
    if meeting_id is not None and indicator_id is not None:
        _ensure_agenda_item(session, meeting_id, indicator_id)
    session.flush()
    return _action(row)


def set_action_status(
    session: Session, action_id: int, status: str, *, update: str | None = None
) -> ActionRecord:
    """Any move between open, in_progress, done and dropped; ``update`` records progress."""
    if status not in ACTION_STATUSES:
        raise AnnotationError(
            f"unknown action status '{status}' — use one of " + ", ".join(ACTION_STATUSES)
        )
    row = _get(session, ActionRow, action_id, "action")
    row.status = status
    if update is not None:
        row.update_text = _optional(update)
    session.flush()
    return _action(row)


def update_action(
    session: Session,
    action_id: int,
    *,
    text: str | None = None,
    owner: str | _Unset | None = UNSET,
    due_meeting_id: int | _Unset | None = UNSET,
    due_date: dt.date | _Unset | None = UNSET,
    update: str | _Unset | None = UNSET,
) -> ActionRecord:
    row = _get(session, ActionRow, action_id, "action")
    if text is not None:
        row.text = _text(text, "action")
    if not isinstance(owner, _Unset):
        row.owner = _optional(owner)
    if not isinstance(due_meeting_id, _Unset):
        _check_refs(session, meeting_id=due_meeting_id)
        row.due_meeting_id = due_meeting_id
    if not isinstance(due_date, _Unset):
        row.due_date = due_date
    if not isinstance(update, _Unset):
        row.update_text = _optional(update)
    session.flush()
    return _action(row)


def list_actions(
    session: Session,
    meeting_id: int | None = None,
    status: str | None = None,
    open_only: bool = False,
    indicator_id: int | None = None,
    include_exempt: bool = True,
) -> list[ActionRecord]:
    """Actions by meeting position; ``meeting_id`` is where they were raised."""
    statement = select(ActionRow).order_by(ActionRow.position, ActionRow.id)
    if meeting_id is not None:
        statement = statement.where(ActionRow.meeting_id == meeting_id)
    if status is not None:
        statement = statement.where(ActionRow.status == status)
    if open_only:
        statement = statement.where(ActionRow.status.not_in(CLOSED_ACTION))
    if indicator_id is not None:
        statement = statement.where(ActionRow.indicator_id == indicator_id)
    actions = [_action(row) for row in session.scalars(statement)]
    if include_exempt:
        return actions
    hidden = _exempt_indicator_ids(session)
    return [a for a in actions if a.indicator_id not in hidden]


# --- meetings --------------------------------------------------------------------------------


def add_meeting(
    session: Session,
    name: str,
    *,
    committee: str | None = None,
    held_on: dt.date | None = None,
    period_id: int | None = None,
) -> MeetingRecord:
    _check_refs(session, period_id=period_id)
    row = MeetingRow(
        name=_text(name, "meeting name"),
        committee=_optional(committee),
        held_on=held_on,
        period_id=period_id,
    )
    session.add(row)
    session.flush()
    return _meeting(row)


def _meeting_key(row: MeetingRow) -> tuple[dt.date, int]:
    return (row.held_on or row.created_at.date(), row.id)


def list_meetings(session: Session, committee: str | None = None) -> list[MeetingRecord]:
    """Meetings in date order (undated ones by when they were entered)."""
    rows = list(session.scalars(select(MeetingRow)))
    if committee is not None:
        rows = [r for r in rows if _same_committee(r.committee, committee)]
    return [_meeting(r) for r in sorted(rows, key=_meeting_key)]


def meeting_by_name(session: Session, name: str, *, create: bool = False) -> MeetingRecord:
    """The latest meeting with this name (any case); made if ``create`` and there is none."""
    wanted = " ".join(name.split()).casefold()
    rows = [
        r
        for r in session.scalars(select(MeetingRow).order_by(MeetingRow.id.desc()))
        if " ".join(r.name.split()).casefold() == wanted
    ]
    if rows:
        return _meeting(rows[0])
    if not create:
        raise AnnotationError(f"no meeting named '{name}' — add the meeting first")
    return add_meeting(session, name)


def _same_committee(left: str | None, right: str | None) -> bool:
    def key(value: str | None) -> str:
        return " ".join((value or "").split()).casefold()

    return key(left) == key(right)


# --- agenda ----------------------------------------------------------------------------------


def _ensure_agenda_item(session: Session, meeting_id: int, indicator_id: int) -> None:
    present = session.scalar(
        select(AgendaItemRow.id).where(
            AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.indicator_id == indicator_id
        )
    )
    if present is None:
        position = _next_position(
            session, AgendaItemRow.position, AgendaItemRow.meeting_id == meeting_id
        )
        session.add(
            AgendaItemRow(meeting_id=meeting_id, indicator_id=indicator_id, position=position)
        )
        session.flush()


def add_agenda_item(session: Session, meeting_id: int, indicator_id: int) -> None:
    """Put an indicator at the end of a meeting's agenda (no change if it is there)."""
    _check_refs(session, indicator_id=indicator_id, meeting_id=meeting_id)
    _ensure_agenda_item(session, meeting_id, indicator_id)


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
    _get(session, MeetingRow, meeting_id, "meeting")
    items = list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.position, AgendaItemRow.id)
        )
    )
    carried = open_items_for(session, meeting_id)
    own_questions = list_questions(session, meeting_id=meeting_id)
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
        _ensure_agenda_item(session, meeting_id, other)
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
        if _same_committee(row.committee, meeting.committee)
        and _meeting_key(row) < _meeting_key(meeting)
    }


def _open_going_into(status_closed: bool, closed_on: dt.datetime | None, held: dt.date) -> bool:
    """Open now, or closed no earlier than the meeting's day (so it was open going in)."""
    return not status_closed or (closed_on is not None and closed_on.date() >= held)


def open_items_for(session: Session, meeting_id: int) -> OpenItems:
    """Unfinished questions and actions from earlier meetings of the same committee,
    plus actions due at this meeting, oldest first."""
    meeting = _get(session, MeetingRow, meeting_id, "meeting")
    earlier = _earlier_meetings(session, meeting)
    held = meeting.held_on or dt.date.max
    questions = [
        _question(row)
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
        _action(row)
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
    previous = _get(session, MeetingRow, previous_meeting_id, "meeting")
    following = _get(session, MeetingRow, next_meeting_id, "meeting")
    if not _same_committee(previous.committee, following.committee):
        raise AnnotationError(
            "items carry forward only between meetings of the same committee"
            " — choose a meeting of " + (previous.committee or "the same committee")
        )
    if _meeting_key(previous) >= _meeting_key(following):
        raise AnnotationError(
            f"'{following.name}' is not after '{previous.name}' — carry items to a later meeting"
        )
    up_to = _meeting_key(previous)
    origins = {row.id for row in session.scalars(select(MeetingRow)) if _meeting_key(row) <= up_to}
    items = open_items_for(session, next_meeting_id)
    carried = OpenItems(
        tuple(q for q in items.questions if q.meeting_id in origins),
        tuple(a for a in items.actions if a.meeting_id in origins),
    )
    for indicator_id in _indicators_of(carried):
        _ensure_agenda_item(session, next_meeting_id, indicator_id)
    return carried


# --- history ---------------------------------------------------------------------------------


def _month(day: dt.date) -> str:
    return day.strftime("%B %Y")


def _number(value: float, unit: str | None) -> str:
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if value != int(value) else f"{value:,.0f}"
    if unit and unit.strip() in ("%", "percent", "percentage"):
        return text + "%"
    return text


_VERBS: Final = {
    "draft": "Drafted",
    "to_raise": "To raise",
    "asked": "Asked",
    "answered": "Asked",
    "deferred": "Deferred",
    "withdrawn": "Withdrawn",
}
_KIND_ORDER: Final = {"scorecard": 0, "note": 1, "question": 2, "action": 3}


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
    indicator = _get(session, IndicatorRow, indicator_id, "indicator")
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
        text += f" — due {action.due_date.isoformat()}"
    text += f" [{action.status.replace('_', ' ')}]"
    if action.update_text:
        text += f" Update: {action.update_text}"
    return HistoryEntry(on, "action", text, meeting, None, action.status, action.id)
