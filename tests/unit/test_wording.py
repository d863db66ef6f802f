"""One way of writing numbers, units, dates and statuses, whoever writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.analysis.numbers import fmt_value
from desktop.export.words import Figures
from desktop.wording import (
    QUESTION_WORDS,
    change_amount,
    format_value,
    long_date,
    rounded,
    status_from_word,
    status_word,
)


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (56.36, "%", "56.4%"),
        (54.0, "%", "54%"),
        (9.50, "days", "9.5 days"),
        (7.40, "beds", "7.4 beds"),
        (3.25, None, "3.25"),
        (1234.5, "£", "£1,234.5"),
        (-12.0, "£", "-£12"),
        (150.0, "number", "150"),
        (112.56, "kg", "112.6 kg"),
        (-0.001, None, "0"),
    ],
)
def test_one_number_rule(value: float, unit: str | None, shown: str) -> None:
    assert format_value(value, unit) == shown
    assert fmt_value(value, unit) == shown  # the analysis' sentences write the same


def test_the_window_writes_numbers_the_same_way() -> None:
    from desktop.ui import indicator_text

    for value, unit in ((56.36, "%"), (9.5, "days"), (7.4, "beds"), (1234.5, "£")):
        assert indicator_text.format_value(value, unit) == format_value(value, unit)


def test_a_spreadsheet_cell_holds_what_the_briefing_writes() -> None:
    assert rounded(56.36, "%") == 56.4
    assert rounded(9.504, "days") == 9.5
    assert f"{rounded(56.36, '%'):g}%" == format_value(56.36, "%")


def test_uk_dates_in_words() -> None:
    assert long_date(dt.date(2026, 2, 28)) == "28 February 2026"
    assert long_date(dt.datetime(2026, 3, 1, 9, 30)) == "1 March 2026"


def test_status_words_both_ways() -> None:
    assert status_word("to_raise") == "To raise"
    assert status_word("in_progress") == "In progress"
    for code, word in QUESTION_WORDS.items():
        assert status_from_word(word.upper(), QUESTION_WORDS) == code
        assert status_from_word(code, QUESTION_WORDS) == code


def test_figures_follow_the_rule_too() -> None:
    from db.records import IndicatorRecord
    from desktop.catalogue import build_view

    record = IndicatorRecord(
        id=1, code="X", name="Beds", portfolio=None, service=None, polarity="lower_is_better",
        unit="beds", description=None, owner=None, exempt=False, tolerance_mode=None,
        tolerance_amber=None, band_low=None, band_high=None,
    )  # fmt: skip
    assert Figures(build_view(record), suppress_small=True).value(7.40) == "7.4 beds"


@pytest.mark.parametrize(
    ("before", "now", "unit", "said"),
    [
        (44.0, 47.1, "%", "3.1 points"),  # not "7%": a percentage moves in points
        (50.0, 49.0, "per cent", "1 point"),
        (60.0, 48.0, "%", "12 points"),
        (200.0, 170.0, "number", "15%"),  # a count: its share of the earlier figure
        (18.8, 16.9, "days", "10%"),
        (0.0, 3.0, "number", "3"),  # no earlier figure to take a share of
        (-200.0, 300.0, "£", "£500"),  # across nought a share means nothing
    ],
)
def test_a_change_is_said_in_points_for_percentages_and_as_a_share_otherwise(
    before: float, now: float, unit: str, said: str
) -> None:
    assert change_amount(before, now, unit) == said
