"""Several measures-across tables on one sheet, each under its title, are each read."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.regions import split
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def release_sheet() -> Sheet:
    # a statistics release: one small table per breakdown, years down column A, the
    # measures named in the headings (no 'Indicator' or 'Period' heading words)
    rows: list[list[CellValue]] = [
        ["Incidents"],
        [],
        ["Land type"],
        [None, "Total", "Highway", "Other unidentified"],
        ["2022/23", 1000, 400, 30],
        ["2023/24", 1100, 420, ":"],
        [],
        ["Waste type"],
        [None, "Total", "Household", "Other unidentified", "Tyres"],
        ["2022/23", 1001, 500, 45, 12],
        ["2023/24", 1102, 510, 47, 14],
        ["Totals may differ between tables as some returns are incomplete."],
    ]
    return Sheet("National incidents", rows)


def test_each_table_of_measures_is_its_own_region() -> None:
    regions = split(release_sheet())
    assert [(r.sheet.first_row, r.section) for r in regions] == [
        (3, "Land type"),
        (8, "Waste type"),
    ]


def test_every_table_is_read_and_a_repeated_name_is_told_apart_by_its_title() -> None:
    book = Workbook(path="/tmp/release.xlsx", format="xlsx", sheets=[release_sheet()])
    parsed = detect(book)
    got = {
        (i.service, i.name): [
            (o.period.label, o.actual, o.actual_text, o.cell) for o in i.observations
        ]
        for i in parsed.indicators
    }
    assert got[("Waste type", "Tyres")] == [
        ("2022/23", 12.0, None, "E10"),
        ("2023/24", 14.0, None, "E11"),
    ]
    assert got[("Land type", "Other unidentified")] == [
        ("2022/23", 30.0, None, "D5"),
        ("2023/24", None, ":", "D6"),
    ]
    assert got[("Waste type", "Other unidentified (Waste type)")][0] == (
        "2022/23",
        45.0,
        None,
        "D10",
    )
    assert got[("Waste type", "Total (Waste type)")][1] == ("2023/24", 1102.0, None, "B11")
    assert len(parsed.indicators) == 7
