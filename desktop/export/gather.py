"""Collect an ExportData from the store: one short read, exempt and meeting filters applied."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ActionRow,
    AgendaItemRow,
    MeetingRow,
    NoteRow,
    PeriodRow,
    QuestionRow,
)
from desktop.catalogue import IndicatorView, load_views
from desktop.export.data import ActionItem, ExportData, NoteItem, QuestionItem
from desktop.export.paper import effective
from desktop.tolerances import default_tolerance, describe


class ExportError(Exception):
    """A problem with what was asked for (unknown meeting ...): one line, what to do."""


def indicator_ref(view: IndicatorView) -> str:
    """How an export names an indicator: its code, or its name where it has none."""
    return view.code or view.name


def gather(
    session: Session,
    *,
    include_exempt: bool = False,
    meeting: str | None = None,
    as_of: dt.date | None = None,
) -> ExportData:
    views = load_views(session, as_of=as_of)
    by_id = {v.id: v for v in views}
    meetings = {m.id: m for m in session.scalars(select(MeetingRow))}
    periods: dict[int, str] = {
        pid: label for pid, label in session.execute(select(PeriodRow.id, PeriodRow.label))
    }

    meeting_row: MeetingRow | None = None
    if meeting is not None:
        wanted = meeting.strip().casefold()
        found = [m for m in meetings.values() if m.name.strip().casefold() == wanted]
        if not found:
            names = ", ".join(sorted(m.name for m in meetings.values())[:5]) or "none yet"
            raise ExportError(f"no meeting named '{meeting}' — meetings in the store: {names}")
        meeting_row = max(found, key=lambda m: m.id)

    def meeting_name(mid: int | None) -> str | None:
        row = meetings.get(mid) if mid is not None else None
        return row.name if row else None

    carried_questions: set[int] = set()
    carried_actions: set[int] = set()
    if meeting_row is not None:
        from desktop.annotations import open_items_for, unassigned_questions_for

        carried = open_items_for(session, meeting_row.id)
        carried_questions = {q.id for q in carried.questions}
        # questions set for no meeting that this meeting takes by default (its agenda)
        carried_questions |= {q.id for q in unassigned_questions_for(session, meeting_row.id)}
        carried_actions = {a.id for a in carried.actions}

    def wanted_meeting(mid: int | None, item_id: int, carried: set[int]) -> bool:
        """Everything raised at the meeting, and what is still open from earlier ones."""
        return meeting_row is None or mid == meeting_row.id or item_id in carried

    def visible(indicator_id: int | None) -> bool:
        view = by_id.get(indicator_id) if indicator_id is not None else None
        return indicator_id is None or include_exempt or (view is not None and not view.exempt)

    notes = tuple(
        NoteItem(
            indicator=indicator_ref(by_id[n.indicator_id]),
            indicator_id=n.indicator_id,
            period=periods.get(n.period_id) if n.period_id else None,
            text=n.text,
            exempt=n.exempt,
            created_at=n.created_at,
            meeting=meeting_name(n.meeting_id),
        )
        for n in session.scalars(select(NoteRow).order_by(NoteRow.id))
        if (include_exempt or not n.exempt)
        and n.indicator_id in by_id
        and visible(n.indicator_id)
        and (meeting_row is None or n.meeting_id in (None, meeting_row.id))
    )
    questions = tuple(
        QuestionItem(
            uid=q.uid,
            indicator=indicator_ref(by_id[q.indicator_id]),
            indicator_id=q.indicator_id,
            period=periods.get(q.period_id) if q.period_id else None,
            text=q.text,
            addressed_to=q.addressed_to,
            status=q.status,
            answer=q.answer,
            meeting=meeting_name(q.meeting_id),
            created_at=q.created_at,
            answered_at=q.answered_at,
        )
        for q in session.scalars(select(QuestionRow).order_by(QuestionRow.id))
        if q.indicator_id in by_id
        and visible(q.indicator_id)
        and wanted_meeting(q.meeting_id, q.id, carried_questions)
    )
    actions = tuple(
        ActionItem(
            uid=a.uid,
            indicator=indicator_ref(by_id[a.indicator_id]) if a.indicator_id in by_id else None,
            indicator_id=a.indicator_id,
            text=a.text,
            owner=a.owner,
            due=a.due_date.isoformat() if a.due_date else meeting_name(a.due_meeting_id),
            status=a.status,
            meeting=meeting_name(a.meeting_id),
            created_at=a.created_at,
            update=a.update_text,
        )
        for a in session.scalars(select(ActionRow).order_by(ActionRow.id))
        if visible(a.indicator_id) and wanted_meeting(a.meeting_id, a.id, carried_actions)
    )
    agenda: tuple[int, ...] = ()
    if meeting_row is not None:
        agenda = tuple(
            session.scalars(
                select(AgendaItemRow.indicator_id)
                .where(AgendaItemRow.meeting_id == meeting_row.id)
                .order_by(AgendaItemRow.position, AgendaItemRow.id)
            )
        )
    shown = views if include_exempt else [v for v in views if not v.exempt]
    withheld = [v for v in views if v.exempt and not include_exempt]
    if meeting_row is not None:  # what this meeting's paper would have covered, not all
        covered = set(agenda) | _meeting_indicators(session, meeting_row.id, carried_questions,
                                                    carried_actions)  # fmt: skip
        withheld = [v for v in withheld if v.id in covered]
    paper = effective(session, meeting_row.id if meeting_row else None)
    return ExportData(
        views=tuple(shown),
        withheld_exempt=len(withheld),
        exempt_paragraph=paper.exempt_paragraph,
        rag_rule=describe(default_tolerance(session)),
        author=paper.author,
        contact=paper.contact,
        agenda_item=paper.agenda_item,
        purpose=paper.purpose,
        notes=notes,
        questions=questions,
        actions=actions,
        include_exempt=include_exempt,
        meeting=meeting_row.name if meeting_row else None,
        committee=meeting_row.committee if meeting_row else None,
        meeting_date=meeting_row.held_on if meeting_row else None,
        agenda=agenda,
    )


def _meeting_indicators(
    session: Session, meeting_id: int, questions: set[int], actions: set[int]
) -> set[int]:
    """Indicators with a question or action raised at the meeting or carried into it."""
    found = set(
        session.scalars(
            select(QuestionRow.indicator_id).where(
                (QuestionRow.meeting_id == meeting_id) | QuestionRow.id.in_(questions)
            )
        )
    )
    found |= {
        i
        for i in session.scalars(
            select(ActionRow.indicator_id).where(
                (ActionRow.meeting_id == meeting_id) | ActionRow.id.in_(actions)
            )
        )
        if i is not None
    }
    return found
