"""A key that gives ratings to codes: '1 = Target met, 2 = Within tolerance, 3 = Target missed'."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.keys import code_entries, rating


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Status key: 1 = Target met, 2 = Within tolerance, 3 = Target missed",
            (("1", "green"), ("2", "amber"), ("3", "red")),
        ),
        (
            "Rating: 1 = on track 2 = at risk 3 = off track",
            (("1", "green"), ("2", "amber"), ("3", "red")),
        ),
        ("1 - Achieved; 2 - Not achieved", (("1", "green"), ("2", "red"))),
        (
            "Key: G = On target  A = Within tolerance  R = Off target",
            (("g", "green"), ("a", "amber"), ("r", "red")),
        ),
        (
            "Key: A: target met, B: data only, C: target missed",
            (("a", "green"), ("b", "none"), ("c", "red")),
        ),
    ],
)
def test_codes_pair_with_the_ratings_written_after_them(
    text: str, entries: tuple[tuple[str, str], ...]
) -> None:
    assert code_entries(text) == entries


@pytest.mark.parametrize(
    "text",
    [
        "Q1 = April to June, Q2 = July to September",
        "Scores: 1 = Target met",  # one code alone may be a sentence
        "Figures are for the quarter; 2 = the number at the quarter's end",
        "1 = Target met, 2 = Target met",  # codes that do not tell ratings apart
    ],
)
def test_texts_that_are_not_a_key_of_codes(text: str) -> None:
    assert code_entries(text) == ()


def test_a_number_in_a_status_column_is_rated_through_the_key() -> None:
    key = dict(code_entries("1 = Target met, 2 = Within tolerance, 3 = Target missed"))
    assert [rating(key, v) for v in (1, 2.0, "3", 4, 1.5, True)] == [
        "green", "amber", "red", None, None, None
    ]  # fmt: skip
    assert rating({}, 1) is None


def test_a_code_s_meaning_ends_with_its_sentence() -> None:
    """'R – more than 5% short of target. Grey cells: not reported': the grey cells are
    another sentence, and do not make R mean 'not rated'."""
    text = (
        "Key: G \u2013 target met; A \u2013 within 5% of target; R \u2013 more than 5% short of "
        "target. Grey cells: not reported that quarter."
    )
    assert dict(code_entries(text)).get("r") != "none"
