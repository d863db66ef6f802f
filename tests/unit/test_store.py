"""Opening the store: creation, pragmas, file mode, refusals, sessions and locking."""

from __future__ import annotations

import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from db.models import SettingRow
from db.store import (
    HEAD_REVISION,
    NotAStore,
    Store,
    StoreError,
    StoreLocked,
    StoreTooNew,
    translate_error,
)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "scrutineer.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = Store.open(store_path)
    yield opened
    opened.close()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_open_creates_a_new_store_at_head(store: Store, store_path: Path) -> None:
    assert store.revision() == HEAD_REVISION
    assert {"indicator", "observation", "question", "alembic_version"} <= _tables(store_path)


def test_new_store_file_is_private(store: Store, store_path: Path) -> None:
    assert _mode(store_path) == 0o600


def test_open_leaves_the_mode_of_an_existing_file_alone(store_path: Path) -> None:
    Store.open(store_path).close()
    store_path.chmod(0o640)
    Store.open(store_path).close()
    assert _mode(store_path) == 0o640


def test_sessions_use_wal_and_foreign_keys(store: Store) -> None:
    with store.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_busy_timeout_follows_wait_seconds(store_path: Path) -> None:
    with Store.open(store_path, wait_seconds=2.5) as store, store.session() as session:
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 2500


def test_open_upgrades_an_empty_file(store_path: Path) -> None:
    store_path.touch()
    with Store.open(store_path) as store:
        assert store.revision() == HEAD_REVISION
    assert list(store_path.parent.glob("backups/*before-upgrade*")) == []


def test_reopening_an_up_to_date_store_keeps_its_data(store_path: Path) -> None:
    with Store.open(store_path) as store, store.session() as session:
        session.add(SettingRow(key="tolerance", value="5"))
    with Store.open(store_path) as store, store.session() as session:
        assert session.get(SettingRow, "tolerance") is not None
    assert list(store_path.parent.glob("backups/*before-upgrade*")) == []


def test_open_needs_an_existing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing" / "scrutineer.sqlite")


def test_a_folder_in_place_of_the_store_is_refused(store_path: Path) -> None:
    store_path.mkdir()
    with pytest.raises(StoreError, match="not a file") as refused:
        Store.open(store_path)
    assert refused.value.exit_code == 1


def test_text_file_is_not_a_store(store_path: Path) -> None:
    store_path.write_text("Portfolio,Code,Actual\nHousing,H1,12\n")
    with pytest.raises(NotAStore) as refused:
        Store.open(store_path)
    assert refused.value.exit_code == 1
    assert store_path.read_text().startswith("Portfolio")


def test_other_sqlite_database_is_not_a_store(store_path: Path) -> None:
    with sqlite3.connect(store_path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(NotAStore):
        Store.open(store_path)
    assert _tables(store_path) == {"recipes"}


def test_store_from_a_newer_program_is_refused(store_path: Path) -> None:
    Store.open(store_path).close()
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfacef00d'")
    with pytest.raises(StoreTooNew, match="update Scrutineer or restore a backup") as refused:
        Store.open(store_path)
    assert refused.value.exit_code == 3
    assert list(store_path.parent.glob("backups/*before-upgrade*")) == []


def test_error_messages_are_one_line_saying_what_to_do(store_path: Path) -> None:
    store_path.write_bytes(b"\x00\x01garbage")
    with pytest.raises(NotAStore) as refused:
        Store.open(store_path)
    message = str(refused.value)
    assert "\n" not in message
    assert " — " in message


def test_session_commits_on_success(store: Store) -> None:
    with store.session() as session:
        session.add(SettingRow(key="a", value="1"))
    with store.session() as session:
        row = session.get(SettingRow, "a")
        assert row is not None and row.value == "1"


def test_session_rolls_back_on_error(store: Store) -> None:
    with pytest.raises(ValueError), store.session() as session:
        session.add(SettingRow(key="a", value="1"))
        session.flush()
        raise ValueError("stop")
    with store.session() as session:
        assert session.get(SettingRow, "a") is None


def test_rows_stay_readable_after_the_session(store: Store) -> None:
    with store.session() as session:
        row = SettingRow(key="a", value="1")
        session.add(row)
    assert row.value == "1"


def test_writer_waits_for_another_writer_then_reports_locked(store_path: Path) -> None:
    store = Store.open(store_path, wait_seconds=0.5)
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    try:
        with pytest.raises(StoreLocked) as refused, store.session() as session:
            session.add(SettingRow(key="a", value="1"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()
    assert time.monotonic() - started >= 0.45
    assert refused.value.exit_code == 3


def test_reader_is_not_blocked_by_a_writer(store: Store, store_path: Path) -> None:
    with store.session() as session:
        session.add(SettingRow(key="a", value="1"))
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE setting SET value = '2'")
    try:
        with store.read_session() as session:
            assert session.execute(text("SELECT value FROM setting")).scalar() == "1"
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_store_opens_and_reads_while_another_process_writes(store_path: Path) -> None:
    Store.open(store_path).close()
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO setting (key, value) VALUES ('a', '1')")
    try:
        with Store.open(store_path, wait_seconds=0.2) as store, store.read_session() as session:
            assert session.execute(text("SELECT count(*) FROM setting")).scalar() == 0
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_store_can_write_again_after_the_lock_is_released(store_path: Path) -> None:
    with Store.open(store_path, wait_seconds=0.2) as store:
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreLocked), store.session() as session:
            session.add(SettingRow(key="a", value="1"))
        other.execute("ROLLBACK")
        other.close()
        with store.session() as session:
            session.add(SettingRow(key="a", value="2"))
        with store.read_session() as session:
            assert session.execute(text("SELECT value FROM setting")).scalar() == "2"


@pytest.mark.parametrize(
    ("message", "advice"),
    [
        ("database is locked", "wait for it to finish"),
        ("database or disk is full", "free some space"),
        ("attempt to write a readonly database", "check the file's permissions"),
        ("database disk image is malformed", "restore a backup"),
        ("unable to open database file", "can be read and written"),
    ],
)
def test_database_errors_become_advice(store_path: Path, message: str, advice: str) -> None:
    error = translate_error(store_path, sqlite3.OperationalError(message))
    assert error is not None and advice in str(error)


def test_other_database_errors_stay_bugs(store_path: Path) -> None:
    assert translate_error(store_path, sqlite3.OperationalError("no such column: x")) is None
