"""Notes and questions: the question lifecycle, exempt notes, suggestions and enquiries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from db.models import QUESTION_STATUSES
from desktop import annotations as an
from tests.unit.annotation_helpers import make_indicator, make_quarter, observe, store_session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with store_session(tmp_path) as s:
        yield s


@pytest.fixture
def ehcp(session: Session) -> int:
    return make_indicator(session, "CS01", "EHCPs issued within 20 weeks")


def _question_at(session: Session, indicator: int, status: str) -> an.QuestionRecord:
    """A question walked along legal moves to ``status``."""
    path = {
        "draft": [],
        "to_raise": ["to_raise"],
        "asked": ["to_raise", "asked"],
        "deferred": ["to_raise", "asked", "deferred"],
        "answered": ["to_raise", "asked", "answered"],
        "withdrawn": ["withdrawn"],
    }[status]
    question = an.add_question(session, indicator, "Why are plans late?")
    for step in path:
        answer = "Demand rose by 27%." if step == "answered" else None
        question = an.set_question_status(session, question.id, step, answer=answer)
    return question


# --- notes ----------------------------------------------------------------------------------


def test_note_round_trips_as_a_plain_frozen_record(session: Session, ehcp: int) -> None:
    note = an.add_note(session, ehcp, "  Ask about the backlog plan.  ")
    assert (note.text, note.indicator_id, note.exempt) == (
        "Ask about the backlog plan.",
        ehcp,
        False,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        note.text = "changed"  # type: ignore[misc]


def test_note_created_at_is_utc_now(session: Session, ehcp: int) -> None:
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    note = an.add_note(session, ehcp, "Backlog")
    assert before <= note.created_at <= before + dt.timedelta(seconds=5)


def test_update_note_changes_text_and_exempt_flag(session: Session, ehcp: int) -> None:
    note = an.add_note(session, ehcp, "First thoughts")
    updated = an.update_note(session, note.id, text="Second thoughts", exempt=True)
    assert (updated.text, updated.exempt) == ("Second thoughts", True)


def test_delete_note_removes_it(session: Session, ehcp: int) -> None:
    keep = an.add_note(session, ehcp, "keep")
    gone = an.add_note(session, ehcp, "gone")
    an.delete_note(session, gone.id)
    assert [n.id for n in an.list_notes(session, ehcp)] == [keep.id]


def test_empty_note_is_refused_with_one_line(session: Session, ehcp: int) -> None:
    with pytest.raises(an.AnnotationError) as error:
        an.add_note(session, ehcp, "   ")
    assert "\n" not in str(error.value) and " — " in str(error.value)


def test_note_on_unknown_indicator_is_refused(session: Session) -> None:
    with pytest.raises(an.AnnotationError, match="no indicator with id 999"):
        an.add_note(session, 999, "text")


def test_exempt_notes_left_out_when_asked(session: Session, ehcp: int) -> None:
    public = an.add_note(session, ehcp, "Public point")
    an.add_note(session, ehcp, "Names a child", exempt=True)
    assert [n.id for n in an.list_notes(session, include_exempt=False)] == [public.id]


def test_exempt_notes_included_by_default(session: Session, ehcp: int) -> None:
    an.add_note(session, ehcp, "Public point")
    an.add_note(session, ehcp, "Names a child", exempt=True)
    assert len(an.list_notes(session)) == 2


def test_notes_on_exempt_indicator_left_out_when_asked(session: Session, ehcp: int) -> None:
    part2 = make_indicator(session, "CS17", "Unregistered placements", exempt=True)
    an.add_note(session, part2, "Two children")
    public = an.add_note(session, ehcp, "Public point")
    assert [n.id for n in an.list_notes(session, include_exempt=False)] == [public.id]


def test_list_notes_filters_by_indicator(session: Session, ehcp: int) -> None:
    other = make_indicator(session, "CS02", "Exclusions")
    an.add_note(session, other, "elsewhere")
    mine = an.add_note(session, ehcp, "mine")
    assert [n.id for n in an.list_notes(session, ehcp)] == [mine.id]


# --- question lifecycle -----------------------------------------------------------------------

LEGAL = [
    ("draft", "to_raise"),
    ("draft", "withdrawn"),
    ("to_raise", "asked"),
    ("to_raise", "draft"),
    ("asked", "deferred"),
    ("asked", "withdrawn"),
    ("deferred", "to_raise"),
    ("deferred", "asked"),
]
ILLEGAL = [
    ("draft", "asked"),
    ("draft", "answered"),
    ("draft", "deferred"),
    ("to_raise", "answered"),
    ("answered", "asked"),
    ("answered", "withdrawn"),
    ("withdrawn", "to_raise"),
    ("deferred", "answered"),
]


@pytest.mark.parametrize(("start", "end"), LEGAL)
def test_legal_question_moves(session: Session, ehcp: int, start: str, end: str) -> None:
    question = _question_at(session, ehcp, start)
    assert an.set_question_status(session, question.id, end).status == end


@pytest.mark.parametrize(("start", "end"), ILLEGAL)
def test_illegal_question_moves_are_refused(
    session: Session, ehcp: int, start: str, end: str
) -> None:
    question = _question_at(session, ehcp, start)
    with pytest.raises(an.AnnotationError, match=f"'{start}' cannot become '{end}'"):
        an.set_question_status(session, question.id, end, answer="An answer")


def test_refused_move_leaves_status_unchanged(session: Session, ehcp: int) -> None:
    question = _question_at(session, ehcp, "draft")
    with pytest.raises(an.AnnotationError):
        an.set_question_status(session, question.id, "answered", answer="x")
    assert an.list_questions(session)[0].status == "draft"


def test_answered_needs_answer_text(session: Session, ehcp: int) -> None:
    question = _question_at(session, ehcp, "asked")
    with pytest.raises(an.AnnotationError, match="needs the answer"):
        an.set_question_status(session, question.id, "answered", answer="  ")


def test_answering_records_answer_and_time(session: Session, ehcp: int) -> None:
    question = _question_at(session, ehcp, "asked")
    when = dt.datetime(2024, 9, 18, 19, 30, tzinfo=dt.UTC)
    answered = an.set_question_status(
        session, question.id, "answered", answer="Two more psychologists", answered_at=when
    )
    assert (answered.answer, answered.answered_at) == (
        "Two more psychologists",
        dt.datetime(2024, 9, 18, 19, 30),
    )


def test_unknown_status_is_refused(session: Session, ehcp: int) -> None:
    question = _question_at(session, ehcp, "draft")
    with pytest.raises(an.AnnotationError, match="unknown question status 'closed'"):
        an.set_question_status(session, question.id, "closed")


def test_new_question_cannot_start_answered(session: Session, ehcp: int) -> None:
    with pytest.raises(an.AnnotationError, match="cannot start as 'answered'"):
        an.add_question(session, ehcp, "Why?", status="answered")


def test_answered_question_cannot_lose_its_answer(session: Session, ehcp: int) -> None:
    question = _question_at(session, ehcp, "answered")
    with pytest.raises(an.AnnotationError, match="must keep its answer"):
        an.update_question(session, question.id, answer=None)


def test_update_question_clears_addressee_with_none(session: Session, ehcp: int) -> None:
    question = an.add_question(session, ehcp, "Why?", addressed_to="Director of Education")
    assert an.update_question(session, question.id, addressed_to=None).addressed_to is None


def test_list_questions_open_only_skips_answered_and_withdrawn(session: Session, ehcp: int) -> None:
    kept = {_question_at(session, ehcp, s).id for s in ("draft", "asked", "deferred")}
    _question_at(session, ehcp, "answered")
    _question_at(session, ehcp, "withdrawn")
    assert {q.id for q in an.list_questions(session, open_only=True)} == kept


def test_list_questions_by_status(session: Session, ehcp: int) -> None:
    asked = _question_at(session, ehcp, "asked")
    _question_at(session, ehcp, "draft")
    assert [q.id for q in an.list_questions(session, status="asked")] == [asked.id]


def test_questions_on_exempt_indicator_hidden_when_asked(session: Session, ehcp: int) -> None:
    part2 = make_indicator(session, "RC08", "Tribunal claims", exempt=True)
    an.add_question(session, part2, "Which restructure?")
    public = an.add_question(session, ehcp, "Why late?")
    shown = an.list_questions(session, include_exempt=False)
    assert [q.id for q in shown] == [public.id]


# --- suggestions and lines of enquiry ---------------------------------------------------------


def test_addressed_to_suggestions_match_any_word(session: Session, ehcp: int) -> None:
    an.add_question(session, ehcp, "Q1", addressed_to="Director of Education")
    an.add_question(session, ehcp, "Q2", addressed_to="Head of SEND")
    an.add_action(session, "Report back", owner="Assistant Director, Children's Social Care")
    assert sorted(an.addressed_to_suggestions(session, "dir")) == [
        "Assistant Director, Children's Social Care",
        "Director of Education",
    ]


def test_addressed_to_suggestions_are_unique_ignoring_case(session: Session, ehcp: int) -> None:
    an.add_question(session, ehcp, "Q1", addressed_to="Director of Education")
    an.add_question(session, ehcp, "Q2", addressed_to="director of education")
    assert len(an.addressed_to_suggestions(session, "Dir")) == 1


def test_question_from_enquiry_is_ready_to_raise(session: Session, ehcp: int) -> None:
    q3 = make_quarter(session, "Q1 2025/26", dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    q2 = make_quarter(session, "Q4 2024/25", dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    observe(session, ehcp, q2, 51.1, 70.0, "red")
    observe(session, ehcp, q3, 53.8, 70.0, "red")
    question = an.question_from_enquiry(
        session, ehcp, "What is the recovery plan?", "red_for_4_quarters"
    )
    assert (question.status, question.source_rule, question.period_id) == (
        "to_raise",
        "red_for_4_quarters",
        q3,
    )


def test_question_from_enquiry_twice_makes_one_question(session: Session, ehcp: int) -> None:
    first = an.question_from_enquiry(session, ehcp, "Why still red?", "persistent_red")
    again = an.question_from_enquiry(session, ehcp, "Why still red?", "persistent_red")
    assert (again.id, len(an.list_questions(session))) == (first.id, 1)


def test_question_from_enquiry_reuses_last_addressee(session: Session, ehcp: int) -> None:
    an.add_question(session, ehcp, "Earlier", addressed_to="Director of Education")
    question = an.question_from_enquiry(session, ehcp, "Why still red?", "persistent_red")
    assert question.addressed_to == "Director of Education"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, int]]:
    """One store for every generated example (each example adds its own question)."""
    with store_session(tmp_path_factory.mktemp("moves")) as session:
        yield session, make_indicator(session, "CS01", "EHCPs")


@settings(max_examples=60, deadline=None)
@given(moves=st.lists(st.sampled_from(QUESTION_STATUSES), max_size=8))
def test_no_sequence_of_moves_breaks_the_lifecycle(
    shared: tuple[Session, int], moves: list[str]
) -> None:
    session, indicator = shared
    question = an.add_question(session, indicator, "Why?")
    for move in moves:
        before = question.status
        try:
            question = an.set_question_status(session, question.id, move, answer="Because")
        except an.AnnotationError:
            assert move not in an.QUESTION_MOVES[before] and move != before
        assert before not in an.CLOSED_QUESTION or question.status == before
        assert question.status != "answered" or question.answer
