"""A process killed in the middle of an import leaves the store exactly as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from db.store import Store
from desktop.scorecard.importer import import_file
from tests.helpers import scorecards

REPO = Path(__file__).resolve().parents[2]

# imports the file, and once rows are being written inside the transaction, says so and hangs
CHILD = """
import sys, time
from pathlib import Path
from db.store import Store
from desktop.scorecard.importer import import_file

store_path, file_path, marker = sys.argv[1:4]

def progress(done, total):
    if done > 50:
        Path(marker).write_text(str(done))
        time.sleep(120)

import_file(Store.open(Path(store_path)), Path(file_path), progress=progress)
"""


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return {n: sorted(conn.execute(f'select * from "{n}"').fetchall(), key=repr) for n in names}


def test_killed_import_leaves_the_store_unchanged(tmp_path: Path) -> None:
    store_path = tmp_path / "scrutineer.sqlite"
    store = Store.open(store_path)
    import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"))
    store.close()
    before = dump(store_path)
    big = tmp_path / "big.xlsx"
    scorecards.big_long_xlsx(big, 300, 20)
    marker = tmp_path / "writing"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store_path), str(big), str(marker)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the import never reached the writing stage"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    reopened = Store.open(store_path)
    reopened.close()
    assert dump(store_path) == before
