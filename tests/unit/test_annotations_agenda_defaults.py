"""Questions set for no meeting go to the next meeting with their indicator on its agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from db.models import QuestionRow
from desktop import annotations as an
from tests.unit.annotation_helpers import make_indicator, store_session

RAISED = dt.datetime(2024, 5, 20, 10, 0)


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with store_session(tmp_path) as s:
        yield s


@pytest.fixture
def ehcp(session: Session) -> int:
    return make_indicator(session, "CS01", "EHCPs issued within 20 weeks")


def meeting(session: Session, name: str, day: dt.date | None, *indicators: int) -> int:
    made = an.add_meeting(session, name, committee="Children's scrutiny", held_on=day)
    for indicator_id in indicators:
        an.add_agenda_item(session, made.id, indicator_id)
    return made.id


def question(session: Session, indicator_id: int, text: str, raised: dt.datetime = RAISED) -> int:
    made = an.add_question(session, indicator_id, text)
    row = session.get(QuestionRow, made.id)
    assert row is not None
    row.created_at = row.updated_at = raised
    session.flush()
    return made.id


def texts(session: Session, meeting_id: int, indicator_id: int) -> list[str]:
    entry = next(e for e in an.agenda(session, meeting_id) if e.indicator_id == indicator_id)
    return [q.text for q in entry.questions]


def test_a_question_set_for_no_meeting_appears_on_the_agenda_of_its_indicator(
    session: Session, ehcp: int
) -> None:
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    question(session, ehcp, "Why are plans late?")
    assert texts(session, june, ehcp) == ["Why are plans late?"]


def test_it_goes_to_the_next_meeting_only_not_every_later_one(session: Session, ehcp: int) -> None:
    september = meeting(session, "September", dt.date(2024, 9, 18), ehcp)
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    question(session, ehcp, "Why are plans late?")
    assert texts(session, june, ehcp) == ["Why are plans late?"]
    assert texts(session, september, ehcp) == []


def test_a_meeting_held_before_the_question_was_raised_does_not_take_it(
    session: Session, ehcp: int
) -> None:
    march = meeting(session, "March", dt.date(2024, 3, 6), ehcp)
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    question(session, ehcp, "Why are plans late?")
    assert texts(session, march, ehcp) == []
    assert texts(session, june, ehcp) == ["Why are plans late?"]


def test_a_meeting_without_a_date_yet_comes_after_the_dated_ones(
    session: Session, ehcp: int
) -> None:
    undated = meeting(session, "Autumn (date to be fixed)", None, ehcp)
    assert texts(session, undated, ehcp) == []  # nothing raised yet
    question(session, ehcp, "Why are plans late?")
    assert texts(session, undated, ehcp) == ["Why are plans late?"]
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    assert texts(session, june, ehcp) == ["Why are plans late?"]
    assert texts(session, undated, ehcp) == []


def test_a_question_tied_to_another_meeting_stays_there(session: Session, ehcp: int) -> None:
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    cabinet = an.add_meeting(session, "Cabinet", committee="Cabinet", held_on=dt.date(2024, 6, 1))
    an.add_question(session, ehcp, "For cabinet", meeting_id=cabinet.id)
    assert texts(session, june, ehcp) == []


def test_only_indicators_on_the_agenda_take_questions(session: Session, ehcp: int) -> None:
    other = make_indicator(session, "CS02", "Secondary permanent exclusions")
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    question(session, other, "Why more exclusions?")
    assert [e.indicator_id for e in an.agenda(session, june)] == [ehcp]
    assert an.unassigned_questions_for(session, june) == []


def test_withdrawn_before_the_meeting_drops_off_answered_at_it_stays(
    session: Session, ehcp: int
) -> None:
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    kept = question(session, ehcp, "Answered at the meeting")
    gone = question(session, ehcp, "Withdrawn in May")
    an.set_question_status(session, kept, "to_raise")
    an.set_question_status(session, kept, "asked")
    an.set_question_status(
        session, kept, "answered", answer="Recruiting", answered_at=dt.datetime(2024, 6, 12, 19)
    )
    an.set_question_status(session, gone, "withdrawn")
    row = session.get(QuestionRow, gone)
    assert row is not None
    row.updated_at = dt.datetime(2024, 5, 30)
    session.flush()
    assert texts(session, june, ehcp) == ["Answered at the meeting"]


def test_several_indicators_go_on_the_agenda_at_once_without_repeats(
    session: Session, ehcp: int
) -> None:
    other = make_indicator(session, "CS02", "Secondary permanent exclusions")
    june = meeting(session, "June", dt.date(2024, 6, 12), ehcp)
    assert an.add_agenda_items(session, june, [other, ehcp]) == 1
    assert [e.indicator_id for e in an.agenda(session, june)] == [ehcp, other]


def test_upcoming_meetings_are_today_or_later_or_undated_soonest_first(
    session: Session,
) -> None:
    undated = meeting(session, "Autumn", None)
    meeting(session, "March", dt.date(2024, 3, 6))
    june = meeting(session, "June", dt.date(2024, 6, 12))
    today = meeting(session, "Today", dt.date(2024, 5, 20))
    found = an.upcoming_meetings(session, dt.date(2024, 5, 20))
    assert [m.id for m in found] == [today, june, undated]


def test_a_meetings_export_carries_the_questions_it_takes_by_default(
    session: Session, ehcp: int
) -> None:
    from desktop.export.gather import gather

    meeting(session, "June scrutiny", dt.date(2024, 6, 12), ehcp)
    question(session, ehcp, "Why are plans late?")
    other = make_indicator(session, "CS02", "Care leavers in work")
    question(session, other, "Not on the agenda")
    exported = gather(session, meeting="June scrutiny")
    assert [q.text for q in exported.questions] == ["Why are plans late?"]
