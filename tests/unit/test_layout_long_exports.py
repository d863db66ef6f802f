"""Long tables read as their authors meant them: Excel day numbers under date headings, a
Year merged down over its quarter rows, and a period label beside its end date."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.layout import day_numbers
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

Reading = tuple[str, float | None, str | None, float | None, str | None]


def _read(
    rows: list[list[CellValue]],
    merged: list[tuple[int, int, int, int]] | None = None,
    fmt: str = "csv",
) -> ParsedScorecard:
    sheet = Sheet("Export", rows, merged=merged or [])
    book = Workbook(path=f"/tmp/export.{fmt}", format=fmt, sheets=[sheet])  # type: ignore[arg-type]
    return detect(book)


def _readings(parsed: ParsedScorecard) -> dict[str, list[Reading]]:
    return {
        i.code or i.name: [
            (o.period.label, o.actual, o.actual_text, o.target, o.rag) for o in i.observations
        ]
        for i in parsed.indicators
    }


def _serial(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


# -- Excel day numbers under date headings ----------------------------------------------------


def test_day_numbers_count_from_excels_1900_epoch() -> None:
    assert day_numbers.day("45383") == dt.date(2024, 4, 1)
    assert day_numbers.day(45473.0) == dt.date(2024, 6, 30)
    assert day_numbers.day(45383.5) is None  # a time of day: not a whole day number
    assert day_numbers.day("2024") is None  # a year, far below 1990's day numbers
    assert day_numbers.day(202404) is None  # a month code, far above 2100's
    assert day_numbers.day(True) is None


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (dt.date(2024, 4, 1), dt.date(2024, 6, 30), "Q1 2024/25"),
        (dt.date(2024, 10, 1), dt.date(2024, 10, 31), "Oct 2024"),
        (dt.date(2023, 4, 1), dt.date(2024, 3, 31), "2023/24"),
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "2023"),
        (dt.date(2023, 9, 1), dt.date(2024, 8, 31), "2023/24 (AY)"),
        (dt.date(2023, 7, 1), dt.date(2024, 6, 30), "Jul 2023–Jun 2024"),
    ],
)
def test_period_start_and_end_day_numbers_in_a_csv_give_the_period(
    start: dt.date, end: dt.date, label: str
) -> None:
    rows: list[list[CellValue]] = [
        ["Indicator ref", "Indicator", "Period start", "Period end", "Result", "Target"],
        ["CS01", "Calls answered within 3 minutes (%)", str(_serial(start)), str(_serial(end)),
         "81.2", "85"],
        ["CS02", "Complaints answered in time (%)", str(_serial(start)), str(_serial(end)),
         "74", "90"],
    ]  # fmt: skip
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    got = _readings(parsed)
    assert got["CS01"] == [(label, 81.2, None, 85.0, None)]
    assert got["CS02"] == [(label, 74.0, None, 90.0, None)]


@pytest.mark.parametrize(
    ("first", "last"),
    [("Start date", "End date"), ("Date from", "Date to"), ("period_start", "period_end")],
)
def test_day_numbers_saved_as_numbers_read_the_same_under_other_wordings(
    first: str, last: str
) -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Measure", first, last, "Actual", "Last updated"],
        ["H1", "Households in temporary accommodation", 45383.0, 45473.0, 163.0, 45590.0],
        ["H1", "Households in temporary accommodation", 45474.0, 45565.0, 171.0, 45590.0],
    ]
    parsed = _read(rows, fmt="xlsx")
    assert not parsed.review, parsed.review
    assert _readings(parsed)["H1"] == [
        ("Q1 2024/25", 163.0, None, None, None),
        ("Q2 2024/25", 171.0, None, None, None),
    ]


@pytest.mark.parametrize(
    ("heading", "labels"),
    [("Date", ["Apr 2024", "May 2024"]), ("Quarter ending", ["Q1 2024/25", "Q2 2024/25"])],
)
def test_one_date_column_of_day_numbers_is_read_as_its_dates(
    heading: str, labels: list[str]
) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", heading, "Value"],
        ["R1", "Rent collected (%)", "45412" if heading == "Date" else "45473", "96.1"],
        ["R1", "Rent collected (%)", "45443" if heading == "Date" else "45565", "97.0"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert [o.period.label for o in parsed.indicators[0].observations] == labels


def test_whole_numbers_under_a_heading_that_says_no_date_are_not_dates() -> None:
    """'Year' 45383 is no date: the row's period is asked about, not guessed."""
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Year", "Quarter", "Value"],
        ["R1", "Rent collected (%)", "45383", "Q1", "96.1"],
        ["R1", "Rent collected (%)", "45474", "Q2", "97.0"],
    ]
    with pytest.raises(Exception, match="not understood"):
        _read(rows)


def test_a_column_of_day_numbers_with_one_other_number_is_not_read_as_dates() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Period start", "Period end", "Value"],
        ["R1", "Rent collected (%)", "45383", "45473", "96.1"],
        ["R1", "Rent collected (%)", "12", "45565", "97.0"],
    ]
    with pytest.raises(Exception, match="not understood"):
        _read(rows)


def test_an_end_before_its_start_is_asked_about_naming_the_cell() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Period end", "Period start", "Value"],
        ["R1", "Rent collected (%)", "45473", "45383", "96.1"],
        ["R1", "Rent collected (%)", "45474", "45565", "97.0"],  # start and end swapped
    ]
    parsed = _read(rows)
    assert _readings(parsed)["R1"] == [("Q1 2024/25", 96.1, None, None, None)]
    (item,) = [r for r in parsed.review if "day numbers" in r.reason]
    assert item.cell == "C3"
    assert "ends before it starts" in item.reason


def test_counts_beside_day_numbers_stay_figures() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Period start", "Period end", "Actual"],
        ["L1", "Library visits", "45383", "45473", "45401"],
        ["L1", "Library visits", "45474", "45565", "47012"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed)["L1"] == [
        ("Q1 2024/25", 45401.0, None, None, None),
        ("Q2 2024/25", 47012.0, None, None, None),
    ]


# -- a period cell merged down over its rows --------------------------------------------------


@pytest.mark.parametrize("whole_year", ["Annual", "Full year"])
def test_a_year_merged_down_over_its_quarters_dates_each_quarter(whole_year: str) -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Year", "Quarter", "Result", "Target"],
        ["P1", "Major applications in time (%)", "2023/24", "Q1", 80.0, 60],
        [None, None, None, "Q2", 100.0, 60],
        [None, None, "2024/25", "Q1", 75.0, 65],
        [None, None, None, "Q2", 57.1, 65],
        ["S1", "Residents satisfied (%)", "2023/24", whole_year, 88.4, 90],
    ]
    merged = [(1, 0, 4, 0), (1, 1, 4, 1), (1, 2, 2, 2), (3, 2, 4, 2)]
    parsed = _read(rows, merged, fmt="xlsx")
    assert not parsed.review, parsed.review
    assert _readings(parsed) == {
        "P1": [
            ("Q1 2023/24", 80.0, None, 60.0, None),
            ("Q2 2023/24", 100.0, None, 60.0, None),
            ("Q1 2024/25", 75.0, None, 65.0, None),
            ("Q2 2024/25", 57.1, None, 65.0, None),
        ],
        "S1": [("2023/24", 88.4, None, 90.0, None)],
    }


def test_a_period_merged_down_over_its_indicators_gives_each_row_its_period() -> None:
    rows: list[list[CellValue]] = [
        ["Quarter", "Code", "Measure", "Actual"],
        ["Q1 2024/25", "A1", "Rent collected (%)", 96.1],
        [None, "A2", "Repairs on time (%)", 88.0],
        ["Q2 2024/25", "A1", "Rent collected (%)", 97.0],
        [None, "A2", "Repairs on time (%)", 90.5],
    ]
    parsed = _read(rows, [(1, 0, 2, 0), (3, 0, 4, 0)], fmt="xlsx")
    assert not parsed.review, parsed.review
    assert _readings(parsed) == {
        "A1": [("Q1 2024/25", 96.1, None, None, None), ("Q2 2024/25", 97.0, None, None, None)],
        "A2": [("Q1 2024/25", 88.0, None, None, None), ("Q2 2024/25", 90.5, None, None, None)],
    }


def test_a_blank_year_not_merged_is_asked_about_not_guessed() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Year", "Quarter", "Result"],
        ["P1", "Major applications in time (%)", "2023/24", "Q1", 80.0],
        ["P1", "Major applications in time (%)", None, "Q2", 100.0],
    ]
    parsed = _read(rows, fmt="xlsx")
    assert _readings(parsed)["P1"] == [("Q1 2023/24", 80.0, None, None, None)]
    assert any(r.cell == "C3" and "'Q2'" in r.reason for r in parsed.review), parsed.review


# -- a period label beside its first or last day ----------------------------------------------


@pytest.mark.parametrize(
    ("label", "day", "expected"),
    [
        ("2024/25 Q1", "30/06/2024", "Q1 2024/25"),
        ("Apr 2024", "2024-04-30", "Apr 2024"),
        ("2023/24", "31/03/2024", "2023/24"),
    ],
)
def test_a_period_label_beside_its_last_day_is_that_period(
    label: str, day: str, expected: str
) -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Period End", "Value"],
        ["C1", "Calls answered (%)", label, day, "81"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed)["C1"] == [(expected, 81.0, None, None, None)]


def test_a_period_label_beside_a_day_that_is_not_its_end_is_asked_about() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Period End", "Value"],
        ["C1", "Calls answered (%)", "2024/25 Q1", "30/06/2024", "81"],
        ["C1", "Calls answered (%)", "2024/25 Q2", "31/12/2024", "83"],
    ]
    parsed = _read(rows)
    assert _readings(parsed)["C1"] == [("Q1 2024/25", 81.0, None, None, None)]
    assert any(r.cell == "C3" for r in parsed.review), parsed.review


def test_a_year_beside_each_of_its_months_ends_gives_the_months_not_the_year() -> None:
    """March's last day is also the year's: beside a year that stands by many dates, each date
    still names its month."""
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Financial year", "Period end", "Value"],
        ["C1", "Calls answered (%)", "2024/25", "30/04/2024", "81"],
        ["C1", "Calls answered (%)", "2024/25", "31/03/2025", "83"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed)["C1"] == [
        ("Apr 2024", 81.0, None, None, None),
        ("Mar 2025", 83.0, None, None, None),
    ]
