"""Cell values become numbers, RAG ratings, polarity, directions and units."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.scorecard.parse import cells
from desktop.scorecard.parse.values import (
    ParsedNumber,
    canonical_unit,
    is_missing_marker,
    normalise_name,
    parse_direction,
    parse_number,
    parse_polarity,
    parse_rag,
    rag_from_fill,
    unit_from_header,
    unit_from_number_format,
)
from desktop.scorecard.read.grid import CellValue

# ---------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("54%", 54.0, "%"),
        ("54 %", 54.0, "%"),
        ("12.5 per cent", 12.5, "%"),
        ("£1,234", 1234.0, "£"),
        ("£ 1,234.50", 1234.5, "£"),
        ("1,250", 1250.0, None),
        ("1,312.50", 1312.5, None),
        ("13 210", 13210.0, None),
        ("13\u00a0210", 13210.0, None),
        ("12 days", 12.0, "days"),
        ("3.5 weeks", 3.5, "weeks"),
        ("1 day", 1.0, "days"),
        ("12days", 12.0, "days"),
        ("12.5 per 1,000", 12.5, "per 1,000"),
        ("401 per 100k", 401.0, "per 100k"),
        ("£1.2m", 1_200_000.0, "£"),
        ("-5", -5.0, None),
        ("(5)", -5.0, None),
        ("(£5)", -5.0, "£"),
        ("−5", -5.0, None),
        ("+3", 3.0, None),
        (".5", 0.5, None),
        ("0", 0.0, None),
        ("54%*", 54.0, "%"),
        ("12†", 12.0, None),
        ("£12.50 per head", 12.5, "£ per head"),
    ],
)
def test_numbers_written_as_text(text: str, value: float, unit: str | None) -> None:
    assert parse_number(text) == ParsedNumber(value, None, unit, unit == "%")


@pytest.mark.parametrize(
    ("text", "value"),
    [("84,4", 84.4), ("1.250", 1250.0), ("1.312,50", 1312.5), ("13 210", 13210.0), ("85,0", 85.0)],
)
def test_decimal_comma(text: str, value: float) -> None:
    assert parse_number(text, decimal_comma=True).value == value


def test_comma_is_not_a_decimal_point_unless_told() -> None:
    assert parse_number("84,4") == ParsedNumber(None, "84,4", None, False)


@pytest.mark.parametrize(
    ("cell", "number_format", "expected"),
    [
        (0.54, "0%", ParsedNumber(54.0, None, "%", True)),
        (0.545, "0.0%", ParsedNumber(54.5, None, "%", True)),
        (0.07, "0.00%", ParsedNumber(7.0, None, "%", True)),
        (54.0, '0.0"%"', ParsedNumber(54.0, None, "%", True)),
        (12, '"£"#,##0', ParsedNumber(12.0, None, "£", False)),
        (3.0, '0.0 "Days"', ParsedNumber(3.0, None, "days", False)),
        (84.4, None, ParsedNumber(84.4, None, None, False)),
        (7, "General", ParsedNumber(7.0, None, None, False)),
    ],
)
def test_numeric_cells_use_their_number_format(
    cell: float, number_format: str | None, expected: ParsedNumber
) -> None:
    assert parse_number(cell, number_format=number_format) == expected


@pytest.mark.parametrize(
    "text",
    [
        "*", "c", "x", "-", "–", "n/a", "N/A", "na", "..", ":", "[c]", "[x]", "[z]",
        "#N/A", "#DIV/0!", "TBC", "not available", "amh", "dd/g",
    ],
)  # fmt: skip
def test_missing_markers_keep_their_text(text: str) -> None:
    assert parse_number(text) == ParsedNumber(None, text, None, False)
    assert is_missing_marker(text)


@pytest.mark.parametrize(
    "text",
    ["10-12", "1.2e3", "1.2m", "<5", "12 out of 15", "1,2,3", "£", "£5 extra", "£1.2m per head"],
)
def test_text_that_is_not_a_number_is_kept(text: str) -> None:
    assert parse_number(text) == ParsedNumber(None, text, None, False)
    assert not is_missing_marker(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("£850k", 850_000.0, "£"),
        ("£850K", 850_000.0, "£"),
        ("(£45k)", -45_000.0, "£"),
        ("-£0.8m", -800_000.0, "£"),
        ("£-0.8M", -800_000.0, "£"),
        ("£1.19m", 1_190_000.0, "£"),
        ("£2.5 million", 2_500_000.0, "£"),
        ("(£1.5 million)", -1_500_000.0, "£"),
        ("£3.4mn", 3_400_000.0, "£"),
        ("£1.2bn", 1_200_000_000.0, "£"),
        ("€4 billion", 4_000_000_000.0, "€"),
        ("$12 thousand", 12_000.0, "$"),
        ("GBP 7.5m", 7_500_000.0, "£"),
        ("1.2k", 1_200.0, None),
        ("850K", 850_000.0, None),
        ("2.5 million", 2_500_000.0, None),
        ("3 thousand", 3_000.0, None),
        ("(4bn)", -4_000_000_000.0, None),
        ("−2.3mn", -2_300_000.0, None),
    ],
)
def test_a_figure_written_with_a_scale_is_that_many_units(
    text: str, value: float, unit: str | None
) -> None:
    assert parse_number(text) == ParsedNumber(value, None, unit, False)


@pytest.mark.parametrize("text", ["12m", "3.5m", "1.2 million people", "£2k per head", "5k%"])
def test_a_scale_the_cell_does_not_make_certain_is_kept_as_text(text: str) -> None:
    # a bare lower-case "m" may be metres or minutes; a scaled count of something else is
    # not one figure of the row's unit
    assert parse_number(text) == ParsedNumber(None, text, None, False)


@pytest.mark.parametrize("cell", [None, "", "   ", "\u00a0", float("nan")])
def test_blank_is_no_observation(cell: CellValue) -> None:
    assert parse_number(cell) == ParsedNumber(None, None, None, False)


@pytest.mark.parametrize(
    ("cell", "text"),
    [(True, "TRUE"), (False, "FALSE"), (dt.date(2024, 4, 1), "2024-04-01")],
)
def test_booleans_and_dates_are_not_numbers(cell: CellValue, text: str) -> None:
    assert parse_number(cell) == ParsedNumber(None, text, None, False)


def test_a_number_too_large_for_a_float_is_not_read() -> None:
    assert parse_number(10**5000).value is None


def test_surrounding_space_is_trimmed_from_kept_text() -> None:
    assert parse_number("  n/a ").text == "n/a"


@pytest.mark.parametrize(
    ("number_format", "unit"),
    [
        ("0%", "%"),
        ('0.0"%"', "%"),
        ("'£ '0", "£"),
        ("[$£-809]#,##0.00", "£"),
        ('#0.00 "Days"', "days"),
        ("0.00 Weeks", "weeks"),
        ('0" wks"', "weeks"),
        ('#,##0" per 10,000"', "rate"),
        ('£#,##0.0,,"m"', "£"),
        ('0" (est)"', None),
        ("0.00", None),
        (None, None),
    ],
)
def test_unit_from_number_format(number_format: str | None, unit: str | None) -> None:
    assert unit_from_number_format(number_format) == unit


# ---------------------------------------------------------------- RAG


@pytest.mark.parametrize(
    ("text", "rag"),
    [
        ("Red", "red"), ("R", "red"), ("RED", "red"), (" red ", "red"), ("Off track", "red"),
        ("Off target", "red"), ("Not on track", "red"), ("Significantly off target", "red"),
        ("Amber", "amber"), ("A", "amber"), ("Yellow", "amber"), ("At risk", "amber"),
        ("Slightly off target", "amber"), ("Close to target", "amber"),
        ("Green", "green"), ("G", "green"), ("On target", "green"), ("On track", "green"),
        ("Achieved", "green"), ("Met", "green"), ("Exceeded", "green"),
        ("Green - on track", "green"), ("On track.", "green"),
        ("Coch", "red"), ("Ambr", "amber"), ("Gwyrdd", "green"),
        ("🔴", "red"), ("🟡", "amber"), ("🟢", "green"),
        ("Dark green", "green"), ("Light red", "red"),
    ],
)  # fmt: skip
def test_rag_words_and_letters(text: str, rag: str) -> None:
    assert parse_rag(text) == rag


@pytest.mark.parametrize("text", ["Amber/Green", "Red/Amber", "Green/Amber", "A/G"])
def test_a_level_between_two_colours_is_no_rating_of_its_own(text: str) -> None:
    assert parse_rag(text) is None


@pytest.mark.parametrize("text", ["Blue", "Completed", "n/a", "", "A lot", "Reduced", "Greenwich"])
def test_words_that_are_not_a_rating(text: str) -> None:
    assert parse_rag(text) is None


@pytest.mark.parametrize(
    ("fill", "rag"),
    [
        ("FFC7CE", "red"), ("FF0000", "red"), ("C00000", "red"), ("FF9999", "red"),
        ("FFEB9C", "amber"), ("FFC000", "amber"), ("FFFF00", "amber"), ("FFF2CC", "amber"),
        ("F4B084", "amber"),
        ("C6EFCE", "green"), ("00B050", "green"), ("92D050", "green"), ("00FF00", "green"),
        ("E2EFDA", "green"), ("#00B050", "green"), ("FF00B050", "green"),
    ],
)  # fmt: skip
def test_fill_colours(fill: str, rag: str) -> None:
    assert rag_from_fill(fill) == rag


@pytest.mark.parametrize(
    "fill", ["FFFFFF", "000000", "D9D9D9", "F2F2F2", "808080", "4472C4", "DDEBF7", "7030A0", "zz"]
)
def test_fills_that_are_not_a_rating(fill: str) -> None:
    assert rag_from_fill(fill) is None


def test_fill_is_used_when_the_cell_has_no_rating_words() -> None:
    assert parse_rag(None, fill="FFC7CE") == "red"
    assert parse_rag("●", fill="00B050") == "green"


def test_text_wins_over_a_disagreeing_fill() -> None:
    assert parse_rag("Green", fill="FF0000") == "green"


def test_not_rated_words_win_over_fill() -> None:
    assert parse_rag("Completed", fill="00B050") is None


@pytest.mark.parametrize("cell", [1, 2.5, True, dt.date(2024, 1, 1)])
def test_non_text_cells_have_no_rating_without_fill(cell: CellValue) -> None:
    assert parse_rag(cell) is None


# ---------------------------------------------------------------- polarity and direction


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Higher is better", "higher_is_better"), ("High", "higher_is_better"),
        ("Bigger is better", "higher_is_better"), ("Up", "higher_is_better"),
        ("↑", "higher_is_better"), ("Aim: high", "higher_is_better"),
        ("Good is high", "higher_is_better"), ("Maximise", "higher_is_better"),
        ("Descending", "higher_is_better"), ("desc", "higher_is_better"),
        ("Lower is better", "lower_is_better"), ("Low", "lower_is_better"),
        ("Smaller is better", "lower_is_better"), ("Down", "lower_is_better"),
        ("↓", "lower_is_better"), ("Minimise", "lower_is_better"),
        ("Good is low", "lower_is_better"), ("Ascending", "lower_is_better"),
        ("Polarity: Low", "lower_is_better"),
        ("On target", "on_target"), ("Within range", "on_target"),
        ("Close to target is better", "on_target"), ("Neutral target", "on_target"),
        ("Goldilocks", "on_target"),
        ("Higher is better (good)", "higher_is_better"),
        ("Lower is better - aim to reduce", "lower_is_better"),
        ("Uwch yn well", "higher_is_better"), ("Is yn well", "lower_is_better"),
        ("-", "none"), ("N/A", "none"), ("NA", "none"), ("None", "none"),
        ("No polarity", "none"), ("Context", "none"),
    ],
)  # fmt: skip
def test_polarity_words(text: str, polarity: str) -> None:
    assert parse_polarity(text) == polarity


@pytest.mark.parametrize(
    "cell",
    ["banana", "Yes", "", None, 1, "High-ish sometimes", "Higher is better or lower is better"],
)
def test_unknown_polarity_is_none(cell: CellValue) -> None:
    assert parse_polarity(cell) is None


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("↑", "up"), ("▲", "up"), ("Up", "up"), ("Increased", "up"),
        ("↓", "down"), ("▼", "down"), ("Down", "down"), ("Decreasing", "down"),
        ("→", "same"), ("↔", "same"), ("No change", "same"), ("Stable", "same"),
        ("Improving", "improving"), ("Improving ↑", "improving"), ("Better", "improving"),
        ("Worsening", "worsening"), ("Worse", "worsening"), ("Declining", "worsening"),
        ("Gwella", "improving"), ("Gwaethygu", "worsening"), ("Dim newid", "same"),
    ],
)  # fmt: skip
def test_direction_words_and_arrows(text: str, direction: str) -> None:
    assert parse_direction(text) == direction


@pytest.mark.parametrize("cell", ["-", "", None, 3, "see commentary", "↑↓"])
def test_no_direction(cell: CellValue) -> None:
    assert parse_direction(cell) is None


# ---------------------------------------------------------------- headers and names


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("% of calls answered within 30 seconds", "%"),
        ("Calls answered in 30s %", "%"),
        ("Average days to re-let (days)", "days"),
        ("Number of new claims", "number"),
        ("Spend per head (£)", "£"),
        ("Primary education - Gross expenditure (£000s)", "£k"),
        ("Budget (£'000)", "£k"),
        ("Capital spend £m", "£m"),
        ("Infant mortality rate per 10,000", "rate"),
        ("Number of missed bin collections per 100,000", "rate"),
        ("Missed bins /100k", "rate"),
        ("Percentage of physically active adults", "%"),
        ("16 to 17 year olds in education", None),
        # a cost per hour or per week is not a time (LGBF SW1, SW5, CHN8a)
        ("Older Persons (Over65) Home Care Costs per Hour", None),
        ("Residential Care Costs per week per resident", None),
        ("Sickness Absence Days per Teacher", "days"),
        ("Average time (hours) between", "hours"),
        # a band of amounts names what is counted, not the unit (Defra fines '£51 to £200')
        ("£51 to £200", None),
        ("over £50,000", None),
        ("Clearance costs over £5,000 (£)", "£"),
        ("", None),
    ],
)
def test_unit_from_header(header: str, unit: str | None) -> None:
    assert unit_from_header(header) == unit


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Café & Leisure visits", "cafe and leisure visits"),
        ("  Calls answered  (within 30s) ", "calls answered within 30s"),
        ("% of calls", "percent of calls"),
        ("Percentage of calls", "percent of calls"),
        ("Re-let days", "re let days"),
    ],
)
def test_normalise_name(name: str, key: str) -> None:
    assert normalise_name(name) == key


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [
        ("per 1,000", "rate"), ("per 100k", "rate"), ("/100k", "rate"), ("Rate per 10,000", "rate"),
        ("day", "days"), ("Days", "days"), ("hrs", "hours"), ("%", "%"), ("per cent", "%"),
        ("£", "£"), ("£m", "£m"), ("No.", "number"), ("tCO2", "tco2"), (None, None), (" ", None),
    ],
)  # fmt: skip
def test_canonical_unit(unit: str | None, canonical: str | None) -> None:
    assert canonical_unit(unit) == canonical


@pytest.mark.parametrize("written", ["Persons", "5 years children", "Female", "All adults"])
def test_who_is_counted_is_no_unit(written: str) -> None:
    # Fingertips-style extracts write the population in their 'unit' column
    assert cells.canonical_unit(written) is None
    assert cells.canonical_unit("Percentage") == "%"


@pytest.mark.parametrize(
    "written",
    [
        "Rate per 10,000 children",
        "Rate per 1,000 adults",
        "per 100,000 females",
        "Rate per 1,000 people",
    ],
)
def test_a_rate_over_those_counted_is_a_rate(written: str) -> None:
    # the population names the rate's base ('per 10,000 children'), not who the figure counts
    assert cells.canonical_unit(written) == "rate"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("61.4 (r)", 61.4, None),
        ("66.8p", 66.8, None),
        ("52 [e]", 52.0, None),
        ("45% (p)", 45.0, "%"),
        ("3 (prov)", 3.0, None),
        ("1,204 (revised)*", 1204.0, None),
    ],
)
def test_revised_and_provisional_markers_leave_the_figure(
    text: str, value: float, unit: str | None
) -> None:
    parsed = parse_number(text)
    assert (parsed.value, parsed.text, parsed.unit) == (value, None, unit)


@pytest.mark.parametrize("text", ["45 (see note)", "61.4 (x1)", "12 rev 3"])
def test_a_figure_with_other_words_is_kept_as_text(text: str) -> None:
    assert parse_number(text) == ParsedNumber(None, text, None, False)


@pytest.mark.parametrize(
    ("text", "rag"),
    [("Some slippage", "amber"), ("Significant slippage", "red"), ("Worse than target", "red")],
)
def test_slippage_and_worse_than_target_are_ratings(text: str, rag: str) -> None:
    assert parse_rag(text) == rag
