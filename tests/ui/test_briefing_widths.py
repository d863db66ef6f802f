"""No word of the briefing's tables is broken mid-word: each word fits its column, measured
with the metrics of the font LibreOffice or Word would use in place of the template's."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QApplication

from desktop.export import documents
from tests.helpers.export_store import MEETING, FakeCharts, build

TWIPS_PER_CM = 567
CELL_MARGINS_CM = 2 * 85 / TWIPS_PER_CM  # the template's left and right cell margins
POINTS_PER_CM = 72 / 2.54
EM = 1000  # measure at a large pixel size, then scale: no rounding to whole pixels


def _width_cm(metrics: QFontMetricsF, word: str, size_pt: float) -> float:
    return metrics.horizontalAdvance(word) / EM * size_pt / POINTS_PER_CM


@pytest.mark.parametrize("meeting", [None, MEETING])
def test_every_word_fits_its_column(
    qapp: QApplication, tmp_path: Path, meeting: str | None
) -> None:
    sample = build(tmp_path)
    try:
        out = tmp_path / "briefing.docx"
        data = sample.data(include_exempt=True, meeting=meeting)
        documents.write("docx", data, out, charts=FakeCharts())
    finally:
        sample.store.close()
    fonts = {}
    for bold in (False, True):
        font = QFont("Arial")
        font.setPixelSize(EM)
        font.setBold(bold)
        fonts[bold] = QFontMetricsF(font)
    assert QFontInfo(QFont("Arial")).family()  # some font stands in for Arial here
    doc = Document(str(out))
    too_wide = []
    for table in doc.tables:
        grid = [int(c.get(qn("w:w"))) / TWIPS_PER_CM for c in table._tbl.tblGrid]
        for row in table.rows:
            header = row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
            for c, cell in enumerate(row.cells):
                room = grid[c] - CELL_MARGINS_CM
                for word in cell.text.split():
                    if len(word) > 24:  # a pasted link or code: Word may break it anywhere
                        continue
                    width = _width_cm(fonts[header], word, 10)
                    if width > room:
                        too_wide.append(f"{word!r} needs {width:.2f} cm, has {room:.2f} cm")
    assert too_wide == []


def test_status_and_rag_words_fit_in_bold_too(qapp: QApplication) -> None:
    from desktop.export.docx_briefing import ACTION_WIDTHS, SUMMARY_WIDTHS
    from desktop.export.docx_indicator import QUESTION_WIDTHS

    font = QFont("Arial")
    font.setPixelSize(EM)
    font.setBold(True)
    bold = QFontMetricsF(font)
    for word, width in (
        ("Withdrawn", QUESTION_WIDTHS[2]),
        ("Answered", QUESTION_WIDTHS[2]),
        ("progress", ACTION_WIDTHS[3]),
        ("Amber", SUMMARY_WIDTHS[2]),
        ("Green", SUMMARY_WIDTHS[3]),
        ("rated", SUMMARY_WIDTHS[4]),
    ):
        assert _width_cm(bold, word, 10) <= width - CELL_MARGINS_CM, word
