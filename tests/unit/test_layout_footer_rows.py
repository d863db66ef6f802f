"""A report's page footer written out as a row under the table ('Printed on 14/11/2024
09:32:18' | 'Page 1 of 1') is no indicator, and its cells are not weighed as the columns'
contents; a row with anything else in it is read as before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

# code, name, Q1, Q2, target, status, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("HS1", "Homeless cases prevented", 61.0, 64.5, 60.0, "Green", None),
    ("HS2", "Empty homes brought back into use", 12, 9, 15, "Red", None),
    ("HS3", "Repairs completed on time", 88.1, 89.4, 90.0, "Amber", None),
)
HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG", "Comments"]


def _detect(path: Path, rows: Sequence[Sequence[object]]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Housing scorecard 2024/25"])
    sheet.append(HEAD)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def test_a_page_footer_under_the_table_is_no_indicator(tmp_path: Path) -> None:
    footer = ("Printed on 14/11/2024 09:32:18", None, None, None, None, "Page 1 of 1")
    parsed = _detect(tmp_path / "book.xlsx", [*ROWS, (), footer])
    assert not parsed.review
    assert sorted(str(i.code) for i in parsed.indicators) == ["HS1", "HS2", "HS3"]
    assert any("page footer 'Printed on" in w for w in parsed.warnings)
    ratings = {i.code: [o.rag for o in i.observations] for i in parsed.indicators}
    assert ratings["HS2"] == [None, "red"]


def test_a_row_naming_a_page_beside_figures_is_still_an_indicator(tmp_path: Path) -> None:
    """Only a row of nothing but page numbers and lines dating the file is a footer."""
    rows = [*ROWS, ("Page 1", "Pages of the website reviewed", 3, 4, 5, "Red", None)]
    parsed = _detect(tmp_path / "book.xlsx", rows)
    assert not parsed.review
    assert "Pages of the website reviewed" in {i.name for i in parsed.indicators}
