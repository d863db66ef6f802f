"""The heading vocabulary: synonyms, variants and the scoring matcher."""

from __future__ import annotations

import pytest

from desktop.scorecard import model, vocabulary


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Ref", "code"),
        ("KPI Ref.", "code"),
        ("PI name", "name"),
        ("Measure", "name"),
        ("Directorate", "portfolio"),
        ("Outturn", "actual"),
        ("Annual target", "target"),
        ("RAG Status", "rag"),
        ("Good is", "polarity"),
        ("Bigger or smaller is better", "polarity"),
        ("DoT", "direction"),
        ("Direction of travel", "direction"),
        ("Narrative", "commentary"),
        ("Local authority", "area"),
        ("la_code", "area"),
        ("Stat. neighbours", "comparator:Statistical neighbours"),
        ("SN average", "comparator:Statistical neighbours"),
        ("England average", "comparator:England"),
        ("Same period last year", "comparator:Same period last year"),
        ("Part 2", "exempt"),
    ],
)
def test_usual_headings_map_to_their_field(heading: str, field: str) -> None:
    found = vocabulary.match(heading)
    assert found is not None
    assert model.role_key(found.field, found.comparator) == field
    assert found.score == 1.0


def test_a_heading_containing_a_synonym_scores_below_an_exact_one() -> None:
    found = vocabulary.match("Latest outturn figure 2024")
    assert found is not None
    assert found.field == "actual"
    assert 0.5 < found.score < 1.0


def test_short_synonyms_never_match_inside_longer_headings() -> None:
    assert vocabulary.match("No. of households") is None


def test_unknown_heading_is_not_placed() -> None:
    assert vocabulary.match("Internal workings") is None


def test_normalise_drops_punctuation_and_case() -> None:
    assert vocabulary.normalise("  KPI_Ref. (No) ") == "kpi ref no"


@pytest.mark.parametrize(
    ("area", "comparator"),
    [("England", "England"), ("North West", "Regional"), ("Family Group 3", "Family group")],
)
def test_group_areas_become_comparators(area: str, comparator: str) -> None:
    assert vocabulary.area_comparator(area) == comparator


def test_a_council_is_not_a_comparator() -> None:
    assert vocabulary.area_comparator("Trafford") is None


@pytest.mark.parametrize("name", ["Cover", "Notes", "Contents", "Definitions", "Read me"])
def test_cover_and_notes_sheets_are_skipped(name: str) -> None:
    assert vocabulary.is_skipped_sheet(name)


def test_a_portfolio_sheet_is_not_skipped() -> None:
    assert not vocabulary.is_skipped_sheet("Children's Services")


def test_portfolio_holder_is_an_owner_not_a_portfolio() -> None:
    found = vocabulary.match("Portfolio Holder")
    assert found is not None and found.field == "owner"


def test_every_heading_says_something_once_normalised() -> None:
    """A synonym of only punctuation ('+/-') would normalise to '' and half-match any heading."""
    empty = [
        (f, s)
        for f, found in vocabulary.SYNONYMS.items()
        for s in found
        if not vocabulary.normalise(s)
    ]
    assert empty == []


@pytest.mark.parametrize(
    "heading", ["Variance", "Variance to target", "% variance", "Change on last year", "LCL", "UCL"]
)
def test_arithmetic_on_the_figures_is_not_a_value_column(heading: str) -> None:
    found = vocabulary.match(heading)
    assert found is not None and found.field == "ignore"


def test_a_long_text_is_matched_by_the_phrase_it_holds_far_along() -> None:
    filler = "word, " * 40_000
    found = vocabulary.match(filler + "direction of travel")
    assert found is not None
    assert found.field == "direction"
    assert vocabulary.match(filler) is None


@pytest.mark.parametrize(
    ("words", "phrase", "at"),
    [
        (["a", "b", "a", "c"], ("a", "c"), 2),
        (["a", "b", "a", "c"], ("a",), 0),
        (["a", "b", "a"], ("a", "c"), -1),
        (["a"], ("a", "b"), -1),
        ([], ("a",), -1),
        (["x", "a", "b"], ("a", "b"), 1),
    ],
)
def test_a_phrase_is_found_where_it_first_starts(
    words: list[str], phrase: tuple[str, ...], at: int
) -> None:
    assert vocabulary._find(words, phrase) == at
