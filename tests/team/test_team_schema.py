"""The team schema's own migrations, and grants that change after records were pulled."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from db.store import Store
from desktop import paths
from desktop.team import server
from tests.helpers import scorecards
from tests.team.helpers import Laptop, set_up_team
from tests.team.pg import Cluster


def test_the_team_schema_goes_down_and_up_again(cluster: Cluster, team_db: str) -> None:
    with server.connect(server.parse_url(cluster.url("postgres", team_db)), None) as conn:
        head = server.create_or_upgrade(conn)
        config = server.alembic_config()
        assert isinstance(config, Config)
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.commit()
        tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'scrutineer'"
        assert conn.execute(text(tables)).scalar() == 1  # alembic_version alone
        assert server.create_or_upgrade(conn) == head
        assert server.schema_revision(conn) == head
        assert conn.execute(text(tables)).scalar() == 5


def test_a_part2_grant_brings_in_what_was_held_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> None:
    admin, officer, member = (Laptop(tmp_path, n, capsys) for n in ("admin", "officer", "alice"))
    set_up_team(cluster, team_db, admin, [(officer, "officer", ["--part2"]), (member, "alice", [])])
    officer.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    with Store.open(paths.store_path(officer.dir)) as store, store.session() as session:
        session.execute(text("UPDATE indicator SET exempt = 1 WHERE code = 'AS1'"))
    officer.sync()
    member.sync()
    codes = {i["code"] for i in member.export("--include-exempt")["indicators"]}
    assert "AS1" not in codes
    admin.ok("team", "member", "alice", "--part2")
    member.sync()
    exported = member.export("--include-exempt")["indicators"]
    assert exported == officer.export("--include-exempt")["indicators"]


def test_a_database_owner_who_may_create_roles_runs_the_team_as_the_guide_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster
) -> None:
    engine = cluster.admin()
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles"
                " WHERE rolname = 'scrutiny_admin') THEN"
                " CREATE ROLE scrutiny_admin LOGIN CREATEROLE; END IF; END $$"
            )
            conn.exec_driver_sql("DROP DATABASE IF EXISTS scrutiny")
            conn.exec_driver_sql("CREATE DATABASE scrutiny OWNER scrutiny_admin")
    finally:
        engine.dispose()
    admin, member = Laptop(tmp_path, "admin", capsys), Laptop(tmp_path, "member", capsys)
    admin.ok("team", "create", cluster.url("scrutiny_admin", "scrutiny"))
    admin.ok("team", "join", cluster.url("scrutiny_admin", "scrutiny"))
    admin.ok("team", "member", "cllr_jones", "--committee", "Children's Scrutiny")
    member.ok("team", "join", cluster.url("cllr_jones", "scrutiny"))
    member.ok("import", str(scorecards.wide_quarters(tmp_path / "q4.xlsx")))
    assert member.sync()["pushed"] > 0
    assert admin.sync()["pulled"] > 0
