"""Targets as people type them become a number (or a band) with the polarity their words say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.scorecard import vocabulary
from desktop.scorecard.parse.targets import Target, parse_target

# numbers as a scorecard prints them: up to two decimals, with or without thousands commas
amounts = st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False).map(float)


def written(value: float, commas: bool) -> str:
    text = f"{value:,.2f}" if commas else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minimum 98%", Target(98.0, polarity="higher_is_better", unit="%")),
        ("Maximum 2.5%", Target(2.5, polarity="lower_is_better", unit="%")),
        ("80% or above", Target(80.0, polarity="higher_is_better", unit="%")),
        ("at least 95%", Target(95.0, polarity="higher_is_better", unit="%")),
        ("no more than 110", Target(110.0, polarity="lower_is_better")),
        ("≥ 97%", Target(97.0, polarity="higher_is_better", unit="%")),
        ("< 30%", Target(30.0, polarity="lower_is_better", unit="%")),
        ("below 28 days", Target(28.0, polarity="lower_is_better", unit="days")),
        ("90–95%", Target(None, low=90.0, high=95.0, polarity="on_target", unit="%")),
        ("between 90 and 95", Target(None, low=90.0, high=95.0, polarity="on_target")),
        ("1,234", Target(1234.0)),
        ("12.5 days", Target(12.5, unit="days")),
        ("£12,345", Target(12345.0, unit="£")),
        ("10 or fewer", Target(10.0, polarity="lower_is_better")),
    ],
)
def test_targets_as_councils_write_them(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£3.4m", Target(3_400_000.0, unit="£")),
        ("Max £300k", Target(300_000.0, polarity="lower_is_better", unit="£")),
        ("at least £2.5 million", Target(2_500_000.0, polarity="higher_is_better", unit="£")),
        ("(£45k)", Target(-45_000.0, unit="£")),
        ("£800k to £1.2m", Target(None, low=800_000.0, high=1_200_000.0, polarity="on_target", unit="£")),
        ("£1-1.5m", Target(None, low=1_000_000.0, high=1_500_000.0, polarity="on_target", unit="£")),
        ("between £2 and £3.5bn", Target(None, low=2e9, high=3.5e9, polarity="on_target", unit="£")),
        ("1-2k", Target(None, low=1_000.0, high=2_000.0, polarity="on_target")),
        ("5-6 m", Target(None, low=5.0, high=6.0, polarity="on_target", unit="m")),
    ],
)  # fmt: skip
def test_money_targets_with_a_scale_are_that_many_units(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["Maintain", "Improve on last year", "tbc", "", "95 - 90"])
def test_text_without_a_number_or_a_band_is_none(text: str) -> None:
    assert parse_target(text) is None


@given(amounts, st.booleans(), st.sampled_from(vocabulary.TARGET_AT_LEAST))
def test_a_lower_bound_is_its_number_and_higher_is_better(
    value: float, commas: bool, words: str
) -> None:
    found = parse_target(f"{words} {written(value, commas)}%")
    assert found == Target(value, polarity="higher_is_better", unit="%")


@given(amounts, st.booleans(), st.sampled_from(vocabulary.TARGET_AT_MOST))
def test_an_upper_bound_is_its_number_and_lower_is_better(
    value: float, commas: bool, words: str
) -> None:
    found = parse_target(f"{words} {written(value, commas)}")
    assert found == Target(value, polarity="lower_is_better")


@given(amounts, st.sampled_from(vocabulary.TARGET_AFTER_AT_LEAST + vocabulary.TARGET_AFTER_AT_MOST))
def test_words_after_the_number_say_the_polarity(value: float, words: str) -> None:
    found = parse_target(f"{written(value, False)} {words}")
    assert found is not None and found.value == value
    up = words in vocabulary.TARGET_AFTER_AT_LEAST
    assert found.polarity == ("higher_is_better" if up else "lower_is_better")


@given(amounts, amounts, st.sampled_from(["-", "–", "—", " to "]))
def test_a_band_keeps_both_ends_and_no_made_up_number(low: float, high: float, dash: str) -> None:
    found = parse_target(f"{written(low, False)}{dash}{written(high, False)}%")
    if low < high:
        assert found == Target(None, low=low, high=high, polarity="on_target", unit="%")
    else:
        assert found is None or found.low is None


@given(st.text(max_size=30))
def test_any_text_gives_a_number_a_band_or_none(text: str) -> None:
    found = parse_target(text)
    if found is not None:
        assert found.value is not None or found.low is not None
        if found.low is not None:
            assert found.high is not None and found.low < found.high
        if found.value is not None and found.low is not None:
            # a figure with its tolerance ('80 ± 5'): the band lies either side of the figure
            assert found.low < found.value < found.high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42% (was 45%)", Target(42.0, unit="%")),
        ("115 (previously 110)", Target(115.0)),
        ("20 days (revised from 18)", Target(20.0, unit="days")),
        ("at least 75% (down from 80%)", Target(75.0, polarity="higher_is_better", unit="%")),
        ("2.2 [orig. 2.0]", Target(2.2)),
        ("97% (originally 98%)", Target(97.0, unit="%")),
    ],
)
def test_a_target_with_the_figure_it_replaced_in_brackets(text: str, expected: Target) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize("text", ["(was 45%)", "42% (was higher)", "42% (Q2 profile 30%)"])
def test_brackets_that_give_no_replaced_figure_leave_the_cell_unread(text: str) -> None:
    assert parse_target(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90% (stretch 95%)", Target(90.0, unit="%")),
        ("\u2264 12 days / stretch 10 days", Target(12.0, polarity="lower_is_better", unit="days")),
        ("250 (stretch: 300)", Target(250.0)),
        ("7,500 (Stretch: 8,250)", Target(7500.0)),
        (
            "\u2264 \u00a3400 / stretch \u00a3350",
            Target(400.0, polarity="lower_is_better", unit="\u00a3"),
        ),
        (
            "at least 80% (aspirational target 85%)",
            Target(80.0, polarity="higher_is_better", unit="%"),
        ),
        ("60%; stretch 70%", Target(60.0, unit="%")),
        ("60% \u2013 stretch target 70%", Target(60.0, unit="%")),
    ],
)
def test_a_stretch_figure_labelled_so_after_the_target_is_left_out(
    text: str, expected: Target
) -> None:
    assert parse_target(text) == expected


@pytest.mark.parametrize(
    "text", ["90% (95%)", "90% / 95%", "stretch 95%", "90% (stretch)", "(stretch 95%)"]
)
def test_an_unlabelled_second_figure_or_a_stretch_alone_is_no_target(text: str) -> None:
    assert parse_target(text) is None
