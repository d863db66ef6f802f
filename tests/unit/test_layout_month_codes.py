"""Months keyed as yyyymm numbers down a long table's period column (202404 is April 2024),
told apart from years written as two pairs (202324 is 2023/24)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import month_codes
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.parse.periods import month, parse_period
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("value", "code"),
    [(202404, 202404), (202404.0, 202404), (" 202404 ", 202404), ("202404", 202404)],
)
def test_a_code_is_six_digits_however_stored(value: object, code: int) -> None:
    assert month_codes.code_of(value) == code  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [2024, "2024-04", 202404.5, True, "Apr 2024", "20240401"])
def test_other_cells_are_no_code(value: object) -> None:
    assert month_codes.code_of(value) is None  # type: ignore[arg-type]


def test_a_column_of_months_reads_each_as_its_month() -> None:
    found = month_codes.read([201910, 201911, 201912, 202001, None, "n/a"])
    assert found.months == {
        201910: month(2019, 10),
        201911: month(2019, 11),
        201912: month(2019, 12),
        202001: month(2020, 1),
    }
    assert not found.doubts


def test_a_code_that_could_be_a_year_is_a_month_among_months() -> None:
    found = month_codes.read([201110, 201111, 201112])
    assert found.months[201112] == month(2011, 12)
    assert not found.doubts


def test_codes_that_could_each_be_a_year_are_doubted() -> None:
    found = month_codes.read([201011, 201112])
    assert not found.months
    assert set(found.doubts) == {201011, 201112}
    assert "2011/12" in found.doubts[201112]


def test_years_among_months_are_doubted_and_not_placed() -> None:
    found = month_codes.read([202404, 202405, 202324])
    assert set(found.months) == {202404, 202405}
    assert "2023/24" in found.doubts[202324]


def test_year_codes_alone_are_left_to_the_usual_reading() -> None:
    found = month_codes.read([202223, 202324])
    assert not found


@pytest.mark.parametrize(("text", "mm"), [("2024-04", 4), ("2024-4", 4), ("2023-11", 11)])
def test_year_dash_month_text_is_that_month(text: str, mm: int) -> None:
    year = int(text[:4])
    assert parse_period(text) == month(year, mm)


@pytest.mark.parametrize("heading", ["Period", "YearMonth", "Month", "Reporting month"])
def test_a_long_table_of_month_codes_reads_each_row_in_its_month(
    tmp_path: Path, heading: str
) -> None:
    rows: list[list[object]] = [
        ["Indicator", heading, "Value", "Target"],
        ["Delayed transfers of care (days)", 202311, 412, 400],
        ["Delayed transfers of care (days)", 202312, 398, 400],
        ["Delayed transfers of care (days)", "202401", 405, 400],
        ["Reablement referrals", 202311, 96, None],
        ["Reablement referrals", 202312, 101, None],
    ]
    parsed = detect_rows(tmp_path / "codes.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed) == {
        "Delayed transfers of care (days)": [
            ("Nov 2023", 412),
            ("Dec 2023", 398),
            ("Jan 2024", 405),
        ],
        "Reablement referrals": [("Nov 2023", 96), ("Dec 2023", 101)],
    }


def test_a_column_mixing_months_and_years_is_held_for_review(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Measure", "Period", "Value"],
        ["Admissions to care homes", 202404, 22],
        ["Admissions to care homes", 202405, 19],
        ["Adults in paid employment (%)", 202324, 6.1],
    ]
    parsed = detect_rows(tmp_path / "mixed.xlsx", rows)
    lines = [item.line() for item in parsed.review]
    assert any("Scorecard!B4" in line and "mixes months and years" in line for line in lines)
    assert figures(parsed)["Admissions to care homes"] == [("Apr 2024", 22), ("May 2024", 19)]
    assert not figures(parsed).get("Adults in paid employment (%)")


def test_a_column_of_codes_that_may_be_years_is_refused_naming_the_cell(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Measure", "Period", "Value"],
        ["Pupils persistently absent (%)", 201011, 11.2],
        ["Pupils persistently absent (%)", 201112, 10.4],
    ]
    with pytest.raises(ScorecardError, match=r"Scorecard!B2: .*nothing in its column says"):
        detect_rows(tmp_path / "either.xlsx", rows)
