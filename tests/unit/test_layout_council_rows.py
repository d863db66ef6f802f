"""Councils as rows, indicators as columns named in full, over period and 'Good is' rows."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.workbook import read_workbook

ROWS: list[list[object]] = [
    ["Tamworth Borough Council - how we compare with our nearest neighbours"],
    [],
    ["Local authority", "Council tax collected in year (%)", "Residual waste per household (kg)",
     "Rough sleepers on a single night"],
    ["Period", "2023/24", "2022/23", "Autumn 2023"],
    ["Good is", "High", "Low", "Low"],
    ["Burnley", 95.1, 512, 6],
    ["Crawley", 96.8, "-", 3],
    ["Tamworth", 96.4, 487, 4],
    ["Worcester", 95.9, 530, 9],
    ["Nearest neighbours average", 96.0, 509, 5],
    ["England (shire districts)", 96.2, 516, None],
]  # fmt: skip


def _read(tmp_path: Path, rows: Sequence[Sequence[object]], area: str | None) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Benchmarking"
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "benchmarking.xlsx"
    book.save(path)
    return find.detect(read_workbook(path), area=area, explaining=True)


def test_the_chosen_councils_row_is_read_under_each_columns_period(tmp_path: Path) -> None:
    parsed = _read(tmp_path, ROWS, "Tamworth")
    found = {i.name: [(o.period.label, o.actual, o.cell) for o in i.observations]
             for i in parsed.indicators}  # fmt: skip
    assert found == {
        "Council tax collected in year (%)": [("2023/24", 96.4, "B8")],
        "Residual waste per household (kg)": [("2022/23", 487.0, "C8")],
    }
    polarity = {i.name: i.polarity for i in parsed.indicators}
    assert polarity["Residual waste per household (kg)"] == "lower_is_better"
    # a season: the rough sleepers' column is not read, its period cell asked about
    assert [r.cell for r in parsed.review] == ["D4"]


def test_without_an_area_the_file_is_refused_naming_the_council(tmp_path: Path) -> None:
    with pytest.raises(ScorecardError, match=r"names Tamworth.*--area"):
        _read(tmp_path, ROWS, None)


def test_a_table_of_names_and_words_is_not_taken_for_councils(tmp_path: Path) -> None:
    rows = [
        ["Local authority", "Lead officer name", "Contact phone number"],
        ["Burnley", "Jo Smith", "Call the office"],
        ["Crawley", "Al Jones", "Call the office"],
        ["Tamworth", "Sam Green", "Call the office"],
    ]
    with pytest.raises(ScorecardError, match="no indicator table"):
        _read(tmp_path, rows, "Tamworth")
