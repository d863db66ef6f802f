"""The store's surroundings: links, modes the app did not set, and environment refusals."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.cli import run
from tests.helpers.small_disks import make_read_only, read_only_folder, small_disk

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and links")


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refusal(err: str) -> str:
    """The single error line of ``err`` (warnings aside), checked for the house form."""
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, err
    assert " — " in errors[0]
    assert "unexpected problem" not in err
    assert "Traceback" not in err
    return errors[0]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_a_store_that_is_a_link_is_refused_and_its_target_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not yours")
    outside.chmod(0o644)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "scrutineer.sqlite").symlink_to(outside)
    code, _, err = cli(capsys, "--data-dir", str(data), "list")
    assert code == 1
    assert "link" in refusal(err)
    assert _mode(outside) == 0o644
    assert outside.read_text() == "not yours"


@posix_only
def test_a_write_ahead_log_that_is_a_link_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert cli(capsys, "--data-dir", str(data), "list")[0] == 0
    (data / "scrutineer.sqlite-wal").symlink_to(tmp_path / "wal-elsewhere")
    code, _, err = cli(capsys, "--data-dir", str(data), "list")
    assert code == 1
    assert "link" in refusal(err)
    assert not (tmp_path / "wal-elsewhere").exists()


@posix_only
def test_a_wider_data_folder_is_reported_not_narrowed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "shared-data"
    data.mkdir()
    data.chmod(0o750)
    code, _, err = cli(capsys, "--data-dir", str(data), "list")
    assert code == 0
    assert _mode(data) == 0o750
    assert f"warning: the data folder {data}" in err
    assert "chmod 700" in err


@posix_only
def test_a_new_data_folder_is_private_and_quiet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "fresh"
    code, _, err = cli(capsys, "--data-dir", str(data), "list")
    assert code == 0
    assert err == ""
    assert _mode(data) == 0o700
    assert _mode(data / "scrutineer.sqlite") == 0o600


def test_data_dir_pointing_at_a_file_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    code, _, err = cli(capsys, "--data-dir", str(a_file), "list")
    assert code == 2
    assert "is a file, not a folder" in refusal(err)


def test_a_read_only_data_folder_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with read_only_folder(tmp_path / "ro") as data:
        assert cli(capsys, "--data-dir", str(data), "import", str(SAMPLE))[0] == 0
        make_read_only(data)
        code, _, err = cli(capsys, "--data-dir", str(data), "note", "CS1", "a note")
        assert code == 1
        assert "read-only" in refusal(err)


def _damage_table_name(store: Path) -> None:
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET name=CAST(x'ff6e6f7465' AS TEXT) WHERE name='setting'")
    conn.commit()
    conn.close()


def _drop_table(store: Path) -> None:
    conn = sqlite3.connect(store)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DROP TABLE observation")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_damage_table_name, _drop_table])
def test_a_damaged_schema_is_refused_with_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: object
) -> None:
    data = tmp_path / "data"
    assert cli(capsys, "--data-dir", str(data), "list")[0] == 0
    assert callable(damage)
    damage(data / "scrutineer.sqlite")
    code, _, err = cli(capsys, "--data-dir", str(data), "list", "--json")
    assert code == 1
    line = refusal(err)
    assert "damaged" in line
    assert "restore" in line


def test_import_on_a_full_disk_reports_every_file_and_goes_on(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk", 400) as disk:
        data = disk / "data"
        assert cli(capsys, "--data-dir", str(data), "list")[0] == 0
        code, out, err = cli(
            capsys, "--data-dir", str(data), "import", "--json", str(SAMPLE), str(SAMPLE)
        )
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in reports] == [str(SAMPLE), str(SAMPLE)]
    assert all(r["status"] == "refused" for r in reports)
    assert "disk is full" in reports[0]["error"]
    assert code == 1
    assert "Traceback" not in err


def test_backup_onto_a_full_disk_names_the_destination(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert cli(capsys, "--data-dir", str(data), "import", str(SAMPLE))[0] == 0
    with small_disk(tmp_path / "disk", 64) as disk:
        out = disk / "copy.sqlite"
        code, _, err = cli(capsys, "--data-dir", str(data), "backup", "--out", str(out))
        left = sorted(p.name for p in disk.iterdir())
    assert code == 1
    line = refusal(err)
    assert str(out) in line
    assert "scrutineer.sqlite" not in line
    assert left == []
