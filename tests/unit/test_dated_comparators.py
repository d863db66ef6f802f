"""Comparator columns ('England', 'North West') whose cells carry their own year in brackets
('62.1 (2022/23)', '70 (2024)') hold figures, not names of areas: the table is the council's
own, and each comparator's figure is read as a comparator."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse import dated_comparators
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def test_a_figure_with_a_period_in_brackets_is_the_figure() -> None:
    assert dated_comparators.figure("62.1 (2022/23)") == "62.1"
    assert dated_comparators.figure("367 (2020\u201323)") == "367"
    assert dated_comparators.figure("89.7 (Aug 2023)") == "89.7"
    assert dated_comparators.figure("45% (n=11)") is None
    assert dated_comparators.figure("Barnsley (2023)") is None
    assert dated_comparators.figure("n/a") is None


def test_comparator_cells_with_their_own_year_are_not_areas() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "England", "North West"],
        ["CS01", "Re-referrals within 12 months (%)", 19.4, 23.6, 20.0, "22.4 (2023/24)",
         "20.9 (2023/24)"],
        ["CS02", "Assessments within 45 days (%)", 90.1, 84.7, 90.0, "82.9 (2023/24)", "n/a"],
        ["CC01", "Children in care (rate per 10,000)", 98.9, 101.7, 95.0, "70 (2024)",
         "99 (2024)"],
    ]  # fmt: skip
    sheet = Sheet("Scorecard", rows)
    parsed = detect(Workbook(path="/tmp/dated.xlsx", format="xlsx", sheets=[sheet]))
    assert not parsed.review, parsed.review
    found = {i.code: i for i in parsed.indicators}
    assert set(found) == {"CS01", "CS02", "CC01"}
    latest = found["CS01"].observations[-1]
    assert latest.actual == 23.6
    assert latest.comparators["England"] == 22.4
    assert 20.9 in latest.comparators.values()  # the region's, under its own key
    assert found["CC01"].observations[-1].comparators["England"] == 70.0
