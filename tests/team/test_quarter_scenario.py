"""A quarter of a committee on a team store, from the officer's import to the tracker.

The officer imports the scorecard and sets the agenda; three members prepare questions on
their own laptops, offline; all sync; the chair runs the meeting on another laptop with the
meeting-mode functions, recording answers and action points; everyone syncs; the officer
exports the tracker. Nothing is lost, nothing duplicated, and private notes never reach
anyone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from db.store import Store
from desktop import annotation_agenda as agenda
from desktop import annotations as an
from desktop import paths
from tests.helpers import scorecards
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster

MEETING = "Performance Scrutiny, November"
COMMITTEE = "Performance Scrutiny"
AGENDA = ("AS1", "CS2", "EN1")
MEMBERS = ("cllr_ahmed", "cllr_bevan", "cllr_clarke")


def _ids(store: Store) -> dict[str, int]:
    with store.read_session() as session:
        return {c: i for i, c in session.execute(text("SELECT id, code FROM indicator"))}


def _officer_sets_the_agenda(officer: Laptop) -> None:
    with Store.open(paths.store_path(officer.dir)) as store:
        ids = _ids(store)
        with store.session() as session:
            meeting = an.add_meeting(session, MEETING, committee=COMMITTEE)
            for code in AGENDA:
                agenda.add_agenda_item(session, meeting.id, ids[code])


def _chair_runs_the_meeting(chair: Laptop) -> tuple[int, int]:
    """Meeting mode: walk the agenda, record each answer as given, and the actions agreed."""
    answered = actions = 0
    with Store.open(paths.store_path(chair.dir)) as store, store.session() as session:
        (meeting,) = [m for m in an.list_meetings(session) if m.name == MEETING]
        for entry in agenda.agenda(session, meeting.id):
            for question in entry.questions:
                an.set_question_status(session, question.id, "to_raise")
                an.set_question_status(session, question.id, "asked")
                an.set_question_status(
                    session,
                    question.id,
                    "answered",
                    answer=f"Answered at the meeting: {question.text}",
                )
                answered += 1
            an.add_action(
                session, f"Report back on indicator {entry.indicator_id}",
                indicator_id=entry.indicator_id, meeting_id=meeting.id, owner="Head of Service",
            )  # fmt: skip
            actions += 1
    return answered, actions


@pytest.mark.slow
def test_a_quarter_on_a_team_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, officer, chair = (Laptop(tmp_path, n, capsys) for n in ("admin", "officer", "chair"))
    members = [Laptop(tmp_path, n, capsys) for n in MEMBERS]
    grants = ["--committee", COMMITTEE]
    set_up_team(
        cluster, team_db, admin,
        [(officer, "officer", ["--part2", *grants]), (chair, "chair", grants),
         *((m, name, grants) for m, name in zip(members, MEMBERS, strict=True))],
    )  # fmt: skip

    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q2.xlsx")))
    _officer_sets_the_agenda(officer)
    assert officer.sync()["conflicts"] == []

    for member in members:
        member.sync()  # then offline: questions and notes on their own laptop
    for n, member in enumerate(members):
        for code in AGENDA[:2]:
            member.ok("question", code, f"Question {n} on {code}", "--meeting", MEETING)
        member.ok("note", AGENDA[0], f"Private thoughts of member {n}")
        member.ok("note", AGENDA[0], f"For everyone from member {n}", "--shared")
    for member in members:
        assert member.sync()["conflicts"] == []

    chair.sync()
    answered, actions = _chair_runs_the_meeting(chair)
    assert (answered, actions) == (6, 3)
    assert chair.sync()["conflicts"] == []
    for laptop in [*members, officer]:
        assert laptop.sync()["conflicts"] == []

    tracker = tmp_path / "tracker.xlsx"
    officer.ok("export", "--format", "xlsx", "--out", str(tracker))
    book = load_workbook(tracker, read_only=True)
    questions = [r for r in book["Questions"].iter_rows(min_row=2, values_only=True) if r[0]]
    action_rows = [r for r in book["Actions"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(questions) == 6 and len({r[0] for r in questions}) == 6
    assert all(str(r[9]).startswith("Answered at the meeting") for r in questions)
    assert len(action_rows) == 3

    shared = sorted(f"For everyone from member {n}" for n in range(3))
    for laptop in [officer, chair, *members]:
        exported = laptop.export()
        assert len(exported["questions"]) == 6, laptop.dir.name
        assert len(exported["actions"]) == 3
        assert all(q["status"] == "answered" for q in exported["questions"])
        notes = sorted(n["text"] for n in exported["notes"])
        own = [f"Private thoughts of member {i}" for i, m in enumerate(members) if m is laptop]
        assert notes == sorted(shared + own), laptop.dir.name
        assert len(exported["indicators"]) == len(scorecards.WIDE_ROWS)

    admin = cluster.admin(team_db)  # the superuser sees every row the server holds
    try:
        with admin.connect() as conn:
            counted = conn.execute(
                text("SELECT kind, count(*) FROM scrutineer.record GROUP BY kind")
            )
            kinds = {kind: n for kind, n in counted}
            private = conn.execute(
                text("SELECT count(*) FROM scrutineer.record WHERE data->>'text' LIKE 'Private%'")
            ).scalar()
    finally:
        admin.dispose()
    assert private == 0
    assert (kinds["question"], kinds["action_point"], kinds["note"], kinds["meeting"]) == (
        6,
        3,
        3,
        1,
    )
