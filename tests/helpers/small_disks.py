"""Small filesystems for tests of a full disk or a read-only folder (a tmpfs, when allowed)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(where: Path, options: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[Path]:
    """A filesystem of ``size_kb`` KiB mounted at ``where`` (skips the test where none can be)."""
    if os.name != "posix" or os.geteuid() != 0 or not _mount(where, f"size={size_kb}k,mode=700"):
        pytest.skip("mounting a small filesystem needs root on Linux")
    try:
        yield where
    finally:
        _unmount(where)


@contextlib.contextmanager
def read_only_folder(where: Path) -> Iterator[Path]:
    """A folder to make read-only with :func:`make_read_only` (a mount as root, else 0500)."""
    if os.name == "posix" and os.geteuid() == 0:
        if not _mount(where, "size=4m,mode=700"):
            pytest.skip("mounting a read-only filesystem needs root on Linux")
        try:
            yield where
        finally:
            _unmount(where)
        return
    where.mkdir(parents=True, exist_ok=True)
    try:
        yield where
    finally:
        where.chmod(0o700)


def make_read_only(where: Path) -> None:
    """Turn a folder from :func:`read_only_folder` read-only once it holds what the test needs."""
    if os.name == "posix" and os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)
    else:
        where.chmod(0o500)
