"""The database password comes from libpq's places or the user, and is never written down."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.team import server
from tests.team.helpers import Laptop
from tests.team.pg import PASSWORD_ROLE, Cluster

SECRET = "correct-horse-battery-staple"


def _everything_written(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def laptop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cluster: Cluster, team_db: str
) -> Laptop:
    with server.connect(server.parse_url(cluster.url("postgres", team_db)), None) as conn:
        server.create_or_upgrade(conn)
        server.set_member(conn, PASSWORD_ROLE, part2=False, committees=[], password=SECRET)
    return Laptop(tmp_path, "member", capsys)


def test_the_password_from_pgpassword_is_used_and_never_stored(
    laptop: Laptop, cluster: Cluster, team_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", SECRET)
    laptop.ok("team", "join", cluster.url(PASSWORD_ROLE, team_db))
    assert laptop.sync() == {"pushed": 0, "pulled": 0, "conflicts": []}
    assert SECRET.encode() not in _everything_written(laptop.dir)


def test_a_password_in_the_url_is_used_once_and_not_kept(
    laptop: Laptop, cluster: Cluster, team_db: str
) -> None:
    url = cluster.url(PASSWORD_ROLE, team_db).replace(
        f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:{SECRET}@"
    )
    out = laptop.ok("team", "join", url)
    assert SECRET not in out
    assert SECRET.encode() not in _everything_written(laptop.dir)
    kept = server.parse_url(laptop.json("team", "status")["team"])
    assert kept.password is None and kept.username == PASSWORD_ROLE


def test_without_a_password_the_sync_says_where_to_put_it(
    laptop: Laptop, cluster: Cluster, team_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", SECRET)
    laptop.ok("team", "join", cluster.url(PASSWORD_ROLE, team_db))
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(laptop.dir / "no-pgpass"))
    code, out, err = laptop.run("sync")
    assert (code, out) == (3, "")
    assert "PGPASSWORD or ~/.pgpass" in err and err.count("\n") == 1
    assert SECRET not in err
