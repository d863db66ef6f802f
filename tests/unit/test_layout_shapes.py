"""Tables in the shapes councils print them: several per sheet, anywhere on the sheet."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.regions import split
from desktop.scorecard.model import ParsedIndicator
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
