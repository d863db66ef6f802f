"""The team subcommands' answers and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import scorecards
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster


@pytest.fixture
def laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Laptop:
    return Laptop(tmp_path, "laptop", capsys)


def _one_error(err: str) -> None:
    assert err.startswith("error: ") and " — " in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_outside_a_team_status_says_so_and_sync_is_a_usage_error(laptop: Laptop) -> None:
    assert laptop.json("team", "status") == {
        "team": None, "member": None, "last_sync": None, "waiting": 0, "conflicts": [],
    }  # fmt: skip
    assert "not in a team" in laptop.ok("team", "status")
    code, _, err = laptop.run("sync")
    assert code == 2
    _one_error(err)


@pytest.mark.parametrize(
    "url",
    ["sqlite:///team.db", "not a url", "mysql://user@host/db"],
    ids=["sqlite", "junk", "mysql"],
)
def test_a_url_that_is_not_postgresql_is_refused(laptop: Laptop, url: str) -> None:
    code, _, err = laptop.run("team", "join", url)
    assert code == 2
    _one_error(err)


def test_joining_a_database_without_a_team_or_as_a_stranger_is_refused(
    laptop: Laptop, cluster: Cluster, team_db: str
) -> None:
    code, _, err = laptop.run("team", "join", cluster.url("postgres", team_db))
    assert code == 1 and "team create" in err
    _one_error(err)
    laptop.ok("team", "create", cluster.url("postgres", team_db))
    assert "up to date" in laptop.ok("team", "create", cluster.url("postgres", team_db))
    code, _, err = laptop.run("team", "join", cluster.url("nobody", team_db))
    assert code == 3 and 'role "nobody" does not exist' in err
    _one_error(err)
    engine = cluster.admin()
    try:
        with engine.connect() as conn:  # a login of the cluster, but not of this team
            conn.exec_driver_sql(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stranger')"
                " THEN CREATE ROLE stranger LOGIN; END IF; END $$"
            )
    finally:
        engine.dispose()
    code, _, err = laptop.run(
        "team", "join", cluster.url("postgres", team_db), "--member", "stranger"
    )
    assert code == 1 and "team member stranger" in err
    _one_error(err)
    assert laptop.json("team", "status")["team"] is None


def test_status_counts_what_waits_and_leave_keeps_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, member = Laptop(tmp_path, "admin", capsys), Laptop(tmp_path, "member", capsys)
    set_up_team(cluster, team_db, admin, [(member, "alice", [])])
    member.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    status = member.json("team", "status")
    assert status["member"] == "alice" and status["last_sync"] is None
    waiting = status["waiting"]
    assert waiting > len(scorecards.WIDE_ROWS)
    assert member.sync()["pushed"] == waiting
    assert member.json("team", "status")["waiting"] == 0
    member.ok("note", "CS1", "Ask about the review backlog")
    assert member.json("team", "status")["waiting"] == 1
    human = member.ok("team", "status")
    assert "changes waiting: 1" in human and "alice" in human
    before = member.export()
    assert "left the team" in member.ok("team", "leave")
    assert member.json("team", "status")["team"] is None
    assert member.export() == before


def test_only_the_owner_adds_members(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, member = Laptop(tmp_path, "admin", capsys), Laptop(tmp_path, "member", capsys)
    set_up_team(cluster, team_db, admin, [(member, "alice", [])])
    code, _, err = member.run("team", "member", "mallory", "--part2")
    assert code == 1 and "owner" in err
    _one_error(err)
    code, _, err = admin.run("team", "member", "bad name; drop table")
    assert code == 2
    _one_error(err)
    assert "changed member alice (Part 2" in admin.ok("team", "member", "alice", "--part2")


def test_rejoining_after_a_restored_server_sends_everything_again_without_duplicates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, member = Laptop(tmp_path, "admin", capsys), Laptop(tmp_path, "member", capsys)
    set_up_team(cluster, team_db, admin, [(member, "alice", [])])
    member.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    first = member.sync()["pushed"]
    member.ok("team", "leave")
    member.ok("team", "join", cluster.url("alice", team_db))
    again = member.sync()
    assert again["pushed"] == first and again["conflicts"] == []
    assert member.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}
