"""A tagged PDF beside the briefing when LibreOffice is installed; a clear note when not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.cli import run
from desktop.export import documents
from desktop.export.pdf import find_office, pdf_beside
from tests.helpers.export_store import FakeCharts, build

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def test_without_libreoffice_the_briefing_is_written_and_the_note_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SCRUTINEER_OFFICE")
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))  # no soffice to be found
    sample = build(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    sample.store.close()
    shutil.copy(tmp_path / "scrutineer.sqlite", data / "scrutineer.sqlite")
    out = tmp_path / "briefing.docx"
    code = run(["--data-dir", str(data), "export", "--format", "docx", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and out.is_file() and not out.with_suffix(".pdf").exists()
    assert "no PDF: LibreOffice is not installed — install LibreOffice Writer" in err
    assert len([line for line in err.splitlines() if "PDF" in line]) == 1  # one line


def test_the_override_can_switch_pdfs_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCRUTINEER_OFFICE", "")
    assert find_office() is None
    note = pdf_beside(tmp_path / "briefing.docx").note
    assert note == "no PDF: switched off (SCRUTINEER_OFFICE is empty)"


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed here")
def test_a_tagged_pdf_is_written_beside_the_docx(tmp_path: Path) -> None:
    sample = build(tmp_path)
    try:
        out = tmp_path / "briefing.docx"
        documents.write("docx", sample.data(), out, charts=FakeCharts())
    finally:
        sample.store.close()
    result = pdf_beside(out, office=OFFICE)
    assert result.path == out.with_suffix(".pdf"), result.note
    pdf = result.path.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert b"/StructTreeRoot" in pdf and b"/MarkInfo" in pdf  # tagged: structure for readers
