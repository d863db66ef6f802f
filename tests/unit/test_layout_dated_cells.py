"""A figure column whose cells carry their own period before or after the figure ('Q2 24/25:
56.8%', 'Sep 2024 – 1,204', '(Aug 24) 12 days') is read cell by cell at each cell's period;
a cell whose period does not read, or a column where only some cells carry one, is asked
about at the cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import dated_cells
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "label", "shown"),
    [("Q2 24/25: 56.8%", "Q2 2024/25", "56.8%"), ("Sep 2024 \u2013 1,204", "Sep 2024", "1,204"),
     ("2023/24: 64%", "2023/24", "64%"), ("(Aug 24) 12 days", "Aug 2024", "12 days"),
     ("Q2 24/25: n/a", "Q2 2024/25", "n/a"), ("56.8% (Q2 24/25)", "Q2 2024/25", "56.8%"),
     ("1,204 - Sep 2024", "Sep 2024", "1,204")],
)  # fmt: skip
def test_a_cell_with_its_own_period_is_split(text: str, label: str, shown: str) -> None:
    found = dated_cells.split(text)
    assert found is not None
    assert (found[0].label, found[1]) == (label, shown)


@pytest.mark.parametrize(
    "text", ["Apr \u2013 Jun 2024", "47.2% (45.9%)", "45% (n=11)", "85%", "Target: 50%",
             "12 - 14", "Q2: 56%\nQ3: 58%", 56.8, None]
)  # fmt: skip
def test_other_cells_are_not_split(text: object) -> None:
    assert dated_cells.split(text) is None  # type: ignore[arg-type]


HEAD = ["Ref", "Indicator", "Previous", "Latest data", "Target", "RAG"]


def _sheet(tmp_path: Path, rows: list[list[object]], head: list[str] = HEAD) -> ParsedScorecard:
    lines: list[list[object]] = [
        ["Corporate KPIs \u2013 latest available data"],
        [],
        [*head],
        *rows,
    ]
    return detect_rows(tmp_path / "kpis.xlsx", lines)


def test_each_cell_is_read_at_its_own_period(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [["R1", "Council tax collected (%)", "Q1 24/25: 29.4%", "Q2 24/25: 56.8%", 57.5, "Amber"],
         ["R2", "Invoices paid in 30 days (%)", "Aug 2024 \u2013 91.2%", "Sep 2024 \u2013 93.6%",
          95, "Amber"],
         ["R3", "Staff turnover (%)", "2022/23: 13.9%", "2023/24: 12.1%", 12, "Green"],
         ["R4", "Average days to relet", "(Jul 24) 34 days", "(Aug 24) 12 days", 28, "Green"],
         ["R5", "Rent collected (%)", "Q1 24/25: 97.1%", "Q2 24/25: n/a", 98, None]],
    )  # fmt: skip
    assert not parsed.review
    got = figures(parsed)
    assert got["Council tax collected (%)"] == [("Q1 2024/25", 29.4), ("Q2 2024/25", 56.8)]
    assert got["Invoices paid in 30 days (%)"] == [("Aug 2024", 91.2), ("Sep 2024", 93.6)]
    assert got["Staff turnover (%)"] == [("2022/23", 13.9), ("2023/24", 12.1)]
    assert got["Average days to relet"] == [("Jul 2024", 34.0), ("Aug 2024", 12.0)]
    assert got["Rent collected (%)"] == [("Q1 2024/25", 97.1), ("Q2 2024/25", None)]
    rated = {i.name: [o.rag for o in i.observations] for i in parsed.indicators}
    assert rated["Council tax collected (%)"] == [None, "amber"]  # the RAG is the latest's


def test_a_single_latest_column_is_read_cell_by_cell(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [["R1", "Council tax collected (%)", "Q2 24/25: 56.8%", 57.5],
         ["R2", "Invoices paid in 30 days (%)", "Sep 2024 \u2013 93.6%", 95],
         ["R3", "Staff turnover (%)", "2023/24: 12.1%", 12]],
        head=["Ref", "Indicator", "Latest data", "Target"],
    )  # fmt: skip
    assert not parsed.review
    got = figures(parsed)
    assert got["Invoices paid in 30 days (%)"] == [("Sep 2024", 93.6)]
    assert got["Staff turnover (%)"] == [("2023/24", 12.1)]


def test_a_cell_whose_period_does_not_read_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [["R1", "Council tax collected (%)", "Q1 24/25: 29.4%", "Q2 24/25: 56.8%", 57.5, "Amber"],
         ["R2", "Invoices paid in 30 days (%)", "Aug 2024 \u2013 91.2%", "Sep 2024 \u2013 93.6%",
          95, "Amber"],
         ["R3", "Staff turnover (%)", "2022/23: 13.9%", "2023/24: 12.1%", 12, "Green"],
         ["R4", "Average days to relet", "(Jul 24) 34 days", "Qtr Two-ish: 12 days", 28, "Green"],
         ["R5", "Rent collected (%)", "Q1 24/25: 97.1%", "Q2 24/25: 97.9%", 98, None]],
    )  # fmt: skip
    assert [r.cell for r in parsed.review] == ["D7"]


def test_a_column_where_only_some_cells_name_a_period_is_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        [["R1", "Council tax collected (%)", 56.8, 57.5],
         ["R2", "Invoices paid in 30 days (%)", "Sep 2024 \u2013 93.6%", 95],
         ["R3", "Staff turnover (%)", 12.1, 12],
         ["R4", "Rent collected (%)", 97.9, 98],
         ["R5", "Average days to relet", 34, 28]],
        head=["Ref", "Indicator", "Q2 2024/25", "Target"],
    )  # fmt: skip
    assert "C5" in [r.cell for r in parsed.review]
