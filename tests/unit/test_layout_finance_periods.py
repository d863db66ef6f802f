"""Month columns headed by the financial year's period numbers: P1 is April, P12 March."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.parse.periods import parse_period
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures


def _labels(parsed: ParsedScorecard) -> list[str]:
    first = parsed.indicators[0]
    return [o.period.label for o in first.observations]


def test_period_headings_are_months_of_the_title_year(tmp_path: Path) -> None:
    rows = [
        ["Budget monitoring 2025/26"],
        ["Code", "Measure", "Period 1", "Period 2", "Period 3", "Period 4", "Period 5"],
        ["B1", "Council tax collected (%)", 10.2, 19.8, 29.1, 38.7, 48.0],
        ["B2", "Invoices paid in 30 days (%)", 95.1, 94.2, 96.0, 93.8, 95.5],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Council tax collected (%)"] == [
        ("Apr 2025", 10.2), ("May 2025", 19.8), ("Jun 2025", 29.1),
        ("Jul 2025", 38.7), ("Aug 2025", 48.0),
    ]  # fmt: skip
    assert any("'Period 3' -> values for Jun 2025" in line for line in parsed.explain)


def test_late_periods_run_into_the_next_calendar_year_by_the_targets_year(
    tmp_path: Path,
) -> None:
    rows = [
        ["Indicator", "Target 2023/24", "M10", "M11", "M12"],
        ["Sundry debt over 90 days (£000)", 450, 471, 448, 439],
        ["Days to pay suppliers", 10, 9.2, 10.4, 8.7],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    debt = next(i for i in parsed.indicators if i.name.startswith("Sundry"))
    assert [(o.period.label, o.actual, o.target) for o in debt.observations] == [
        ("Jan 2024", 471, 450), ("Feb 2024", 448, 450), ("Mar 2024", 439, 450),
    ]  # fmt: skip


def test_a_field_after_each_period_number(tmp_path: Path) -> None:
    rows = [
        ["Finance KPIs, month 2 of 2024-25"],
        ["Ref", "KPI", "Mth 1 Actual", "Mth 1 Target", "Mth 2 Actual", "Mth 2 Target"],
        ["F1", "Rent collected (%)", 97.2, 98, 97.9, 98],
        ["F2", "Agency spend (£000)", 84, 80, 92, 80],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    rent = parsed.indicators[0]
    assert [(o.period.label, o.actual, o.target) for o in rent.observations] == [
        ("Apr 2024", 97.2, 98), ("May 2024", 97.9, 98),
    ]  # fmt: skip


def test_the_sheet_name_or_file_name_can_give_the_year(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "2024-25"
    for row in (["Measure", "P01", "P02", "P03"], ["Calls answered (%)", 81, 83, 85]):
        sheet.append(row)
    book.save(tmp_path / "monitor.xlsx")
    parsed = find.detect(read_workbook(tmp_path / "monitor.xlsx"))
    assert _labels(parsed) == ["Apr 2024", "May 2024", "Jun 2024"]
    rows = [["Measure", "P4", "P5", "P6"], ["Calls answered (%)", 81, 83, 85]]
    parsed = detect_rows(tmp_path / "P6 2023-24 monitor.xlsx", rows)
    assert _labels(parsed) == ["Jul 2023", "Aug 2023", "Sep 2023"]


def test_a_year_merged_over_the_period_numbers(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Measure", "2024/25", None, None])
    sheet.append([None, None, "P1", "P2", "P3"])
    sheet.append(["A1", "Calls answered (%)", 81, 83, 85])
    sheet.merge_cells("C1:E1")
    book.save(tmp_path / "s.xlsx")
    parsed = find.detect(read_workbook(tmp_path / "s.xlsx"))
    assert _labels(parsed) == ["Apr 2024", "May 2024", "Jun 2024"]


def test_period_numbers_with_their_year_in_the_heading_are_parsed() -> None:
    found = {t: parse_period(t) for t in ("Month 7 2024/25", "2024/25 M12", "Pd 3 2024-25")}
    assert {t: p.label if p else None for t, p in found.items()} == {
        "Month 7 2024/25": "Oct 2024",
        "2024/25 M12": "Mar 2025",
        "Pd 3 2024-25": "Jun 2024",
    }
    assert parse_period("Sep 2024/25") is None  # the p of 'Sep' is no period number


def test_no_year_anywhere_is_refused_naming_the_heading(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor"],
        ["Ref", "Measure", "Target", "P1", "P2", "P3"],
        ["F1", "Invoices paid in 30 days (%)", 95, 96, 94, 97],
        ["F2", "Debt over 90 days (£000)", 450, 512, 498, 476],
    ]
    with pytest.raises(ScorecardError) as refused:
        detect_rows(tmp_path / "s.xlsx", rows)
    assert "Scorecard!D2: 'P1'" in str(refused.value)
    assert "name no year" in str(refused.value)


def test_last_years_outturn_does_not_place_the_periods(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor"],
        ["Ref", "Measure", "Outturn 2023/24", "P1", "P2", "P3"],
        ["F1", "Invoices paid in 30 days (%)", 95, 96, 94, 97],
        ["F2", "Debt over 90 days (£000)", 450, 512, 498, 476],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    (doubt,) = parsed.review
    assert (doubt.cell, "names no year") == ("D2", "names no year")
    assert "names no year" in doubt.reason
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"2023/24"}


@pytest.mark.parametrize(
    "headings",
    [
        ("P1", "P3", "P2"),  # priorities, not in order
        ("P2", "P1", "P3"),
        ("P1 (Jan)", "P2 (Feb)", "P3 (Mar)"),  # numbered from January: not the financial year
        ("P11", "P12", "P13"),  # four-week periods
    ],
)
def test_numbers_that_do_not_run_as_months_are_not_months(
    tmp_path: Path, headings: Sequence[str]
) -> None:
    rows = [
        ["Service report 2024/25"],
        ["Ref", "Measure", *headings, "Q1 2024/25"],
        ["S1", "Calls answered (%)", 1, 0, 2, 81.5],
        ["S2", "Complaints on time (%)", 0, 1, 1, 88.0],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"Q1 2024/25"}


def test_codes_named_like_periods_down_the_rows_stay_codes(tmp_path: Path) -> None:
    rows = [
        ["Priorities 2024/25"],
        ["Indicator", "Target", "Q1 2024/25", "Q2 2024/25"],
        ["P1", 3, 4, 5],
        ["P2", 5, 6, 7],
        ["P3", 7, 8, 9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert figures(parsed)["P2"] == [("Q1 2024/25", 6), ("Q2 2024/25", 7)]


def test_measure_codes_across_a_table_of_periods_down_are_not_months(tmp_path: Path) -> None:
    rows = [
        ["Health measures 2024/25"],
        ["Code", "M1", "M2", "M3"],
        ["Indicator", "Smoking prevalence", "Active adults", "Conceptions per 1,000"],
        ["Q1 2024/25", 12.1, 64.0, 14.2],
        ["Q2 2024/25", 11.8, 65.5, 13.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert figures(parsed)["Active adults"] == [("Q1 2024/25", 64.0), ("Q2 2024/25", 65.5)]
    assert {i.code for i in parsed.indicators} == {"M1", "M2", "M3"}


def test_period_numbers_down_a_long_tables_period_column(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor 2024/25"],
        ["Code", "Measure", "Period", "Actual", "Target"],
        ["F1", "Invoices paid in 30 days (%)", "P1", 96, 95],
        ["F1", "Invoices paid in 30 days (%)", "P2", 94, 95],
        ["F1", "Invoices paid in 30 days (%)", "P11", 97, 95],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert _labels(parsed) == ["Apr 2024", "May 2024", "Feb 2025"]
    rows = [
        ["Code", "Measure", "Financial year", "Month", "Actual"],
        ["F1", "Invoices paid in 30 days (%)", "2024/25", "Month 1", 96],
        ["F1", "Invoices paid in 30 days (%)", "2024/25", "Month 10", 94],
    ]
    assert _labels(detect_rows(tmp_path / "t.xlsx", rows)) == ["Apr 2024", "Jan 2025"]


def test_a_thirteenth_period_down_a_long_table_is_held(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor 2024/25"],
        ["Code", "Measure", "Period", "Actual"],
        ["F1", "Invoices paid in 30 days (%)", "P12", 96],
        ["F1", "Invoices paid in 30 days (%)", "P13", 94],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [d.cell for d in parsed.review] == ["C4"]


def test_the_latest_period_first(tmp_path: Path) -> None:
    rows = [
        ["Monthly finance dashboard, 2024-25"],
        ["Measure", "P9", "P8", "P7", "Target"],
        ["Rent arrears (£000)", 412, 398, 405, 400],
        ["Housing benefit days to process", 11.2, 12.0, 12.6, 14],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Rent arrears (£000)"] == [
        ("Dec 2024", 412), ("Nov 2024", 398), ("Oct 2024", 405),
    ]  # fmt: skip
