"""Tables in the shapes councils print them: several per sheet, anywhere on the sheet."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.regions import split
from desktop.scorecard.model import ParsedIndicator, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def book(*sheets: Sheet) -> Workbook:
    return Workbook(path="/tmp/appendix.xlsx", format="xlsx", sheets=list(sheets))


def readings(indicators: list[ParsedIndicator]) -> dict[str, list[tuple[str, object, object]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in indicators
    }


def pad(rows: list[list[CellValue]], left: int = 0) -> list[list[CellValue]]:
    width = max(len(r) for r in rows) + left
    return [[None] * left + r + [None] * (width - left - len(r)) for r in rows]


# Two tables on one sheet, each with its own column order and period wording, starting in B.
TWO_TABLES = pad(
    [
        ["Corporate performance report, Quarter 2 2024/25"],
        [],
        ["Children's Services"],
        [],
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
        ["CS01", "Children looked after per 10,000", 71.2, 73.5, 70, "Amber"],
        ["CS03", "Single assessments within 45 days (%)", 88, 91, 85, "Green"],
        [],
        ["Adult Social Care"],
        [],
        ["Indicator", "Code", "Target 2024/25", "Quarter 1", "Quarter 2", "Status"],
        ["Delayed transfers of care (days)", "ASC1", 12, 14, 11, "On track"],
        ["Admissions to care homes 65+ per 100,000", "ASC2", 600, 640, 655, "Off track"],
        ["Source: adult social care client record"],
    ],
    left=1,
)


def test_each_table_on_a_sheet_is_read_with_its_own_headings() -> None:
    parsed = detect(book(Sheet("Performance", TWO_TABLES)))
    assert readings(parsed.indicators) == {
        "CS01": [("Q1 2024/25", 71.2, 70.0), ("Q2 2024/25", 73.5, 70.0)],
        "CS03": [("Q1 2024/25", 88.0, 85.0), ("Q2 2024/25", 91.0, 85.0)],
        "ASC1": [("Q1 2024/25", 14.0, 12.0), ("Q2 2024/25", 11.0, 12.0)],
        "ASC2": [("Q1 2024/25", 640.0, 600.0), ("Q2 2024/25", 655.0, 600.0)],
    }


def test_the_title_above_each_table_is_its_portfolio() -> None:
    parsed = detect(book(Sheet("Performance", TWO_TABLES)))
    portfolios = {i.code: i.portfolio for i in parsed.indicators}
    assert portfolios == {
        "CS01": "Children's Services",
        "CS03": "Children's Services",
        "ASC1": "Adult Social Care",
        "ASC2": "Adult Social Care",
    }


def test_no_heading_row_is_read_as_an_indicator() -> None:
    parsed = detect(book(Sheet("Performance", TWO_TABLES)))
    names = {i.name for i in parsed.indicators}
    assert not names & {"Indicator", "Measure", "Code", "Ref"}


def test_cell_references_point_into_the_original_sheet() -> None:
    parsed = detect(book(Sheet("Performance", TWO_TABLES)))
    asc2 = next(i for i in parsed.indicators if i.code == "ASC2")
    assert [o.cell for o in asc2.observations] == ["E13", "F13"]


def test_a_sheet_with_one_table_is_one_region() -> None:
    rows = TWO_TABLES[:8]
    assert len(split(Sheet("One", rows))) == 1


def test_a_title_row_that_scores_like_a_heading_does_not_split_the_table() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Target"],  # looks like a heading, but no rows follow before the real one
        ["Code", "Indicator", "Q1 2024/25", "Target"],
        ["A1", "Rent collected (%)", 97.1, 98],
    ]
    assert len(split(Sheet("S", pad(rows)))) == 1
    parsed = detect(book(Sheet("S", pad(rows))))
    assert readings(parsed.indicators) == {"A1": [("Q1 2024/25", 97.1, 98.0)]}


def test_a_table_far_down_a_sheet_is_found() -> None:
    notes: list[list[CellValue]] = [[f"Note {n}: see the covering report."] for n in range(45)]
    first = [["Code", "Indicator", "Q1 2024/25", "Target"], ["A1", "Rent collected (%)", 97, 98]]
    second = [["Indicator", "Code", "Q2 2024/25", "Target"], ["Void days", "H2", 31, 28]]
    rows = pad(first + notes + second)
    parsed = detect(book(Sheet("S", rows)))
    assert readings(parsed.indicators) == {
        "A1": [("Q1 2024/25", 97.0, 98.0)],
        "H2": [("Q2 2024/25", 31.0, 28.0)],
    }


# Indicators as columns, periods as rows, with the code, name, unit and target in the first rows.
TRANSPOSED: list[list[CellValue]] = [
    ["Health and Wellbeing: quarterly measures"],
    [],
    ["Code", "HW1", "HW2", "HW3"],
    ["Indicator", "Smoking prevalence (%)", "Active adults (%)", "Under-18 conceptions per 1,000"],
    ["Target", 12, 65, 14],
    ["Q1 2024/25", 12.1, 64.0, 14.2],
    ["Q2 2024/25", 11.8, 65.5, 13.9],
    ["Q3 2024/25", 11.5, "n/a", 13.1],
]


def test_a_transposed_table_is_read_one_indicator_per_column() -> None:
    parsed = detect(book(Sheet("Measures", pad(TRANSPOSED))))
    got = readings(parsed.indicators)
    assert got["HW1"] == [
        ("Q1 2024/25", 12.1, 12.0),
        ("Q2 2024/25", 11.8, 12.0),
        ("Q3 2024/25", 11.5, 12.0),
    ]
    assert got["HW2"][:2] == [("Q1 2024/25", 64.0, 65.0), ("Q2 2024/25", 65.5, 65.0)]
    assert {i.code: i.name for i in parsed.indicators}["HW3"] == "Under-18 conceptions per 1,000"


def test_a_transposed_table_keeps_references_to_the_cells_in_the_file() -> None:
    parsed = detect(book(Sheet("Measures", pad(TRANSPOSED))))
    hw3 = next(i for i in parsed.indicators if i.code == "HW3")
    assert [o.cell for o in hw3.observations] == ["D6", "D7", "D8"]


def test_an_ordinary_wide_table_is_not_turned() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
        ["A1", "Rent collected (%)", 97.1, 97.4],
        ["A2", "Void days", 30, 28],
    ]
    parsed = detect(book(Sheet("S", rows)))
    assert sorted(readings(parsed.indicators)) == ["A1", "A2"]


def cards_sheet() -> Sheet:
    """Four cards, two across and two down, under a title naming the quarter."""
    rows: list[list[CellValue]] = [[None] * 8 for _ in range(18)]
    rows[0][0] = "Performance dashboard — Quarter 2 2024/25"
    cards = [
        ("Households in temporary accommodation", 412, 380, "Red"),
        ("Council tax collected (%)", 57.3, 58, "Amber"),
        ("Missed bins per 100,000 collections", 41, 60, "Green"),
        ("Planning applications decided in time (%)", 92, 90, "Green"),
    ]
    for k, (name, actual, target, rag) in enumerate(cards):
        r, c = 2 + (k // 2) * 7, (k % 2) * 4
        rows[r][c] = name
        rows[r + 1][c], rows[r + 1][c + 1] = "Actual", actual
        rows[r + 2][c], rows[r + 2][c + 1] = "Target", target
        rows[r + 3][c], rows[r + 3][c + 1] = "Status", rag
    rows[17][0] = "Target: 95%"  # a stray label with no card name above it is not a card
    return Sheet("Dashboard", rows)


def test_a_dashboard_of_cards_is_read_one_indicator_per_card() -> None:
    parsed = detect(book(cards_sheet()))
    got = {
        i.name: [(o.period.label, o.actual, o.target, o.rag) for o in i.observations]
        for i in parsed.indicators
    }
    assert got == {
        "Households in temporary accommodation": [("Q2 2024/25", 412.0, 380.0, "red")],
        "Council tax collected (%)": [("Q2 2024/25", 57.3, 58.0, "amber")],
        "Missed bins per 100,000 collections": [("Q2 2024/25", 41.0, 60.0, "green")],
        "Planning applications decided in time (%)": [("Q2 2024/25", 92.0, 90.0, "green")],
    }


def test_a_card_value_keeps_the_reference_of_its_cell() -> None:
    parsed = detect(book(cards_sheet()))
    cells_by_name = {i.name: i.observations[0].cell for i in parsed.indicators}
    assert cells_by_name["Households in temporary accommodation"] == "B4"
    assert cells_by_name["Planning applications decided in time (%)"] == "F11"


def test_cards_with_the_label_and_value_in_one_cell() -> None:
    rows: list[list[CellValue]] = [[None] * 5 for _ in range(8)]
    rows[0][0] = "Q3 2024/25 dashboard"
    for c, (name, actual, target) in enumerate([("Void days", 31, 28), ("Rent collected", 97, 98)]):
        rows[2][c * 3] = name
        rows[3][c * 3] = f"Actual: {actual}"
        rows[4][c * 3] = f"Target: {target}"
    parsed = detect(book(Sheet("Cards", rows)))
    got = {i.name: [(o.actual, o.target) for o in i.observations] for i in parsed.indicators}
    assert got == {"Void days": [(31.0, 28.0)], "Rent collected": [(97.0, 98.0)]}


def test_a_column_of_names_under_an_unknown_heading_names_the_indicators() -> None:
    rows: list[list[CellValue]] = [
        ["Community Safety Partnership - recorded crime"],
        [],
        ["Crime type", "2022", "2023", "12 months to Sep 2024"],
        ["Burglary (residential)", 812, 774, 701],
        ["Vehicle crime", 1390, 1452, 1318],
    ]
    parsed = detect(book(Sheet("Crime", pad(rows))))
    assert readings(parsed.indicators)["Vehicle crime"] == [
        ("2022", 1390.0, None),
        ("2023", 1452.0, None),
        ("Oct 2023–Sep 2024", 1318.0, None),
    ]


def test_a_data_row_that_looks_like_a_heading_does_not_start_a_table() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Q1 2024/25", "Target"],
        ["A1", "Rent collected (%)", 97, 98],
        ["Indicator", "Target", "Status", "Comments"],  # inside the table, no gap above it
        ["A2", "Void days", 31, 28],
    ]
    assert len(split(Sheet("S", pad(rows)))) == 1


def test_bilingual_headings_and_status_words_are_read() -> None:
    rows: list[list[CellValue]] = [
        ["Cerdyn Sgorio Perfformiad / Performance Scorecard 2024-25"],
        [],
        ["Cyfeirnod / Ref", "Dangosydd / Indicator", "Targed / Target", "Chwarter 1 / Quarter 1",
         "Statws / Status"],
        ["PAM/001", "Diwrnodau salwch / Sickness days", 10.5, 11.2, "Coch / Red"],
    ]  # fmt: skip
    parsed = detect(book(Sheet("Cerdyn", pad(rows))))
    (indicator,) = parsed.indicators
    assert [(o.period.label, o.actual, o.target, o.rag) for o in indicator.observations] == [
        ("Q1 2024/25", 11.2, 10.5, "red")
    ]


def lg_inform() -> Sheet:
    rows: list[list[CellValue]] = [
        ["LG Inform report: Environment - Wokingham"],
        ["Downloaded on 12/11/2024"],
        [],
        ["Household waste recycled (metric id 4064)"],
        ["Unit: %"],
        ["Period", "Wokingham", "Bracknell Forest", "South East", "England"],
        ["2021/22", 52.7, 45.0, 44.9, 42.5],
        ["2022/23", 51.9, 44.2, 44.1, 41.7],
        ["Source: LG Inform"],
    ]
    return Sheet("Report data", pad(rows))


def test_a_block_with_a_column_per_area_is_the_chosen_areas_indicator() -> None:
    parsed = detect(book(lg_inform()), area="Wokingham")
    (indicator,) = parsed.indicators
    assert (indicator.name, indicator.unit) == ("Household waste recycled", "%")
    assert [(o.period.label, o.actual, o.comparators, o.cell) for o in indicator.observations] == [
        ("2021/22", 52.7, {"Regional": 44.9, "England": 42.5}, "B7"),
        ("2022/23", 51.9, {"Regional": 44.1, "England": 41.7}, "B8"),
    ]


def test_a_block_with_a_column_per_area_needs_the_area_named() -> None:
    with pytest.raises(ScorecardError, match="choose one with --area"):
        detect(book(lg_inform()))


def test_this_quarter_and_last_quarter_are_placed_by_the_title() -> None:
    rows: list[list[CellValue]] = [
        ["Children's services report, Quarter 2 2024/25"],
        ["Code", "Indicator", "This quarter", "Last quarter", "Target"],
        ["C1", "Re-referrals within 12 months (%)", 21.0, 23.5, 20],
    ]
    (indicator,) = detect(book(Sheet("CSC", rows))).indicators
    assert sorted((o.period.label, o.actual, o.target) for o in indicator.observations) == [
        ("Q1 2024/25", 23.5, 20.0),
        ("Q2 2024/25", 21.0, 20.0),
    ]


def test_period_start_and_end_written_as_text_give_the_period() -> None:
    rows: list[list[CellValue]] = [
        ["measure_id", "measure_name", "period_start", "period_end", "value"],
        ["M1", "Calls answered (%)", "2024-04-01", "2024-04-30", 81.0],
        ["M1", "Calls answered (%)", "2024-07-01", "2024-09-30", 79.5],
        ["M2", "Residents satisfied (%)", "2023-04-01", "2024-03-31", 71.0],
    ]
    parsed = detect(book(Sheet("Export", rows)))
    got = readings(parsed.indicators)
    assert got["M1"] == [("Apr 2024", 81.0, None), ("Q2 2024/25", 79.5, None)]
    assert got["M2"] == [("2023/24", 71.0, None)]


def test_a_name_broken_over_two_rows_is_joined() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Target", "Q1 2024/25"],
        ["E1", "Major planning applications", "60%", "72.0% "],
        [None, "decided within 13 weeks", None, None],
        ["Development Management", None, None, None],
        ["E2", "Appeals allowed", "30%", "25%"],
    ]
    parsed = detect(book(Sheet("Table 1", rows)))
    names = {i.code: (i.name, i.service or i.portfolio) for i in parsed.indicators}
    assert names["E1"][0] == "Major planning applications decided within 13 weeks"
    assert names["E2"] == ("Appeals allowed", "Development Management")


def test_a_tidy_extract_gives_each_row_to_the_actual_or_the_target() -> None:
    rows: list[list[CellValue]] = [
        ["KPI_ID", "KPI_Name", "Year", "Quarter", "Measure_Type", "Value"],
        ["K1", "Days to relet homes", "2024/25", "Q1", "Target", 30],
        ["K1", "Days to relet homes", "2024/25", "Q1", "Actual", 34],
        ["K1", "Days to relet homes", "2024/25", "Q2", "Actual", 29],
        ["K1", "Days to relet homes", "2024/25", "Q2", "Target", 30],
    ]
    (indicator,) = detect(book(Sheet("Extract", rows))).indicators
    assert indicator.description is None
    assert [(o.period.label, o.actual, o.target) for o in indicator.observations] == [
        ("Q1 2024/25", 34.0, 30.0),
        ("Q2 2024/25", 29.0, 30.0),
    ]


def test_measures_named_in_headings_beside_their_periods_are_indicators() -> None:
    rows: list[list[CellValue]] = [
        ["Table 1: Households owed a duty, by local authority [note 1]"],
        [],
        ["Local authority code", "Local authority name",
         "Prevention duties owed: Apr to Jun 2024", "Prevention duties owed: Jul to Sep 2024 [note 3]",
         "Relief duties owed: Apr to Jun 2024", "Relief duties owed: Jul to Sep 2024 [note 3]"],
        ["E92000001", "England", 35120, 36440, 40318, 41002],
        ["E06000038", "Reading", 212, "[x]", 187, 201],
        ["E06000036", "Bracknell Forest", 61, 70, 58, 66],
    ]  # fmt: skip
    parsed = detect(book(Sheet("Table_1", rows)), area="Reading")
    got = {i.name: [(o.period.label, o.actual, o.actual_text) for o in i.observations]
           for i in parsed.indicators}  # fmt: skip
    assert got == {
        "Prevention duties owed": [("Q1 2024/25", 212.0, None), ("Q2 2024/25", None, "[x]")],
        "Relief duties owed": [("Q1 2024/25", 187.0, None), ("Q2 2024/25", 201.0, None)],
    }
