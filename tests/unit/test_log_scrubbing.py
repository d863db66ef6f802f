"""Crash logs and the log file never hold a councillor's words, SQL parameters or passwords."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from db.models import NoteRow
from db.store import Store
from desktop.errors import ScrubbingFormatter, log_bug, scrub

SECRET = "Exempt: the chief executive's settlement is £240,000"


def _failed_write(tmp_path: Path) -> IntegrityError:
    """A real failed write that carries the note's text as a parameter."""
    with Store.open(tmp_path / "scrutineer.sqlite") as store:
        try:
            with store.session() as session:
                session.add(NoteRow(indicator_id=999_999, text=SECRET, exempt=True))
        except IntegrityError as exc:
            return exc
    raise AssertionError("the write was expected to fail")


def test_a_failed_write_does_not_carry_its_parameters(tmp_path: Path) -> None:
    error = _failed_write(tmp_path)
    assert SECRET not in str(error)
    assert "settlement" not in str(error)


def test_the_crash_log_of_a_failed_write_holds_no_note_text(tmp_path: Path) -> None:
    error = _failed_write(tmp_path)
    where = log_bug(tmp_path / "logs", type(error), error, error.__traceback__)
    assert where is not None
    logged = where.read_text(encoding="utf-8")
    assert "IntegrityError" in logged
    assert "test_log_scrubbing.py" in logged  # the stack is kept
    assert "settlement" not in logged


def test_quoted_text_in_any_exception_is_left_out_of_the_crash_log(tmp_path: Path) -> None:
    try:
        try:
            raise ValueError(f"could not save note '{SECRET}'")
        except ValueError as inner:
            raise RuntimeError(f'saving "{SECRET}" failed') from inner
    except RuntimeError as exc:
        where = log_bug(tmp_path / "logs", type(exc), exc, exc.__traceback__)
    assert where is not None
    logged = where.read_text(encoding="utf-8")
    assert "ValueError" in logged and "RuntimeError" in logged
    assert "settlement" not in logged


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_crash_logs_are_private(tmp_path: Path) -> None:
    try:
        raise KeyError("x")
    except KeyError as exc:
        where = log_bug(tmp_path / "logs", type(exc), exc, exc.__traceback__)
    assert where is not None
    assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert stat.S_IMODE(where.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("message", "kept", "gone"),
    [
        ("note 'Part 2 settlement' too long", "too long", "settlement"),
        ("password=hunter2 refused", "password", "hunter2"),
        ("[SQL: INSERT INTO note]\n[parameters: (1, 'leak')]\n(Background", "INSERT", "leak"),
        ("x" * 1000, "xxx", "x" * 400),
    ],
)
def test_scrub_keeps_the_shape_and_drops_the_words(message: str, kept: str, gone: str) -> None:
    cleaned = scrub(message)
    assert kept in cleaned
    assert gone not in cleaned
    assert "\n" not in cleaned


def test_the_log_file_formatter_scrubs_messages_and_tracebacks() -> None:
    formatter = ScrubbingFormatter("%(levelname)s %(message)s")
    try:
        raise OSError(f"cannot write '{SECRET}'")
    except OSError:
        record = logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "saving %r failed", (SECRET,), sys.exc_info()
        )
    written = formatter.format(record)
    assert "OSError" in written
    assert "settlement" not in written
