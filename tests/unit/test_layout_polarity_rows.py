"""A long table's polarity is read from whichever row of an indicator states it."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Financial year", "Code", "Measure", "Value", "rank_order"]


def _parsed(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/long.csv", format="csv", sheets=[Sheet("long", [HEADING, *rows])])
    return detect(book)


def test_a_polarity_stated_on_a_later_row_is_the_indicators() -> None:
    parsed = _parsed(
        [
            ["2021-22", "M1", "Carer quality of life", None, None],
            ["2022-23", "M1", "Carer quality of life", 7.4, "desc"],
            ["2021-22", "M2", "Delayed discharges", 12.0, "asc"],
        ]
    )
    polarity = {i.code: i.polarity for i in parsed.indicators}
    assert polarity == {"M1": "higher_is_better", "M2": "lower_is_better"}
    assert parsed.review == []


def test_rows_stating_different_polarities_are_a_doubt_naming_the_cell() -> None:
    parsed = _parsed(
        [
            ["2021-22", "M1", "Carer quality of life", 7.1, "desc"],
            ["2022-23", "M1", "Carer quality of life", 7.4, "asc"],
        ]
    )
    (indicator,) = parsed.indicators
    assert indicator.polarity == "higher_is_better"  # the first stated, until settled
    (item,) = parsed.review
    assert (item.sheet, item.cell) == ("long", "E3")
    assert "'M1' is 'asc' here but 'desc' at E2" in item.reason
