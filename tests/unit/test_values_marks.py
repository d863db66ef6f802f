"""Footnote marks and invisible characters around figures and names are not part of them."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.header import text_of
from desktop.scorecard.parse import periods
from desktop.scorecard.parse.marks import unmark
from desktop.scorecard.parse.values import normalise_name, parse_number, parse_rag


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("61.7\u00b9", 61.7, None),  # never 61.71
        ("3,118\u00b2", 3118.0, None),  # never 3,1182 (a malformed group)
        ("0.9\u00b3", 0.9, None),
        ("47\u2074", 47.0, None),
        ("12.25\u00b9\u00b2", 12.25, None),  # two marks
        ("73%\u00b9", 73.0, "%"),
        ("£4.10\u00b2", 4.1, "£"),
        ("19.6 \u00b9", 19.6, None),
        ("7.5*", 7.5, None),
        ("402\u2020", 402.0, None),
        ("66.6\u2021", 66.6, None),
        ("118\u1d43", 118.0, None),  # a superscript letter: note a, never rated A or 118a
        ("41.0 \u1d47", 41.0, None),
        ("12.5\u2071\u2071", 12.5, None),  # note ii
        ("85%\u1d9c", 85.0, "%"),
        ("3.4\u00b2\u1d43", 3.4, None),
        ("about 40\u00b9", 40.0, None),  # approximate, with note 1
    ],
)
def test_a_footnote_mark_after_a_figure_is_dropped(
    text: str, value: float, unit: str | None
) -> None:
    parsed = parse_number(text)
    assert (parsed.value, parsed.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("3\u00a0118", 3118.0, None),  # no-break space between thousands
        ("3\u202f118", 3118.0, None),  # narrow no-break space
        ("12\u00a0004\u00a0500", 12004500.0, None),
        ("\u22120.7", -0.7, None),  # Unicode minus
        ("\u221212 %", -12.0, "%"),
        ("71 %", 71.0, "%"),
        ("71\u00a0%", 71.0, "%"),
        ("'308", 308.0, None),  # a typed quote prefix
        ("\u2019308", 308.0, None),
        ("'\u22123.5", -3.5, None),
        ("52\u200b", 52.0, None),  # zero-width space
        ("\u200b52.5", 52.5, None),
        ("5\u200c2", 52.0, None),  # zero-width non-joiner inside the figure
        ("52\u200d%", 52.0, "%"),  # zero-width joiner
        ("1\u2060500", 1500.0, None),  # word joiner
        ("\ufeff17.5", 17.5, None),  # byte-order mark pasted at the start
    ],
)
def test_invisible_and_odd_characters_do_not_stop_a_figure(
    text: str, value: float, unit: str | None
) -> None:
    parsed = parse_number(text)
    assert (parsed.value, parsed.unit) == (value, unit)


@pytest.mark.parametrize(
    "text", ["12\u00b9 to 15\u00b9", "about 40\u00b9 homes a year", "'n/a", "1\u00a023\u00a04"]
)
def test_what_is_still_no_figure_keeps_its_text(text: str) -> None:
    parsed = parse_number(text)
    assert parsed.value is None
    assert parsed.text


@pytest.mark.parametrize(
    ("heading", "shown"),
    [
        ("Rate per 10,000\u00b2", "Rate per 10,000"),
        ("Delayed transfers of care (days)\u00b9", "Delayed transfers of care (days)"),
        ("Households in temporary accommodation\u00b3", "Households in temporary accommodation"),
        ("\u00b9 Provisional figures", "Provisional figures"),
        ("Bus\u200b passengers\ufeff", "Bus passengers"),
        ("Cost per m\u00b2 of office space", "Cost per m\u00b2 of office space"),  # a unit's power
        ("Parks area (km\u00b2)", "Parks area (km\u00b2)"),
    ],
)
def test_a_name_keeps_its_words_without_its_footnote_mark(heading: str, shown: str) -> None:
    assert text_of(heading) == shown


def test_matching_keys_do_not_fold_a_mark_into_a_number() -> None:
    assert normalise_name("Rate per 10,000\u00b2") == normalise_name("Rate per 10,000")
    assert unmark("plain ascii 12") == "plain ascii 12"


def test_periods_and_ratings_read_through_marks() -> None:
    assert periods.parse_period("2023/24\u00b9") == periods.parse_period("2023/24")
    assert parse_rag("Green\u200b") == "green"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Area\u1d43", "Area\u1d43"),  # after a word: left to NFKC, not taken off here
        ("118\u1d43b", "118\u1d43b"),  # letters go on: not a mark alone
        ("12.5 \u02e2\u1d57", "12.5"),
    ],
)
def test_only_superscript_letters_ending_a_figure_are_marks(text: str, kept: str) -> None:
    assert unmark(text) == kept
