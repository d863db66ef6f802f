"""A long table's periods given as numeric keys ('PERIOD_ID' 297) and named on a lookup sheet
of the same workbook ('Periods': PeriodID, PeriodName, StartDate, EndDate)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find, period_lookups
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.workbook import read_workbook

HEADS = ["KPI_ID", "KPI_CODE", "KPI_NAME", "PERIOD_ID", "ACTUAL_VALUE", "TARGET_VALUE"]
FACTS = [
    HEADS,
    [1041, "ASC01", "Safeguarding outcomes met (%)", 298, 91.4, 90],
    [1041, "ASC01", "Safeguarding outcomes met (%)", 301, 92.8, 92],
    [1041, "ASC01", "Safeguarding outcomes met (%)", 302, 89.7, 92],
    [2011, "CYP01", "Assessments within 45 days (%)", 299, 84.2, 88],
    [2011, "CYP01", "Assessments within 45 days (%)", 301, 88.9, 88],
]
PERIODS = [
    ["PeriodID", "PeriodName", "StartDate", "EndDate", "PeriodType"],
    [298, "Q4 2023/24", dt.date(2024, 1, 1), dt.date(2024, 3, 31), "Quarter"],
    [299, "2023/24", dt.date(2023, 4, 1), dt.date(2024, 3, 31), "Year"],
    [301, "Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "Quarter"],
    [302, "Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "Quarter"],
    [303, "Q3 2024/25", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "Quarter"],
]


def _book(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> ParsedScorecard:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _read(parsed: ParsedScorecard) -> dict[tuple[str | None, str], tuple[float | None, ...]]:
    return {
        (i.code, o.period.label): (o.actual, o.target)
        for i in parsed.indicators
        for o in i.observations
    }


@pytest.mark.parametrize(
    "heading", ["PERIOD_ID", "PeriodID", "Time period key", "DateKey", "QUARTER_SK"]
)
def test_a_heading_naming_a_periods_key(heading: str) -> None:
    assert period_lookups.period_key_heading(heading)


@pytest.mark.parametrize("heading", ["KPI_ID", "Period", "time_identifier", "IndicatorID", "ID"])
def test_other_headings_name_no_periods_key(heading: str) -> None:
    assert not period_lookups.period_key_heading(heading)


def test_each_row_takes_the_period_its_key_names_on_the_lookup(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS, "Periods": PERIODS})
    assert parsed.review == []
    assert _read(parsed) == {
        ("ASC01", "Q4 2023/24"): (91.4, 90),
        ("ASC01", "Q1 2024/25"): (92.8, 92),
        ("ASC01", "Q2 2024/25"): (89.7, 92),
        ("CYP01", "2023/24"): (84.2, 88),
        ("CYP01", "Q1 2024/25"): (88.9, 88),
    }
    said = "\n".join(parsed.explain)
    assert "D 'PERIOD_ID' -> period of each row" in said and "sheet 'Periods'" in said
    assert "KPI_ID' -> not imported" in said  # a second key, never a figure
    assert not any("Periods: skipped" in w for w in parsed.warnings)


def test_dates_alone_give_the_period(tmp_path: Path) -> None:
    dated = [["ID", "Start date", "End date"], *[[r[0], r[2], r[3]] for r in PERIODS[1:]]]
    parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS, "Dim_Period": dated})
    assert parsed.review == []
    assert ("CYP01", "2023/24") in _read(parsed)
    assert ("ASC01", "Q2 2024/25") in _read(parsed)


def test_a_key_missing_from_the_lookup_holds_the_file_at_its_cell(tmp_path: Path) -> None:
    missing = [row for row in PERIODS if row[0] != 302]
    try:
        parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS, "Periods": missing})
    except ScorecardError as error:
        raise AssertionError(f"should read the rest and hold the file: {error}") from error
    assert parsed.review
    first = parsed.review[0].line()
    assert first.startswith("KPI_EXPORT!D4") and "302" in first and "'Periods'" in first


def test_a_name_its_days_contradict_holds_the_file(tmp_path: Path) -> None:
    wrong = [list(row) for row in PERIODS]
    wrong[3][1] = "Q2 2024/25"  # 301 named Q2 but dated April to June
    parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS, "Periods": wrong})
    assert parsed.review and parsed.review[0].line().startswith("Periods!D4")


def test_without_a_lookup_the_keys_stay_unread(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS})
    assert parsed.review  # rows of one indicator in no period named: never dated by 297
    assert not any("2023/24" in label for _, label in _read(parsed))


def test_a_lookup_of_other_keys_is_not_joined(tmp_path: Path) -> None:
    other = [PERIODS[0], *[[row[0] + 1000, *row[1:]] for row in PERIODS[1:]]]
    parsed = _book(tmp_path / "export.xlsx", {"KPI_EXPORT": FACTS, "Periods": other})
    assert not any("Periods" in line for line in parsed.explain)
