"""Upload templates: an indicator's id is its code, other ids are dimensions, -1 is n/a."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
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
