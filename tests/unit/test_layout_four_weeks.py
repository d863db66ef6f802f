"""Columns headed by four-week periods ('Period 5 (22 Jul – 18 Aug)', 'P1' … 'P13') are no
month, quarter or year: their figures are held for review naming the headings that hold
figures, while the table's other columns (a year's outturn) are still read."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout import four_weeks
from desktop.scorecard.layout.header import Column
from desktop.scorecard.parse import periods
from tests.helpers.layout_sheets import detect_rows

PERIODS = ["Period 1 (1 Apr \u2013 28 Apr)", "Period 2 (29 Apr \u2013 26 May)",
           "Period 3 (27 May \u2013 23 Jun)"]  # fmt: skip


def test_four_week_periods_are_held_and_the_outturn_read(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "leisure.xlsx",
        [
            ["Leisure contract KPI scorecard 2024/25"],
            ["Ref", "KPI", "2023/24 outturn", *PERIODS, "Target 2024/25"],
            ["LC01", "Total visits", 1184220, 88410, 91236, None, 90000],
            ["LC02", "Swimming visits", 402315, 31208, 32544, None, 31500],
        ],
    )
    assert {(i.code, o.period.label, o.actual, o.target) for i in read.indicators
            for o in i.observations} == {
        ("LC01", "2023/24", 1184220, None),
        ("LC02", "2023/24", 402315, None),
    }  # fmt: skip
    # one line naming the headings that hold figures (F2's period is still to come)
    assert [r.line()[:42] for r in read.review] == [
        "Scorecard!D2: 'Period 1 (1 Apr \u2013 28 Apr)' "
    ]
    assert "(and 1 more like it: E2)" in read.review[0].reason


def test_the_latest_periods_rating_does_not_go_on_last_years_outturn(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "rated.xlsx",
        [
            ["Leisure contract KPI scorecard 2024/25"],
            ["Ref", "KPI", "2023/24 outturn", *PERIODS, "Target 2024/25", "RAG"],
            ["LC01", "Total visits", 1184220, 88410, 91236, None, 90000, "G"],
        ],
    )
    assert [(o.period.label, o.rag) for i in read.indicators for o in i.observations] == [
        ("2023/24", None)
    ]
    assert len(read.review) == 1  # the headings' line only


def _columns(*headings: str) -> list[Column]:
    return [Column(i, h, "actual" if "20" in h else None) for i, h in enumerate(headings)]


def test_a_row_reaching_period_13_counts_four_week_periods() -> None:
    columns = _columns("P11", "P12", "P13")
    four_weeks.place(columns, [[1, 2, None]])
    assert [(c.field, bool(c.doubt)) for c in columns] == [
        ("actual", True),
        ("actual", True),
        ("ignore", False),
    ]


def test_whole_months_and_month_numbers_are_left_alone() -> None:
    columns = _columns("Period 1 (1 Apr \u2013 30 Apr)", "P1", "P2", "Month 13")
    four_weeks.place(columns, [[1, 2, 3, 4]])
    assert all(not c.doubt and c.field is None for c in columns)


def test_a_dated_column_beside_them_keeps_its_period() -> None:
    columns = _columns("2023/24 outturn", "P12", "P13")
    columns[0].period = periods.financial_year(2023)
    four_weeks.place(columns, [[1, 2, 3]])
    assert columns[0].period == periods.financial_year(2023) and not columns[0].doubt
