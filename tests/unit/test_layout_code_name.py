"""The code and name columns are told apart by their cells when the headings mix them up."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.code_name import is_code
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/codes.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)])
    return detect(book)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("KPI", "KPI ref"),  # both headings name a code
        ("PI", "Reference"),
        ("Description", "Code"),  # the name's heading over the codes, in the other order
    ],
)
def test_codes_and_names_go_where_their_cells_say(first: str, second: str) -> None:
    rows: list[list[CellValue]] = [
        ["RAG", first, second, "Q1 2024/25", "Q2 2024/25"],
        ["Green", "Missed collections per 100,000 collections", "WC01", 61.0, 47.0],
        ["Red", "Fly-tips removed within 2 working days (%)", "WC04", 96.4, 97.1],
        ["Amber", "Service desk calls answered within 30 seconds (%)", "ICT 3", 91.2, 92.6],
    ]
    parsed = _read(rows)
    assert {i.code: i.name for i in parsed.indicators} == {
        "WC01": "Missed collections per 100,000 collections",
        "WC04": "Fly-tips removed within 2 working days (%)",
        "ICT 3": "Service desk calls answered within 30 seconds (%)",
    }


def test_short_names_beside_codes_stay_as_headed() -> None:
    """Names of one or two words are not mistaken for codes, nor codes for names."""
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "2023/24", "2024/25"],
        ["H1", "Evictions", 12.0, 9.0],
        ["H2", "Rough sleepers", 31.0, 28.0],
        ["H3", "Voids", 140.0, 121.0],
    ]
    parsed = _read(rows)
    assert {i.code: i.name for i in parsed.indicators} == {
        "H1": "Evictions",
        "H2": "Rough sleepers",
        "H3": "Voids",
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [("Measure_Type", "KPI_Name"), ("Measure type", "Indicator name"), ("Metric group", "Title")],
)
def test_of_two_name_headings_the_whole_one_names_the_indicators(first: str, second: str) -> None:
    rows: list[list[CellValue]] = [
        ["Value", first, "Period", second, "KPI_ID"],
        [34.0, "Actual", "Q1 2024/25", "Average days to relet council homes", "K101"],
        [29.0, "Actual", "Q2 2024/25", "Average days to relet council homes", "K101"],
        [96.8, "Actual", "Q1 2024/25", "Rent collected (%)", "K102"],
        [97.6, "Actual", "Q2 2024/25", "Rent collected (%)", "K102"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert {i.code: i.name for i in parsed.indicators} == {
        "K101": "Average days to relet council homes",
        "K102": "Rent collected (%)",
    }


def test_a_name_heading_over_actual_and_target_words_gives_way_to_the_names() -> None:
    """'Measure' over Actual/Target row labels, beside 'Indicator' over the names."""
    rows: list[list[CellValue]] = [
        ["Measure", "Indicator", "Apr 2024", "May 2024"],
        ["Actual", "Reablement: still at home after 91 days (%)", 82.0, 84.5],
        ["Target", None, 85.0, 85.0],
        ["Actual", "Care Act assessments within 28 days (%)", 61.0, 66.0],
        ["Target", None, 70.0, 70.0],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert {
        i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    } == {
        "Reablement: still at home after 91 days (%)": [
            ("Apr 2024", 82.0, 85.0),
            ("May 2024", 84.5, 85.0),
        ],
        "Care Act assessments within 28 days (%)": [
            ("Apr 2024", 61.0, 70.0),
            ("May 2024", 66.0, 70.0),
        ],
    }


def test_codes_with_a_part_in_brackets_under_section_rows_are_told_from_names() -> None:
    """'KPI' over the names and 'Ref' over codes like 'CH01 (1)' (the tenant satisfaction
    measures' parts), with section titles on rows of their own: the cells still decide."""
    rows: list[list[CellValue]] = [
        ["KPI", "Ref", "Oct 2024", "Nov 2024"],
        [None, "Complaints", None, None],
        ["Stage 1 complaints per 1,000 homes", "CH01 (1)", 31.2, 29.8],
        ["Stage 2 complaints per 1,000 homes", "CH01(2)", 4.1, 3.9],
        ["Stage 1 complaints answered on time (%)", "CH02 (1)", 81.0, 84.5],
        [None, "Repairs", None, None],
        ["Emergency repairs completed on time (%)", "RP02(2)", 97.3, 98.1],
        ["Average days to relet empty homes", "VL01", 38.0, 35.5],
    ]
    parsed = _read(rows)
    assert {i.code: i.name for i in parsed.indicators} == {
        "CH01 (1)": "Stage 1 complaints per 1,000 homes",
        "CH01(2)": "Stage 2 complaints per 1,000 homes",
        "CH02 (1)": "Stage 1 complaints answered on time (%)",
        "RP02(2)": "Emergency repairs completed on time (%)",
        "VL01": "Average days to relet empty homes",
    }


@pytest.mark.parametrize("code", ["CH01 (1)", "RP02(2)", "ASC 2(a)", "WC01"])
def test_a_code_may_end_in_a_part_in_brackets(code: str) -> None:
    assert is_code(code)


@pytest.mark.parametrize("text", ["Rent (%)", "Q1 (Apr-Jun)", "CH01 (stage one)", "(1)"])
def test_words_in_brackets_are_no_code(text: str) -> None:
    assert not is_code(text)
