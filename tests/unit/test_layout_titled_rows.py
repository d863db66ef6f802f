"""Indicators named by a title row, with one row per period under it, block after block."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.titled_rows import gather
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def read(rows: list[list[CellValue]]) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/annual.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)]))


def readings(parsed: ParsedScorecard) -> dict[tuple[str | None, str], list[tuple[object, ...]]]:
    return {
        (i.code, i.name): [(o.period.label, o.actual, o.target, o.rag) for o in i.observations]
        for i in parsed.indicators
    }


def test_titles_over_year_rows_name_the_indicator_of_each_row() -> None:
    rows: list[list[CellValue]] = [
        ["Housing annual report 2023/24"],
        [],
        ["Year", "Outturn", "Target", "Status"],
        ["HSG01 - Rent collected (%)"],
        ["2022/23", 98.3, 98.0, "Green"],
        ["2023/24", 97.9, 98.5, "Amber"],
        [],
        ["HSG02 - Average days to re-let empty homes"],
        ["2022/23", 33, 30, "Red"],
        ["2023/24", 27.5, 28, "Green"],
    ]
    parsed = read(rows)
    assert parsed.review == []
    assert readings(parsed) == {
        ("HSG01", "Rent collected (%)"): [
            ("2022/23", 98.3, 98.0, "green"),
            ("2023/24", 97.9, 98.5, "amber"),
        ],
        ("HSG02", "Average days to re-let empty homes"): [
            ("2022/23", 33.0, 30.0, "red"),
            ("2023/24", 27.5, 28.0, "green"),
        ],
    }
    first = parsed.indicators[0].observations[0]
    assert (first.sheet, first.cell) == ("KPIs", "B5")  # the cell in the file, not the copy


def test_headings_printed_again_under_each_title_are_read_the_same() -> None:
    rows: list[list[CellValue]] = [
        ["Quarterly indicators 2024/25"],
        [],
        ["Indicator: Missed bin collections per 100,000"],
        ["Quarter", "Actual", "Target"],
        ["Q1 2024/25", 48, 50],
        ["Q2 2024/25", 61, 50],
        [],
        ["Fly-tipping removed within 5 days (%)"],
        ["Quarter", "Actual", "Target"],
        ["Q1 2024/25", 93.2, 95],
        ["Q2 2024/25", 95.8, 95],
    ]
    parsed = read(rows)
    assert parsed.review == []
    assert readings(parsed) == {
        (None, "Missed bin collections per 100,000"): [
            ("Q1 2024/25", 48.0, 50.0, None),
            ("Q2 2024/25", 61.0, 50.0, None),
        ],
        (None, "Fly-tipping removed within 5 days (%)"): [
            ("Q1 2024/25", 93.2, 95.0, None),
            ("Q2 2024/25", 95.8, 95.0, None),
        ],
    }


def test_a_title_written_in_every_cell_of_its_merged_row_is_one_title() -> None:
    rows: list[list[CellValue]] = [
        ["Period", "Value", "Target"],
        ["Calls answered (%)"] * 3,
        ["2023/24", 81.0, 80.0],
        ["Complaints closed in time (%)"] * 3,
        ["2023/24", 77.0, 80.0],
    ]
    gathered = gather(Sheet("KPIs", rows))
    assert gathered is not None
    names = [r[0] for r in gathered.sheet.rows[1:]]
    assert names == ["Calls answered (%)", "Complaints closed in time (%)"]


def test_a_long_table_with_its_own_name_column_is_not_gathered() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Year", "Value"],
        ["Calls answered (%)", "2023/24", 81.0],
        ["Complaints closed in time (%)", "2023/24", 77.0],
    ]
    assert gather(Sheet("KPIs", rows)) is None


def test_period_rows_before_any_title_are_not_blocks() -> None:
    rows: list[list[CellValue]] = [
        ["Year", "Value", "Target"],
        ["2022/23", 80.0, 80.0],
        ["Calls answered (%)"],
        ["2023/24", 81.0, 80.0],
        ["Complaints (%)"],
        ["2023/24", 77.0, 80.0],
    ]
    assert gather(Sheet("KPIs", rows)) is None


@pytest.mark.parametrize("over_years", ["", "Measure", "Indicator / year"])
def test_the_column_of_titles_and_years_is_found_by_its_cells(over_years: str) -> None:
    rows: list[list[CellValue]] = [
        ["Housing annual report 2023/24"],
        [],
        [over_years, "Outturn", "Target", "Status"],
        ["HSG01", "Rent collected (%)"],  # a code and a name side by side
        ["2022/23", 98.3, 98.0, "Green"],
        ["2023/24", 97.9, 98.5, "Amber"],
        [],
        ["HSG02 - Average days to re-let empty homes"],
        ["2022/23", 33, 30, "Red"],
        ["2023/24", 27.5, 28, "Green"],
    ]
    parsed = read(rows)
    assert parsed.review == []
    assert readings(parsed) == {
        ("HSG01", "Rent collected (%)"): [
            ("2022/23", 98.3, 98.0, "green"),
            ("2023/24", 97.9, 98.5, "amber"),
        ],
        ("HSG02", "Average days to re-let empty homes"): [
            ("2022/23", 33.0, 30.0, "red"),
            ("2023/24", 27.5, 28.0, "green"),
        ],
    }


def test_section_titles_over_a_long_table_with_its_own_names_are_not_indicators() -> None:
    rows: list[list[CellValue]] = [
        ["Indicator", "Year", "Value", "Target"],
        ["Adult Social Care"],
        ["Carers assessed (%)", "2023/24", 81.0, 80.0],
        ["Reviews completed (%)", "2023/24", 77.0, 80.0],
        ["Housing"],
        ["Rent collected (%)", "2023/24", 98.1, 98.0],
    ]
    assert gather(Sheet("KPIs", rows)) is None


def test_explain_says_the_table_was_gathered_from_title_rows() -> None:
    rows: list[list[CellValue]] = [
        ["Year", "Outturn", "Target"],
        ["Calls answered (%)"],
        ["2023/24", 81.0, 80.0],
        ["Complaints closed in time (%)"],
        ["2023/24", 77.0, 80.0],
    ]
    book = Workbook(path="/tmp/annual.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)])
    parsed = detect(book, explaining=True)
    said = "  gathered into one table: 2 indicators named by title rows over their period rows"
    assert f"{said}, from A2" in parsed.explain
