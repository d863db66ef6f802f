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


def scorecard_with_marked_rows() -> Sheet:
    # one worded table; its count rows have '–' for no target and no benchmark year, the
    # rows under them a year in that column: no table of measures headed by '–'
    rows: list[list[CellValue]] = [
        ["Children's services scorecard"],
        ["Ref", "Indicator", "2023-24", "Q1 2024-25", "Target", "Benchmark year", "England"],
        ["C1", "Re-referrals (%)", 21.4, 20.1, 20.0, "2023-24", 22.4],
        ["C2", "Children in care (number)", 871, 880, "\u2013", None, None],
        ["C3", "Assessments in time (%)", 87.9, 90.3, 90.0, "2023-24", 82.9],
        ["C4", "Placements over 20 miles (%)", 21.2, 22.0, "\u2013", "2023-24", 16.0],
        ["C5", "Caseload per worker", 17.4, 16.8, 17.0, "2023", 15.8],
        ["C6", "Adoptions (number)", 21, "*", "\u2013", None, None],
        ["C7", "Care leavers in education (%)", 57.8, 59.4, 60.0, "2023-24", 56.0],
        ["C8", "Agency workers (%)", 19.1, 21.4, 18.0, "2023", 17.6],
    ]
    return Sheet("Scorecard", rows)


def test_a_row_with_a_dash_over_figures_is_no_heading_of_measures() -> None:
    regions = split(scorecard_with_marked_rows())
    assert len(regions) == 1 and regions[0].sheet.first_row == 0


def test_a_measure_named_by_a_word_that_can_mark_a_missing_figure_is_still_a_measure() -> None:
    rows: list[list[CellValue]] = [
        ["Ethnicity"],
        [None, "White", "Unknown"],
        ["2022/23", 1000, 30],
        ["2023/24", 1100, 35],
        [],
        ["Sex"],
        [None, "Female", "Male"],
        ["2022/23", 1005, 990],
        ["2023/24", 1101, 1050],
    ]
    regions = split(Sheet("Release", rows))
    assert [(r.sheet.first_row, r.section) for r in regions] == [(1, "Ethnicity"), (6, "Sex")]
    book = Workbook(path="/tmp/release.xlsx", format="xlsx", sheets=[Sheet("Release", rows)])
    names = {(i.service, i.name) for i in detect(book).indicators}
    assert ("Ethnicity", "Unknown") in names
