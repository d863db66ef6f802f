"""A sync cut off midway or a server that is down: nothing half-applied on either side."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from db.store import Store
from desktop import paths
from desktop.team import sync as team_sync
from tests.helpers import scorecards
from tests.helpers.corpus import REPO
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster


def _server(cluster: Cluster, database: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(
        cluster.url("postgres", database), poolclass=NullPool, isolation_level="AUTOCOMMIT"
    )
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql))
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def _local(laptop: Laptop, sql: str) -> list[tuple[object, ...]]:
    with Store.open(paths.store_path(laptop.dir)) as store, store.read_session() as session:
        return [tuple(r) for r in session.execute(text(sql))]


@pytest.fixture
def pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> tuple[Laptop, Laptop]:
    admin, officer, member = (Laptop(tmp_path, n, capsys) for n in ("admin", "officer", "alice"))
    set_up_team(cluster, team_db, admin, [(officer, "officer", []), (member, "alice", [])])
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    return officer, member


def test_server_down_exits_3_and_leaves_the_store_untouched(
    tmp_path: Path, pair: tuple[Laptop, Laptop]
) -> None:
    officer, _ = pair
    nowhere = tmp_path / "no-server"
    nowhere.mkdir()
    with Store.open(paths.store_path(officer.dir)) as store:
        team_sync.link(store, f"postgresql+psycopg://officer@/team?host={nowhere}", "officer")
    exported = officer.export()
    code, out, err = officer.run("sync", "--json")
    assert (code, out) == (3, "")
    assert err.startswith("error: cannot reach the team store") and err.count("\n") == 1
    assert "Traceback" not in err
    assert officer.export() == exported
    assert _local(officer, "SELECT count(*) FROM sync_record WHERE dirty = 0") == [(0,)]


def test_a_pull_interrupted_midway_applies_nothing_then_completes(
    pair: tuple[Laptop, Laptop],
) -> None:
    officer, member = pair
    officer.sync()
    empty = member.export()

    def cut(index: int) -> None:
        if index == 5:
            raise KeyboardInterrupt

    with Store.open(paths.store_path(member.dir)) as store, pytest.raises(KeyboardInterrupt):
        team_sync.sync(store, None, on_pull_record=cut)
    assert member.export() == empty
    assert _local(member, "SELECT value FROM sync_state WHERE key = 'pulled_seq'") == [("0",)]
    member.sync()
    assert member.export()["indicators"] == officer.export()["indicators"]


def test_a_push_lost_before_it_was_noted_here_is_not_sent_twice(
    cluster: Cluster, team_db: str, pair: tuple[Laptop, Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, member = pair

    def line_drops(*_args: object) -> None:
        raise ConnectionResetError("the line dropped")

    monkeypatch.setattr(team_sync, "_remember_push", line_drops)
    with Store.open(paths.store_path(officer.dir)) as store, pytest.raises(ConnectionResetError):
        team_sync.sync(store, None)
    monkeypatch.undo()
    stored = _server(cluster, team_db, "SELECT count(*), max(revision) FROM scrutineer.record")
    assert stored[0][1] == 1
    again = officer.sync()
    assert again["pushed"] == stored[0][0] and again["conflicts"] == []
    assert _server(cluster, team_db, "SELECT count(*), max(revision) FROM scrutineer.record") == (
        stored
    )
    assert _local(officer, "SELECT count(*) FROM sync_record WHERE dirty = 1") == [(0,)]
    member.sync()
    assert member.export()["indicators"] == officer.export()["indicators"]


def test_a_sync_killed_during_its_push_leaves_both_sides_as_they_were(
    cluster: Cluster, team_db: str, pair: tuple[Laptop, Laptop]
) -> None:
    officer, member = pair
    # the server stalls half-way through the push: some rows are written, none committed
    _server(
        cluster,
        team_db,
        "CREATE FUNCTION public.stall() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.kind = 'observation' THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$; "
        "CREATE TRIGGER stall BEFORE INSERT ON scrutineer.record FOR EACH ROW "
        "EXECUTE FUNCTION public.stall()",
    )
    env = {**os.environ, "SCRUTINEER_DATA_DIR": str(officer.dir)}
    child = subprocess.Popen(
        [sys.executable, str(REPO / "main.py"), "sync"], env=env, cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'"
        for _ in range(300):
            if _server(cluster, team_db, waiting)[0][0]:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the push never reached the server")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    # the server notices a lost client only when it next talks to it: end the session now
    _server(
        cluster, team_db,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event = 'PgSleep'",
    )  # fmt: skip
    _server(cluster, team_db, "DROP TRIGGER stall ON scrutineer.record")
    assert _server(cluster, team_db, "SELECT count(*) FROM scrutineer.record") == [(0,)]
    assert _local(officer, "SELECT count(*) FROM sync_record WHERE dirty = 0") == [(0,)]
    first = officer.sync()
    assert first["pushed"] > 0
    member.sync()
    assert member.export()["indicators"] == officer.export()["indicators"]
