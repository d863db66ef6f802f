"""Checks made after a table is read: figures that show the reading is wrong are doubts."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook as Book

from desktop.scorecard.layout.cross_checks import calendar_quarter, single_year_quarter
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

Row = list[object]


def _read(
    tmp_path: Path, rows: list[Row], *, name: str = "card.xlsx", title: str = "Scorecard"
) -> ParsedScorecard:
    book = Book()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return detect(read_workbook(path))


def _kinds(read: ParsedScorecard) -> list[str]:
    return [f"{r.sheet}!{r.cell}: {r.reason}" for r in read.review]


def _periods(read: ParsedScorecard) -> set[str]:
    return {o.period.label for i in read.indicators for o in i.observations}


# -- published RAG ----------------------------------------------------------------------------

RAG_HEADING: Row = ["Indicator", "Polarity", "Actual", "Target", "RAG"]


def test_ratings_the_figures_explain_are_no_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Q2 2024/25 performance"],
            RAG_HEADING,
            ["Calls answered", "Higher is better", 92, 90, "Green"],
            ["Days to relet", "Lower is better", 41, 30, "Red"],
            ["Reviews on time", "Higher is better", 70, 85, "Red"],
            ["Missed bins per 100k", "Lower is better", 40, 45, "Green"],
            ["Invoices paid in 30 days", "Higher is better", 89, 90, "Amber"],
        ],
    )
    assert read.review == []


def test_one_rating_by_judgement_is_no_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Q2 2024/25 performance"],
            RAG_HEADING,
            ["Calls answered", "Higher is better", 92, 90, "Green"],
            ["Days to relet", "Lower is better", 41, 30, "Red"],
            ["Reviews on time", "Higher is better", 70, 85, "Green"],  # rated on trend
            ["Missed bins per 100k", "Lower is better", 40, 45, "Green"],
        ],
    )
    assert read.review == []


def test_ratings_most_rows_contradict_are_a_doubt_at_a_cell(tmp_path: Path) -> None:
    # the value column read is last year's: this year's ratings do not follow from it
    read = _read(
        tmp_path,
        [
            ["Q2 2024/25 performance"],
            RAG_HEADING,
            ["Calls answered", "Higher is better", 70, 90, "Green"],
            ["Days to relet", "Lower is better", 20, 30, "Red"],
            ["Reviews on time", "Higher is better", 95, 85, "Red"],
            ["Missed bins per 100k", "Lower is better", 60, 45, "Green"],
        ],
    )
    lines = _kinds(read)
    assert len(lines) == 1
    assert lines[0].startswith("Scorecard!C3:") and "4 of 4" in lines[0]


def test_without_polarity_only_ratings_no_direction_explains_count(tmp_path: Path) -> None:
    heading: Row = ["Indicator", "Actual", "Target", "RAG"]
    explained = _read(
        tmp_path,
        [
            ["Q2 2024/25"],
            heading,
            ["Calls answered", 70, 90, "Green"],  # fine if lower were better
            ["Days to relet", 20, 30, "Red"],  # fine if higher were better
            ["Reviews on time", 95, 85, "Red"],
            ["Missed bins", 60, 45, "Green"],
        ],
    )
    assert explained.review == []
    contradicted = _read(
        tmp_path,
        [
            ["Q2 2024/25"],
            heading,
            ["Calls answered", 90, 90, "Red"],  # red on target: no polarity explains it
            ["Days to relet", 30, 30, "Red"],
            ["Reviews on time", 85, 85, "Red"],
            ["Missed bins", 60, 45, "Green"],
        ],
        name="other.xlsx",
    )
    assert [r.cell for r in contradicted.review] == ["B3"]


# -- figures that are not figures -------------------------------------------------------------


def test_a_date_serial_among_percentages_is_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"],
            ["Reviews on time", 81.5, 45382, 84.0],
            ["Calls answered", 90.0, 91.0, 92.0],
        ],
    )
    assert [r.cell for r in read.review] == ["C2"]
    assert "Excel date" in read.review[0].reason


def test_a_year_among_small_figures_is_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "2021/22", "2022/23", "2023/24"],
            ["Reviews on time", 81.5, 2023, 84.0],
            ["Calls answered", 90.0, 91.0, 92.0],
        ],
    )
    assert [r.cell for r in read.review] == ["C2"]
    assert "a year" in read.review[0].reason


def test_large_counts_are_not_years(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "2021/22", "2022/23", "2023/24"],
            ["Households assessed", 1850, 2023, 2210],
            ["Calls answered", 90.0, 91.0, 92.0],
        ],
    )
    assert read.review == []


def test_figures_that_are_each_their_period_s_year_are_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Year", "Result"],
            ["Reviews on time", "2022/23", 2022],
            ["Reviews on time", "2023/24", 2023],
            ["Calls answered", "2022/23", 90.0],
            ["Calls answered", "2023/24", 91.0],
        ],
    )
    assert [r.cell for r in read.review] == ["C2"]
    assert "year of its own period" in read.review[0].reason


def test_a_row_number_column_read_as_values_is_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Q1 2024/25"],
            ["Reviews on time", 1],
            ["Calls answered", 2],
            ["Days to relet", 3],
            ["Missed bins", 4],
        ],
    )
    assert [r.cell for r in read.review] == ["B2"]
    assert "row number" in read.review[0].reason


def test_figures_equal_to_their_codes_numbers_are_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Ref", "Indicator", "Q1 2024/25"],
            ["PI 12", "Reviews on time", 12],
            ["PI 7", "Calls answered", 7],
            ["PI 31", "Days to relet", 31],
        ],
    )
    assert [r.cell for r in read.review] == ["C2"]
    assert "codes" in read.review[0].reason


# -- periods ----------------------------------------------------------------------------------


def test_quarter_columns_out_of_order_are_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Q3 2024/25", "Q1 2024/25", "Q2 2024/25"],
            ["Reviews on time", 81.5, 82.0, 84.0],
            ["Calls answered", 90.0, 91.0, 92.0],
        ],
    )
    assert [r.cell for r in read.review] == ["B1"]
    assert "out of order" in read.review[0].reason


def test_newest_first_columns_are_in_order(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Q3 2024/25", "Q2 2024/25", "Q1 2024/25", "Q3 2023/24"],
            ["Reviews on time", 81.5, 82.0, 84.0, 80.0],
            ["Calls answered", 90.0, 91.0, 92.0, 89.0],
        ],
    )
    assert read.review == []


def test_one_indicator_years_away_from_the_rest_is_a_doubt(tmp_path: Path) -> None:
    rows: list[Row] = [["Indicator", "Year", "Result"]]
    for name in ("Calls answered", "Reviews on time", "Days to relet", "Missed bins"):
        rows += [[name, "2022/23", 50.0], [name, "2023/24", 52.0]]
    rows.append(["Carers assessed", "2009/10", 410.0])
    read = _read(tmp_path, rows)
    assert [r.cell for r in read.review] == ["C10"]
    assert "years away" in read.review[0].reason


# -- a quarter with one year ------------------------------------------------------------------


def test_single_year_quarters_are_recognised() -> None:
    assert single_year_quarter("Q4 2024") == (4, 2024)
    assert single_year_quarter("2024 Q1") == (1, 2024)
    assert single_year_quarter("Qtr 2 2023") == (2, 2023)
    assert single_year_quarter("Q4 2024/25") is None
    assert calendar_quarter(1, 2025).label == "Q4 2024/25"  # January to March 2025
    assert calendar_quarter(4, 2024).label == "Q3 2024/25"  # October to December 2024


QUARTERS: list[Row] = [
    ["Indicator", "Q3 2024", "Q4 2024"],
    ["Reviews on time", 81.5, 82.0],
    ["Calls answered", 90.0, 91.0],
]


def test_a_quarter_with_one_year_and_nothing_to_say_which_is_a_doubt(tmp_path: Path) -> None:
    read = _read(tmp_path, QUARTERS)
    assert [r.cell for r in read.review] == ["B1"]
    assert "calendar year 2024" in read.review[0].reason


def test_a_financial_year_title_settles_single_year_quarters(tmp_path: Path) -> None:
    read = _read(tmp_path, [["Performance report, financial year 2024/25"], *QUARTERS])
    assert read.review == []
    assert _periods(read) == {"Q3 2024/25", "Q4 2024/25"}


def test_a_calendar_title_reads_calendar_quarters(tmp_path: Path) -> None:
    read = _read(tmp_path, [["Quarterly figures by calendar year"], *QUARTERS])
    assert read.review == []
    # July-September 2024 and October-December 2024
    assert _periods(read) == {"Q2 2024/25", "Q3 2024/25"}
    assert any("calendar quarters" in w for w in read.warnings)


def test_single_year_quarters_in_a_period_column(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Quarter", "Result"],
            ["Reviews on time", "Q1 2025", 81.5],
            ["Reviews on time", "Q2 2025", 82.0],
        ],
    )
    assert [r.cell for r in read.review] == ["B2"]


# -- names that are not names -----------------------------------------------------------------


def test_a_grand_total_row_is_left_out_not_read_as_an_indicator(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Stage 1 complaints received", 120, 131],
            ["Stage 2 complaints received", 14, 9],
            ["Grand total", 134, 140],
        ],
    )
    assert read.review == []
    assert [i.name for i in read.indicators] == [
        "Stage 1 complaints received",
        "Stage 2 complaints received",
    ]
    assert any("A4" in w and "Grand total" in w for w in read.warnings)


def test_an_average_row_is_not_an_indicator(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Repairs on time (%)", 92.0, 94.0],
            ["Calls answered (%)", 81.0, 83.0],
            ["Average", 86.5, 88.5],
        ],
    )
    assert [i.name for i in read.indicators] == ["Repairs on time (%)", "Calls answered (%)"]
    assert not read.review  # left out, and said so
    assert any("A4" in w and "Average" in w for w in read.warnings)


def test_a_unit_as_a_name_is_a_doubt_but_a_name_starting_with_one_is_not(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Days to relet a council home", 31, 28],
            ["Total complaints received", 134, 140],
            ["%", 81.5, 82.0],
        ],
    )
    assert [r.cell for r in read.review] == ["A4"]
    assert "is a unit" in read.review[0].reason


def test_a_date_serial_against_a_small_target_is_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Q2 2024/25", "Target"],
            ["Reviews on time", 45473, 95],
            ["Calls answered", 91.0, 90],
            ["Residents' complaints answered", 12840, 12000],  # a large count beside its own
        ],
    )
    assert [r.cell for r in read.review] == ["B2"]
    assert "against a target of 95" in read.review[0].reason


def test_names_that_are_bare_periods_statuses_or_footers_are_doubts(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Measure", "2023/24", "2024/25"],
            ["Days to relet a council home", 31, 28],
            ["Quarter 1", 30, 29],
            ["Improving", 12, 14],
            ["Page 2 of 3", 1, 1],
        ],
    )
    lines = [f"{r.cell}: {r.reason}" for r in read.review]
    assert any(line.startswith("A3:") and "period without its year" in line for line in lines)
    assert any(line.startswith("A4:") and "direction word" in line for line in lines)
    assert any(line.startswith("A5:") and "page number" in line for line in lines)
    assert len(lines) == 3


def test_a_financial_year_column_beside_single_year_quarters_settles_them(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Indicator", "Year", "Quarter", "Result"],
            ["Reviews on time", "2024/25", "Q1 2024", 81.5],
            ["Reviews on time", "2024/25", "Q2 2024", 82.0],
        ],
    )
    assert read.review == []
    assert _periods(read) == {"Q1 2024/25", "Q2 2024/25"}


def test_a_title_quarter_with_one_year_is_a_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Corporate performance, Q4 2024"],
            ["Indicator", "Actual", "Target"],
            ["Reviews on time", 81.5, 85],
            ["Calls answered", 91.0, 90],
        ],
    )
    assert [r.cell for r in read.review] == ["A1"]
    assert "Q4 2024" in read.review[0].reason


def test_a_title_quarter_of_a_financial_year_is_no_doubt(tmp_path: Path) -> None:
    read = _read(
        tmp_path,
        [
            ["Corporate performance, Q4 2024/25"],
            ["Indicator", "Actual", "Target"],
            ["Reviews on time", 81.5, 85],
            ["Calls answered", 91.0, 90],
        ],
    )
    assert read.review == []


def _split_long(first: list[Row], year: object, heading: str = "Period") -> list[Row]:
    rows: list[Row] = [*first, ["Indicator", "Year", heading, "Value"]]
    for name in ("Reviews on time", "Calls answered"):
        rows.extend([name, year, f"Q{q}", 80 + q] for q in range(1, 5))
    return rows


def test_a_quarter_beside_a_one_year_year_column_is_a_doubt(tmp_path: Path) -> None:
    # Year 2024 | Period Q1: the quarter of the financial year 2024/25 or of calendar 2024?
    read = _read(tmp_path, _split_long([], 2024))
    assert [r.cell for r in read.review] == ["B2"]
    assert "'Q1 2024'" in read.review[0].reason
    assert "calendar year 2024" in read.review[0].reason


def test_a_quarter_beside_a_one_year_text_year_under_a_quarter_heading_is_a_doubt(
    tmp_path: Path,
) -> None:
    read = _read(tmp_path, _split_long([], "2024", heading="Quarter"))
    assert [r.cell for r in read.review] == ["B2"]


def test_a_calendar_note_settles_quarters_beside_a_one_year_year_column(tmp_path: Path) -> None:
    read = _read(tmp_path, _split_long([["Figures by calendar year"]], 2024))
    assert read.review == []
    # January-March 2024 is Q4 of 2023/24; October-December 2024 is Q3 of 2024/25
    assert _periods(read) == {"Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"}


def test_a_financial_title_or_two_year_year_reads_split_quarters_as_ever(tmp_path: Path) -> None:
    for rows in (
        _split_long([["Performance, financial year 2024/25"]], 2024),
        _split_long([], "2024/25"),
    ):
        read = _read(tmp_path, rows)
        assert read.review == []
        assert _periods(read) == {"Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"}
