"""A throw-away PostgreSQL cluster on a Unix socket, started from Debian's server binaries."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine
from sqlalchemy.pool import NullPool

SERVER_BINARIES = Path("/usr/lib/postgresql")
PASSWORD_ROLE = "with_password"


def find_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian keeps one per major version)."""
    found = sorted(
        (p.parent for p in SERVER_BINARIES.glob("*/bin/initdb") if (p.parent / "pg_ctl").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    return found[-1] if found else None


@dataclass
class Cluster:
    bindir: Path
    base: Path
    as_user: list[str]

    @property
    def socket_dir(self) -> Path:
        return self.base

    def url(self, user: str, database: str) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def admin(self, database: str = "postgres") -> Engine:
        return create_engine(
            self.url("postgres", database), poolclass=NullPool, isolation_level="AUTOCOMMIT"
        )

    def create_database(self, name: str) -> str:
        engine = self.admin()
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return name

    def _run(self, *args: str) -> None:
        subprocess.run(
            [*self.as_user, *args], check=True, capture_output=True, text=True, timeout=120
        )

    def start(self) -> None:
        data = self.base / "data"
        options = (
            f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options,
            "-l", str(self.base / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "fast",
                  "-w", "stop")  # fmt: skip


def start_cluster() -> Cluster:
    bindir = find_bindir()
    assert bindir is not None
    base = Path(tempfile.mkdtemp(prefix="scrutineer-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as postgres
        account = pwd.getpwnam("postgres")
        os.chown(base, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    os.chmod(base, 0o700)
    cluster = Cluster(bindir, base, as_user)
    cluster._run(
        str(bindir / "initdb"), "-D", str(base / "data"), "-U", "postgres", "-A", "trust",
        "-E", "UTF8", "--no-locale", "--no-sync",
    )  # fmt: skip
    # one login needs its password, so the tests can show where a password is (not) kept
    hba = base / "data" / "pg_hba.conf"
    hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
    cluster.start()
    return cluster


def remove_cluster(cluster: Cluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.base, ignore_errors=True)


def unavailable_reason() -> str | None:
    if find_bindir() is None:
        return (
            "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin"
            " (install the Debian 'postgresql' package: scripts/bootstrap.sh does it as root)"
        )
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root but there is no 'postgres' user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root but 'runuser' is missing to start the server as postgres"
    return None
