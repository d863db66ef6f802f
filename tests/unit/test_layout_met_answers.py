"""A 'Target met?' column answered Yes/No is the period's rating: met green, not met red."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(heading: str, answers: list[CellValue]) -> ParsedScorecard:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "2025/26", "Target", heading],
        ["CS1", "Calls answered within 20 seconds (%)", 81.0, 80.0, answers[0]],
        ["CS2", "Complaints closed within 10 working days (%)", 71.0, 90.0, answers[1]],
        ["CS3", "Freedom of information requests answered on time (%)", 88.0, 90.0, answers[2]],
        ["CS4", "Visitors to the customer contact centre", 1204.0, "Monitor", answers[3]],
    ]
    book = Workbook(path="/tmp/met.xlsx", format="xlsx", sheets=[Sheet("Customer", rows)])
    return detect(book)


@pytest.mark.parametrize(
    ("heading", "answers"),
    [
        ("Met?", ["Y", "N", "Partly", None]),
        ("Achieved? Y/N", ["Yes", "No", "Partially", ""]),
        ("On target?", ["yes", "no", "partly", "n/a"]),
        ("Target hit?", [True, False, "Partly met", None]),
        ("Met target (Y/N)", ["YES", "NO", "partially met", "-"]),
    ],
)
def test_yes_no_answers_are_ratings(heading: str, answers: list[CellValue]) -> None:
    parsed = _read(heading, answers)
    rags = {i.code: i.observations[0].rag for i in parsed.indicators}
    assert rags == {"CS1": "green", "CS2": "red", "CS3": "amber", "CS4": None}
    assert parsed.indicators[0].observations[0].target == 80.0
    assert not parsed.review


def test_a_contextual_measure_has_no_target_and_no_doubt() -> None:
    parsed = _read("Met?", ["Y", "N", "Y", None])
    assert parsed.indicators[3].observations[0].target is None
    assert parsed.indicators[3].observations[0].actual == 1204.0
    assert not parsed.review


def test_yes_and_no_under_a_rag_heading_are_still_doubted() -> None:
    parsed = _read("RAG", ["Y", "N", "Y", None])
    assert any("E2" in item.line() and "'Y'" in item.line() for item in parsed.review)


@pytest.mark.parametrize("heading", ["Achieved?", "Did we meet the target?"])
def test_a_question_heading_nothing_else_names_is_read_from_its_answers(heading: str) -> None:
    parsed = _read(heading, ["Yes", "No", "No", None])
    rags = {i.code: i.observations[0].rag for i in parsed.indicators}
    assert rags == {"CS1": "green", "CS2": "red", "CS3": "red", "CS4": None}


def test_a_question_heading_over_figures_gives_no_rating() -> None:
    parsed = _read("Achieved?", [81.0, 71.0, 88.0, None])
    assert [i.observations[0].rag for i in parsed.indicators] == [None, None, None, None]
