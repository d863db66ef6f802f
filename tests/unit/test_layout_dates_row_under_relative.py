"""Relative headings ('Same quarter last year', 'Previous quarter') over a row giving each
column's dates: that period's figures, not a comparator; comparator figures of a period no
column gives are said, not dropped."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

SAVED = dt.datetime(2025, 3, 14, 9, 30)
HEADINGS = ["Ref", "Indicator", "Same quarter last year", "Previous quarter", "Current quarter"]
DATES = [None, None, "Jul–Sep 2023", "Apr–Jun 2024", "Jul–Sep 2024"]


def _read(path: Path, rows: Sequence[Sequence[object]]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q2 2024-25"
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    stamp = SAVED.timestamp()
    os.utime(path, (stamp, stamp))
    return detect(read_workbook(path), explaining=True)


def _figures(read: ParsedScorecard) -> dict[str, dict[str, float | None]]:
    return {i.code or i.name: {o.period.label: o.actual for o in i.observations}
            for i in read.indicators}  # fmt: skip


def test_a_dates_row_under_relative_headings_dates_each_column(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "report.xlsx",
        [HEADINGS, DATES, ["EC1", "Business rates collected (%)", 57.2, 29.1, 58.4]],
    )
    assert read.review == []
    assert _figures(read) == {"EC1": {"Q2 2023/24": 57.2, "Q1 2024/25": 29.1, "Q2 2024/25": 58.4}}
    assert all(not o.comparators for i in read.indicators for o in i.observations)


def test_without_a_dates_row_the_relative_heading_is_read_as_before(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "report.xlsx",
        [
            ["Ref", "Indicator", "Same quarter last year", "Q2 2024/25"],
            ["EC1", "Business rates collected (%)", 57.2, 58.4],
        ],
    )
    # counted back from the dated column beside it, as ever
    assert _figures(read) == {"EC1": {"Q2 2023/24": 57.2, "Q2 2024/25": 58.4}}


def test_comparator_figures_of_a_period_no_column_gives_are_said(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "report.xlsx",
        [
            ["Ref", "Indicator", "2024/25", "England 2023/24"],
            ["EC1", "Business rates collected (%)", 97.1, 96.0],
        ],
    )
    assert _figures(read) == {"EC1": {"2024/25": 97.1}}
    said = [w for w in read.warnings if "England 2023/24" in w]
    assert len(said) == 1 and "not imported" in said[0] and said[0].startswith("Q2 2024-25!D1")
    assert any("no column gives the figures of 2023/24" in line for line in read.explain)
