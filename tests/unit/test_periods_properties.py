"""Property checks: period parsing never raises, and canonical labels read back unchanged."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.scorecard.model import Period
from desktop.scorecard.parse.periods import (
    academic_year,
    calendar_year,
    financial_year,
    financial_year_range,
    half_year,
    month,
    month_range,
    parse_period,
    parse_period_header,
    quarter,
    year_range,
)
from desktop.scorecard.read.grid import CellValue

SETTINGS = settings(
    database=None, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
YEARS = st.integers(min_value=1950, max_value=2080)

cell_values: st.SearchStrategy[CellValue] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=60),
    st.dates(),
    st.datetimes(),
    st.times(),
)

# text built from the pieces periods are written with, to reach deep into the parser
period_like_text = st.lists(
    st.sampled_from(
        ["Q1", "Q4", "Qtr", "2024", "24", "/", "-", "25", "2025", ";", " ", "(AY)", "FY",
         "Apr", "March", "to", "H1", "(prov)", "YTD", "(", ")", "1999", "00", "31", "13"]
    ),
    max_size=8,
).map("".join)  # fmt: skip

canonical_periods: st.SearchStrategy[Period] = st.one_of(
    st.builds(quarter, YEARS, st.integers(1, 4)),
    st.builds(financial_year, YEARS),
    st.builds(academic_year, YEARS),
    st.builds(calendar_year, YEARS),
    st.builds(month, YEARS, st.integers(1, 12)),
    st.builds(half_year, YEARS, st.integers(1, 2)),
    YEARS.flatmap(lambda y: st.builds(year_range, st.just(y), st.integers(y + 1, y + 10))),
    YEARS.flatmap(
        lambda y: st.builds(financial_year_range, st.just(y), st.integers(y + 1, y + 10))
    ),
)


@SETTINGS
@given(cell_values, st.sampled_from([None, "date", "financial_year", "academic_year"]))
def test_parse_period_never_raises_and_spans_forward(value: CellValue, hint: str | None) -> None:
    found = parse_period(value, hint=hint)
    assert found is None or found.start <= found.end


@SETTINGS
@given(period_like_text)
def test_period_like_text_never_raises(text: str) -> None:
    found = parse_period(text)
    assert found is None or found.start <= found.end


@SETTINGS
@given(period_like_text)
def test_whatever_is_accepted_reads_back_from_its_label(text: str) -> None:
    found = parse_period(text)
    if found is not None:
        assert parse_period(found.label) == found


@SETTINGS
@given(st.one_of(st.text(max_size=80), period_like_text))
def test_parse_period_header_never_raises(text: str) -> None:
    found = parse_period_header(text)
    assert found is None or found[0].start <= found[0].end


@SETTINGS
@given(canonical_periods)
def test_canonical_label_reads_back_to_the_same_period(period: Period) -> None:
    assert parse_period(period.label) == period


@SETTINGS
@given(YEARS, st.integers(1, 12), st.integers(0, 40))
def test_month_ranges_read_back_from_their_labels(year: int, first: int, length: int) -> None:
    last_index = year * 12 + first - 1 + length
    span = month_range(year, first, last_index // 12, last_index % 12 + 1)
    assert span is not None
    assert parse_period(span.label) == span


@SETTINGS
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_any_date_lands_in_its_month(day: dt.date) -> None:
    found = parse_period(day)
    assert found is not None
    assert found.kind == "month" and found.start <= day <= found.end
