"""An indicator's history: scorecard figures, notes, questions and actions in date order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from db.models import IndicatorRow
from desktop import annotations as an
from tests.unit.annotation_helpers import make_indicator, make_quarter, observe, store_session


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    with store_session(tmp_path) as s:
        yield s


@pytest.fixture
def ehcp(session: Session) -> int:
    return make_indicator(session, "CS01", "EHCPs issued within 20 weeks")


def _quarter(session: Session, label: str, start: dt.date) -> int:
    end = (start.replace(day=1) + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
    return make_quarter(session, label, start, end)


def _reimport(session: Session, indicator_id: int, new_name: str) -> None:
    """What a newer scorecard does: same code keeps the id, figures replaced, name updated."""
    row = session.get(IndicatorRow, indicator_id)
    assert row is not None
    row.name = new_name
    session.flush()


def test_history_is_in_date_order_across_kinds(session: Session, ehcp: int) -> None:
    q1 = _quarter(session, "Q1 2024/25", dt.date(2024, 4, 1))
    observe(session, ehcp, q1, 46.8, 70.0, "red", "Demand has risen.")
    june = an.add_meeting(
        session, "CSOSC June 2024", committee="CSOSC", held_on=dt.date(2024, 7, 10)
    )
    an.add_question(session, ehcp, "Why late?", meeting_id=june.id)
    an.add_action(session, "Report back", indicator_id=ehcp, meeting_id=june.id)
    kinds = [e.kind for e in an.indicator_history(session, ehcp)]
    assert kinds == ["scorecard", "question", "action"]


def test_history_tells_when_asked_and_what_the_answer_was(session: Session, ehcp: int) -> None:
    june = an.add_meeting(session, "CSOSC", committee="CSOSC", held_on=dt.date(2024, 6, 12))
    question = an.add_question(session, ehcp, "Why late?", meeting_id=june.id, status="asked")
    an.set_question_status(
        session,
        question.id,
        "answered",
        answer="Assessments rose by 27%",
        answered_at=dt.datetime(2024, 9, 18),
    )
    (entry,) = an.indicator_history(session, ehcp)
    assert entry.text == (
        "Asked at CSOSC in June 2024: Why late? — answer was (September 2024): "
        "Assessments rose by 27%"
    )


def test_history_shows_scorecard_figure_rag_and_commentary(session: Session, ehcp: int) -> None:
    q1 = _quarter(session, "Q1 2025/26", dt.date(2025, 4, 1))
    observe(session, ehcp, q1, 53.8, 70.0, "red", "50 of 93 plans on time.")
    (entry,) = an.indicator_history(session, ehcp)
    assert entry.text == (
        "Scorecard Q1 2025/26: 53.8% against a target of 70% (Red). "
        "Officers said: 50 of 93 plans on time."
    )


def test_history_writes_a_figure_as_the_window_and_the_briefing_do(
    session: Session, ehcp: int
) -> None:
    """Not its own rounding: "18.75 days" with its unit, as the detail pane says it."""
    from desktop.wording import format_value

    row = session.get(IndicatorRow, ehcp)
    assert row is not None
    row.unit = "days"
    q1 = _quarter(session, "Q1 2025/26", dt.date(2025, 4, 1))
    observe(session, ehcp, q1, 18.75, 16.0, "red")
    (entry,) = an.indicator_history(session, ehcp)
    assert entry.text.startswith(
        f"Scorecard Q1 2025/26: {format_value(18.75, 'days')} against a target of "
        f"{format_value(16.0, 'days')}"
    )
    assert entry.text.startswith("Scorecard Q1 2025/26: 18.75 days against a target of 16 days")


def test_annotations_stay_attached_after_reimport_with_new_name(
    session: Session, ehcp: int
) -> None:
    q1 = _quarter(session, "Q1 2024/25", dt.date(2024, 4, 1))
    observe(session, ehcp, q1, 46.8, 70.0, "red")
    an.add_note(session, ehcp, "Backlog of conversions")
    an.add_question(session, ehcp, "Why late?")
    _reimport(session, ehcp, "New EHC plans issued within 20 weeks (excluding exceptions)")
    kinds = sorted(e.kind for e in an.indicator_history(session, ehcp))
    assert kinds == ["note", "question", "scorecard"]


def test_history_shows_revised_figure_after_reimport(session: Session, ehcp: int) -> None:
    q1 = _quarter(session, "Q1 2024/25", dt.date(2024, 4, 1))
    observe(session, ehcp, q1, 46.8, 70.0, "red")
    observe(session, ehcp, q1, 48.2, 70.0, "red")  # the newer scorecard revised it
    (entry,) = [e for e in an.indicator_history(session, ehcp) if e.kind == "scorecard"]
    assert entry.text.startswith("Scorecard Q1 2024/25: 48.2%")


def test_reimport_adds_new_quarter_after_earlier_annotations(session: Session, ehcp: int) -> None:
    q1 = _quarter(session, "Q1 2024/25", dt.date(2024, 4, 1))
    observe(session, ehcp, q1, 46.8, 70.0, "red")
    july = an.add_meeting(session, "CSOSC July", committee="CSOSC", held_on=dt.date(2024, 7, 10))
    an.add_question(session, ehcp, "Why late?", meeting_id=july.id)
    q2 = _quarter(session, "Q2 2024/25", dt.date(2024, 7, 1))
    observe(session, ehcp, q2, 49.2, 70.0, "red")
    labels = [(e.kind, e.period) for e in an.indicator_history(session, ehcp)]
    assert labels == [
        ("scorecard", "Q1 2024/25"),
        ("question", None),
        ("scorecard", "Q2 2024/25"),
    ]


def test_exempt_material_left_out_of_history_when_asked(session: Session, ehcp: int) -> None:
    an.add_note(session, ehcp, "Names a child", exempt=True)
    an.add_note(session, ehcp, "Public")
    texts = [e.text for e in an.indicator_history(session, ehcp, include_exempt=False)]
    assert len(texts) == 1 and texts[0].endswith("Public")


def test_history_of_exempt_indicator_is_empty_without_exempt(session: Session) -> None:
    part2 = make_indicator(session, "CS17", "Unregistered placements", exempt=True)
    an.add_question(session, part2, "Which provider?")
    assert an.indicator_history(session, part2, include_exempt=False) == []


def test_action_history_names_the_meeting_it_is_due_at(session: Session, ehcp: int) -> None:
    sept = an.add_meeting(
        session, "CSOSC September", committee="CSOSC", held_on=dt.date(2024, 9, 18)
    )
    jan = an.add_meeting(session, "CSOSC January", committee="CSOSC", held_on=dt.date(2025, 1, 22))
    an.add_action(
        session,
        "Update on the external review",
        indicator_id=ehcp,
        meeting_id=sept.id,
        owner="Director of Education",
        due_meeting_id=jan.id,
    )
    (entry,) = an.indicator_history(session, ehcp)
    assert entry.text == (
        "Action agreed at CSOSC September in September 2024 (Director of Education): "
        "Update on the external review — due at CSOSC January [open]"
    )
