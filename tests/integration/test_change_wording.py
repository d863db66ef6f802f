"""A change in a percentage is written in percentage points, in the briefing's "what changed"
table as in the window's words; a relative change only where it means something."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from desktop.export import documents
from tests.helpers.export_store import FakeCharts, build

BEFORE, NOW = "Q1 2025/26", "Q2 2025/26"


def moved(tmp_path: Path, code: str, before: float, now: float, target: float) -> Path:
    """The sample with ``code`` moved from ``before`` to ``now`` (green both times)."""
    sample = build(tmp_path)
    with sample.store.session() as s:
        indicator = s.scalars(select(IndicatorRow).where(IndicatorRow.code == code)).one()
        for label, actual in ((BEFORE, before), (NOW, now)):
            row = s.scalars(
                select(ObservationRow)
                .join(PeriodRow)
                .where(ObservationRow.indicator_id == indicator.id, PeriodRow.label == label)
            ).one()
            row.actual, row.target, row.rag = actual, target, "green"
    out = tmp_path / "briefing.docx"
    documents.write("docx", sample.data(), out, charts=FakeCharts())
    documents.write("xlsx", sample.data(), tmp_path / "tracker.xlsx")
    sample.store.close()
    return out


def change_cell(out: Path, code: str) -> str:
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Indicator")
    rows = {r.cells[0].text.split()[0]: r.cells[-1].text for r in table.rows[1:]}
    return rows[code]


def test_a_percentage_that_moved_is_better_by_points_not_per_cent(tmp_path: Path) -> None:
    out = moved(tmp_path, "CS13", 80.0, 89.5, 75.0)  # 9.5 points; 11.9% of 80
    assert change_cell(out, "CS13") == "Better by 9.5 points"
    paper = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "percentage points" in paper  # the table's introduction says how it is measured


def test_a_count_that_moved_keeps_its_share_of_the_earlier_figure(tmp_path: Path) -> None:
    out = moved(tmp_path, "HW09", 200.0, 170.0, 250.0)
    assert change_cell(out, "HW09") == "Worse by 15%"


def test_neither_export_writes_a_percentage_s_change_as_a_share(tmp_path: Path) -> None:
    out = moved(tmp_path, "CS13", 80.0, 89.5, 75.0)
    table = next(t for t in Document(str(out)).tables if t.rows[0].cells[0].text == "Indicator")
    for row in table.rows[1:]:
        before, change = row.cells[1].text, row.cells[-1].text
        if before.endswith("%"):
            assert not re.search(r"by [\d.]+%", change), (row.cells[0].text, change)
    book = load_workbook(tmp_path / "tracker.xlsx")
    cells = [str(c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r if c.value]
    assert not [c for c in cells if re.search(r"(Better|Worse|Changed) by", c)]
