"""A rating's text is cleaned once however many checks ask about it."""

from __future__ import annotations

from desktop.scorecard.parse import ratings


def test_a_short_text_is_cleaned_once_and_reads_the_same() -> None:
    text = "".join(["On ", "track\u00a0 ", "(see note)"])  # made afresh, not a literal's object
    before = ratings._clean_short.cache_info().hits
    first = ratings._clean(text)
    again = ratings._clean("".join(["On ", "track\u00a0 ", "(see note)"]))
    assert first == again == ratings._cleaned(text) == "On track (see note)"
    assert ratings._clean_short.cache_info().hits == before + 1
    assert ratings.parse_rag("Green") == "green"
    assert ratings.says_not_rated("N/A") and ratings.says_not_rated("N/A")


def test_a_long_text_is_cleaned_without_being_kept() -> None:
    text = "Red " + "x" * 300
    size = ratings._clean_short.cache_info().currsize
    assert ratings._clean(text) == ratings._cleaned(text)
    assert ratings._clean_short.cache_info().currsize == size
