"""A new indicator's words where a figure or a target would be: kept as text (figures) or
read as no target, and nothing else taken for them."""

from __future__ import annotations

import pytest

from desktop.scorecard.parse.new_measures import no_figure_yet, says_no_target


@pytest.mark.parametrize(
    "text",
    ["New for 2024/25", "New indicator", "New measure", "new for this year",
     "Data available from Q3", "Data due from Quarter 3", "First data due September 2025",
     "Figures available from Q2", "Reported from Q3", "New measure from April 2025",
     "Data expected at year end", "Baseline year", "Baseline being established",
     "NEW INDICATOR."],
)  # fmt: skip
def test_words_saying_a_figure_is_not_there_yet(text: str) -> None:
    assert no_figure_yet(text)


@pytest.mark.parametrize(
    "text",
    ["Annual", "New for the better", "Data available on request", "Awaiting data from partners",
     "See commentary", "New system", "Reported to Cabinet", "New for", ""],
)  # fmt: skip
def test_other_words_are_not_taken_for_them(text: str) -> None:
    assert not no_figure_yet(text)


@pytest.mark.parametrize(
    "text",
    ["Baseline year", "TBC", "tbc", "TBC \u2013 baseline year", "TBC - baseline year",
     "To be set", "Baseline to be established", "Target to be agreed", "N/A", "n/a",
     "N/A (new indicator)", "TBC: to be set", "TBC / baseline year", "New for 2024/25",
     "Baseline year.", "  To  be confirmed "],
)  # fmt: skip
def test_words_saying_there_is_no_target(text: str) -> None:
    assert says_no_target(text)


@pytest.mark.parametrize(
    "text",
    ["TBC - see note", "Stretch", "See commentary", "Baseline pending review", "Increase",
     "Top quartile", "Baseline year + 5%", "Improve on baseline", "42%", ""],
)  # fmt: skip
def test_a_word_that_is_no_such_answer_is_not_one(text: str) -> None:
    assert not says_no_target(text)
