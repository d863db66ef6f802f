"""Superscript footnote marks are digits to Python's str.isdigit ('294¹') but not to int():
a heading row or figure with one must be read, never stop the import with a ValueError."""

from __future__ import annotations

from desktop.scorecard.layout import day_numbers
from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import Sheet, Workbook


def test_a_superscript_mark_is_no_whole_number() -> None:
    assert day_numbers.whole("294¹") is None
    assert day_numbers.whole("²") is None
    assert day_numbers.whole("45383") == 45383


def test_a_table_with_superscript_marks_in_its_heading_row_and_cells_is_read() -> None:
    rows: list[list[object]] = [
        ["Quarterly performance 2024/25"],
        ["Ref", "Indicator", "Q1 2024/25¹", "Q2 2024/25²", "Target"],
        ["A1", "Calls answered (%)", 81.0, "84²", 85],
        ["A2", "Households in temporary accommodation", "294¹", 301.0, 280],
    ]
    book = Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)])
    parsed = detect(book)
    figures = {
        (i.code, o.period.label): o.actual for i in parsed.indicators for o in i.observations
    }
    assert figures[("A1", "Q1 2024/25")] == 81.0
    assert figures[("A2", "Q2 2024/25")] == 301.0
