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
