"""`export --format docx|xlsx` from the command line, as a clerk would run it."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from desktop.cli import run
from desktop.export.words import EXEMPT_MARK

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "data"
    for argv in (
        ["import", str(SAMPLE)],
        ["question", "CS06", "Why are re-referrals rising?", "--meeting", "Scrutiny 12 Nov"],
        ["note", "CS06", "Family named in case review", "--exempt"],
    ):
        assert run(["--data-dir", str(folder), *argv]) == 0
    return folder


def test_docx_with_chart_pictures_drawn_offscreen(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefing.docx"
    proc = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "export", "--format", "docx",
         "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    doc = Document(str(out))
    descriptions = [el.get("descr") for el in doc.element.body.iter(qn("wp:docPr"))]
    assert descriptions and all(d.startswith("Trend chart of ") for d in descriptions)
    assert all(len(blob) > 1000 for blob in _pictures(doc))
    assert "Family named" not in "\n".join(p.text for p in doc.paragraphs)


def test_include_exempt_marks_the_briefing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exempt.docx"
    code = run(
        ["--data-dir", str(data_dir), "export", "--format", "docx", "--include-exempt",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    doc = Document(str(out))
    assert EXEMPT_MARK in [p.text for p in doc.sections[0].header.paragraphs]
    assert any("Family named" in p.text for p in doc.paragraphs)


def test_xlsx_for_one_meeting(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "tracker.xlsx"
    code = run(
        ["--data-dir", str(data_dir), "export", "--format", "xlsx", "--meeting", "Scrutiny 12 Nov",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    questions = load_workbook(out)["Questions"]
    assert [c.value for c in questions[2]][5] == "Why are re-referrals rising?"


def test_a_missing_folder_is_one_line_and_exit_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "tracker.xlsx"
    code = run(["--data-dir", str(data_dir), "export", "--format", "xlsx", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: ") and "create it first" in err


def test_docx_written_on_a_worker_thread_still_has_pictures(data_dir: Path, tmp_path: Path) -> None:
    from db.store import Store
    from desktop.export import documents
    from desktop.export.gather import gather

    store = Store.open(data_dir / "scrutineer.sqlite")
    try:
        with store.session() as session:
            data = gather(session)
    finally:
        store.close()
    out = tmp_path / "window.docx"
    errors: list[BaseException] = []

    def write() -> None:
        from desktop.ui.chart_source import default_source

        source = default_source()  # away from the main thread: drawn in a helper process
        try:
            documents.write("docx", data, out, charts=source)
        except BaseException as err:  # reported below, on the test's own thread
            errors.append(err)
        finally:
            close = getattr(source, "close", None)
            if callable(close):
                close()

    worker = threading.Thread(target=write)
    worker.start()
    worker.join(timeout=240)
    assert errors == [] and not worker.is_alive()
    doc = Document(str(out))
    assert len(_pictures(doc)) == len(list(doc.element.body.iter(qn("wp:docPr")))) > 0


def _pictures(doc: object) -> list[bytes]:
    part = doc.part  # type: ignore[attr-defined]
    return [rel.target_part.blob for rel in part.rels.values() if "image" in rel.reltype]
