"""A file's key to its symbols, and what a cell's words make it: rating, polarity, direction."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.evidence import RAG_NAME, kind_of, name_problem, names_a_rating
from desktop.scorecard.layout.keys import (
    Key,
    _row_entries,
    entries_in_text,
    is_key_text,
    meaning_of,
)


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("On track", "green"),
        ("On or above target (Green)", "green"),
        ("Below target but within 5% (Amber)", "amber"),
        ("More than 5% below target (Red)", "red"),
        ("Data only", "none"),
        ("Completed (blue)", "none"),
        ("Direction of travel compares this quarter with the last", None),
    ],
)
def test_a_key_meaning_names_a_rating_or_nothing(text: str, meaning: str | None) -> None:
    assert meaning_of(text) == meaning


def test_a_key_line_pairs_each_symbol_with_the_words_after_it() -> None:
    line = "● = On track   ▲ = At risk   ◆ = Off track"
    assert entries_in_text(line) == (("●", "green"), ("▲", "amber"), ("◆", "red"))
    assert is_key_text(line)
    assert not is_key_text("Percentage of calls answered ▲")


def test_a_symbol_beside_its_meaning_is_a_key_entry_but_a_row_of_symbols_is_not() -> None:
    key: Key = {}
    _row_entries(["●", "On track", "▲", "At risk", "◆", "Off track"], key)
    assert key == {"●": "green", "▲": "amber", "◆": "red"}
    rated: Key = {}  # one rating per quarter, then 'Not due' for the quarter to come
    _row_entries(["WR01", "⚠", "✔", "⚠", "Not due"], rated)
    _row_entries(["WR02", "✔", None, "✘", "-"], rated)
    assert rated == {}


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (12.5, "number"),
        ("92% (45/49)", "number"),
        ("<5", "number"),
        ("n/a", "missing"),
        ("dna", "missing"),
        ("Green", "rag"),
        ("Off track", "rag"),
        ("Higher", "polarity"),
        ("Aim to minimise", "polarity"),
        ("↑", "direction"),
        ("Improving", "direction"),
        ("Q1 2024/25", "period"),
        ("Remedial plan agreed", "text"),
        (None, None),
        ("  ", None),
    ],
)
def test_kind_of_a_cell(value: str | float | None, kind: str | None) -> None:
    assert kind_of(value) == kind


def test_a_text_target_counts_as_a_figure_in_a_target_column() -> None:
    assert kind_of("at least 95%", target=True) == "number"
    assert kind_of("at least 95%") == "text"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Red", "is a RAG rating"),
        ("Q2 2024/25", "is a period"),
        ("42", "is a number"),
        ("Comments", "is a column heading"),
        ("Missed bins", None),
        ("16-17 year olds NEET", None),
        ("Delayed discharges per 100,000 (lower is better)", None),
        ("A", None),
    ],
)
def test_names_that_cannot_be_indicators(name: str, problem: str | None) -> None:
    assert name_problem(name) == problem


@pytest.mark.parametrize(
    "text",
    [
        "Red", "  Amber ", "A/G", "Green / Amber", "G", "R", "●", "42", "95%", "Q2 2024/25",
        "Higher", "Comments", "Total", "n/a", "Improving", "Missed bins", "KPI00001", "A",
        "Red Amber Green Blue Grey", "Off track", "Not rated", "", "  ",
    ],
)  # fmt: skip
def test_names_a_rating_answers_as_name_problem_does(text: str) -> None:
    assert names_a_rating(text) == (name_problem(text) == RAG_NAME)


@pytest.mark.parametrize("name", ["Population", "Cases", "Total"])
def test_context_measures_named_like_a_count_heading_are_names(name: str) -> None:
    assert name_problem(name) is None
