"""Connections to the team's PostgreSQL database: opening, schema upgrades, members."""

from __future__ import annotations

import getpass
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.pool import NullPool

from desktop.errors import UserError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "db" / "team_migrations"
SCHEMA = "scrutineer"
MEMBER_GROUP = "scrutineer_member"
CONNECT_TIMEOUT = 5  # seconds; a server that does not answer is "down", not a hang
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,62}$")

PasswordPrompt = Callable[[str], str | None]


class TeamUnreachable(UserError):
    """The server cannot be reached or refuses us: exit 3, nothing local changed."""

    def __init__(self, message: str) -> None:
        super().__init__(message, exit_code=3)


def parse_url(raw: str) -> URL:
    """A team URL (postgresql+psycopg://...), refusing anything that is not PostgreSQL."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise UserError(
            f"'{raw}' is not a database URL — give one like postgresql+psycopg://NAME@HOST/DB", 2
        ) from exc
    if url.get_backend_name() != "postgresql":
        raise UserError(
            f"a team store is a PostgreSQL database, not {url.get_backend_name()}"
            " — give a URL like postgresql+psycopg://NAME@HOST/DB",
            2,
        )
    return url.set(drivername="postgresql+psycopg")


def public_url(url: URL) -> str:
    """The URL as it may be written down: never with a password."""
    return url._replace(password=None).render_as_string(hide_password=False)


def terminal_prompt(who: str) -> str | None:
    """Ask for the database password on the terminal; None when there is no terminal."""
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(f"Password for {who}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def _engine(url: URL) -> Engine:
    return create_engine(
        url,
        poolclass=NullPool,
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "scrutineer"},
    )


def _needs_password(exc: OperationalError) -> bool:
    message = str(exc.orig or exc).lower()
    return "password" in message and ("no password" in message or "authentication" in message)


def _unreachable(url: URL, exc: DBAPIError) -> TeamUnreachable:
    reason = " ".join(str(exc.orig or exc).split())[:200]
    if "password" in reason.lower():
        return TeamUnreachable(
            f"the team store refused the login of {url.username or 'this user'} ({reason})"
            " — put the password in PGPASSWORD or ~/.pgpass, or run this in a terminal to be"
            " asked for it; nothing was changed here"
        )
    where = url.host or (url.query.get("host") or "the local socket")
    return TeamUnreachable(
        f"cannot reach the team store {url.database or ''} on {where} ({reason})"
        " — check the network and the server, then sync again; nothing was changed here"
    )


@contextmanager
def connect(url: URL, prompt: PasswordPrompt | None = terminal_prompt) -> Iterator[Connection]:
    """One connection to the team store. The password comes from the URL, libpq's own places
    (PGPASSWORD, ~/.pgpass) or ``prompt``; it is held in memory for this connection only."""
    engine = _engine(url)
    try:
        try:
            conn = engine.connect()
        except OperationalError as exc:
            password = (
                prompt(url.username or "this user") if prompt and _needs_password(exc) else None
            )
            if not password:
                raise _unreachable(url, exc) from exc
            engine.dispose()
            engine = _engine(url.set(password=password))
            try:
                conn = engine.connect()
            except OperationalError as again:
                raise _unreachable(url, again) from again
        try:
            yield conn
        except OperationalError as exc:
            raise _unreachable(url, exc) from exc
        finally:
            conn.close()
    finally:
        engine.dispose()


def alembic_config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def create_or_upgrade(conn: Connection) -> str:
    """Create the team schema or bring it to the newest revision; return that revision."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = alembic_config()
    assert isinstance(config, Config)
    config.attributes["connection"] = conn
    try:
        command.upgrade(config, "head")
        conn.commit()
    except DBAPIError as exc:
        conn.rollback()
        reason = " ".join(str(exc.orig or exc).split())[:200]
        raise UserError(
            f"cannot create the team schema ({reason}) — run 'team create' as the database's"
            " owner, a role that may create roles (CREATEROLE)",
            1,
        ) from exc
    head = ScriptDirectory.from_config(config).get_current_head()
    return str(head)


def schema_revision(conn: Connection) -> str | None:
    """The team schema's revision; None when there is no team; "" when this login may not
    read it (not a member)."""
    exists = conn.execute(
        text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": SCHEMA}
    ).first()
    if exists is None:
        return None
    try:
        found = conn.execute(text(f"SELECT version_num FROM {SCHEMA}.alembic_version")).scalar()
    except DBAPIError:
        conn.rollback()
        return ""
    return None if found is None else str(found)


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.match(name):
        raise UserError(
            f"'{name}' cannot be a member's name — use letters, digits, '_', '.' or '-'"
            " (it becomes their database login)",
            2,
        )
    return name


def set_member(
    conn: Connection,
    name: str,
    *,
    part2: bool,
    committees: Sequence[str],
    password: str | None = None,
) -> bool:
    """Add or change a member: a login role of its own in the members' group, its Part 2
    access and committees. Returns True when the role was new."""
    from psycopg import sql

    check_role_name(name)
    raw = conn.connection.driver_connection
    ident = sql.Identifier(name)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
    try:
        with raw.cursor() as cur:  # type: ignore[union-attr]
            if not exists:
                cur.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
            cur.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(MEMBER_GROUP), ident))
            if password:
                # hashed here with libpq, so the clear password never reaches the server's logs
                hashed = raw.pgconn.encrypt_password(  # type: ignore[union-attr]
                    password.encode(), name.encode(), b"scram-sha-256"
                ).decode()
                cur.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(hashed)))
        conn.execute(
            text(
                f"INSERT INTO {SCHEMA}.member (name, part2, committees) VALUES (:n, :p, :c) "
                "ON CONFLICT (name) DO UPDATE SET part2 = EXCLUDED.part2, "
                "committees = EXCLUDED.committees"
            ),
            {"n": name, "p": part2, "c": list(committees)},
        )
        conn.commit()
    except DBAPIError as exc:
        conn.rollback()
        reason = " ".join(str(exc.orig or exc).split())[:200]
        raise UserError(
            f"cannot add the member {name} ({reason}) — only the team's owner (a role that may"
            " create roles) can add members",
            1,
        ) from exc
    return not exists


def my_grants(conn: Connection) -> tuple[bool, list[str]] | None:
    """(Part 2, committees) of the connected member; None when not a member of this team."""
    try:
        row = conn.execute(
            text(f"SELECT part2, committees FROM {SCHEMA}.member WHERE name = current_user")
        ).first()
    except DBAPIError:  # this login is not in the members' group
        conn.rollback()
        return None
    return None if row is None else (bool(row[0]), list(row[1] or []))
