"""The command line's briefing and its PDF are replaced as a pair: a failed or killed PDF step
never leaves the new briefing beside an earlier PDF, and what a killed export left behind is
swept the next time a briefing is exported to that folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import run
from desktop.export.pdf import TEMP_PREFIX
from tests.helpers.export_store import build

REPO = Path(__file__).resolve().parents[2]

# Stand-ins for LibreOffice: real programs, called as soffice is
QUICK = """#!{python}
import os, sys
outdir = sys.argv[sys.argv.index("--outdir") + 1]
name = os.path.splitext(os.path.basename(sys.argv[-1]))[0] + ".pdf"
open(os.path.join(outdir, name), "wb").write(b"%PDF-1.7 new")
"""
BROKEN = """#!{python}
import sys
sys.exit(1)
"""
SLOW = """#!{python}
import os, sys, time
outdir = sys.argv[sys.argv.index("--outdir") + 1]
open({started!r}, "w").write(str(os.getpid()))
time.sleep(120)
"""


def program(folder: Path, name: str, text: str, **extra: str) -> Path:
    path = folder / name
    path.write_text(text.format(python=sys.executable, **extra))
    path.chmod(0o700)
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    build(folder).store.close()
    return folder


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "briefing.docx").write_bytes(b"last week's briefing")
    (folder / "briefing.pdf").write_bytes(b"last week's PDF")
    return folder


def export(data_dir: Path, out: Path) -> int:
    return run(["--data-dir", str(data_dir), "export", "--format", "docx", "--out", str(out)])


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_a_failed_pdf_removes_the_earlier_pdf_and_says_so(
    tmp_path: Path,
    data_dir: Path,
    papers: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SCRUTINEER_OFFICE", str(program(tmp_path, "broken", BROKEN)))
    assert export(data_dir, papers / "briefing.docx") == 0
    err = capsys.readouterr().err
    assert (papers / "briefing.docx").read_bytes()[:2] == b"PK"  # the new briefing
    assert not (papers / "briefing.pdf").exists()  # not last week's PDF beside it
    assert "no PDF: LibreOffice could not convert the briefing" in err
    assert "the earlier briefing.pdf, which no longer matched, was removed" in err
    assert sorted(p.name for p in papers.iterdir()) == ["briefing.docx"]


def test_the_briefing_and_its_pdf_are_written_together(
    tmp_path: Path,
    data_dir: Path,
    papers: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("SCRUTINEER_OFFICE", str(program(tmp_path, "quick", QUICK)))
    assert export(data_dir, papers / "briefing.docx") == 0
    assert f"tagged PDF written to {papers / 'briefing.pdf'}" in capsys.readouterr().err
    assert (papers / "briefing.docx").read_bytes()[:2] == b"PK"
    assert (papers / "briefing.pdf").read_bytes() == b"%PDF-1.7 new"
    assert sorted(p.name for p in papers.iterdir()) == ["briefing.docx", "briefing.pdf"]


def start_export(data_dir: Path, out: Path, office: Path, err: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SCRUTINEER_OFFICE": str(office), "QT_QPA_PLATFORM": "offscreen"}
    with err.open("wb") as errors:
        return subprocess.Popen(
            [sys.executable, "main.py", "--data-dir", str(data_dir), "export", "--format",
             "docx", "--out", str(out)],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=errors,
        )  # fmt: skip


def wait_for(path: Path, process: subprocess.Popen[bytes], err: Path) -> int:
    deadline = time.monotonic() + 120
    while not path.exists() or not path.read_text():
        assert process.poll() is None, err.read_text()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return int(path.read_text())


@pytest.mark.skipif(os.name != "posix", reason="signals as POSIX has them")
def test_a_killed_export_keeps_the_earlier_pair_and_its_work_is_swept_next_time(
    tmp_path: Path, data_dir: Path, papers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = tmp_path / "office.pid"
    slow = program(tmp_path, "slow", SLOW, started=str(started))
    err = tmp_path / "stderr.txt"
    process = start_export(data_dir, papers / "briefing.docx", slow, err)
    office = wait_for(started, process, err)
    process.kill()  # no chance to tidy up: as a power cut or the task manager would
    process.wait(timeout=30)
    os.kill(office, signal.SIGKILL)  # LibreOffice runs on in its own group: end it here
    assert (papers / "briefing.docx").read_bytes() == b"last week's briefing"
    assert (papers / "briefing.pdf").read_bytes() == b"last week's PDF"
    left = [p.name for p in papers.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert left and all("-pdf-" in name for name in left)  # its work folder, nothing else

    monkeypatch.setenv("SCRUTINEER_OFFICE", str(program(tmp_path, "quick", QUICK)))
    assert export(data_dir, papers / "briefing.docx") == 0
    assert sorted(p.name for p in papers.iterdir()) == ["briefing.docx", "briefing.pdf"]
    assert (papers / "briefing.pdf").read_bytes() == b"%PDF-1.7 new"


@pytest.mark.skipif(os.name != "posix", reason="signals as POSIX has them")
def test_an_export_asked_to_stop_stops_libreoffice_and_leaves_nothing_behind(
    tmp_path: Path, data_dir: Path, papers: Path
) -> None:
    started = tmp_path / "office.pid"
    slow = program(tmp_path, "slow", SLOW, started=str(started))
    err = tmp_path / "stderr.txt"
    process = start_export(data_dir, papers / "briefing.docx", slow, err)
    office = wait_for(started, process, err)
    process.terminate()  # what `kill` and a logging-out desktop send
    assert process.wait(timeout=60) != 0
    assert "Traceback" not in err.read_text()
    deadline = time.monotonic() + 20
    while alive(office) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(office)
    assert (papers / "briefing.docx").read_bytes() == b"last week's briefing"
    assert (papers / "briefing.pdf").read_bytes() == b"last week's PDF"
    assert sorted(p.name for p in papers.iterdir()) == ["briefing.docx", "briefing.pdf"]
