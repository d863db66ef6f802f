"""Two readings a scorecard of mixed measures needs:

- a column rating each row against a comparator ('Against same quarter last year':
  Red/Amber/Green) is not a column of areas, and not the indicator's RAG;
- a result written as a word ('Yes', 'Compliant') with a target written the same way has
  no figure to aim at: no target, and no doubt; a word target beside figures still is one.
"""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _book(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/mixed.xlsx", format="xlsx", sheets=[Sheet("Q2", rows)])
    return detect(book)


@pytest.mark.parametrize(
    ("heading", "cells"),
    [
        ("Against same quarter last year", ["Red", "Green", "Amber", "Green"]),
        ("Compared with last year", ["R", "G", "A", "G"]),
        ("vs same period last year", ["Off track", "On track", "At risk", "On track"]),
        ("Statistical neighbours", ["Red", "Green", "Amber", "Green"]),
    ],
)
def test_a_column_rating_rows_against_a_comparator_is_not_areas(
    heading: str, cells: list[CellValue]
) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG", heading],
        ["HW1", "Adults supported to live at home (%)", 81.0, 79.5, 85.0, "R", cells[0]],
        ["HW2", "Carers assessed within 28 days (%)", 90.0, 93.1, 90.0, "G", cells[1]],
        ["HW3", "Delayed transfers of care per 100,000", 12.0, 11.4, 11.0, "A", cells[2]],
        ["HW4", "Reablement still at home after 91 days (%)", 84.0, 86.2, 82.0, "G", cells[3]],
    ]
    parsed = _book(rows)
    assert [i.code for i in parsed.indicators] == ["HW1", "HW2", "HW3", "HW4"]
    latest = {i.code: i.observations[-1] for i in parsed.indicators}
    assert {code: o.rag for code, o in latest.items()} == {
        "HW1": "red",
        "HW2": "green",
        "HW3": "amber",
        "HW4": "green",
    }
    assert all(not o.comparators for o in latest.values())
    assert not parsed.review


def test_a_comparator_column_of_place_names_is_still_areas() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Area", "2024/25"],
        ["E1", "Household waste recycled (%)", "Kent", 45.1],
        ["E1", "Household waste recycled (%)", "Medway", 39.0],
        ["E1", "Household waste recycled (%)", "Surrey", 53.2],
    ]
    book = Workbook(path="/tmp/areas.xlsx", format="xlsx", sheets=[Sheet("Waste", rows)])
    with pytest.raises(Exception, match="areas"):
        detect(book)


@pytest.mark.parametrize(
    ("result", "target"),
    [("Yes", "Yes"), ("No", "Yes"), ("Compliant", "Compliant"), ("Not met", "Met")],
)
def test_a_word_target_for_a_word_result_is_no_target_and_no_doubt(
    result: str, target: str
) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q2 2024/25", "Target"],
        ["GV1", "Invoices paid within 30 days (%)", 96.2, 95.0],
        ["GV2", "Annual governance statement published on time", result, target],
        ["GV3", "Freedom of information requests answered in 20 days (%)", 88.0, 90.0],
    ]
    parsed = _book(rows)
    word = parsed.indicators[1].observations[0]
    assert (word.actual, word.actual_text, word.target) == (None, result, None)
    assert parsed.indicators[0].observations[0].target == 95.0
    assert not parsed.review


def test_a_word_target_beside_a_figure_is_still_doubted() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q2 2024/25", "Target"],
        ["GV1", "Invoices paid within 30 days (%)", 96.2, 95.0],
        ["GV2", "Internal audit actions completed (%)", 72.0, "Yes"],
        ["GV3", "Freedom of information requests answered in 20 days (%)", 88.0, 90.0],
    ]
    parsed = _book(rows)
    assert any("D3" in item.line() and "'Yes'" in item.line() for item in parsed.review)
