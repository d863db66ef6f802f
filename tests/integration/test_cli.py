"""The command line of CONTRACT.md, driven as a user would: exit codes, one-line errors, output."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import COMMANDS, run

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert " — " in lines[0]
    assert "Traceback" not in err


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def loaded(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Path:
    code, _, err = cli(capsys, "--data-dir", str(data_dir), "import", str(SAMPLE))
    assert code == 0, err
    return data_dir


@pytest.mark.parametrize("command", [c for c in COMMANDS])
def test_every_subcommand_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_usage_error_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "list", "--rag", "purple")
    assert code == 2
    assert_one_line_error(err)


def test_store_is_private(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = cli(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0
    assert "empty" in out
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    assert ((data_dir / "scrutineer.sqlite").stat().st_mode & 0o777) == 0o600


def test_data_dir_from_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCRUTINEER_DATA_DIR", str(tmp_path / "env-data"))
    assert cli(capsys, "list", "--json")[0] == 0
    assert (tmp_path / "env-data" / "scrutineer.sqlite").is_file()


def test_list_json_on_empty_store(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = cli(capsys, "--data-dir", str(data_dir), "list", "--json")
    assert code == 0
    assert json.loads(out) == []


def test_import_sample_then_list(capsys: pytest.CaptureFixture[str], loaded: Path) -> None:
    code, out, _ = cli(capsys, "--data-dir", str(loaded), "list", "--json")
    assert code == 0
    items = json.loads(out)
    assert len(items) >= 40
    first = items[0]
    assert set(first) == {
        "code", "name", "portfolio", "service", "polarity", "latest",
        "direction_previous", "direction_last_year", "red_streak", "flags", "open_questions",
    }  # fmt: skip
    assert len({i["portfolio"] for i in items}) >= 4
    assert any(i["red_streak"] >= 4 for i in items)


def test_list_filters_by_rag(capsys: pytest.CaptureFixture[str], loaded: Path) -> None:
    _, out, _ = cli(capsys, "--data-dir", str(loaded), "list", "--rag", "red", "--json")
    reds = json.loads(out)
    assert reds
    for item in reds:
        latest = item["latest"]
        assert (latest["rag"] or latest["rag_computed"]) == "red"


def test_reimport_is_unchanged(capsys: pytest.CaptureFixture[str], loaded: Path) -> None:
    code, out, _ = cli(capsys, "--data-dir", str(loaded), "import", str(SAMPLE), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["status"] == "unchanged"
    assert report["file"] == str(SAMPLE)


def test_import_refusal_exit_1_and_others_go_on(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "notes.xlsx"
    bad.write_text("this is not a spreadsheet", encoding="utf-8")
    code, out, err = cli(
        capsys, "--data-dir", str(data_dir), "import", str(bad), str(SAMPLE), "--json"
    )
    assert code == 1
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in reports] == ["refused", "imported"]
    assert reports[0]["error"]
    assert_one_line_error(err)


def test_note_question_and_export(
    capsys: pytest.CaptureFixture[str], loaded: Path, tmp_path: Path
) -> None:
    _, out, _ = cli(capsys, "--data-dir", str(loaded), "list", "--rag", "red", "--json")
    red = json.loads(out)[0]
    ref = red["code"] or red["name"]
    assert cli(capsys, "--data-dir", str(loaded), "note", ref, "Ask about the backlog")[0] == 0
    assert (
        cli(capsys, "--data-dir", str(loaded), "note", ref, "Names the family", "--exempt")[0] == 0
    )
    code, _, err = cli(
        capsys, "--data-dir", str(loaded), "question", ref, "When will it reach amber?",
        "--to", "Director of Education", "--meeting", "Scrutiny, 14 January",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = cli(
        capsys, "--data-dir", str(loaded), "export", "--format", "json", "--out", "-"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "scrutineer-export" and doc["version"] == 1
    assert [n["text"] for n in doc["notes"]] == ["Ask about the backlog"]
    assert doc["questions"][0]["addressed_to"] == "Director of Education"
    assert doc["questions"][0]["meeting"] == "Scrutiny, 14 January"
    _, out, _ = cli(
        capsys, "--data-dir", str(loaded), "export", "--format", "json", "--out", "-",
        "--include-exempt",
    )  # fmt: skip
    assert [n["exempt"] for n in json.loads(out)["notes"]] == [False, True]


def test_export_is_deterministic(capsys: pytest.CaptureFixture[str], loaded: Path) -> None:
    docs = []
    for _ in range(2):
        code, out, _ = cli(
            capsys, "--data-dir", str(loaded), "export", "--format", "json", "--out", "-"
        )
        assert code == 0
        doc = json.loads(out)
        doc.pop("exported_at")
        docs.append(doc)
    assert docs[0] == docs[1]
    observation = docs[0]["indicators"][0]["observations"][0]
    assert set(observation) == {
        "period", "period_start", "period_end", "actual", "actual_text", "target",
        "numerator", "denominator", "rag", "rag_computed", "comparators", "commentary", "source",
    }  # fmt: skip


def test_unknown_indicator_exit_2(capsys: pytest.CaptureFixture[str], loaded: Path) -> None:
    code, _, err = cli(capsys, "--data-dir", str(loaded), "note", "NOPE-999", "text")
    assert code == 2
    assert_one_line_error(err)


def test_backup_and_restore(
    capsys: pytest.CaptureFixture[str], loaded: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy.sqlite"
    assert cli(capsys, "--data-dir", str(loaded), "backup", "--out", str(backup))[0] == 0
    assert (backup.stat().st_mode & 0o777) == 0o600
    fresh = tmp_path / "fresh"
    assert cli(capsys, "--data-dir", str(fresh), "restore", str(backup))[0] == 0
    _, out, _ = cli(capsys, "--data-dir", str(fresh), "list", "--json")
    assert len(json.loads(out)) >= 40


def test_restore_of_non_store_is_refused(
    capsys: pytest.CaptureFixture[str], loaded: Path, tmp_path: Path
) -> None:
    store = loaded / "scrutineer.sqlite"
    before = store.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello", encoding="utf-8")
    code, _, err = cli(capsys, "--data-dir", str(loaded), "restore", str(junk))
    assert code == 1
    assert_one_line_error(err)
    assert store.read_bytes() == before


def test_newer_store_exit_3(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert cli(capsys, "--data-dir", str(data_dir), "list")[0] == 0
    with sqlite3.connect(data_dir / "scrutineer.sqlite") as con:
        con.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    code, _, err = cli(capsys, "--data-dir", str(data_dir), "list")
    assert code == 3
    assert_one_line_error(err)


def test_locked_store_exit_3(
    capsys: pytest.CaptureFixture[str], loaded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCRUTINEER_LOCK_WAIT", "0.3")
    con = sqlite3.connect(loaded / "scrutineer.sqlite", isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        code, _, err = cli(capsys, "--data-dir", str(loaded), "note", "CS01", "y")
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert code == 3
    assert_one_line_error(err)


def test_main_py_runs_without_qt(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "d"), "list", "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == []


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ["gui"]),
        (["--demo"], ["--demo", "gui"]),
        (["--screenshot", "x.png"], ["--screenshot", "x.png", "gui"]),
        (["--data-dir", "list", "list"], ["--data-dir", "list", "list"]),
        (["--smoke", "gui"], ["--smoke", "gui"]),
        (["import", "a.xlsx"], ["import", "a.xlsx"]),
    ],
)
def test_gui_is_the_default_command(argv: list[str], expected: list[str]) -> None:
    from desktop.cli import _with_default_command

    assert _with_default_command(argv) == expected


def test_window_without_a_display_says_so(
    capsys: pytest.CaptureFixture[str], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = cli(capsys, "--data-dir", str(data_dir))
    assert code == 2
    assert_one_line_error(err)
    assert "display" in err
