"""Backing the store up and restoring it: consistent copies, refusals that change nothing."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from db.models import SettingRow
from db.store import NotAStore, Store, StoreError, StoreLocked, StoreTooNew, restore


def _store_with(path: Path, value: str) -> Path:
    with Store.open(path) as store, store.session() as session:
        session.merge(SettingRow(key="marker", value=value))
    return path


def _marker(path: Path) -> str | None:
    with Store.open(path) as store, store.read_session() as session:
        row = session.get(SettingRow, "marker")
        return None if row is None else row.value


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder / "scrutineer.sqlite"


def test_backup_is_a_readable_store_with_the_same_content(store_path: Path, tmp_path: Path) -> None:
    _store_with(store_path, "before")
    with Store.open(store_path) as store:
        store.backup(tmp_path / "copy.sqlite")
    assert _marker(tmp_path / "copy.sqlite") == "before"


def test_backup_is_private(store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path) as store:
        store.backup(tmp_path / "copy.sqlite")
    assert _mode(tmp_path / "copy.sqlite") == 0o600


def test_backup_is_one_self_contained_file(store_path: Path, tmp_path: Path) -> None:
    _store_with(store_path, "before")
    with Store.open(store_path) as store:
        store.backup(tmp_path / "copy.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite", "data"]
    with sqlite3.connect(tmp_path / "copy.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_includes_uncheckpointed_writes(store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path) as store:
        with store.session() as session:
            session.add(SettingRow(key="marker", value="in the log"))
        assert Path(f"{store_path}-wal").exists()
        store.backup(tmp_path / "copy.sqlite")
    assert _marker(tmp_path / "copy.sqlite") == "in the log"


def test_backup_replaces_an_existing_file_whole(store_path: Path, tmp_path: Path) -> None:
    dest = tmp_path / "copy.sqlite"
    dest.write_text("old contents")
    _store_with(store_path, "new")
    with Store.open(store_path) as store:
        store.backup(dest)
    assert _marker(dest) == "new"


def test_backup_into_a_missing_folder_is_refused(store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path) as store, pytest.raises(StoreError, match="does not exist"):
        store.backup(tmp_path / "nowhere" / "copy.sqlite")


def test_backup_onto_the_store_itself_is_refused(store_path: Path) -> None:
    _store_with(store_path, "current")
    with Store.open(store_path) as store, pytest.raises(StoreError, match="the store itself"):
        store.backup(store_path)
    assert _marker(store_path) == "current"


def test_restore_swaps_in_the_backup(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    _store_with(store_path, "current")
    restore(store_path, backup)
    assert _marker(store_path) == "from backup"


def test_restore_keeps_the_old_store_aside(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    _store_with(store_path, "current")
    aside = restore(store_path, backup)
    assert aside is not None and aside.parent == store_path.parent / "backups"
    assert aside.name.endswith("-before-restore.sqlite")
    assert _marker(aside) == "current"
    assert _mode(aside) == 0o600


def test_restored_store_is_private(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    backup.chmod(0o644)
    restore(store_path, backup)
    assert _mode(store_path) == 0o600


def test_restore_without_a_current_store_keeps_nothing_aside(
    store_path: Path, tmp_path: Path
) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    assert restore(store_path, backup) is None
    assert _marker(store_path) == "from backup"


def test_restore_leaves_the_backup_untouched(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    before = backup.read_bytes()
    restore(store_path, backup)
    assert backup.read_bytes() == before


def test_restore_drops_the_old_write_ahead_log(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    _store_with(store_path, "current")
    Path(f"{store_path}-wal").write_bytes(b"stale log of the old store")
    restore(store_path, backup)
    assert not Path(f"{store_path}-wal").exists()
    assert _marker(store_path) == "from backup"


def _text_file(path: Path) -> None:
    path.write_text("Code,Name\nCS1,Pupils\n")


def _damaged_sqlite(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER)")
    conn.commit()
    conn.close()


def _empty_sqlite(path: Path) -> None:
    sqlite3.connect(path).close()
    path.touch()


@pytest.mark.parametrize("make_source", [_text_file, _damaged_sqlite, _other_sqlite, _empty_sqlite])
def test_restore_of_a_non_store_is_refused_and_changes_nothing(
    store_path: Path, tmp_path: Path, make_source: Callable[[Path], None]
) -> None:
    source = tmp_path / "not-a-store.sqlite"
    make_source(source)
    _store_with(store_path, "current")
    before = store_path.read_bytes()
    with pytest.raises(NotAStore) as refused:
        restore(store_path, source)
    assert refused.value.exit_code == 1
    assert store_path.read_bytes() == before
    assert sorted(p.name for p in store_path.parent.iterdir()) == ["scrutineer.sqlite"]


def test_restore_of_a_newer_store_is_refused(store_path: Path, tmp_path: Path) -> None:
    newer = _store_with(tmp_path / "newer.sqlite", "newer")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfacef00d'")
    _store_with(store_path, "current")
    before = store_path.read_bytes()
    with pytest.raises(StoreTooNew):
        restore(store_path, newer)
    assert store_path.read_bytes() == before


def test_restore_of_a_missing_file_is_refused(store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist") as refused:
        restore(store_path, tmp_path / "missing.sqlite")
    assert refused.value.exit_code == 1


def test_restore_while_another_process_writes_is_refused(store_path: Path, tmp_path: Path) -> None:
    backup = _store_with(tmp_path / "backup.sqlite", "from backup")
    _store_with(store_path, "current")
    other = sqlite3.connect(store_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE setting SET value = 'being written'")
    try:
        with pytest.raises(StoreLocked) as refused:
            restore(store_path, backup, wait_seconds=0.3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert refused.value.exit_code == 3
    assert _marker(store_path) == "current"
    assert list(store_path.parent.glob("backups/*before-restore*")) == []
