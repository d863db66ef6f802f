"""The two kinds of error: user-facing one-liners, and bugs written to the log folder."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path
from types import TracebackType


class UserError(Exception):
    """A problem the user can fix. ``str()`` is "what — what to do"; ``exit_code`` per CONTRACT."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def one_line(message: str) -> str:
    """Collapse whitespace so an error never spans lines."""
    return " ".join(str(message).split())


def log_bug(
    logs: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    """Write the traceback to ``logs/crash-<time>.log`` (0600); return its path, or None."""
    try:
        logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = logs / f"crash-{stamp}.log"
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path
    except OSError:
        return None
