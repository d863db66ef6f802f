"""A table carried on over a later sheet without its heading row is read in the same columns."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

_HEADING: list[CellValue] = ["PI", "Description", "2023/24", "2024/25", "Target", "Status"]
_FIRST: list[list[CellValue]] = [
    ["ENV1", "Household waste recycled (%)", 44.0, 45.5, 50.0, "Amber"],
    ["ENV2", "Fly-tipping incidents cleared in 2 days (%)", 91.0, 96.0, 95.0, "Green"],
    ["ENV3", "Missed bins per 100,000 collections", 55.0, 71.0, 60.0, "Red"],
]
_SECOND: list[list[CellValue]] = [
    ["PLN1", "Major applications decided in time (%)", 88.0, 92.0, 90.0, "Green"],
    ["PLN2", "Appeals allowed (%)", 31.0, 36.0, 30.0, "Red"],
    ["PLN3", "Planning enforcement cases closed", 210.0, None, None, None],
]


def _read(second_name: str, above: list[list[CellValue]]) -> ParsedScorecard:
    first = Sheet(
        "Scorecard", [["Environment and planning: annual measures"], [], _HEADING, *_FIRST]
    )
    second = Sheet(second_name, [*above, *_SECOND])
    book = Workbook(path="/tmp/cont.xlsx", format="xlsx", sheets=[first, second])
    return detect(book)


@pytest.mark.parametrize(
    ("name", "above"),
    [
        ("Scorecard (cont)", [["Environment and planning (continued)"], []]),
        ("Sheet1 (2)", [[]]),
        ("Page 2", []),  # no title line: the heading row goes in a row of its own
        ("Continued", [["Cont'd"]]),
    ],
)
def test_the_rows_on_the_continuation_sheet_are_read(
    name: str, above: list[list[CellValue]]
) -> None:
    parsed = _read(name, above)
    found = {i.code: [(o.period.label, o.actual, o.rag) for o in i.observations]
             for i in parsed.indicators}  # fmt: skip
    assert found["PLN2"] == [("2023/24", 31.0, None), ("2024/25", 36.0, "red")]
    assert found["PLN3"] == [("2023/24", 210.0, None)]
    assert found["ENV1"][1] == ("2024/25", 45.5, "amber")
    targets = {i.code: i.observations[-1].target for i in parsed.indicators}
    assert targets["PLN1"] == 90.0
    assert not parsed.review
    cells = {i.code: i.observations[0].cell for i in parsed.indicators}
    assert cells["PLN1"] == f"C{len(above) + 1}"  # the file's own cell, not the copy's


def test_rows_nothing_calls_a_continuation_are_read_and_held_for_review() -> None:
    parsed = _read("Planning", [["Planning"], []])
    assert len(parsed.indicators) == 6
    assert [item.line() for item in parsed.review if "Planning!A3" in item.line()]


def test_a_sheet_of_other_columns_is_not_a_continuation() -> None:
    first = Sheet("Scorecard", [_HEADING, *_FIRST])
    notes = Sheet(
        "Scorecard (cont)",
        [["Definitions"], ["ENV1", "Tonnage recycled over tonnage collected"],
         ["ENV2", "Cleared within two working days of report"]],
    )  # fmt: skip
    parsed = detect(Workbook(path="/tmp/cont.xlsx", format="xlsx", sheets=[first, notes]))
    assert [i.code for i in parsed.indicators] == ["ENV1", "ENV2", "ENV3"]


def test_a_continuation_repeating_the_heading_row_keeps_the_first_sheet_s_portfolio() -> None:
    first = Sheet("Scorecard", [_HEADING, *_FIRST])
    second = Sheet("Scorecard (2)", [_HEADING, *_SECOND])
    other = Sheet("Housing", [_HEADING, ["HOU1", "Empty homes brought back into use", 12.0, 15.0,
                                          20.0, "Red"]])  # fmt: skip
    book = Workbook(path="/tmp/cont.xlsx", format="xlsx", sheets=[first, second, other])
    parsed = detect(book)
    portfolios = {i.code: i.portfolio for i in parsed.indicators}
    assert portfolios["PLN1"] == portfolios["ENV1"] == "Scorecard"
    assert portfolios["HOU1"] == "Housing"
