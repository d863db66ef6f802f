"""Upload templates: an indicator's id is its code, other ids are dimensions, -1 is n/a."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("IndicatorID", "code"),
        ("indicator_id", "code"),
        ("AreaID", "area"),
        ("AgeID", "ignore"),
        ("SexID", "ignore"),
        ("CategoryTypeId", "ignore"),
        ("ValueNoteId", "ignore"),  # not a value, though it says 'Value'
        ("Paid", None),  # ends in 'id' but is one word
    ],
)
def test_a_heading_ending_in_id_names_a_key(heading: str, field: str | None) -> None:
    assert classify(heading).field == field


def test_an_upload_row_is_one_indicator_value_in_its_quarter() -> None:
    rows: list[list[CellValue]] = [
        ["IndicatorID", "Year", "Quarter", "Month", "AgeID", "SexID", "AreaCode", "Count",
         "Value", "Denominator", "CategoryTypeId", "CategoryId"],
        [125, 2012, 3, -1, 170, 4, "E16000099", 1515, 72.2, 2098, -1, -1],
        [125, 2012, 3, -1, 170, 4, "E16000031", 794, 97.8, 812, -1, -1],
        [125, 2013, -1, -1, 170, 4, "E16000099", 1600, 76.3, 2097, -1, -1],
    ]  # fmt: skip
    book = Workbook(path="/tmp/upload.xlsx", format="xlsx", sheets=[Sheet("PHOLIO", rows)])
    (indicator,) = detect(book, area="E16000099").indicators
    assert indicator.code == "125"
    got = [
        (o.period.label, o.actual, o.numerator, o.denominator, o.cell)
        for o in indicator.observations
    ]
    assert got == [("Q3 2012/13", 72.2, 1515, 2098, "I2"), ("2013", 76.3, 1600, 2097, "I4")]


def _long(heading: list[CellValue], *rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Items", [heading, *rows])
    return detect(Workbook(path="/tmp/list.xlsx", format="xlsx", sheets=[sheet]))


def test_a_lists_item_id_beside_the_kpi_reference_is_not_the_code() -> None:
    read = _long(
        ["ID", "Title", "Measure Ref", "Period", "Actual", "Modified", "Created By", "Item Type"],
        [101, "Calls answered in 60 seconds (%)", "CS01", "Q1 2024/25", 86.2, "12/07/2024 09:14",
         "Smith, Jane", "Item"],
        [102, "Calls answered in 60 seconds (%)", "CS01", "Q2 2024/25", 83.9, "11/10/2024 09:14",
         "Smith, Jane", "Item"],
        [103, "Days to process benefit claims", "RB03", "Q1 2024/25", 17.4, "12/07/2024 09:20",
         "Jones, Paul", "Item"],
    )  # fmt: skip
    assert read.review == []
    assert {i.code: [o.period.label for o in i.observations] for i in read.indicators} == {
        "CS01": ["Q1 2024/25", "Q2 2024/25"],
        "RB03": ["Q1 2024/25"],
    }


def test_a_number_on_every_row_of_a_long_table_whose_names_repeat_is_the_rows_key() -> None:
    read = _long(
        ["Ref", "Indicator", "Quarter", "Value"],
        ["R-0481", "Missed bins per 100,000 collections", "Q1 2024/25", 52.0],
        ["R-0482", "Missed bins per 100,000 collections", "Q2 2024/25", 61.0],
        ["R-0483", "Fly-tips cleared within 2 days (%)", "Q1 2024/25", 88.5],
        ["R-0484", "Fly-tips cleared within 2 days (%)", "Q2 2024/25", 86.2],
    )
    assert [(i.code, len(i.observations)) for i in read.indicators] == [(None, 2), (None, 2)]


def test_codes_repeated_over_their_periods_stay_the_code() -> None:
    read = _long(
        ["Ref", "Indicator", "Quarter", "Value"],
        ["W1", "Missed bins per 100,000 collections", "Q1 2024/25", 52.0],
        ["W1", "Missed bins per 100,000 collections", "Q2 2024/25", 61.0],
        ["W2", "Fly-tips cleared within 2 days (%)", "Q1 2024/25", 88.5],
    )
    assert [(i.code, len(i.observations)) for i in read.indicators] == [("W1", 2), ("W2", 1)]
