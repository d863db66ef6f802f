"""Migrations: one head, empty to head, models match, every step reversible, upgrades keep data."""

from __future__ import annotations

import ast
import datetime as dt
import re
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect, select
from sqlalchemy.engine import Connection

import db.store as store_module
from db.models import Base, IndicatorRow, ObservationRow, PeriodRow
from db.store import HEAD_REVISION, SCHEMA_TABLES, Store, alembic_config


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = create_engine(f"sqlite:///{tmp_path / 'migrations.sqlite'}")

    @event.listens_for(made, "connect")
    def _foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    yield made
    made.dispose()


def _migrate(engine: Engine, step: str, target: str) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, step)(config, target)


def _current(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _revisions_oldest_first() -> list[tuple[str, str]]:
    """(revision, what to downgrade to) for every revision, from the first to head."""
    script = ScriptDirectory.from_config(alembic_config())
    steps = []
    for revision in script.walk_revisions("base", "heads"):
        down = revision.down_revision
        assert down is None or isinstance(down, str), "no merge revisions expected"
        steps.append((revision.revision, down or "base"))
    return list(reversed(steps))


def test_there_is_a_single_head_and_the_store_knows_it() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [HEAD_REVISION]


def test_the_store_checks_for_every_table_of_the_models() -> None:
    # opening a store compares its tables with this list, without importing the models
    assert set(Base.metadata.tables) == SCHEMA_TABLES


def test_upgrade_from_empty_to_head(engine: Engine) -> None:
    _migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        assert _current(conn) == HEAD_REVISION
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())


def test_models_match_migrations(engine: Engine) -> None:
    _migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_constraints_have_conventional_names(engine: Engine) -> None:
    _migrate(engine, "upgrade", "head")
    with engine.connect() as conn:
        foreign_keys = inspect(conn).get_foreign_keys("observation")
        uniques = inspect(conn).get_unique_constraints("observation")
    assert {fk["name"] for fk in foreign_keys} == {
        "fk_observation_indicator_id_indicator",
        "fk_observation_period_id_period",
        "fk_observation_import_id_scorecard_import",
    }
    assert [u["name"] for u in uniques] == ["uq_observation_indicator_id_period_id"]


@pytest.mark.parametrize(("revision", "down_to"), _revisions_oldest_first())
def test_every_revision_goes_down_and_up_again(engine: Engine, revision: str, down_to: str) -> None:
    _migrate(engine, "upgrade", revision)
    _migrate(engine, "downgrade", down_to)
    with engine.connect() as conn:
        assert _current(conn) == (None if down_to == "base" else down_to)
    _migrate(engine, "upgrade", revision)
    with engine.connect() as conn:
        assert _current(conn) == revision


def test_downgrade_to_base_removes_every_table(engine: Engine) -> None:
    _migrate(engine, "upgrade", "head")
    _migrate(engine, "downgrade", "base")
    with engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == {"alembic_version"}


# A later revision that rebuilds the indicator table (as batch mode does on SQLite), used to
# check that an upgrade at open keeps a copy of the old file and loses no rows on the way.
PROBE_REVISION = '''"""Add a probe column by rebuilding the indicator table."""

import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("probe", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator", recreate="always") as batch_op:
        batch_op.drop_column("probe")
'''


@pytest.fixture
def old_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store at today's head holding one indicator with an observation; then a newer program."""
    path = tmp_path / "data" / "scrutineer.sqlite"
    path.parent.mkdir()
    with Store.open(path) as store, store.session() as session:
        session.add(IndicatorRow(id=1, code="CS1", name="Attendance", name_key="attendance"))
        session.add(
            PeriodRow(
                id=1,
                label="2024/25",
                start=dt.date(2024, 4, 1),
                end=dt.date(2025, 3, 31),
                kind="financial_year",
            )
        )
        session.flush()
        session.add(ObservationRow(indicator_id=1, period_id=1, actual=91.5))
    newer = tmp_path / "migrations"
    shutil.copytree(
        store_module.MIGRATIONS_DIR, newer, ignore=shutil.ignore_patterns("__pycache__")
    )
    (newer / "versions" / "9001_probe.py").write_text(PROBE_REVISION.format(head=HEAD_REVISION))
    monkeypatch.setattr(store_module, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(store_module, "HEAD_REVISION", "9001")
    return path


def test_open_upgrades_an_older_store(old_store: Path) -> None:
    with Store.open(old_store) as store:
        assert store.revision() == "9001"
    with sqlite3.connect(old_store) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(indicator)")}
    assert "probe" in columns


def test_upgrade_keeps_rows_of_tables_that_are_rebuilt(old_store: Path) -> None:
    with Store.open(old_store) as store, store.read_session() as session:
        actuals = session.scalars(select(ObservationRow.actual)).all()
    assert actuals == [91.5]


def test_upgrade_first_copies_the_old_store_aside(old_store: Path) -> None:
    Store.open(old_store).close()
    (copy,) = (old_store.parent / "backups").glob("*.sqlite")
    assert re.fullmatch(
        rf"scrutineer-\d{{14}}-before-upgrade-from-{HEAD_REVISION}\.sqlite", copy.name
    )
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
        assert conn.execute("SELECT actual FROM observation").fetchall() == [(91.5,)]


def test_opening_an_upgraded_store_again_copies_nothing_more(old_store: Path) -> None:
    Store.open(old_store).close()
    Store.open(old_store).close()
    assert len(list((old_store.parent / "backups").glob("*before-upgrade*"))) == 1


def test_restore_of_an_older_backup_upgrades_it(old_store: Path, tmp_path: Path) -> None:
    backup = tmp_path / "older-backup.sqlite"
    shutil.copyfile(old_store, backup)
    store_module.restore(old_store, backup)
    with Store.open(old_store) as store:
        assert store.revision() == "9001"


def test_new_revision_template_renders_an_empty_migration_at_head(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "scripts"
    shutil.copytree(
        store_module.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__")
    )
    monkeypatch.setattr(store_module, "MIGRATIONS_DIR", scripts)
    _migrate(engine, "upgrade", "head")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.revision(config, message="nothing to do", autogenerate=True, rev_id="9999")
    (written,) = (scripts / "versions").glob("9999_*.py")
    module = ast.parse(written.read_text())
    functions = {node.name: node for node in module.body if isinstance(node, ast.FunctionDef)}
    assert all(isinstance(stmt, ast.Pass) for stmt in functions["upgrade"].body)
    assert all(isinstance(stmt, ast.Pass) for stmt in functions["downgrade"].body)
    namespace: dict[str, object] = {}
    exec(compile(module, str(written), "exec"), namespace)
    assert namespace["down_revision"] == HEAD_REVISION
