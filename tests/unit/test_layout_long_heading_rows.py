"""A row naming an indicator over its quarter rows, the name in the period column."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def test_heading_rows_name_the_quarter_rows_under_them(tmp_path: Path) -> None:
    rows = [
        ["Planning performance 2024/25"],
        ["Ref", "Measure / period", "Actual", "Target", "Status"],
        ["P1", "Householder applications decided in 8 weeks (%)", None, None, None],
        [None, "Q1", 91.0, 90, "On target"],
        [None, "Q2", 88.5, 90, "Below target"],
        ["P2", "Appeals allowed against the council's decision (%)", None, None, None],
        [None, "Q1", 22.0, 30, "On target"],
        [None, "Q2", 31.5, 30, "Below target"],
    ]
    parsed = detect_rows(tmp_path / "h.xlsx", rows)
    assert parsed.review == []
    assert [(i.code, i.name) for i in parsed.indicators] == [
        ("P1", "Householder applications decided in 8 weeks (%)"),
        ("P2", "Appeals allowed against the council's decision (%)"),
    ]
    assert figures(parsed)["Householder applications decided in 8 weeks (%)"] == [
        ("Q1 2024/25", 91.0), ("Q2 2024/25", 88.5),
    ]  # fmt: skip


def test_a_period_cell_that_is_no_period_beside_a_figure_is_still_doubted(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Period", "Actual"],
        ["P1", "Householder applications decided in 8 weeks (%)", "Q1 2024/25", 91.0],
        [
            "P1",
            "Householder applications decided in 8 weeks (%)",
            "the second quarter so far",
            88.5,
        ],
    ]
    parsed = detect_rows(tmp_path / "d.xlsx", rows)
    assert any("not understood" in item.reason for item in parsed.review)
