"""A column rating something other than performance (the data's quality, confidence, a
risk, a priority) is never the indicator's RAG; two columns of ratings with nothing saying
which rates performance are asked about, naming the cell."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout import other_ratings
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

NAMES = (
    ("AS1", "Adults supported to live at home (%)", 81.0, 79.5, 85.0),
    ("AS2", "Carers assessed within 28 days (%)", 90.0, 93.1, 90.0),
    ("AS3", "Reviews completed on time (%)", 70.0, 71.0, 80.0),
    ("AS4", "Reablement still at home after 91 days (%)", 84.0, 86.2, 82.0),
)
OWN = ["Red", "Green", "Amber", "Green"]
OTHER = ["Green", "Red", "Green", "Amber"]
RAG = {"Red": "red", "Amber": "amber", "Green": "green", "R": "red", "A": "amber", "G": "green"}


def _read(heads: list[str], own: list[str], other: list[str]) -> ParsedScorecard:
    rows: list[list[CellValue]] = [["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", *heads]]
    for (code, name, q1, q2, target), a, b in zip(NAMES, own, other, strict=True):
        rows.append([code, name, q1, q2, target, a, b])
    book = Workbook(path="/tmp/rated.xlsx", format="xlsx", sheets=[Sheet("Q2", rows)])
    return detect(book)


def _ratings(parsed: ParsedScorecard) -> list[str | None]:
    by_code = {i.code: i for i in parsed.indicators}
    return [
        next(o.rag for o in by_code[code].observations if o.period.label == "Q2 2024/25")
        for code, *_ in NAMES
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Data quality rating",
        "DQ RAG",
        "Data quality",
        "Confidence in the data",
        "Data reliability",
        "Risk rating",
        "Likelihood",
        "Impact",
        "Assurance level",
        "Q2 data quality",
    ],
)
@pytest.mark.parametrize("first", ["RAG", "Q2 RAG", "Status"])
def test_a_column_rating_another_subject_is_never_the_rating(first: str, heading: str) -> None:
    # the rating column first or second: its own ratings are read either way
    for heads, left, right in (([first, heading], OWN, OTHER), ([heading, first], OTHER, OWN)):
        parsed = _read(heads, left, right)
        assert not parsed.review, (heads, parsed.review)
        assert _ratings(parsed) == [RAG[w] for w in OWN], heads


def test_the_other_subject_is_said_in_words() -> None:
    assert other_ratings.subject("Data quality rating") == "data quality"
    assert other_ratings.subject("DQ") == "dq"
    assert other_ratings.subject("Confidence") == "confidence"
    assert other_ratings.subject("Status (on track / at risk)") is None
    assert other_ratings.subject("Q3 RAG") is None
    assert other_ratings.subject("Performance rating") is None


@pytest.mark.parametrize(
    "heads",
    [
        ["Col F", "Col G"],  # neither heading says anything
        ["Status", "Rating"],  # both headed as ratings, neither by the scale
        ["Q2 Status", "Assessment"],  # one placed on the latest quarter, one for the row's latest
        ["RAG", "Col G"],  # one headed as the rating, the other only its cells: as likely it
        ["Stx", "G/A/R"],
        ["Pos", "Performance RAG"],
    ],
)
def test_two_columns_of_ratings_with_nothing_saying_which_are_asked_about(
    heads: list[str],
) -> None:
    parsed = _read(heads, OWN, OTHER)
    assert parsed.review, heads
    assert any(
        "both hold ratings" in item.reason
        and item.cell in ("F1", "G1")
        and all(f"'{h}'" in item.reason for h in heads)  # both named
        for item in parsed.review
    ), [(i.cell, i.reason) for i in parsed.review]


@pytest.mark.parametrize(
    "heads",
    [
        ["Performance RAG", "Status"],  # one says it rates performance
        ["Status", "Performance rating"],
    ],
)
def test_the_rating_said_to_be_the_performance_one_is_read(heads: list[str]) -> None:
    parsed = _read(heads, OWN, OTHER)
    assert not parsed.review, [(i.cell, i.reason) for i in parsed.review]
    want = OWN if heads[0] == "Performance RAG" else OTHER
    assert _ratings(parsed) == [RAG[w] for w in want]


def test_an_earlier_quarters_status_beside_the_rating_is_no_rival() -> None:
    parsed = _read(["Previous status", "Current status"], OTHER, OWN)
    assert not parsed.review
    assert _ratings(parsed) == [RAG[w] for w in OWN]


@pytest.mark.parametrize("scale", ["G/A/R", "RAG", "R/A/G rating", "Traffic light"])
def test_the_column_headed_by_the_rating_scale_is_read_beside_a_plain_status(scale: str) -> None:
    read = _read([scale, "Status"], ["R", "G", "A", "G"], ["Off target", "On target"] * 2)
    assert read.review == []
    rags = {i.code: i.observations[-1].rag for i in read.indicators}
    assert rags == {"AS1": "red", "AS2": "green", "AS3": "amber", "AS4": "green"}


@pytest.mark.parametrize(
    ("heads", "own"),
    [
        (["RAG vs target", "RAG vs England"], 0),  # the target named, a comparator beside it
        (["RAG vs England", "RAG vs target"], 1),
        (["RAG vs national average", "Status"], 1),  # one names no comparator
        (["RAG", "RAG vs same quarter last year"], 0),
        (["RAG vs region", "RAG against target and England"], 1),  # names the target
    ],
)
def test_the_rating_against_the_target_is_read_beside_ratings_against_comparators(
    heads: list[str], own: int
) -> None:
    left, right = (OWN, OTHER) if own == 0 else (OTHER, OWN)
    parsed = _read(heads, left, right)
    assert not parsed.review, [(i.cell, i.reason) for i in parsed.review]
    assert _ratings(parsed) == [RAG[w] for w in OWN]


@pytest.mark.parametrize(
    "heads",
    [
        ["RAG vs England", "RAG vs region"],  # both against a comparator
        ["Stx", "RAG vs England"],  # the other's heading says nothing at all
    ],
)
def test_ratings_against_comparators_alone_are_still_asked_about(heads: list[str]) -> None:
    parsed = _read(heads, OWN, OTHER)
    assert any("both hold ratings" in item.reason for item in parsed.review), [
        (i.cell, i.reason) for i in parsed.review
    ]
