"""Total rows of a many-area table become the chosen area's England and regional figures."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def returns_sheet() -> Sheet:
    # an official return: sums first (the council columns say '*Total', the Region column
    # which total), then one row per council and year
    rows: list[list[CellValue]] = [
        ["Incidents reported by local authorities"],
        ["Year", "ONS Code", "LA Name", "Region", "Total Incidents", "Highway Incidents"],
        ["2022-23", "*Total", "*Total", "*Total England", 1000.0, 400.0],
        ["2022-23", "*Total", "*Total", "North West", 300.0, 100.0],
        ["2022-23", "*Total", "*Total", "Yorkshire and The Humber", 200.0, 90.0],
        ["2022-23", "E08000035", "Leeds", "Yorkshire and The Humber", 50.0, 20.0],
        ["2022-23", "E08000003", "Manchester", "North West", 70.0, 30.0],
        ["2023-24", "*Total", "*Total", "*Total England", 1100.0, 420.0],
        ["2023-24", "*Total", "*Total", "Yorkshire and The Humber", 210.0, 95.0],
        ["2023-24", "E08000035", "Leeds", "Yorkshire and The Humber", 55.0, ":"],
    ]
    return Sheet("LA_incidents", rows)


def test_england_and_own_region_totals_are_comparators() -> None:
    book = Workbook(path="/tmp/returns.xlsx", format="xlsx", sheets=[returns_sheet()])
    parsed = detect(book, area="Leeds")
    got = {
        i.name: [(o.period.label, o.actual, o.comparators) for o in i.observations]
        for i in parsed.indicators
    }
    assert got["Total Incidents"] == [
        ("2022/23", 50.0, {"England": 1000.0, "Regional": 200.0}),
        ("2023/24", 55.0, {"England": 1100.0, "Regional": 210.0}),
    ]
    # another region's total ('North West', 300) is no comparator of Leeds
    assert got["Highway Incidents"][0] == ("2022/23", 20.0, {"England": 400.0, "Regional": 90.0})


def test_a_council_in_another_region_gets_its_own_region() -> None:
    book = Workbook(path="/tmp/returns.xlsx", format="xlsx", sheets=[returns_sheet()])
    parsed = detect(book, area="Manchester")
    (total,) = [i for i in parsed.indicators if i.name == "Total Incidents"]
    assert [(o.actual, o.comparators) for o in total.observations] == [
        (70.0, {"England": 1000.0, "Regional": 300.0})
    ]
