"""The two kinds of error: user-facing one-liners, and bugs written to the log folder.

What reaches a log is scrubbed: a councillor's notes, answers and passwords travel in
exception messages (a failed write quotes its values), so messages lose every quoted
string and SQL parameter list, and are cut short. The stack itself (files, lines,
functions) is what finds a bug, and is kept whole.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

_MESSAGE_LIMIT = 300
_PARAMETERS = re.compile(r"\[parameters:.*?\](?=\s*(?:\(|\[|$))", re.DOTALL)
# from the first opening quote to the last closing one on a line (apostrophes inside the
# quoted words do not end it), then an opening quote left unclosed, to the end of its line
_QUOTED = re.compile(r"(?<!\w)['\"‘“«](?:[^\n]*['\"’”»](?!\w)|[^\n]*)")
_SECRET_WORDS = re.compile(r"(?i)\b(password|passphrase|pgpassword|secret)(\s*[=:]\s*)\S+")


class UserError(Exception):
    """A problem the user can fix. ``str()`` is "what — what to do"; ``exit_code`` per CONTRACT."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def one_line(message: str) -> str:
    """Collapse whitespace so an error never spans lines."""
    return " ".join(str(message).split())


def scrub(message: str) -> str:
    """``message`` without quoted text, SQL parameters or secrets, on one line, cut short."""
    text = _PARAMETERS.sub("[parameters hidden]", str(message))
    text = _QUOTED.sub("'…'", text)
    text = _SECRET_WORDS.sub(r"\1\2…", text)
    text = one_line(text)
    return text if len(text) <= _MESSAGE_LIMIT else text[: _MESSAGE_LIMIT - 1] + "…"


def scrubbed_traceback(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The whole chain of tracebacks, with every exception message scrubbed."""
    chain: list[tuple[type[BaseException], BaseException, TracebackType | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    kind, trace = exc_type, tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((kind, current, trace))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is not None:
            kind, trace = type(nxt), nxt.__traceback__
        current = nxt
    parts: list[str] = []
    for index, (kind, error, trace) in enumerate(reversed(chain)):
        if index:
            parts.append("\nwhile handling that, another exception:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(trace))
        parts.append(f"{kind.__module__}.{kind.__qualname__}: {scrub(str(error))}\n")
    return "".join(parts)


class ScrubbingFormatter(logging.Formatter):
    """A log formatter that scrubs messages and tracebacks like :func:`scrub`."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        record.message = scrub(record.message)
        return super().formatMessage(record)

    def formatException(self, ei: Any) -> str:
        kind, error, trace = ei
        if kind is None or error is None:
            return ""
        return scrubbed_traceback(kind, error, trace).rstrip("\n")


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
        text = scrubbed_traceback(exc_type, exc, tb)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path
    except OSError:
        return None
