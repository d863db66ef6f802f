"""Period cells and headers map to financial-year quarters, years, months and ranges."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.model import Period
from desktop.scorecard.parse.periods import (
    academic_year,
    calendar_year,
    combine_period,
    financial_year,
    financial_year_range,
    half_year,
    is_provisional,
    is_year_to_date,
    month,
    parse_period,
    parse_period_header,
    period_label,
    quarter,
    year_range,
)
from desktop.scorecard.read.grid import CellValue

D = dt.date

Q1_2024 = ("Q1 2024/25", D(2024, 4, 1), D(2024, 6, 30), "quarter")


@pytest.mark.parametrize(
    "text",
    [
        "Q1 2024/25",
        "Quarter 1 2024/25",
        "Q1 24/25",
        "2024-25;Q1",
        "2024/25 Q1",
        "Q1 2024-25",
        "Qtr 1 2024/25",
        "Quarter One 2024/25",
        "q1 2024/2025",
        "YTD Q1 2024/25",
        "Q1 2024/25 (Apr-Jun)",
        "Q1 (Apr-Jun) 2024/25",
        "Ch1 2024/25",
        "Chwarter 1 2024/25",
        "Q1/2024-25",
        "2024-25_Q1",
        "  Q1   2024/25  ",
        "Q1 2024",
    ],
)
def test_first_quarter_spellings(text: str) -> None:
    found = parse_period(text)
    assert found is not None
    assert (found.label, found.start, found.end, found.kind) == Q1_2024


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Q2 2024/25", D(2024, 7, 1), D(2024, 9, 30)),
        ("Q3 2024/25", D(2024, 10, 1), D(2024, 12, 31)),
        ("Q4 2024/25", D(2025, 1, 1), D(2025, 3, 31)),
        ("2018-19;Q4", D(2019, 1, 1), D(2019, 3, 31)),
        ("Quarter 4 2024/25 (January - March 2025)", D(2025, 1, 1), D(2025, 3, 31)),
        ("January - March 2025", D(2025, 1, 1), D(2025, 3, 31)),
    ],
)
def test_later_quarters_fall_in_the_financial_year(text: str, start: dt.date, end: dt.date) -> None:
    found = parse_period(text)
    assert found is not None
    assert (found.kind, found.start, found.end) == ("quarter", start, end)


@pytest.mark.parametrize(
    "text",
    [
        "2024/25",
        "2024-25",
        "2024/2025",
        "2024-2025",
        "FY 2024/25",
        "FY24/25",
        "Financial year 2024/25",
        "Year 2024/25",
        "2024/25 (prov)",
        "2024/25p",
        "12 months to March 2025",
        "Apr 2024 - Mar 2025",
        "FY24-25",
        "FY 24-25",
        "FYE Mar-25",
        "FYE March 2025",
        "F.Y.E. 31 Mar 2025",
        "YE Mar 25",
        "FYE 2025",
        "FYE '25",
        "Financial year ending March 2025",
        "Fiscal year ended 2025",
        "Year end March 2025",
    ],
)
def test_financial_year_spellings(text: str) -> None:
    assert parse_period(text) == Period("2024/25", D(2024, 4, 1), D(2025, 3, 31), "financial_year")


def test_outturn_marker_is_dropped() -> None:
    assert parse_period("2016-17 (OT)") == financial_year(2016)


@pytest.mark.parametrize("text", ["2018/19 (AY)", "AY 2018/19", "Academic year 2018/19"])
def test_academic_year_runs_september_to_august(text: str) -> None:
    assert parse_period(text) == Period(
        "2018/19 (AY)", D(2018, 9, 1), D(2019, 8, 31), "academic_year"
    )


def test_academic_hint_reads_a_plain_year_pair_as_academic() -> None:
    assert parse_period("2018/19", hint="academic_year") == academic_year(2018)


@pytest.mark.parametrize(
    "value",
    [
        "Aug 2014",
        "August 2014",
        "Aug-14",
        "Aug 14",
        "2014-08",
        "08/2014",
        "2014;August",
        "31/08/2014",
        "2014-08-01",
        "1st August 2014",
        "Awst 2014",
        "August 5, 2014",
        "5-Aug-14",
        D(2014, 8, 31),
        D(2014, 8, 15),
        dt.datetime(2014, 8, 1, 0, 0),
    ],
)
def test_month_forms_and_dates_give_the_calendar_month(value: CellValue) -> None:
    assert parse_period(value) == Period("Aug 2014", D(2014, 8, 1), D(2014, 8, 31), "month")


@pytest.mark.parametrize(("text", "year"), [("Apr-24", 2024), ("Apr-49", 2049), ("Apr-66", 1966)])
def test_two_digit_years(text: str, year: int) -> None:
    assert parse_period(text) == month(year, 4)


def test_sept_abbreviation_is_september() -> None:
    assert parse_period("Sept 2023") == month(2023, 9)


@pytest.mark.parametrize("value", ["2024", 2024, 2024.0, "Calendar year 2024", "2024 (prov)"])
def test_calendar_year(value: CellValue) -> None:
    assert parse_period(value) == Period("2024", D(2024, 1, 1), D(2024, 12, 31), "calendar_year")


def test_financial_hint_reads_a_bare_year_as_that_financial_year() -> None:
    assert parse_period(2024, hint="financial_year") == financial_year(2024)


@pytest.mark.parametrize("text", ["2014 - 2016", "2014-2016", "2014 to 2016", "2014–2016"])
def test_calendar_year_ranges(text: str) -> None:
    assert parse_period(text) == Period("2014–2016", D(2014, 1, 1), D(2016, 12, 31), "range")


def test_two_digit_second_year_is_a_financial_year_not_a_range() -> None:
    assert parse_period("2014-15") == financial_year(2014)


@pytest.mark.parametrize("text", ["2019/20 - 2021/22", "2019/20 to 2021/22", "2019-20 – 2021-22"])
def test_spans_of_financial_years(text: str) -> None:
    assert parse_period(text) == Period("2019/20–2021/22", D(2019, 4, 1), D(2022, 3, 31), "range")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [("2010-12", 2010, 2011), ("2009-11", 2009, 2010), ("2014-18", 2014, 2017)],
)
def test_aggregated_benchmark_periods_span_financial_years(
    text: str, first: int, last: int
) -> None:
    assert parse_period(text) == financial_year_range(first, last)


@pytest.mark.parametrize(
    ("text", "first", "last"), [("2017 - 19", 2017, 2019), ("2019 - 21", 2019, 2021)]
)
def test_pooled_years_written_with_spaces_are_calendar_years(
    text: str, first: int, last: int
) -> None:
    """Fingertips pools calendar years and writes them '2017 - 19'."""
    assert parse_period(text) == Period(f"{first}–{last}", D(first, 1, 1), D(last, 12, 31), "range")


def test_iso_month_wins_when_it_cannot_be_a_year_span() -> None:
    assert parse_period("2024-12") == month(2024, 12)


@pytest.mark.parametrize(
    ("text", "half_no", "start", "end"),
    [
        ("H1 2024/25", 1, D(2024, 4, 1), D(2024, 9, 30)),
        ("2024/25 H2", 2, D(2024, 10, 1), D(2025, 3, 31)),
    ],
)
def test_half_years(text: str, half_no: int, start: dt.date, end: dt.date) -> None:
    found = parse_period(text)
    assert found == half_year(2024, half_no)
    assert found is not None and (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["Half 2 2024/25", "Half year 2 2024/25", "2024/25 H2"])
def test_half_year_words(text: str) -> None:
    assert parse_period(text) == half_year(2024, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("P1 2024/25", month(2024, 4)),
        ("Period 9 2024/25", month(2024, 12)),
        ("2024/25 P10", month(2025, 1)),
        ("P12 2024/25", month(2025, 3)),
    ],
)
def test_finance_periods_count_months_from_april(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q1 2024/25 - Q3 2024/25",
            Period("Apr 2024–Dec 2024", D(2024, 4, 1), D(2024, 12, 31), "range"),
        ),
        ("Q1 2024/25 to Q4 2024/25", financial_year(2024)),
        ("Apr 2024 to Q2 2024/25", half_year(2024, 1)),
    ],
)
def test_spans_between_two_periods(text: str, expected: Period) -> None:
    assert parse_period(text) == expected


def test_a_span_that_runs_backwards_is_not_a_period() -> None:
    assert parse_period("Q3 2024/25 - Q1 2024/25") is None


def test_a_span_of_months_that_is_not_a_named_period_is_a_range() -> None:
    assert parse_period("Feb 2024 - May 2024") == Period(
        "Feb 2024–May 2024", D(2024, 2, 1), D(2024, 5, 31), "range"
    )


def test_year_to_date_gives_the_same_period_as_without() -> None:
    assert parse_period("YTD Q2 2024/25") == parse_period("Q2 2024/25")


def test_century_turn_financial_year() -> None:
    assert parse_period("1999/00") == Period(
        "1999/00", D(1999, 4, 1), D(2000, 3, 31), "financial_year"
    )


@pytest.mark.parametrize("serial", [45809, 45809.0, "45809"])
def test_excel_serial_is_a_date_only_with_the_date_hint(serial: CellValue) -> None:
    assert parse_period(serial) is None
    assert parse_period(serial, hint="date") == month(2025, 6)


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        True,
        dt.time(9, 30),
        "Q1",
        "Q5 2024/25",
        "24/25",
        "2024/26 Q1",
        "2024/23",
        "Target",
        "Generated 03/04/2025 09:14",
        "Q1 2024/25 (Jan - Mar 2025)",
        "2024/25 (Target)",
        "Q1 (note) 2024/25",
        "31/02/2024",
        "2024-13",
        "1850",
        2024.5,
        float("nan"),
        float("inf"),
        pytest.param(10**5000, id="huge-int"),
        "P13 2024/25",
        "x" * 500,
    ],
)
def test_values_that_are_not_periods(value: CellValue) -> None:
    assert parse_period(value) is None


@pytest.mark.parametrize(
    ("header", "label", "rest"),
    [
        ("Q1 2024/25 Actual", "Q1 2024/25", "Actual"),
        ("2023/24 Target", "2023/24", "Target"),
        ("Target 2024/25", "2024/25", "Target"),
        ("CHN1 2010-11", "2010/11", "CHN1"),
        ("Q4 2024/25", "Q4 2024/25", ""),
        ("2024/25 (Target)", "2024/25", "Target"),
        ("Actual - Q2 2024/25", "Q2 2024/25", "Actual"),
    ],
)
def test_period_header_splits_period_from_the_rest(header: str, label: str, rest: str) -> None:
    found = parse_period_header(header)
    assert found is not None
    assert (found[0].label, found[1]) == (label, rest)


@pytest.mark.parametrize(
    "header",
    [
        "Indicator",
        "Actual",
        "Stat. neighbours",
        "Number of missed bin collections per 100,000",
        "% of children in care with 3+ placements in year",
        "",
    ],
)
def test_headers_without_a_period(header: str) -> None:
    assert parse_period_header(header) is None


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Q1", quarter(2023, 1)),
        ("Q4", quarter(2023, 4)),
        ("H2", half_year(2023, 2)),
        ("Apr", month(2023, 4)),
        ("January", month(2024, 1)),
        ("Q2 2024/25", quarter(2024, 2)),
    ],
)
def test_lower_header_resolved_under_a_financial_year(inner: str, expected: Period) -> None:
    assert combine_period(financial_year(2023), inner) == expected


@pytest.mark.parametrize(("inner", "expected"), [("Sep", month(2018, 9)), ("Jan", month(2019, 1))])
def test_months_under_an_academic_year(inner: str, expected: Period) -> None:
    assert combine_period(academic_year(2018), inner) == expected


def test_quarter_cannot_sit_under_a_calendar_year() -> None:
    assert combine_period(calendar_year(2023), "Q1") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025 (prov)", True),
        ("2023/24p", True),
        ("Provisional Q1 2024/25", True),
        ("Q1 2024/25", False),
        ("2016-17 (OT)", False),
    ],
)
def test_is_provisional(text: str, expected: bool) -> None:
    assert is_provisional(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YTD Q2 2024/25", True),
        ("Q2 2024/25 year to date", True),
        ("Q2 2024/25 (cumulative)", True),
        ("Q2 2024/25", False),
    ],
)
def test_is_year_to_date(text: str, expected: bool) -> None:
    assert is_year_to_date(text) is expected


@pytest.mark.parametrize(
    ("period", "label"),
    [
        (quarter(2024, 3), "Q3 2024/25"),
        (financial_year(2024), "2024/25"),
        (academic_year(2018), "2018/19 (AY)"),
        (calendar_year(2024), "2024"),
        (month(2024, 4), "Apr 2024"),
        (year_range(2014, 2016), "2014–2016"),
        (financial_year_range(2019, 2021), "2019/20–2021/22"),
        (half_year(2024, 1), "H1 2024/25"),
    ],
)
def test_constructors_carry_canonical_labels(period: Period, label: str) -> None:
    assert period.label == label
    assert period_label(period.kind, period.start, period.end) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Oct-Mar 2023/24", "H2 2023/24"),
        ("Apr-Sep 2024/25", "H1 2024/25"),
        ("Jan-Mar 2024/25", "Q4 2024/25"),
        ("Jul to Sep 2024-25", "Q2 2024/25"),
    ],
)
def test_months_within_a_financial_year(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


def test_months_running_backwards_in_a_financial_year_are_not_a_period() -> None:
    assert parse_period("Mar-Apr 2024/25") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("6 months to Sep 24", "H1 2024/25"),
        ("Six months to 30 September 2024", "H1 2024/25"),
        ("Half year to Sep-24", "H1 2024/25"),
        ("Half-year ending 31 March 2025", "H2 2024/25"),
        ("Six months ended 31 Mar 2024", "H2 2023/24"),
        ("6 months to Dec 24", "Jul 2024–Dec 2024"),
        ("12 months to Mar 25", "2024/25"),
        ("3 months to Jun 24", "Q1 2024/25"),
        ("Quarter ending Dec 2024", "Q3 2024/25"),
        ("9 months to Dec 24", "Apr 2024–Dec 2024"),
        ("twelve months to Sep 2024", "Oct 2023–Sep 2024"),
    ],
)
def test_months_ending_in_a_named_month(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label
    assert parse_period(found.label) == found


@pytest.mark.parametrize(
    "text",
    ["12 months to Aug 24", "12 months ending Aug 2024", "rolling 12 months to Aug-24",
     "Rolling 12 months Aug 24", "12 months to 31 August 2024", "R12M Aug-24",
     "Year to August 2024", "twelve months ended 31st Aug 2024", "Sep 2023\u2013Aug 2024"],
)  # fmt: skip
def test_a_rolling_year_to_august_is_those_months_not_a_school_year(text: str) -> None:
    """Twelve months ending in August are a rolling span; an academic year is said so."""
    found = parse_period(text)
    assert found == Period("Sep 2023\u2013Aug 2024", D(2023, 9, 1), D(2024, 8, 31), "range")
    assert parse_period(found.label) == found


@pytest.mark.parametrize(
    ("text", "label"),
    [("year to March 2024", "2023/24"), ("12 months to Mar 24", "2023/24"),
     ("Years ending March 2022", "2021/22"), ("12 months to Dec 2023", "2023"),
     ("Academic year 2023/24", "2023/24 (AY)")],
)  # fmt: skip
def test_a_rolling_year_to_march_or_december_is_that_year(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


def test_a_plural_year_ending_heading_is_not_read_as_its_month() -> None:
    assert parse_period_header("Years ending March 2022 Actual") == (
        parse_period("2021/22"),
        "Actual",
    )


def test_months_ending_on_a_day_other_than_the_month_end_are_not_whole_months() -> None:
    assert parse_period("6 months to 15 Sep 24") is None
    assert parse_period("0 months to Sep 24") is None


def test_a_months_ending_heading_splits_from_its_field() -> None:
    found = parse_period_header("6 months to Mar 24 Actual")
    assert found is not None
    assert (found[0].label, found[1]) == ("H2 2023/24", "Actual")


def test_the_end_of_a_span_not_read_is_not_taken_for_its_month() -> None:
    assert parse_period_header("6 months to 15 Sep 24 Actual") is None
    found = parse_period_header("Actual Sep 24")
    assert found is not None and found[0].label == "Sep 2024"
    assert parse_period_header("Months to Sep 2024 target") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("First half 2024/25", "H1 2024/25"),
        ("2nd half-year of 2023/24", "H2 2023/24"),
        ("2024/25 second half", "H2 2024/25"),
        ("HY1 24/25", "H1 2024/25"),
        ("6 months to end Sep 24", "H1 2024/25"),
        ("Half year to the end of March 2025", "H2 2024/25"),
    ],
)
def test_halves_of_the_financial_year_in_words(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


def test_a_half_with_one_year_is_not_guessed() -> None:
    assert parse_period("H1 2024") is None  # calendar or financial half: not said


@pytest.mark.parametrize("text", ["FY 2024", "FY2024", "2024 (FY)", "24-25", "YE 2024"])
def test_a_financial_year_named_by_one_year_or_bare_numbers_is_not_guessed(text: str) -> None:
    """'FY 2024' may be the year starting or the year ending in 2024; '24-25' may be a range."""
    assert parse_period(text) is None


def test_a_year_ending_in_another_month_is_that_span() -> None:
    assert parse_period("FYE Dec-22") == Period(
        "2022", D(2022, 1, 1), D(2022, 12, 31), "calendar_year"
    )
    assert parse_period("Quarter end Jun 2024") == Period(
        "Q1 2024/25", D(2024, 4, 1), D(2024, 6, 30), "quarter"
    )
