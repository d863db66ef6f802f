"""Who sees what is decided by the server: queries as another member's own role."""

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


def _as_member(cluster: Cluster, name: str, database: str, sql: str) -> list[tuple[object, ...]]:
    """Run ``sql`` on the member's own login, as any client could."""
    engine = create_engine(cluster.url(name, database), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _store(laptop: Laptop) -> Store:
    return Store.open(paths.store_path(laptop.dir))


@pytest.fixture
def team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> dict[str, Laptop]:
    laptops = {n: Laptop(tmp_path, n, capsys) for n in ("admin", "bob", "carol", "dave")}
    set_up_team(
        cluster,
        team_db,
        laptops["admin"],
        [
            (
                laptops["bob"],
                "bob",
                ["--part2", "--committee", "Children", "--committee", "Adults"],
            ),
            (laptops["carol"], "carol", ["--committee", "Children"]),
            (laptops["dave"], "dave", ["--committee", "Adults"]),
        ],
    )
    laptops["bob"].ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    return laptops


def _indicator_id(store: Store, code: str) -> int:
    with store.read_session() as session:
        found = session.execute(text("SELECT id FROM indicator WHERE code = :c"), {"c": code})
        return int(found.scalar_one())


def _mark_exempt(laptop: Laptop, code: str) -> None:
    with _store(laptop) as store:
        indicator = _indicator_id(store, code)
        with store.session() as session:
            session.execute(text("UPDATE indicator SET exempt = 1 WHERE id = :i"), {"i": indicator})
            an.add_question(session, indicator, "What is the legal exposure?")


def _as_member_write(cluster: Cluster, name: str, database: str, sql: str) -> None:
    engine = create_engine(cluster.url(name, database), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def test_a_private_note_never_leaves_the_laptop(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    bob, carol = team["bob"], team["carol"]
    bob.ok("note", "AS1", "Private: the director seemed evasive")
    bob.ok("note", "AS1", "Shared: ask for the vacancy figures", "--shared")
    bob.sync()
    everything = "SELECT data->>'text' FROM scrutineer.record WHERE kind = 'note'"
    admin = cluster.admin(team_db)
    try:
        with admin.connect() as conn:  # the superuser sees every row there is
            assert conn.execute(text(everything)).all() == [
                ("Shared: ask for the vacancy figures",)
            ]
    finally:
        admin.dispose()
    carol.sync()
    assert [n["text"] for n in carol.export()["notes"]] == ["Shared: ask for the vacancy figures"]
    assert len(bob.export()["notes"]) == 2


def test_a_private_note_put_there_by_any_client_is_invisible_to_other_members(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    _as_member_write(
        cluster, "bob", team_db,
        "INSERT INTO scrutineer.record (uid, kind, author, changed_by, revision, seq, data)"
        " VALUES ('note-psql', 'note', 'bob', 'bob', 1, 0,"
        " '{\"text\": \"Written with psql\", \"shared\": false}')",
    )  # fmt: skip
    sql = "SELECT data->>'text' FROM scrutineer.record WHERE kind = 'note'"
    assert _as_member(cluster, "bob", team_db, sql) == [("Written with psql",)]
    assert _as_member(cluster, "carol", team_db, sql) == []
    assert _as_member(cluster, "dave", team_db, sql) == []
    history = "SELECT count(*) FROM scrutineer.record_history"
    assert _as_member(cluster, "carol", team_db, history) == [(0,)]


def test_a_note_no_longer_shared_leaves_the_others_and_stays_here(
    team: dict[str, Laptop],
) -> None:
    bob, carol = team["bob"], team["carol"]
    bob.ok("note", "AS1", "Shared, then thought better of", "--shared")
    bob.sync()
    carol.sync()
    assert len(carol.export()["notes"]) == 1
    with _store(bob) as store, store.session() as session:
        session.execute(text("UPDATE note SET shared = 0"))
    bob.sync()
    carol.sync()
    assert carol.export()["notes"] == []
    assert [n["text"] for n in bob.export()["notes"]] == ["Shared, then thought better of"]
    assert bob.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}


def test_part2_items_reach_only_members_granted_part2(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    bob, carol = team["bob"], team["carol"]
    _mark_exempt(bob, "AS1")
    bob.sync()
    count = (
        "SELECT count(*) FROM scrutineer.record WHERE exempt"
        " AND kind IN ('indicator', 'observation', 'question')"
    )
    assert _as_member(cluster, "bob", team_db, count)[0][0] >= 3
    assert _as_member(cluster, "carol", team_db, count) == [(0,)]
    carol.sync()
    exported = carol.export("--include-exempt")
    assert "AS1" not in {i["code"] for i in exported["indicators"]}
    assert exported["questions"] == []
    assert "AS1" in {i["code"] for i in bob.export("--include-exempt")["indicators"]}


def test_a_member_cannot_pretend_to_be_another(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    from sqlalchemy.exc import ProgrammingError

    sql = (
        "INSERT INTO scrutineer.record (uid, kind, author, changed_by, revision, seq, data) "
        "VALUES ('note-x', 'note', 'bob', 'bob', 1, 0, '{}')"
    )
    engine = create_engine(cluster.url("carol", team_db), poolclass=NullPool)
    try:
        with engine.connect() as conn, pytest.raises(ProgrammingError, match="row-level"):
            conn.execute(text(sql))
    finally:
        engine.dispose()


def test_a_member_sees_only_their_committees_meetings(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    bob = team["bob"]
    with _store(bob) as store, store.session() as session:
        indicator = _indicator_id(store, "CS1")
        children = an.add_meeting(session, "Children June", committee="Children")
        adults = an.add_meeting(session, "Adults June", committee="Adults")
        an.add_question(session, indicator, "For children", meeting_id=children.id)
        an.add_question(session, indicator, "For adults", meeting_id=adults.id)
    bob.sync()
    sql = (
        "SELECT kind, data->>'name', data->>'text' FROM scrutineer.record"
        " WHERE kind IN ('meeting', 'question') ORDER BY 1, 2, 3"
    )
    assert _as_member(cluster, "carol", team_db, sql) == [
        ("meeting", "Children June", None),
        ("question", None, "For children"),
    ]
    assert _as_member(cluster, "dave", team_db, sql) == [
        ("meeting", "Adults June", None),
        ("question", None, "For adults"),
    ]


def test_what_a_member_may_not_share_stays_on_their_laptop_and_the_rest_goes(
    cluster: Cluster, team_db: str, team: dict[str, Laptop]
) -> None:
    bob, carol = team["bob"], team["carol"]
    bob.sync()
    carol.sync()
    carol.ok("question", "CS1", "Who chairs the adults' panel?", "--meeting", "Adults July")
    carol.ok("question", "CS2", "Is the care leavers' figure audited?")
    with _store(carol) as store, store.session() as session:
        session.execute(text("UPDATE meeting SET committee = 'Adults'"))
    out = carol.ok("sync")
    assert "kept here only: 3" in out  # the meeting, its agenda item and the question
    texts = "SELECT data->>'text' FROM scrutineer.record WHERE kind = 'question'"
    assert _as_member(cluster, "bob", team_db, texts) == [("Is the care leavers' figure audited?",)]
    assert carol.json("team", "status")["waiting"] == 0
    assert len(carol.export()["questions"]) == 2
