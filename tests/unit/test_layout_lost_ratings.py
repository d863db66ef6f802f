"""A column of ratings a wide table would drop without a word is asked about, naming its
heading cell: ratings of a period the table gives no figures for, a second column of ratings
for a period with nothing in its heading saying what it rates, and two columns rating one
period. Ratings whose heading says what they rate (an earlier period, a forecast, the data's
quality, last year) are left as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import lost_ratings
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from tests.helpers.layout_sheets import detect_rows

NAMES = (
    ("AS1", "Adults supported to live at home (%)", 81.0, 79.5, 85.0),
    ("AS2", "Carers assessed within 28 days (%)", 90.0, 93.1, 90.0),
    ("AS3", "Reviews completed on time (%)", 70.0, 71.0, 80.0),
    ("AS4", "Reablement still at home after 91 days (%)", 84.0, 86.2, 82.0),
)
OWN = ["Red", "Green", "Amber", "Green"]
OTHER = ["Green", "Red", "Green", "Amber"]


def _read(heads: list[str]) -> ParsedScorecard:
    rows: list[list[CellValue]] = [["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", *heads]]
    for (code, name, q1, q2, target), a, b in zip(NAMES, OWN, OTHER, strict=True):
        rows.append([code, name, q1, q2, target, a, b])
    book = Workbook(path="/tmp/lost.xlsx", format="xlsx", sheets=[Sheet("Q2", rows)])
    return detect(book)


def _review(parsed: ParsedScorecard) -> list[tuple[str, str]]:
    return [(item.cell, item.reason) for item in parsed.review]


@pytest.mark.parametrize(
    ("heads", "cell"),
    [
        (["Q4 2024/25 RAG", "RAG"], "F1"),  # a later quarter than any figure
        (["RAG", "2023/24 RAG"], "G1"),  # last year's rating beside this year's quarters
        (["Q1 2023/24 status", "Q2 RAG"], "F1"),  # a quarter of another year
        (["Status", "Rating 2022/23"], "G1"),
    ],
)
def test_ratings_of_a_period_without_figures_are_asked_about(heads: list[str], cell: str) -> None:
    review = _review(_read(heads))
    assert any(c == cell and "gives no figures for" in r for c, r in review), review


@pytest.mark.parametrize("heads", [["Q2 RAG", "Q2 RAG"], ["Q2 status", "Q2 RAG"]])
def test_two_columns_rating_one_period_are_asked_about(heads: list[str]) -> None:
    review = _review(_read(heads))
    assert any(c == "G1" and "both hold ratings for Q2 2024/25" in r for c, r in review), review


@pytest.mark.parametrize(
    "heads",
    [
        ["Q1 RAG", "Q2 RAG"],  # each quarter its own rating
        ["Q2 RAG", "Q2 data quality"],  # rates the data, not performance
        ["RAG", "Forecast year-end RAG"],  # a forecast
        ["Q2 RAG", "Q3 2024/25 forecast RAG"],
        ["Previous status", "Current status"],  # an earlier quarter shown in the table
        ["Previous status", "Q3 status"],
        ["Q2 RAG", "Q2 RAG last year"],  # the same quarter last year
        ["RAG", "Direction"],
    ],
)
def test_ratings_whose_heading_says_what_they_rate_are_not_asked_about(heads: list[str]) -> None:
    assert _review(_read(heads)) == []


@pytest.mark.parametrize("status", ["Stx", "Grd", "Lvl"])
def test_a_status_sub_heading_not_understood_is_never_lost_silently(
    tmp_path: Path, status: str
) -> None:
    # the sub-heading is not known, but its cells are ratings: each quarter's own rating
    # (test_layout_period_ratings has the rule in its several wordings)
    rows: list[list[object]] = [
        ["Ref", "Measure", "Q1 24/25", None, None, None, "Q2 24/25", None, None, None],
        [None, None, "Act", "Tgt", "Var", status, "Act", "Tgt", "Var", status],
        ["NR1", "Missed bins per 100,000", 61, 60, 1, "A", 55, 60, -5, "G"],
        ["NR2", "Fly-tips cleared in 2 days (%)", 91.0, 95, -4, "R", 96.5, 95, 1.5, "G"],
        ["NR3", "Graffiti removed in 5 days (%)", 88.0, 90, -2, "A", 92.0, 90, 2, "G"],
    ]
    read = detect_rows(tmp_path / "blocks.xlsx", rows, merged=["C1:F1", "G1:J1"])
    assert _review(read) == [], status
    rated = [(o.period.label, o.rag) for i in read.indicators for o in i.observations]
    assert rated == [
        ("Q1 2024/25", "amber"),
        ("Q2 2024/25", "green"),
        ("Q1 2024/25", "red"),
        ("Q2 2024/25", "green"),
        ("Q1 2024/25", "amber"),
        ("Q2 2024/25", "green"),
    ]


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        ("Q2 RAG last year", True),
        ("Status same quarter prior year", True),
        ("Previous status", True),
        ("Forecast outturn RAG", True),
        ("Data quality", True),
        ("Q2 Stx", False),
        ("RAG", False),
        ("Grade", False),
    ],
)
def test_a_heading_saying_what_it_rates(heading: str, said: bool) -> None:
    assert lost_ratings.says_what(heading) is said


@pytest.mark.parametrize(
    "heading", ["2024/25 RAG", "RAG 2024/25", "Status 24/25", "2024-25 rating"]
)
def test_a_rating_of_the_year_of_the_quarters_rates_each_rows_latest_quarter(
    heading: str,
) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", heading],
        ["AS1", "Adults supported to live at home (%)", 80.0, 81.0, 79.5, 82.0, "Green"],
        ["AS2", "Carers assessed within 28 days (%)", 88.0, 90.0, 93.1, None, "Amber"],
        ["AS3", "Reviews completed on time (%)", 71.0, None, None, None, None],
    ]
    book = Workbook(path="/tmp/year.xlsx", format="xlsx", sheets=[Sheet("Q3", rows)])
    read = detect(book)
    assert _review(read) == []
    rated = {(o.period.label, o.rag) for i in read.indicators for o in i.observations if o.rag}
    assert rated == {("Q3 2024/25", "green"), ("Q2 2024/25", "amber")}


def test_a_rating_of_the_year_on_a_row_without_its_quarters_is_asked_about() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "2023/24", "Q1 2024/25", "Q2 2024/25", "RAG 2024/25"],
        ["AS1", "Adults supported to live at home (%)", 80.0, 81.0, 79.5, "Green"],
        ["AS2", "Residents satisfied with the area (%)", 77.0, None, None, "Red"],
    ]
    book = Workbook(path="/tmp/year.xlsx", format="xlsx", sheets=[Sheet("Q2", rows)])
    review = _review(detect(book))
    assert any(c == "F3" and "rates 2024/25" in r for c, r in review), review


def test_a_rating_of_a_year_without_its_quarters_is_still_asked_about() -> None:
    review = _review(_read(["RAG", "2025/26 RAG"]))
    assert any(c == "G1" and "gives no figures for" in r for c, r in review), review


@pytest.mark.parametrize(("banner", "rating"), [("2024/25", "RAG"), ("Year 2024-25", "Status")])
def test_bare_quarters_under_a_year_banner_take_the_rating_after_them(
    tmp_path: Path, banner: str, rating: str
) -> None:
    rows: list[list[object]] = [
        [None, None, "Outturn", None, banner, None, None, None, None],
        ["Ref", "Indicator", "2022/23", "2023/24", "Q1", "Q2", "Q3", "Q4", rating],
        ["WS1", "Household waste recycled (%)", 52.1, 53.4, 56.2, 57.1, 52.9, None, "Amber"],
        ["WS2", "Fly-tips removed in 5 days (%)", 91.2, 93.8, 96.0, 94.7, None, None, "Green"],
    ]
    read = detect_rows(tmp_path / "banner.xlsx", rows, merged=["C1:D1", "E1:H1"])
    assert _review(read) == []
    rated = {(o.period.label, o.rag) for i in read.indicators for o in i.observations if o.rag}
    assert rated == {("Q3 2024/25", "amber"), ("Q2 2024/25", "green")}


def test_a_quarters_rating_on_a_row_without_that_quarter_is_not_read_as_the_years() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q3 RAG"],
        ["AS1", "Adults supported to live at home (%)", 81.0, 79.5, 82.0, "Green"],
        ["AS2", "Carers assessed within 28 days (%)", 90.0, 93.1, None, "Amber"],
    ]
    book = Workbook(path="/tmp/quarter.xlsx", format="xlsx", sheets=[Sheet("Q3", rows)])
    read = detect(book)
    assert not any("rates Q3" in r for _, r in _review(read))
    rated = {(o.period.label, o.rag) for i in read.indicators for o in i.observations if o.rag}
    assert ("Q2 2024/25", "amber") not in rated
