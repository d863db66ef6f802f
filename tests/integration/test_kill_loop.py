"""Killed at any moment, nothing is lost: SIGKILL during import, note, export, backup, restore.

Each round copies a prepared data folder, starts one command in a subprocess, kills it
after a random delay within that command's own running time, and then checks what the
next start sees: the store opens and passes ``PRAGMA integrity_check``, the command
happened wholly or not at all, an output file is the old one or a complete new one, and
no temporary file is left. ``SCRUTINEER_KILL_ROUNDS`` sets the number of rounds.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from db.safe_files import TEMP_PREFIX, remove_stale
from db.store import Store

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"
ROUNDS = int(os.environ.get("SCRUTINEER_KILL_ROUNDS", "30"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX"),
]


def _main(data: Path, *args: str) -> list[str]:
    return [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), *args]


@contextmanager
def _connected(target: str | Path, uri: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection closed on leaving, not when the collector gets to it: a connection left
    open closes later at a random moment, checkpoints and deletes the store's -wal file —
    in the middle of copying the folder, once."""
    conn = sqlite3.connect(target, uri=uri)
    try:
        with conn:
            yield conn
    finally:
        conn.close()


def _count(store: Path, table: str) -> int:
    with _connected(store) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _marker(store: Path) -> str | None:
    with _connected(store) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone()
    return None if row is None else str(row[0])


def _set_marker(store: Path, value: str) -> None:
    with _connected(store) as conn:
        conn.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('marker', ?)", (value,))


def _integrity(path: Path) -> list[str]:
    with _connected(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


@dataclass
class Case:
    name: str
    argv: Callable[[Path, Path], list[str]]  # (data folder, output folder) -> command
    check: Callable[[Path, Path], None]  # after the kill and the next start


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An empty store, a store holding the sample, and a backup with a marker to restore."""
    root = tmp_path_factory.mktemp("kill")
    empty, full = root / "empty", root / "full"
    for folder in (empty, full):
        subprocess.run(_main(folder, "list"), check=True, capture_output=True)
    subprocess.run(_main(full, "import", str(SAMPLE)), check=True, capture_output=True)
    _set_marker(full / "scrutineer.sqlite", "before")
    restorable = root / "restorable.sqlite"
    shutil.copyfile(full / "scrutineer.sqlite", restorable)
    _set_marker(restorable, "restored")
    shutil.rmtree(full / "backups", ignore_errors=True)
    shutil.rmtree(empty / "backups", ignore_errors=True)
    return {"empty": empty, "full": full, "restorable": restorable}


def _cases(prepared: dict[str, Path]) -> list[tuple[Case, str]]:
    full_indicators = _count(prepared["full"] / "scrutineer.sqlite", "indicator")
    full_observations = _count(prepared["full"] / "scrutineer.sqlite", "observation")
    notes = _count(prepared["full"] / "scrutineer.sqlite", "note")

    def imported(data: Path, _out: Path) -> None:
        store = data / "scrutineer.sqlite"
        got = (_count(store, "indicator"), _count(store, "observation"))
        assert got in {(0, 0), (full_indicators, full_observations)}, got

    def noted(data: Path, _out: Path) -> None:
        assert _count(data / "scrutineer.sqlite", "note") in {notes, notes + 1}

    def restored(data: Path, _out: Path) -> None:
        assert _marker(data / "scrutineer.sqlite") in {"before", "restored"}

    def exported(_data: Path, out: Path) -> None:
        text = (out / "export.json").read_text(encoding="utf-8")
        if text != "old export":
            assert json.loads(text)["format"] == "scrutineer-export"

    def backed_up(_data: Path, out: Path) -> None:
        copy = out / "copy.sqlite"
        assert _integrity(copy) == ["ok"]
        assert _marker(copy) in {"old copy", "before"}

    return [
        (
            Case("import", lambda d, _o: _main(d, "import", str(SAMPLE)), imported),
            "empty",
        ),
        (
            Case(
                "note",
                lambda d, _o: _main(d, "note", "CS01", "Part 2: settlement terms", "--exempt"),
                noted,
            ),
            "full",
        ),
        (
            Case(
                "restore",
                lambda d, _o: _main(d, "restore", str(prepared["restorable"])),
                restored,
            ),
            "full",
        ),
        (
            Case(
                "export",
                lambda d, o: _main(
                    d, "export", "--format", "json", "--out", str(o / "export.json")
                ),
                exported,
            ),
            "full",
        ),
        (
            Case(
                "backup",
                lambda d, o: _main(d, "backup", "--out", str(o / "copy.sqlite")),
                backed_up,
            ),
            "full",
        ),
    ]


def _prepare_round(prepared: dict[str, Path], base: str, where: Path) -> tuple[Path, Path]:
    data, out = where / "data", where / "out"
    # the -shm index is rebuilt on open, and a reader elsewhere may remove it mid-copy
    shutil.copytree(prepared[base], data, ignore=shutil.ignore_patterns("*-shm"))
    out.mkdir()
    (out / "export.json").write_text("old export", encoding="utf-8")
    shutil.copyfile(prepared["full"] / "scrutineer.sqlite", out / "copy.sqlite")
    _set_marker(out / "copy.sqlite", "old copy")
    return data, out


def _leftovers(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return [p.name for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_kill_at_any_moment_loses_nothing(prepared: dict[str, Path], tmp_path: Path) -> None:
    rng = random.Random(20241205)
    cases = _cases(prepared)
    durations: dict[str, float] = {}
    for case, base in cases:  # one whole run of each, to know when to kill
        data, out = _prepare_round(prepared, base, tmp_path / f"timing-{case.name}")
        began = time.monotonic()
        subprocess.run(case.argv(data, out), check=True, capture_output=True)
        durations[case.name] = time.monotonic() - began
    killed_mid_way = 0
    for round_no in range(ROUNDS):
        case, base = cases[round_no % len(cases)]
        data, out = _prepare_round(prepared, base, tmp_path / f"round-{round_no}")
        child = subprocess.Popen(
            case.argv(data, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.3, 1.0) * durations[case.name])
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            killed_mid_way += 1
        child.wait()
        # the next start: opening the store sweeps what the killed writer left
        Store.open(data / "scrutineer.sqlite").close()
        remove_stale(out)
        store = data / "scrutineer.sqlite"
        assert _integrity(store) == ["ok"], case.name
        case.check(data, out)
        for folder in (data, data / "backups", out):
            assert _leftovers(folder) == [], (case.name, folder)
        shutil.rmtree(tmp_path / f"round-{round_no}")
    assert killed_mid_way >= ROUNDS // 2, "too few rounds were killed before they finished"


# An upgrade killed half-way: a later revision that rebuilds the indicator table, run by a
# program that knows it (the store's module pointed at a copy of the migrations with it).
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

UPGRADER = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
import db.store as store_module
store_module.MIGRATIONS_DIR = Path({migrations!r})
store_module.HEAD_REVISION = "9001"
store_module.Store.open(Path({store!r})).close()
"""


def test_a_kill_during_an_upgrade_leaves_the_old_or_the_new_schema(
    prepared: dict[str, Path], tmp_path: Path
) -> None:
    from db import store as store_module

    migrations = tmp_path / "migrations"
    shutil.copytree(
        store_module.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__")
    )
    (migrations / "versions" / "9001_probe.py").write_text(
        PROBE_REVISION.format(head=store_module.HEAD_REVISION)
    )
    indicators = _count(prepared["full"] / "scrutineer.sqlite", "indicator")
    rng = random.Random(9001)
    rounds = max(6, ROUNDS // 4)
    duration = None
    for round_no in range(rounds + 1):
        data, _out = _prepare_round(prepared, "full", tmp_path / f"upgrade-{round_no}")
        store = data / "scrutineer.sqlite"
        argv = [sys.executable, "-c", UPGRADER.format(
            repo=str(REPO), migrations=str(migrations), store=str(store))]  # fmt: skip
        began = time.monotonic()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if duration is None:  # the first round runs whole, to know when to kill the others
            assert child.wait() == 0, child.stderr.read() if child.stderr else ""
            duration = time.monotonic() - began
        else:
            time.sleep(rng.uniform(0.3, 1.0) * duration)
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()
        for folder in (data, data / "backups"):  # what the next start does first
            remove_stale(folder)
            assert _leftovers(folder) == []
        assert _integrity(store) == ["ok"]
        with _connected(store) as conn:
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            columns = {row[1] for row in conn.execute("PRAGMA table_info(indicator)")}
        assert (revision, "probe" in columns) in {
            (store_module.HEAD_REVISION, False),
            ("9001", True),
        }
        assert _count(store, "indicator") == indicators
        for backup in (data / "backups").glob("*.sqlite"):
            assert _integrity(backup) == ["ok"]
