"""Plain results of the chair's annotations, the checks their rules share, and the reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Final, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from db.models import (
    ActionRow,
    AgendaItemRow,
    IndicatorRow,
    MeetingRow,
    NoteRow,
    PeriodRow,
    QuestionRow,
)


class AnnotationError(Exception):
    """A request the rules refuse; ``str()`` is one line: what — what to do."""


class Unset:
    """Marks an argument that was not given (so ``None`` can mean "clear it")."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()

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
# What officers may set on a returned tracker: never Draft or To raise (the chair's stages).
OFFICER_QUESTION_STATUSES: Final = ("asked", "answered", "deferred", "withdrawn")
OFFICER_ACTION_STATUSES: Final = ("open", "in_progress", "done", "dropped")
# How far along an item is: a move to a lower stage is a move backwards.
QUESTION_STAGE: Final[dict[str, int]] = {
    "draft": 0,
    "to_raise": 1,
    "deferred": 1,
    "asked": 2,
    "answered": 3,
    "withdrawn": 3,
}
ACTION_STAGE: Final[dict[str, int]] = {"open": 0, "in_progress": 1, "done": 2, "dropped": 2}


def question_route(current: str, wanted: str) -> tuple[str, ...] | None:
    """The shortest run of allowed moves from ``current`` to ``wanted`` (empty when already
    there; None when the rules allow no way): "to_raise" -> "answered" is asked, answered."""
    if current == wanted:
        return ()
    routes: dict[str, tuple[str, ...]] = {current: ()}
    frontier = [current]
    while frontier:
        following: list[str] = []
        for status in frontier:
            for step in sorted(QUESTION_MOVES.get(status, ())):
                if step in routes:
                    continue
                routes[step] = (*routes[status], step)
                if step == wanted:
                    return routes[step]
                following.append(step)
        frontier = following
    return None


def moves_backwards(kind: str, current: str, wanted: str) -> bool:
    """True when ``wanted`` is an earlier stage than ``current`` ("answered" -> "asked")."""
    stages = QUESTION_STAGE if kind == "question" else ACTION_STAGE
    return stages.get(wanted, 0) < stages.get(current, 0)


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
    shared: bool = False  # with the team, when the store is in one


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
    kind: str  # "scorecard", "note", "question", "answer" (one replaced), "action"
    text: str  # a readable sentence
    meeting: str | None = None
    period: str | None = None
    status: str | None = None
    ref_id: int | None = None  # the note, question, action or observation id


_RecordT = TypeVar("_RecordT", NoteRecord, QuestionRecord, ActionRecord, MeetingRecord)


def _record(kind: type[_RecordT], row: object) -> _RecordT:
    """Copy a row into its record: every record field is a column of the same name."""
    return kind(**{f.name: getattr(row, f.name) for f in fields(kind)})


def note_record(row: NoteRow) -> NoteRecord:
    return _record(NoteRecord, row)


def question_record(row: QuestionRow) -> QuestionRecord:
    return _record(QuestionRecord, row)


def action_record(row: ActionRow) -> ActionRecord:
    return _record(ActionRecord, row)


def meeting_record(row: MeetingRow) -> MeetingRecord:
    return _record(MeetingRecord, row)


# --- checks ----------------------------------------------------------------------------------

_RowT = TypeVar("_RowT", NoteRow, QuestionRow, ActionRow, MeetingRow, IndicatorRow, PeriodRow)


def get_row(session: Session, kind: type[_RowT], row_id: int, what: str) -> _RowT:
    row = session.get(kind, row_id)
    if row is None:
        raise AnnotationError(f"no {what} with id {row_id} — reload the list and try again")
    return row


def clean_text(text: str, what: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise AnnotationError(f"the {what} is empty — type some text first")
    return cleaned


def optional_text(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    return cleaned or None


def check_refs(
    session: Session,
    *,
    indicator_id: int | None = None,
    meeting_id: int | None = None,
    period_id: int | None = None,
) -> None:
    if indicator_id is not None:
        get_row(session, IndicatorRow, indicator_id, "indicator")
    if meeting_id is not None:
        get_row(session, MeetingRow, meeting_id, "meeting")
    if period_id is not None:
        get_row(session, PeriodRow, period_id, "period")


def next_position(
    session: Session, column: InstrumentedAttribute[int], *where: ColumnElement[bool]
) -> int:
    current = session.scalar(select(func.max(column)).where(*where))
    return 0 if current is None else current + 1


def exempt_indicator_ids(session: Session) -> set[int]:
    return set(session.scalars(select(IndicatorRow.id).where(IndicatorRow.exempt.is_(True))))


def ensure_agenda_item(session: Session, meeting_id: int, indicator_id: int) -> None:
    present = session.scalar(
        select(AgendaItemRow.id).where(
            AgendaItemRow.meeting_id == meeting_id, AgendaItemRow.indicator_id == indicator_id
        )
    )
    if present is None:
        position = next_position(
            session, AgendaItemRow.position, AgendaItemRow.meeting_id == meeting_id
        )
        session.add(
            AgendaItemRow(meeting_id=meeting_id, indicator_id=indicator_id, position=position)
        )
        session.flush()


def meeting_key(row: MeetingRow) -> tuple[dt.date, int]:
    return (row.held_on or row.created_at.date(), row.id)


def same_committee(left: str | None, right: str | None) -> bool:
    def key(value: str | None) -> str:
        return " ".join((value or "").split()).casefold()

    return key(left) == key(right)


# --- reads ---------------------------------------------------------------------------------


def list_notes(
    session: Session, indicator_id: int | None = None, include_exempt: bool = True
) -> list[NoteRecord]:
    """Notes by creation; without exempt ones (or those on exempt indicators) if asked."""
    statement = select(NoteRow).order_by(NoteRow.created_at, NoteRow.id)
    if indicator_id is not None:
        statement = statement.where(NoteRow.indicator_id == indicator_id)
    notes = [note_record(row) for row in session.scalars(statement)]
    if include_exempt:
        return notes
    hidden = exempt_indicator_ids(session)
    return [n for n in notes if not n.exempt and n.indicator_id not in hidden]


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
    questions = [question_record(row) for row in session.scalars(statement)]
    if include_exempt:
        return questions
    hidden = exempt_indicator_ids(session)
    return [q for q in questions if q.indicator_id not in hidden]


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
    actions = [action_record(row) for row in session.scalars(statement)]
    if include_exempt:
        return actions
    hidden = exempt_indicator_ids(session)
    return [a for a in actions if a.indicator_id not in hidden]
