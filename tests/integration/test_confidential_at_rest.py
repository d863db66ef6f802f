"""Confidentiality at rest: private modes for everything written, no exempt text in temp files."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from db.store import Store
from desktop.cli import run

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"
SECRET = "Part 2: the settlement with the contractor is £1.2m"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "data"
    assert run(["--data-dir", str(data), "import", str(SAMPLE)]) == 0
    assert run(["--data-dir", str(data), "note", "CS01", SECRET, "--exempt"]) == 0
    capsys.readouterr()
    return data


@pytest.fixture
def no_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A system temporary folder that does not exist: any temporary file made there fails."""
    missing = tmp_path / "no-system-temp"
    monkeypatch.setattr(tempfile, "tempdir", str(missing))
    monkeypatch.setenv("TMPDIR", str(missing))
    return missing


@pytest.mark.parametrize("fmt", ["json", "xlsx", "docx"])
def test_exempt_exports_touch_no_temporary_folder_and_are_private(
    loaded: Path, tmp_path: Path, no_temp_folder: Path, fmt: str
) -> None:
    out = tmp_path / "exports" / f"part2.{fmt}"
    out.parent.mkdir()
    code = run(
        ["--data-dir", str(loaded), "export", "--format", fmt, "--out", str(out),
         "--include-exempt"]
    )  # fmt: skip
    assert code == 0
    assert not no_temp_folder.exists()
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
    if os.name == "posix":
        assert _mode(out) == 0o600


@posix_only
def test_everything_in_the_data_folder_is_private(loaded: Path) -> None:
    run(["--data-dir", str(loaded), "list"])  # the first open of the day makes a backup
    for path in [loaded, *loaded.rglob("*")]:
        wanted = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == wanted, path


def test_sqlite_keeps_its_temporary_data_in_memory(tmp_path: Path) -> None:
    with Store.open(tmp_path / "scrutineer.sqlite") as store, store.read_session() as session:
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
