"""Rolling automatic backups, and temporary files of killed writers swept at the next start."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from db.models import SettingRow
from db.safe_files import TEMP_PREFIX, remove_stale, temp_beside
from db.store import Store, automatic_backup, backups_dir, list_backups, restore


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder / "scrutineer.sqlite"


def _write_marker(path: Path, value: str) -> None:
    with Store.open(path) as store, store.session() as session:
        session.merge(SettingRow(key="marker", value=value))


def _marker(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone()[0])


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_new_store_has_no_backup_yet(store_path: Path) -> None:
    Store.open(store_path).close()
    assert list_backups(store_path) == []


def test_the_first_open_of_a_day_backs_the_store_up(store_path: Path) -> None:
    _write_marker(store_path, "yesterday's work")
    Store.open(store_path).close()
    (daily,) = list_backups(store_path)
    assert daily.reason == "daily"
    assert _marker(daily.path) == "yesterday's work"
    if os.name == "posix":
        assert stat.S_IMODE(daily.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(daily.path.parent.stat().st_mode) == 0o700


def test_later_opens_the_same_day_add_no_backup(store_path: Path) -> None:
    _write_marker(store_path, "x")
    for _ in range(3):
        Store.open(store_path).close()
    assert [b.reason for b in list_backups(store_path)] == ["daily"]


def test_only_the_newest_backups_are_kept(store_path: Path) -> None:
    _write_marker(store_path, "x")
    made = [automatic_backup(store_path, "daily", keep=3) for _ in range(5)]
    kept = [b.path for b in list_backups(store_path)]
    assert len(kept) == 3
    assert set(kept) == set(made[-3:])


def test_a_restore_backs_up_the_store_it_replaces(store_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    _write_marker(other, "from the backup")
    _write_marker(store_path, "current")
    aside = restore(store_path, other)
    assert aside is not None
    assert aside.parent == backups_dir(store_path)
    assert "before-restore" in aside.name
    assert _marker(aside) == "current"
    assert _marker(store_path) == "from the backup"


def test_temporary_files_of_a_dead_writer_are_removed_at_open(store_path: Path) -> None:
    Store.open(store_path).close()
    folder = backups_dir(store_path)
    folder.mkdir(exist_ok=True)
    dead = _dead_pid()
    left = [
        store_path.parent / f"{TEMP_PREFIX}{dead}-abc.tmp",
        folder / f"{TEMP_PREFIX}{dead}-def.tmp",
        folder / f"{TEMP_PREFIX}{dead}-def.tmp-wal",  # SQLite's own, beside a killed copy
    ]
    for path in left:
        path.write_bytes(b"half a copy")
    Store.open(store_path).close()
    assert not any(path.exists() for path in left)


def test_temporary_files_of_a_running_writer_are_kept(tmp_path: Path) -> None:
    mine = temp_beside(tmp_path / "export.json")
    assert remove_stale(tmp_path) == []
    assert mine.exists()


def test_other_files_are_never_swept(tmp_path: Path) -> None:
    dead = _dead_pid()
    keep = [tmp_path / f"{TEMP_PREFIX}{dead}-x.txt", tmp_path / f".other-{dead}-x.tmp"]
    for path in keep:
        path.write_text("mine")
    assert remove_stale(tmp_path) == []
    assert all(path.exists() for path in keep)
