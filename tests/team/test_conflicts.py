"""Two members change the same field offline: the later sync wins, both see it, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from db.store import Store
from desktop import annotations as an
from desktop import paths
from tests.helpers import scorecards
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster


def _question_id(laptop: Laptop) -> int:
    with Store.open(paths.store_path(laptop.dir)) as store, store.read_session() as session:
        return int(session.execute(text("SELECT id FROM question")).scalar_one())


def _answer(laptop: Laptop, answer: str, *, text_too: str | None = None) -> None:
    question = _question_id(laptop)
    with Store.open(paths.store_path(laptop.dir)) as store, store.session() as session:
        an.update_question(session, question, answer=answer)
        if text_too:
            an.update_question(session, question, text=text_too)


@pytest.fixture
def pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> tuple[Laptop, Laptop]:
    admin, chair, clerk = (Laptop(tmp_path, n, capsys) for n in ("admin", "chair", "clerk"))
    set_up_team(cluster, team_db, admin, [(chair, "chair", []), (clerk, "clerk", [])])
    chair.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    chair.ok("question", "AS1", "Why are assessments slower?")
    chair.sync()
    clerk.sync()
    return chair, clerk


def test_the_later_sync_wins_and_both_members_see_the_conflict(
    cluster: Cluster, team_db: str, pair: tuple[Laptop, Laptop]
) -> None:
    chair, clerk = pair
    _answer(chair, "Two vacancies, now filled")
    _answer(clerk, "Vacancies and sickness", text_too="Why are care assessments slower?")
    first = chair.sync()
    assert first["conflicts"] == []
    later = clerk.sync()
    assert [(c["field"], c["kept"], c["other"]) for c in later["conflicts"]] == [
        ("answer", "Vacancies and sickness", "Two vacancies, now filled")
    ]
    seen_by_chair = chair.sync()
    assert [(c["field"], c["kept"], c["other"]) for c in seen_by_chair["conflicts"]] == [
        ("answer", "Vacancies and sickness", "Two vacancies, now filled")
    ]
    status = chair.json("team", "status")
    assert [c["record"] for c in status["conflicts"]] == [later["conflicts"][0]["record"]]
    for laptop in (chair, clerk):
        (question,) = laptop.export()["questions"]
        assert question["answer"] == "Vacancies and sickness"
        assert question["text"] == "Why are care assessments slower?"
    engine = create_engine(cluster.url("postgres", team_db), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            answers = (
                conn.execute(
                    text("SELECT data->>'answer' FROM scrutineer.record_history ORDER BY id")
                )
                .scalars()
                .all()
            )
    finally:
        engine.dispose()
    assert "Two vacancies, now filled" in answers


def test_changes_to_different_fields_merge_without_conflict(pair: tuple[Laptop, Laptop]) -> None:
    chair, clerk = pair
    _answer(chair, "Two vacancies, now filled")
    question = _question_id(clerk)
    with Store.open(paths.store_path(clerk.dir)) as store, store.session() as session:
        an.update_question(session, question, addressed_to="Director of Adult Services")
    chair.sync()
    assert clerk.sync()["conflicts"] == []
    chair.sync()
    for laptop in (chair, clerk):
        (question_out,) = laptop.export()["questions"]
        assert question_out["answer"] == "Two vacancies, now filled"
        assert question_out["addressed_to"] == "Director of Adult Services"


def test_conflicts_leave_the_status_once_seen(pair: tuple[Laptop, Laptop]) -> None:
    from desktop.team import sync as team_sync

    chair, clerk = pair
    _answer(chair, "A")
    _answer(clerk, "B")
    chair.sync()
    clerk.sync()
    assert len(clerk.json("team", "status")["conflicts"]) == 1
    with Store.open(paths.store_path(clerk.dir)) as store:
        assert team_sync.mark_conflicts_seen(store) == 1
    assert clerk.json("team", "status")["conflicts"] == []
