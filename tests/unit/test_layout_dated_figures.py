"""A figure dated by a real date beside it ('Data as at' 30/09/2024), read with its row's frequency."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.layout import dated_figures
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _d(day: int, month: int, year: int) -> dt.datetime:
    return dt.datetime(year, month, day)


@pytest.mark.parametrize(
    ("frequency", "name", "day", "label"),
    [
        ("Monthly", "Households in temporary accommodation", _d(30, 9, 2024), "Sep 2024"),
        ("M", "Calls answered", _d(31, 8, 2024), "Aug 2024"),
        ("Monthly", "Sickness days per FTE (rolling 12 months)", _d(31, 8, 2024),
         "Sep 2023\u2013Aug 2024"),
        ("Rolling 12 months", "Sickness absence", _d(31, 7, 2024), "Aug 2023\u2013Jul 2024"),
        ("Monthly", "Days lost, last 3 months", _d(30, 11, 2024), "Sep 2024\u2013Nov 2024"),
        ("Quarterly", "Major planning applications in time", _d(30, 6, 2024), "Q1 2024/25"),
        ("Q", "Complaints answered in time", _d(31, 12, 2024), "Q3 2024/25"),
        ("Quarterly", "Admissions to care", _d(31, 3, 2024), "Q4 2023/24"),
        ("Half-yearly", "Tenant satisfaction", _d(30, 9, 2024), "H1 2024/25"),
        ("Annual", "Recycling rate", _d(31, 3, 2024), "2023/24"),
        ("Yearly", "Net additional homes", _d(31, 3, 2023), "2022/23"),
        ("Annual", "GCSE grade 5+ in English and maths", _d(31, 8, 2024), "2023/24 (AY)"),
        ("Annually", "People killed or seriously injured", _d(31, 12, 2023), "2023"),
        (None, "Anything with no frequency", _d(15, 5, 2024), "May 2024"),
    ],
)  # fmt: skip
def test_a_date_ending_a_period_of_the_rows_frequency_is_that_period(
    frequency: str | None, name: str, day: dt.datetime, label: str
) -> None:
    role = dated_figures.row_role(frequency, name)
    found, why = dated_figures.dated(day.date(), role)
    assert found is not None and found.label == label and why == ""


@pytest.mark.parametrize(
    ("frequency", "day"),
    [
        ("Annual", _d(30, 9, 2024)),  # a survey in September: which year?
        ("Annual", _d(30, 6, 2024)),
        ("Quarterly", _d(31, 8, 2024)),
        ("Quarterly", _d(15, 9, 2024)),
        ("Half-yearly", _d(31, 12, 2024)),
    ],
)
def test_a_date_ending_none_of_the_rows_periods_is_asked_about(
    frequency: str, day: dt.datetime
) -> None:
    found, why = dated_figures.dated(day.date(), dated_figures.row_role(frequency, "Measure"))
    assert found is None and "does not say" in why


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Scorecard", [["Corporate scorecard Q2 2024/25"], [], *rows])
    return detect(Workbook(path="/tmp/latest.xlsx", format="xlsx", sheets=[sheet]))


def test_each_figure_dated_by_its_own_date_and_the_rows_frequency() -> None:
    read = _read(
        ["Ref", "Measure", "How often", "Previous", "Previous as at", "Latest", "Data as at",
         "Target", "RAG"],
        ["A1", "Households in temporary accommodation", "Monthly", 312, _d(31, 8, 2024), 327,
         _d(30, 9, 2024), 300, "Red"],
        ["A2", "Planning applications in time (%)", "Quarterly", 88.0, _d(31, 3, 2024), 92.0,
         _d(30, 6, 2024), 90.0, "Green"],
        ["A3", "Recycling rate (%)", "Annual", 58.7, _d(31, 3, 2023), 59.6, _d(31, 3, 2024),
         60.0, "Amber"],
        ["A4", "Killed or seriously injured", "Annual", 189, _d(31, 12, 2022), 176,
         _d(31, 12, 2023), 180, "Green"],
    )  # fmt: skip
    seen = {
        i.code: sorted((o.period.label, o.actual, o.target, o.rag) for o in i.observations)
        for i in read.indicators
    }
    assert seen == {
        "A1": [("Aug 2024", 312.0, 300.0, None), ("Sep 2024", 327.0, 300.0, "red")],
        "A2": [("Q1 2024/25", 92.0, 90.0, "green"), ("Q4 2023/24", 88.0, 90.0, None)],
        "A3": [("2022/23", 58.7, 60.0, None), ("2023/24", 59.6, 60.0, "amber")],
        "A4": [("2022", 189.0, 180.0, None), ("2023", 176.0, 180.0, "green")],
    }
    assert read.review == []


def test_an_annual_figure_as_at_mid_year_is_asked_about_at_its_date_cell() -> None:
    read = _read(
        ["Ref", "Measure", "Frequency", "Latest", "As at", "Previous", "Previous as at"],
        ["B1", "Calls answered (%)", "Monthly", 81.0, _d(30, 9, 2024), 79.0, _d(31, 8, 2024)],
        ["B2", "Residents satisfied (%)", "Annual", 61.0, _d(30, 9, 2024), 58.0, _d(30, 9, 2023)],
    )  # fmt: skip
    assert [(r.sheet, r.cell) for r in read.review] == [("Scorecard", "E5")]
    assert "30/09/2024" in read.review[0].reason
    assert "G5" in read.review[0].line() or "1 more" in read.review[0].line()
