"""Property checks: value readers never raise, and formatted numbers read back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.scorecard.parse.values import (
    normalise_name,
    parse_direction,
    parse_number,
    parse_polarity,
    parse_rag,
    rag_from_fill,
    unit_from_header,
)
from desktop.scorecard.read.grid import CellValue

SETTINGS = settings(
    database=None, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

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
number_like_text = st.lists(
    st.sampled_from(
        ["1", "0", "9", ",", ".", " ", "-", "−", "(", ")", "%", "£", "m", "k", "per", "days",
         "e", "+", "\u00a0", "1,000", "/"]
    ),
    max_size=10,
).map("".join)  # fmt: skip
fills = st.one_of(
    st.none(), st.text(max_size=10), st.from_regex(r"#?[0-9A-Fa-f]{6,8}", fullmatch=True)
)
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)


@SETTINGS
@given(
    st.one_of(cell_values, number_like_text),
    st.one_of(st.none(), st.sampled_from(["0%", "0.0%", '"£"#,##0', "General", '0.0"%"'])),
    st.booleans(),
)
def test_parse_number_never_raises(
    value: CellValue, number_format: str | None, comma: bool
) -> None:
    parsed = parse_number(value, number_format=number_format, decimal_comma=comma)
    # a number read leaves no text; no number leaves no unit
    assert parsed.value is None or parsed.text is None
    assert parsed.value is not None or parsed.unit is None


@SETTINGS
@given(amounts)
def test_thousands_separated_number_reads_back(amount: object) -> None:
    assert parse_number(f"{amount:,.2f}").value == float(f"{amount:.2f}")


@SETTINGS
@given(amounts)
def test_decimal_comma_number_reads_back(amount: object) -> None:
    written = f"{amount:,.2f}".replace(",", " ").replace(".", ",")
    assert parse_number(written, decimal_comma=True).value == float(f"{amount:.2f}")


@SETTINGS
@given(st.decimals(min_value=-100, max_value=200, places=1, allow_nan=False))
def test_percent_text_reads_back_in_points(points: object) -> None:
    parsed = parse_number(f"{points}%")
    assert (parsed.value, parsed.unit, parsed.is_percent) == (float(f"{points}"), "%", True)


@SETTINGS
@given(st.integers(min_value=0, max_value=10**4))
def test_percent_formatted_fraction_reads_back_in_points(basis_points: int) -> None:
    parsed = parse_number(basis_points / 10_000, number_format="0.00%")
    assert parsed.value == basis_points / 100


@SETTINGS
@given(st.integers(min_value=0, max_value=10**9))
def test_pounds_read_back(pounds: int) -> None:
    parsed = parse_number(f"£{pounds:,}")
    assert (parsed.value, parsed.unit) == (float(pounds), "£")


@SETTINGS
@given(cell_values, fills)
def test_rag_readers_never_raise(value: CellValue, fill: str | None) -> None:
    assert parse_rag(value, fill=fill) in (None, "red", "amber", "green")
    assert rag_from_fill(fill) in (None, "red", "amber", "green")


@SETTINGS
@given(cell_values)
def test_polarity_and_direction_never_raise(value: CellValue) -> None:
    assert parse_polarity(value) in (
        None, "higher_is_better", "lower_is_better", "on_target", "none",
    )  # fmt: skip
    assert parse_direction(value) in (None, "improving", "worsening", "up", "down", "same")


@SETTINGS
@given(st.text(max_size=80))
def test_names_and_headers_never_raise(text: str) -> None:
    key = normalise_name(text)
    assert key == key.strip() and "  " not in key
    assert normalise_name(key) == key
    unit_from_header(text)
