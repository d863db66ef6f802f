"""Headings that are an indicator's code and a year, as benchmark downloads write them."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.parse.coded_headings import code_and_period
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("heading", "code", "period"),
    [
        ("CHN1 2010-11", "CHN1", "2010/11"),
        ("CHN8a 2010-11", "CHN8a", "2010/11"),
        ("C&L1 2010-11", "C&L1", "2010/11"),
        ("CORP 5b2 2010-11", "CORP 5b2", "2010/11"),
        ("CORP-ASSET1 2010-11", "CORP-ASSET1", "2010/11"),
        ("SW4a 14-15", "SW4a", "2014/15"),
        ("KPI 12 Q1 2024/25", "KPI 12", "Q1 2024/25"),
    ],
)
def test_a_code_and_a_period_keep_the_code_as_written(heading: str, code: str, period: str) -> None:
    found = code_and_period(heading)
    assert found is not None
    assert (found[0], found[1].label) == (code, period)


@pytest.mark.parametrize(
    ("heading", "code", "period"),
    [
        ("Homelessness1 2010-11", "Homelessness1", "2010/11"),
        ("2024/25 kpi 7", "kpi 7", "2024/25"),
        ("2010-11 CHN1", "CHN1", "2010/11"),
        ("CHN1 April 2010 to March 2011", "CHN1", "2010/11"),
    ],
)
def test_a_longer_code_or_one_after_its_period_keeps_the_file_s_case_too(
    heading: str, code: str, period: str
) -> None:
    found = code_and_period(heading)
    assert found is not None
    assert (found[0], found[1].label) == (code, period)
    column = classify(heading)  # the heading reader takes the code from the same place
    assert (column.field, column.code, column.period) == ("actual", code, found[1])


@pytest.mark.parametrize(
    "heading", ["Q1 2024/25", "Target 2024/25", "Actual 2023/24", "M3 2024/25", "SW4a 14-16"]
)
def test_periods_and_heading_words_are_no_codes(heading: str) -> None:
    assert code_and_period(heading) is None


def _bench(extra: str) -> Sheet:
    rows: list[list[CellValue]] = [
        ["", "C&L1 - Cost per attendance", "", "SW4a -Percentage of adults satisfied", extra],
        ["Council", "C&L1 2010-11", "C&L1 2011-12", "SW4a 14-15", f"{extra} 2010-11"],
        ["Aberdeen City", 0.35, 0.8, 83.2, 5],
        ["Angus", 1.2, 1.4, 80.1, 6],
        ["Scotland", 3.8, 3.4, 84.0, 7],
    ]
    return Sheet("All measures", rows)


def test_coded_columns_are_read_with_the_titles_above_them() -> None:
    book = Workbook(path="/tmp/bench.xlsx", format="xlsx", sheets=[_bench("ZZ9")])
    parsed = detect(book, area="Aberdeen City")
    got = {
        i.code: (i.name, [(o.period.label, o.actual, o.comparators) for o in i.observations])
        for i in parsed.indicators
    }
    assert got["C&L1"] == (
        "Cost per attendance",
        [("2010/11", 0.35, {"Scotland": 3.8}), ("2011/12", 0.8, {"Scotland": 3.4})],
    )
    assert got["SW4a"] == (
        "Percentage of adults satisfied",
        [("2014/15", 83.2, {"Scotland": 84.0})],
    )


def test_a_column_naming_a_period_and_nothing_known_is_left_out_with_a_warning() -> None:
    # 'Deflator 1/2 2010-11' names a year, but no code or value role
    book = Workbook(path="/tmp/bench.xlsx", format="xlsx", sheets=[_bench("Deflator 1/2")])
    parsed = detect(book, area="Aberdeen City")
    assert "Deflator 1/2" not in {i.code for i in parsed.indicators}
    assert any(
        w.startswith("All measures!E2: column 'Deflator 1/2 2010-11' names a period")
        for w in parsed.warnings
    ), parsed.warnings


def _twice(second: float) -> Workbook:
    rows: list[list[CellValue]] = [
        ["Council", "SW4 2010-14", "SW4 2010-14", "SW4 2012-15"],
        ["Aberdeen City", 25.8, second, 41.7],
        ["Angus", 30.0, 30.0, 35.0],
    ]
    return Workbook(path="/tmp/bench.xlsx", format="xlsx", sheets=[Sheet("All measures", rows)])


def test_one_heading_over_two_columns_with_different_figures_is_a_doubt() -> None:
    parsed = detect(_twice(44.0), area="Aberdeen City")
    (item,) = parsed.review
    assert (item.sheet, item.cell) == ("All measures", "C2")
    assert item.reason.startswith("'SW4' 2010/11–2013/14 is 44 here but 25.8 at B2")


def test_one_heading_over_two_columns_with_the_same_figure_is_only_a_repeat() -> None:
    parsed = detect(_twice(25.8), area="Aberdeen City")
    assert parsed.review == []
    (indicator,) = parsed.indicators
    assert [(o.period.label, o.actual) for o in indicator.observations] == [
        ("2010/11–2013/14", 25.8),
        ("2012/13–2014/15", 41.7),
    ]
