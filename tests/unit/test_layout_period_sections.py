"""The same indicators in a section per quarter down one sheet: each section's period line
dates its table, and is neither a heading over the code column nor a portfolio."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def test_each_section_is_read_for_the_period_its_line_names(tmp_path: Path) -> None:
    table = ["Code", "Measure", "Actual", "Target", "RAG"]
    parsed = detect_rows(
        tmp_path / "sections.xlsx",
        [
            ["Customer services monitoring 2024/25"],
            [],
            ["Quarter 1 2024/25"],
            table,
            ["C1", "Calls answered (%)", 84.2, 85, "A"],
            ["C2", "Complaints answered in 10 days (%)", 78, 90, "R"],
            [],
            ["Q2 2024/25"],
            table,
            ["C1", "Calls answered (%)", 86.0, 85, "G"],
            ["C2", "Complaints answered in 10 days (%)", 88, 90, "A"],
        ],
    )
    assert figures(parsed) == {
        "Calls answered (%)": [("Q1 2024/25", 84.2), ("Q2 2024/25", 86.0)],
        "Complaints answered in 10 days (%)": [("Q1 2024/25", 78), ("Q2 2024/25", 88)],
    }
    assert {i.portfolio for i in parsed.indicators} == {None}
    assert not parsed.review
