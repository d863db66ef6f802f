"""One indicator listed under two portfolios (sections of a table, tables of a sheet, sheets):
read once where the listings agree, held for review naming both cells where they do not."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Ref", "Measure", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25"]


def _parsed(*sheets: Sheet) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/corporate.xlsx", format="xlsx", sheets=list(sheets)))


def _sections(*rows: list[CellValue]) -> Sheet:
    return Sheet("Scorecard", [["Corporate scorecard, Quarter 2 2024/25"], [], HEADING, *rows])


def _all(parsed: ParsedScorecard, key: str) -> list[ParsedIndicator]:
    return [i for i in parsed.indicators if (i.code or i.name) == key]


def _figures(indicator: ParsedIndicator) -> list[tuple[str, float | None]]:
    return [(o.period.label, o.actual) for o in indicator.observations]


def test_a_measure_repeated_under_a_second_section_is_read_once() -> None:
    parsed = _parsed(
        _sections(
            ["Adults and Health", None, None, None, None],
            ["ASC01", "Admissions to care homes", 152.4, 146.0, 138.7],
            ["HWB01", "Delayed discharges (daily average) †", 94, 87, 79],
            ["Public Health", None, None, None, None],
            ["PH01", "Smoking quitters (%)", 54.9, 57.3, 58.0],
            ["HWB01", "Delayed discharges (daily average) †", 94, 87, 79],
        )
    )
    assert parsed.review == []
    (shared,) = _all(parsed, "HWB01")
    assert shared.portfolio == "Adults and Health"  # no other HWB code: where it is first listed
    assert _figures(shared) == [("Q4 2023/24", 94.0), ("Q1 2024/25", 87.0), ("Q2 2024/25", 79.0)]
    (said,) = [w for w in parsed.warnings if "HWB01" in w]
    assert "Scorecard!C9" in said and "Public Health" in said and "read once" in said


def test_listings_disagreeing_on_a_period_are_one_doubt_naming_both_cells() -> None:
    parsed = _parsed(
        _sections(
            ["Children and Families", None, None, None, None],
            ["CSC01", "Re-referrals within 12 months (%)", 22.1, 19.8, 20.6],
            ["LS05", "16-17 year olds NEET or not known (%)", 5.6, 4.1, 4.8],
            ["Learning and Skills", None, None, None, None],
            ["LS01", "EHC plans issued within 20 weeks (%)", 41.0, 47.5, 52.3],
            ["LS05", "16-17 year olds NEET or not known (%)", 5.6, 4.1, 5.3],
        )
    )
    (item,) = parsed.review
    assert (item.sheet, item.cell) == ("Scorecard", "E9")
    assert "Q2 2024/25" in item.reason and "5.3" in item.reason and "4.8 at E6" in item.reason
    (neet,) = _all(parsed, "LS05")  # never imported twice
    assert neet.portfolio == "Learning and Skills"  # beside LS01: its code's letters


def test_a_portfolio_column_giving_one_code_twice_is_checked_the_same_way() -> None:
    rows: list[list[CellValue]] = [
        ["Directorate", "Code", "Indicator", "2022/23", "2023/24"],
        ["Place", "ENV3", "Fly-tips cleared within 2 days (%)", 91, 93],
        ["Resources", "ENV3", "Fly-tips cleared within 2 days (%)", 91, 89],
        ["Resources", "FIN1", "Invoices paid within 30 days (%)", 96, 97],
    ]
    parsed = _parsed(Sheet("KPIs", rows))
    (item,) = parsed.review
    assert item.cell == "E3" and "93 at E2" in item.reason
    assert len(_all(parsed, "ENV3")) == 1


def test_tables_of_one_sheet_under_their_own_titles_share_the_rule() -> None:
    heading: list[CellValue] = ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"]
    rows: list[list[CellValue]] = [
        ["Housing"],
        heading,
        ["H1", "Households in temporary accommodation", 412, 398],
        ["H2", "Rough sleepers helped off the street", 31, 28],
        [],
        ["Health and Wellbeing"],
        heading,
        ["W1", "Physically active adults (%)", 61.0, 62.4],
        ["H2", "Rough sleepers helped off the street", 31, 28],
    ]
    parsed = _parsed(Sheet("Dashboard", rows))
    assert parsed.review == []
    (shared,) = _all(parsed, "H2")
    assert shared.portfolio == "Housing"
    assert _figures(shared) == [("Q1 2024/25", 31.0), ("Q2 2024/25", 28.0)]


def test_a_sheet_per_portfolio_repeating_a_measure_with_another_figure_is_held() -> None:
    heading: list[CellValue] = ["Ref", "Indicator", "Q3 2024/25"]
    sheets = [
        Sheet("People", [heading, ["P1", "Care leavers in work or training (%)", 61.0]]),
        Sheet("Place", [heading, ["X7", "Complaints answered on time (%)", 88.0]]),
        Sheet("Resources", [heading, ["X7", "Complaints answered on time (%)", 84.5]]),
    ]
    parsed = _parsed(*sheets)
    (item,) = parsed.review
    assert (item.sheet, item.cell) == ("Resources", "C2")
    assert "88 at Place!C2" in item.reason and "two portfolios" in item.reason


def test_an_uncoded_measure_shared_by_two_portfolios_is_read_once() -> None:
    heading: list[CellValue] = ["Measure", "Apr 2024", "May 2024", "Jun 2024"]
    rows: list[list[CellValue]] = [
        heading,
        ["Economy", None, None, None],
        ["Business rates collected (%)", 11.2, 20.4, 29.9],
        ["Jobs created through council support", 18, 22, 25],
        ["Finance", None, None, None],
        ["Council tax collected (%)", 10.9, 19.8, 28.6],
        ["Business rates collected (%)", 11.2, 20.4, 29.9],
    ]
    parsed = _parsed(Sheet("Monthly", rows))
    assert parsed.review == []
    assert len(_all(parsed, "Business rates collected (%)")) == 1


def test_an_uncoded_name_with_its_own_figures_in_each_portfolio_stays_apart() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Q1 2024/25", "Q2 2024/25"],
        ["Adult Services", None, None],
        ["Sickness absence (days per FTE)", 2.9, 3.1],
        ["Children's Services", None, None],
        ["Sickness absence (days per FTE)", 2.4, 2.6],
    ]
    parsed = _parsed(Sheet("Corporate health", rows))
    assert parsed.review == []
    found = sorted(
        (i.portfolio or "", _figures(i)[0][1] or 0.0)
        for i in _all(parsed, "Sickness absence (days per FTE)")
    )
    assert found == [("Adult Services", 2.9), ("Children's Services", 2.4)]


def test_a_name_every_directorate_reports_for_itself_is_not_one_measure() -> None:
    rows: list[list[CellValue]] = [["Measure", "2022/23", "2023/24"]]
    for directorate, figures in (
        ("Place", (8.1, 8.4)),
        ("People", (9.6, 8.4)),
        ("Resources", (6.2, 6.0)),
    ):
        rows += [[directorate, None, None], ["Days lost to sickness per employee", *figures]]
    parsed = _parsed(Sheet("Workforce", rows))
    assert parsed.review == []
    assert len(_all(parsed, "Days lost to sickness per employee")) == 3


def test_a_number_counting_each_sections_rows_is_no_shared_code() -> None:
    rows: list[list[CellValue]] = [
        ["No.", "Performance indicator", "Q2 2024/25"],
        ["Streets", None, None],
        [1, "Potholes repaired within 28 days (%)", 92.0],
        ["Customers", None, None],
        [1, "Calls answered within 60 seconds (%)", 71.0],
    ]
    parsed = _parsed(Sheet("Scorecard", rows))
    assert parsed.review == []
    assert sorted(i.name for i in parsed.indicators) == [
        "Calls answered within 60 seconds (%)",
        "Potholes repaired within 28 days (%)",
    ]


def test_a_row_pasted_twice_in_one_section_is_still_the_duplicate_row_check() -> None:
    parsed = _parsed(
        _sections(
            ["Waste", None, None, None, None],
            ["WR02", "Missed bins put right within 48 hours (%)", 95.0, 96.2, 97.1],
            ["WR02", "Missed bins put right within 48 hours (%)", 95.0, 96.2, 93.4],
        )
    )
    (item,) = parsed.review
    assert item.cell == "E6" and "two rows" in item.reason


def test_a_sheet_per_area_listing_the_same_indicators_is_not_one_scorecard_repeated() -> None:
    heading: list[CellValue] = ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"]
    rows = [
        ["HS01", "Rent collected (%)"],
        ["HS02", "Homelessness cases prevented"],
        ["HS03", "Empty homes brought back into use"],
    ]
    north = Sheet("North", [heading, *([*r, 97.1 - i, 96.0 + i] for i, r in enumerate(rows))])
    south = Sheet("South", [heading, *([*r, 95.4 + i, 97.0 - i] for i, r in enumerate(rows))])
    parsed = _parsed(north, south)
    assert parsed.review == []
    assert sorted((i.code or "", i.portfolio or "") for i in parsed.indicators) == [
        ("HS01", "North"), ("HS01", "South"), ("HS02", "North"), ("HS02", "South"),
        ("HS03", "North"), ("HS03", "South"),
    ]  # fmt: skip


def test_a_coded_measure_every_directorate_reports_for_itself_stays_apart() -> None:
    rows: list[list[CellValue]] = [["Code", "Measure", "2023/24"]]
    for directorate, own, days in (
        ("Place", "PL1", 8.1),
        ("People", "PE1", 9.6),
        ("Resources", "RE1", 6.2),
    ):
        rows += [
            [directorate, None, None],
            [own, f"{directorate} budget variance (%)", 1.5],
            ["CH1", "Days lost to sickness per employee", days],
        ]
    parsed = _parsed(Sheet("Corporate health", rows))
    assert parsed.review == []
    assert len(_all(parsed, "CH1")) == 3
