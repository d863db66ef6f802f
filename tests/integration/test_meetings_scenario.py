"""Three quarterly meetings of a children's scrutiny committee, as the minutes tell them.

EHCPs issued within 20 weeks is red every quarter. At the June meeting the chair asks why and
the committee agrees an action for the Director of Education to report back in January; the
answer comes at the September meeting and the action is carried to the January meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop import annotations as an
from tests.unit.annotation_helpers import make_indicator, make_quarter, observe, store_session

COMMITTEE = "Children's Services Overview and Scrutiny Committee"
ASKED = "Why are fewer than half of new plans issued within 20 weeks, and when will it improve?"
ANSWER = (
    "Requests for assessment rose by 27% in a year; two educational psychologists have been "
    "recruited and a backlog recovery plan is in place."
)
ACTION = "Director of Education to report back in January on the recovery plan"


@dataclass(frozen=True)
class Scenario:
    session: Session
    ehcp: int
    exclusions: int
    meetings: tuple[an.MeetingRecord, an.MeetingRecord, an.MeetingRecord]
    question: an.QuestionRecord
    action: an.ActionRecord
    carried_to_september: an.OpenItems
    carried_to_january: an.OpenItems


def _scorecard(session: Session) -> tuple[int, int]:
    ehcp = make_indicator(
        session, "CS01", "% Education, Health and Care Plans issued within 20 weeks"
    )
    exclusions = make_indicator(
        session, "CS02", "Number of secondary permanent exclusions", unit="number"
    )
    quarters = [
        ("Q4 2023/24", dt.date(2024, 1, 1), dt.date(2024, 3, 31), 44.3, 11),
        ("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), 53.8, 9),
        ("Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), 49.2, 6),
    ]
    for label, start, end, percent, excluded in quarters:
        period = make_quarter(session, label, start, end)
        observe(session, ehcp, period, percent, 70.0, "red", "Demand continues to rise.")
        observe(session, exclusions, period, excluded, 12, "green")
    return ehcp, exclusions


def _meeting(session: Session, day: dt.date) -> an.MeetingRecord:
    return an.add_meeting(
        session, f"{COMMITTEE}, {day.day} {day:%B %Y}", committee=COMMITTEE, held_on=day
    )


def _play(session: Session) -> Scenario:
    ehcp, exclusions = _scorecard(session)
    june = _meeting(session, dt.date(2024, 6, 12))
    # before the meeting: one step from the suggested line of enquiry
    question = an.question_from_enquiry(
        session, ehcp, ASKED, "red_three_quarters", meeting_id=june.id
    )
    an.update_question(session, question.id, addressed_to="Director of Education")
    an.add_agenda_item(session, june.id, exclusions)
    an.set_question_status(session, question.id, "asked")
    action = an.add_action(
        session,
        ACTION,
        indicator_id=ehcp,
        meeting_id=june.id,
        owner="Director of Education",
        due_date=dt.date(2025, 1, 31),
    )
    september = _meeting(session, dt.date(2024, 9, 18))
    to_september = an.carry_forward(session, june.id, september.id)
    question = an.set_question_status(
        session,
        question.id,
        "answered",
        answer=ANSWER,
        answered_at=dt.datetime(2024, 9, 18, 19, 40, tzinfo=dt.UTC),
    )
    january = _meeting(session, dt.date(2025, 1, 22))
    to_january = an.carry_forward(session, september.id, january.id)
    return Scenario(
        session,
        ehcp,
        exclusions,
        (june, september, january),
        question,
        action,
        to_september,
        to_january,
    )


@pytest.fixture
def scenario(tmp_path: Path) -> Iterator[Scenario]:
    with store_session(tmp_path) as session:
        yield _play(session)


def test_june_agenda_puts_the_chairs_question_first(scenario: Scenario) -> None:
    june = scenario.meetings[0]
    entries = an.agenda(scenario.session, june.id)
    assert [(e.indicator_id, len(e.questions)) for e in entries] == [
        (scenario.ehcp, 1),
        (scenario.exclusions, 0),
    ]


def test_question_and_action_carried_to_september(scenario: Scenario) -> None:
    carried = scenario.carried_to_september
    assert ([q.id for q in carried.questions], [a.id for a in carried.actions]) == (
        [scenario.question.id],
        [scenario.action.id],
    )


def test_only_the_action_carried_to_january(scenario: Scenario) -> None:
    carried = scenario.carried_to_january
    assert (carried.questions, [a.text for a in carried.actions]) == ((), [ACTION])


def test_january_agenda_shows_ehcps_with_the_action(scenario: Scenario) -> None:
    january = scenario.meetings[2]
    (entry,) = an.agenda(scenario.session, january.id)
    assert (entry.indicator_id, [a.owner for a in entry.actions]) == (
        scenario.ehcp,
        ["Director of Education"],
    )


def test_september_agenda_still_shows_the_question_answered_there(scenario: Scenario) -> None:
    september = scenario.meetings[1]
    (entry,) = an.agenda(scenario.session, september.id)
    assert [(q.status, q.answer) for q in entry.questions] == [("answered", ANSWER)]


def test_action_done_in_january_is_not_carried_further(scenario: Scenario) -> None:
    session = scenario.session
    an.set_action_status(session, scenario.action.id, "done", update="Reported in January")
    today = dt.datetime.now(dt.UTC).date()
    march = _meeting(session, max(today, dt.date(2025, 3, 12)) + dt.timedelta(days=1))
    assert an.open_items_for(session, march.id) == an.OpenItems()


def test_history_reads_like_the_minutes(scenario: Scenario) -> None:
    history = an.indicator_history(scenario.session, scenario.ehcp)
    assert [(e.on, e.kind) for e in history] == [
        (dt.date(2024, 3, 31), "scorecard"),
        (dt.date(2024, 6, 12), "question"),
        (dt.date(2024, 6, 12), "action"),
        (dt.date(2024, 6, 30), "scorecard"),
        (dt.date(2024, 9, 30), "scorecard"),
    ]


def test_history_question_says_when_asked_and_answered(scenario: Scenario) -> None:
    history = an.indicator_history(scenario.session, scenario.ehcp)
    (question,) = [e for e in history if e.kind == "question"]
    assert question.text == (
        f"Asked at {scenario.meetings[0].name} in June 2024 (Director of Education): {ASKED}"
        f" — answer was (September 2024): {ANSWER}"
    )


def test_red_every_quarter_in_history(scenario: Scenario) -> None:
    history = an.indicator_history(scenario.session, scenario.ehcp)
    assert [e.status for e in history if e.kind == "scorecard"] == ["red", "red", "red"]
