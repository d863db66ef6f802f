"""A figure to date is named either way round: 'YTD performance' and 'Performance YTD'."""

from __future__ import annotations

from desktop.scorecard import vocabulary


def test_every_ytd_phrase_reads_the_other_way_round_too() -> None:
    for phrase in vocabulary.YEAR_TO_DATE:
        words = phrase.split()
        if len(words) == 2 and words[0] == "ytd" and words[1] != "total":
            assert f"{words[1]} ytd" in vocabulary.YEAR_TO_DATE, phrase


def test_a_performance_ytd_heading_is_the_year_to_date() -> None:
    assert vocabulary.normalise("Performance YTD") in vocabulary.YEAR_TO_DATE
    assert vocabulary.normalise("Outturn year to date") in vocabulary.YEAR_TO_DATE
