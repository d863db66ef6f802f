"""A many-area table naming each area once, on the first row of its block: the rows under
it are that area's, up to the next named area (or a blank line)."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]], area: str) -> dict[str, list[tuple[str, object, object]]]:
    book = Workbook(path="/tmp/blocks.csv", format="csv", sheets=[Sheet("blocks", rows)])
    parsed = detect(book, area=area)
    return {
        i.name: [(o.period.label, o.actual, o.comparators) for o in i.observations]
        for i in parsed.indicators
    }


def test_measures_under_a_wide_blocks_first_row_are_its_areas() -> None:
    rows: list[list[CellValue]] = [
        ["Waste by area, measure and year"],
        [],
        ["Area", "Measure", "2021-22", "2022-23"],
        ["Wales", "Recycling rate (%)", "65.2", "65.7"],
        ["", "Residual waste per person (kg)", "167", "158"],
        ["Cardiff", "Recycling rate (%)", "60.1", "61.0"],
        ["", "Residual waste per person (kg)", "190", "185"],
        ["Newport", "Recycling rate (%)", "68.1", "67.6"],
        ["", "Residual waste per person (kg)", "156", "149"],
    ]
    got = _read(rows, "Newport")
    assert [(p, a) for p, a, _ in got["Residual waste per person (kg)"]] == [
        ("2021/22", 156.0),
        ("2022/23", 149.0),
    ]
    # Wales' second row is Wales' too: its figures are Newport's comparators, not Cardiff's
    assert got["Residual waste per person (kg)"][0][2] == {"Wales": 167.0}
    assert [(p, a) for p, a, _ in got["Recycling rate (%)"]] == [
        ("2021/22", 68.1),
        ("2022/23", 67.6),
    ]


def test_an_earlier_block_keeps_its_rows_from_the_next_area() -> None:
    rows: list[list[CellValue]] = [
        ["Local authority", "Indicator", "2022/23", "2023/24"],
        ["Scotland", "Pupils with 5 awards (%)", 60.0, 62.0],
        [None, "School exclusions per 1,000", 16.0, 17.0],
        ["Angus", "Pupils with 5 awards (%)", 58.0, 59.0],
        [None, "School exclusions per 1,000", 12.0, 11.0],
        ["Dundee City", "Pupils with 5 awards (%)", 50.0, 52.0],
        [None, "School exclusions per 1,000", 20.0, 21.0],
    ]
    got = _read(rows, "Angus")
    assert [(p, a) for p, a, _ in got["School exclusions per 1,000"]] == [
        ("2022/23", 12.0),
        ("2023/24", 11.0),
    ]


def test_a_long_table_carries_its_area_down_to_a_blank_line() -> None:
    rows: list[list[CellValue]] = [
        ["Area name", "Indicator", "Period", "Value"],
        ["England", "Adults who smoke (%)", "2022", 12.7],
        [None, "Adults who smoke (%)", "2023", 11.9],
        ["Bolton", "Adults who smoke (%)", "2022", 14.1],
        [None, "Adults who smoke (%)", "2023", 13.2],
        ["Oldham", "Adults who smoke (%)", "2022", 16.0],
        [None, "Adults who smoke (%)", "2023", 15.1],
        [],
        [None, "Adults who smoke (%)", "2024", 99.0],
    ]
    got = _read(rows, "Oldham")
    # the row after the blank line is no block's: not Oldham's 2024
    assert [(p, a) for p, a, _ in got["Adults who smoke (%)"]] == [
        ("2022", 16.0),
        ("2023", 15.1),
    ]


def test_a_row_ending_before_the_area_column_takes_its_blocks_area() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "2022/23", "2023/24", "Area"],
        ["Recycling rate (%)", 65.0, 66.0, "Wales"],
        ["Residual waste per person (kg)", 160.0, 158.0],
        ["Recycling rate (%)", 68.1, 67.6, "Newport"],
        ["Residual waste per person (kg)", 156.0, 149.0],
    ]
    got = _read(rows, "Newport")
    assert [(p, a) for p, a, _ in got["Residual waste per person (kg)"]] == [
        ("2022/23", 156.0),
        ("2023/24", 149.0),
    ]
