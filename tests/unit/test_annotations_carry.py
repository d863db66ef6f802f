"""Meetings, agendas, actions and carry-forward of unfinished business."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop import annotations as an
from tests.unit.annotation_helpers import make_indicator, store_session

CSOSC = "Children's Services Overview and Scrutiny Committee"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with store_session(tmp_path) as s:
        yield s


@pytest.fixture
def ehcp(session: Session) -> int:
    return make_indicator(session, "CS01", "EHCPs issued within 20 weeks")


@pytest.fixture
def exclusions(session: Session) -> int:
    return make_indicator(session, "CS02", "Secondary permanent exclusions")


def _meeting(session: Session, day: dt.date, committee: str = CSOSC) -> an.MeetingRecord:
    return an.add_meeting(session, f"{committee} {day:%B %Y}", committee=committee, held_on=day)


@pytest.fixture
def june(session: Session) -> an.MeetingRecord:
    return _meeting(session, dt.date(2024, 6, 12))


@pytest.fixture
def september(session: Session) -> an.MeetingRecord:
    return _meeting(session, dt.date(2024, 9, 18))


# --- meetings -------------------------------------------------------------------------------


def test_list_meetings_in_date_order_not_entry_order(session: Session) -> None:
    later = _meeting(session, dt.date(2024, 9, 18))
    earlier = _meeting(session, dt.date(2024, 6, 12))
    assert [m.id for m in an.list_meetings(session)] == [earlier.id, later.id]


def test_list_meetings_by_committee(session: Session, june: an.MeetingRecord) -> None:
    _meeting(session, dt.date(2024, 6, 20), committee="Cabinet")
    assert [m.id for m in an.list_meetings(session, committee=CSOSC.upper())] == [june.id]


def test_meeting_by_name_ignores_case_and_spacing(session: Session, june: an.MeetingRecord) -> None:
    found = an.meeting_by_name(session, "  " + june.name.lower().replace(" ", "  "))
    assert found.id == june.id


def test_meeting_by_name_creates_when_asked(session: Session) -> None:
    made = an.meeting_by_name(session, "Cabinet 18 June", create=True)
    assert [m.name for m in an.list_meetings(session)] == [made.name]


def test_meeting_by_name_refuses_unknown(session: Session) -> None:
    with pytest.raises(an.AnnotationError, match="no meeting named 'Cabinet'"):
        an.meeting_by_name(session, "Cabinet")


# --- agenda ---------------------------------------------------------------------------------


def test_question_for_a_meeting_puts_indicator_on_agenda(
    session: Session, june: an.MeetingRecord, ehcp: int, exclusions: int
) -> None:
    an.add_question(session, exclusions, "Why up?", meeting_id=june.id)
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    assert [e.indicator_id for e in an.agenda(session, june.id)] == [exclusions, ehcp]


def test_agenda_entry_holds_its_questions_and_actions(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    question = an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    action = an.add_action(session, "Report back", indicator_id=ehcp, meeting_id=june.id)
    (entry,) = an.agenda(session, june.id)
    assert ([q.id for q in entry.questions], [a.id for a in entry.actions]) == (
        [question.id],
        [action.id],
    )


def test_move_agenda_item_reorders(
    session: Session, june: an.MeetingRecord, ehcp: int, exclusions: int
) -> None:
    third = make_indicator(session, "CS03", "Placement stability")
    for indicator in (ehcp, exclusions, third):
        an.add_agenda_item(session, june.id, indicator)
    an.move_agenda_item(session, june.id, third, 0)
    assert [e.indicator_id for e in an.agenda(session, june.id)] == [third, ehcp, exclusions]


def test_move_agenda_item_clamps_position(
    session: Session, june: an.MeetingRecord, ehcp: int, exclusions: int
) -> None:
    an.add_agenda_item(session, june.id, ehcp)
    an.add_agenda_item(session, june.id, exclusions)
    moved = an.move_agenda_item(session, june.id, ehcp, 99)
    assert [(e.indicator_id, e.position) for e in moved] == [(exclusions, 0), (ehcp, 1)]


def test_move_agenda_item_not_on_agenda_is_refused(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    with pytest.raises(an.AnnotationError, match="not on this meeting's agenda"):
        an.move_agenda_item(session, june.id, ehcp, 0)


# --- actions --------------------------------------------------------------------------------


def test_action_status_moves_and_records_update(session: Session, ehcp: int) -> None:
    action = an.add_action(session, "Report on the review", indicator_id=ehcp)
    done = an.set_action_status(session, action.id, "done", update="Reported in January")
    assert (done.status, done.update_text, done.is_open) == ("done", "Reported in January", False)


def test_unknown_action_status_is_refused(session: Session) -> None:
    action = an.add_action(session, "Report back")
    with pytest.raises(an.AnnotationError, match="unknown action status 'finished'"):
        an.set_action_status(session, action.id, "finished")


def test_list_actions_open_only(session: Session) -> None:
    open_one = an.add_action(session, "Open")
    an.set_action_status(session, an.add_action(session, "Dropped").id, "dropped")
    assert [a.id for a in an.list_actions(session, open_only=True)] == [open_one.id]


# --- carry-forward --------------------------------------------------------------------------


def test_open_question_appears_at_next_meeting(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    question = an.add_question(session, ehcp, "Why late?", meeting_id=june.id, status="to_raise")
    an.set_question_status(session, question.id, "asked")
    carried = an.open_items_for(session, september.id)
    assert [q.id for q in carried.questions] == [question.id]


def test_carried_question_keeps_the_meeting_it_was_raised_at(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    an.carry_forward(session, june.id, september.id)
    assert [q.meeting_id for q in an.open_items_for(session, september.id).questions] == [june.id]


def test_withdrawn_question_before_next_meeting_is_not_carried(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    question = an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    an.set_question_status(session, question.id, "withdrawn")
    today = dt.datetime.now(dt.UTC).date()
    following = _meeting(session, today + dt.timedelta(days=30))
    assert an.open_items_for(session, following.id).questions == ()


def test_question_answered_at_a_meeting_still_shows_at_that_meeting(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    question = an.add_question(session, ehcp, "Why late?", meeting_id=june.id, status="asked")
    an.set_question_status(
        session,
        question.id,
        "answered",
        answer="Demand rose",
        answered_at=dt.datetime(2024, 9, 18, 19, 0),
    )
    december = _meeting(session, dt.date(2024, 12, 4))
    shown = (
        len(an.open_items_for(session, september.id).questions),
        len(an.open_items_for(session, december.id).questions),
    )
    assert shown == (1, 0)


def test_other_committees_items_are_not_carried(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    cabinet = _meeting(session, dt.date(2024, 7, 1), committee="Cabinet")
    assert an.open_items_for(session, cabinet.id).questions == ()


def test_items_from_later_meetings_are_not_carried_back(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    an.add_question(session, ehcp, "Why late?", meeting_id=september.id)
    assert an.open_items_for(session, june.id).questions == ()


def test_open_action_is_carried_but_done_action_is_not(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    kept = an.add_action(session, "Report on review", indicator_id=ehcp, meeting_id=june.id)
    done = an.add_action(session, "Circulate note", indicator_id=ehcp, meeting_id=june.id)
    an.set_action_status(session, done.id, "done")
    following = _meeting(session, dt.datetime.now(dt.UTC).date() + dt.timedelta(days=30))
    assert [a.id for a in an.open_items_for(session, following.id).actions] == [kept.id]


def test_action_due_at_a_meeting_appears_there_from_any_committee(
    session: Session, june: an.MeetingRecord, ehcp: int
) -> None:
    cabinet = _meeting(session, dt.date(2024, 10, 1), committee="Cabinet")
    action = an.add_action(session, "Tell Cabinet", meeting_id=june.id, due_meeting_id=cabinet.id)
    assert [a.id for a in an.open_items_for(session, cabinet.id).actions] == [action.id]


def test_carry_forward_puts_indicator_on_next_agenda(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    an.carry_forward(session, june.id, september.id)
    (entry,) = an.agenda(session, september.id)
    assert (entry.indicator_id, entry.carried) == (ehcp, False)


def test_agenda_shows_carried_indicator_before_carry_forward(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord, ehcp: int
) -> None:
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    (entry,) = an.agenda(session, september.id)
    assert (entry.indicator_id, entry.carried, len(entry.questions)) == (ehcp, True, 1)


def test_carry_forward_refuses_another_committee(session: Session, june: an.MeetingRecord) -> None:
    cabinet = _meeting(session, dt.date(2024, 7, 1), committee="Cabinet")
    with pytest.raises(an.AnnotationError, match="same committee"):
        an.carry_forward(session, june.id, cabinet.id)


def test_carry_forward_refuses_going_backwards(
    session: Session, june: an.MeetingRecord, september: an.MeetingRecord
) -> None:
    with pytest.raises(an.AnnotationError, match="is not after"):
        an.carry_forward(session, september.id, june.id)


def test_delete_action_removes_it(session: Session) -> None:
    keep = an.add_action(session, "Keep")
    an.delete_action(session, an.add_action(session, "Gone").id)
    assert [a.id for a in an.list_actions(session)] == [keep.id]


def test_actions_on_exempt_indicator_hidden_when_asked(session: Session, ehcp: int) -> None:
    part2 = make_indicator(session, "CS18", "Remands", exempt=True)
    an.add_action(session, "Review each remand", indicator_id=part2)
    public = an.add_action(session, "Report back", indicator_id=ehcp)
    unlinked = an.add_action(session, "Circulate the review")
    shown = [a.id for a in an.list_actions(session, include_exempt=False)]
    assert shown == [public.id, unlinked.id]
