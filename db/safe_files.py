"""Temporary files beside the files the app writes: one recognisable name, swept once dead.

Every backup, restore and export is written to ``.scrutineer-tmp-<pid>-….tmp`` in the
target's own folder, then renamed over the target. A writer killed half-way leaves that
file behind; :func:`remove_stale` deletes those whose writer is no longer running (on
Windows, where a process cannot be probed without side effects, those over an hour old).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".scrutineer-tmp-"
# SQLite may leave its own -wal/-shm/-journal beside a copy being written: swept with it
_TEMP_NAME = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-[^/\\]*\.tmp(?:-wal|-shm|-journal)?$")
_STALE_AFTER_SECONDS = 3600.0


def temp_beside(target: Path) -> Path:
    """Create an empty private (0600) temporary file in ``target``'s folder and return it."""
    fd, name = tempfile.mkstemp(
        dir=target.parent, prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp"
    )
    os.close(fd)
    return Path(name)


def process_running(pid: int) -> bool:
    """Whether process ``pid`` (this one included) is alive, as far as a signal-0 probe tells."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return True
    return True


def _stale(path: Path, pid: int) -> bool:
    if os.name == "posix":
        return not process_running(pid)
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    return age > _STALE_AFTER_SECONDS


def remove_stale(directory: Path) -> list[Path]:
    """Delete the temporary files in ``directory`` left by writers that died; return them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if not match or not entry.is_file(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if _stale(path, int(match.group(1))):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def fsync_file(path: Path) -> None:
    """Flush ``path``'s bytes to the disk before it is renamed into place."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(directory: Path) -> None:
    """Flush a rename in ``directory`` to the disk (where a folder can be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
