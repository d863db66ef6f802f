"""A note's letter after a figure ('41.0 (a)') and a yearly measure's 'Annual' status."""

from __future__ import annotations

import pytest

from desktop.scorecard.parse import values
from desktop.scorecard.parse.ratings import says_not_rated


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("41.0 (a)", 41.0),
        ("7.2 (b)", 7.2),
        ("109.4(a)", 109.4),
        ("88 [ii]", 88.0),
        ("85% (d)", 85.0),
        ("1,204 (iv)", 1204.0),
        ("£1.2 (a)", 1.2),
    ],
)
def test_a_notes_letter_after_a_figure_leaves_the_figure(typed: str, number: float) -> None:
    assert values.parse_number(typed).value == number


@pytest.mark.parametrize(
    "typed",
    [
        "7.2 (B)",  # a capital in brackets may be a rating letter
        "45 (c)",  # 'c' is also the mark of a suppressed or approximate figure
        "£1.2 (b)",  # money in billions?
        "£4.5 (m)",
        "7.2 (b) see note",
        "(a)",
        "12 (aa)",
    ],
)
def test_other_letters_after_a_figure_are_not_taken_for_a_note(typed: str) -> None:
    assert values.parse_number(typed).value is None


@pytest.mark.parametrize("typed", ["Annual", "annual measure", "Reported annually", "Yearly"])
def test_a_yearly_measures_status_is_no_rating(typed: str) -> None:
    assert says_not_rated(typed)
