"""A tagged, accessible PDF of the briefing beside the .docx, made by LibreOffice when present.

Many clerks publish PDF. LibreOffice, run headless with a throw-away profile (so a copy the
user has open is not disturbed) in a private folder beside the output, converts the briefing with tagged PDF on: headings, reading
order, table headers and alt text reach screen readers. Without LibreOffice the briefing is
still written, and the caller says in one line why there is no PDF.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.safe_files import TEMP_PREFIX, fsync_dir, process_running, remove_stale, temp_beside
from desktop.errors import UserError
from desktop.export.documents import replace_atomically

TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PROGRAMS = ("soffice", "libreoffice")
TIMEOUT_S = 180
POLL_S = 0.1  # how often a Cancel is looked for while LibreOffice works

Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class PdfResult:
    path: Path | None  # the PDF written, or None
    note: str  # one line for the user: where it went, or why there is none
    cancelled: bool = False  # stopped by the user: nothing was written


OFFICE_ENV = "SCRUTINEER_OFFICE"  # LibreOffice's command; set but empty: make no PDF


def find_office() -> str | None:
    """LibreOffice's command, when it is installed (``SCRUTINEER_OFFICE`` overrides)."""
    chosen = os.environ.get(OFFICE_ENV)
    if chosen is not None:
        return shutil.which(chosen) if chosen.strip() else None
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


def _no_office_note() -> str:
    if os.environ.get(OFFICE_ENV) == "":
        return f"no PDF: switched off ({OFFICE_ENV} is empty)"
    return (
        "no PDF: LibreOffice is not installed — install LibreOffice Writer to get a tagged "
        "PDF beside the briefing, or save the .docx as PDF from Word"
    )


def pdf_beside(
    docx: Path, *, office: str | None = None, cancelled: Cancelled | None = None
) -> PdfResult:
    """Convert ``docx`` to a PDF of the same name beside it (replaced atomically).

    ``cancelled`` is asked while LibreOffice works; when it says yes, LibreOffice is stopped
    and nothing is written (an earlier PDF stays as it was).
    """
    program = office or find_office()
    if program is None:
        return PdfResult(None, _no_office_note())
    target = docx.with_suffix(".pdf")
    with _work_folder(target) as work:
        made = _convert(program, docx, work, cancelled)
        if isinstance(made, PdfResult):
            return made
        replace_atomically(target, made)
    return PdfResult(target, f"tagged PDF written to {target}")


def briefing_and_pdf(
    payload: bytes, out: Path, *, office: str | None = None, cancelled: Cancelled | None = None
) -> PdfResult:
    """Write the briefing ``payload`` to ``out`` and its tagged PDF beside it, as a pair.

    The PDF is made from the new briefing before either file is replaced; then both are
    written whole to temporary files beside them and renamed into place one after the
    other, so the pair is never a new briefing beside an old PDF. A Cancel while LibreOffice
    works (``cancelled`` says yes; LibreOffice is stopped) leaves the earlier briefing and
    PDF as they were. Without LibreOffice, or when it fails, the briefing is still written,
    an earlier PDF of the same name (which no longer matches it) is removed, and the note
    says so.
    """
    program = office or find_office()
    target = out.with_suffix(".pdf")
    if program is None:
        replace_atomically(out, payload)
        return PdfResult(None, _no_office_note() + _drop_old_pdf(target))
    with _work_folder(target) as work:
        source = work / out.with_suffix(".docx").name
        source.write_bytes(payload)
        made = _convert(program, source, work, cancelled)
        if isinstance(made, PdfResult):
            if made.cancelled:
                return made
            replace_atomically(out, payload)
            return PdfResult(None, made.note + _drop_old_pdf(target))
        replace_pair((out, payload), (target, made))
    return PdfResult(target, f"tagged PDF written to {target}")


def _drop_old_pdf(target: Path) -> str:
    """Remove an earlier PDF that no longer matches the briefing just written beside it."""
    try:
        target.unlink()
    except FileNotFoundError:
        return ""
    except OSError as err:
        return (
            f"; the earlier {target.name} could not be removed ({err.strerror}) and is out of date"
        )
    return f"; the earlier {target.name}, which no longer matched, was removed"


def replace_pair(*files: tuple[Path, bytes]) -> None:
    """Write every file whole to a temporary file beside it first, then rename them all into
    place one after the other: nothing is replaced until every new file is on disk."""
    for target, _payload in files:
        remove_stale(target.parent)
    written: list[tuple[Path, Path]] = []
    try:
        for target, payload in files:
            tmp = temp_beside(target)
            written.append((tmp, target))
            with tmp.open("wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, target in written:
            os.replace(tmp, target)
        for parent in {target.parent for _tmp, target in written}:
            fsync_dir(parent)
    except OSError as err:
        for tmp, _target in written:
            with contextlib.suppress(OSError):
                tmp.unlink()
        where = written[-1][1] if written else files[0][0]
        raise UserError(f"cannot write {where}: {err.strerror} — choose another place", 1) from err


WORK_FOLDER = re.compile(re.escape(TEMP_PREFIX) + r"(\d+)-pdf-[^/\\]*$")


def sweep_work_folders(directory: Path) -> list[Path]:
    """Remove the PDF work folders in ``directory`` left by exports that were killed (their
    process is no longer running): LibreOffice's profile and a copy of the briefing."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        match = WORK_FOLDER.fullmatch(entry.name)
        if not match or not entry.is_dir(follow_symlinks=False):
            continue
        if _writer_running(int(match.group(1))):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        if not os.path.exists(entry.path):
            removed.append(Path(entry.path))
    return removed


def sweep_leftovers(directory: Path) -> None:
    """Remove what killed exports left in ``directory``: temporary files and PDF work folders."""
    remove_stale(directory)
    sweep_work_folders(directory)


def _writer_running(pid: int) -> bool:
    if os.name != "posix":
        return True  # elsewhere a process cannot be probed without side effects: keep it
    return process_running(pid)


@contextmanager
def _work_folder(target: Path) -> Iterator[Path]:
    """A private folder beside ``target`` for LibreOffice's profile and output: the briefing
    never goes to the system's temporary folder. Removed afterwards, whatever happened; one
    left by a killed export is removed the next time a PDF is made in that folder."""
    sweep_work_folders(target.parent)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f"{TEMP_PREFIX}{os.getpid()}-pdf-"))
    try:
        with _stopped_cleanly():
            yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


@contextmanager
def _stopped_cleanly() -> Iterator[None]:
    """While LibreOffice works, a request to stop (SIGTERM, as ``kill`` sends) ends the export
    the way Ctrl+C does, so LibreOffice is stopped and the work folder removed on the way out.
    Only the main thread may set a handler; elsewhere (the window's worker) nothing changes."""
    if os.name != "posix" or threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _convert(
    program: str, docx: Path, work: Path, cancelled: Cancelled | None
) -> bytes | PdfResult:
    """Run LibreOffice on ``docx`` in ``work``: the PDF's bytes, or why there are none."""
    out_dir = work / "out"
    out_dir.mkdir()
    command = [
        program,
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        TAGGED_PDF,
        "--outdir",
        str(out_dir),
        str(docx),
    ]
    env = {k: v for k, v in os.environ.items() if k != "SAL_USE_VCLPLUGIN"}
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            **_own_group(),
        )
    except OSError as err:
        return PdfResult(None, f"no PDF: LibreOffice did not start ({err}) — try again")
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while True:
            try:
                code = process.wait(timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                pass
            if cancelled is not None and cancelled():
                return PdfResult(None, "no PDF: cancelled", cancelled=True)
            if time.monotonic() > deadline:
                return PdfResult(
                    None, f"no PDF: LibreOffice did not finish in {TIMEOUT_S} s — try again"
                )
    finally:
        if process.poll() is None:
            _stop(process)
    made = out_dir / docx.with_suffix(".pdf").name
    if code != 0 or not made.is_file() or made.stat().st_size == 0:
        return PdfResult(
            None,
            "no PDF: LibreOffice could not convert the briefing — open the .docx and "
            "save it as PDF instead",
        )
    return made.read_bytes()


def _own_group() -> dict[str, Any]:
    """Start LibreOffice in a process group of its own, so that stopping it stops the
    program its launcher starts too."""
    if os.name == "posix":
        return {"start_new_session": True}
    return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and what it started: ask, then insist."""
    if os.name == "posix":
        for sig, wait_s in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            with contextlib.suppress(OSError):
                os.killpg(process.pid, sig)
            try:
                process.wait(timeout=wait_s)
                return
            except subprocess.TimeoutExpired:
                continue
        return
    with contextlib.suppress(OSError, subprocess.SubprocessError):  # the whole tree
        subprocess.run(
            ["taskkill", "/T", "/F", "/PID", str(process.pid)],
            capture_output=True,
            timeout=10,
            check=False,
        )
    process.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
