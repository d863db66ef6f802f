"""Which way is good, given by footnotes that marks on the names point to ('Rent arrears *'
over '* A lower figure is better'; '(C)' over 'Contextual measure'; 'All other measures: a
higher figure is better')."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.mark_polarity import marks_of, note_polarity
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("A lower figure is better.", "lower_is_better"),
        ("Lower figures are better", "lower_is_better"),
        ("smaller is better", "lower_is_better"),
        ("Aim is to reduce", "lower_is_better"),
        ("a higher figure is better", "higher_is_better"),
        ("Higher percentages are good", "higher_is_better"),
        ("Contextual measure: monitored without a target; neither a higher nor a lower "
         "figure is better.", "none"),
        ("Context only", "none"),
        ("No polarity - monitored for information", "none"),
    ],
)  # fmt: skip
def test_footnote_words_that_say_which_way_is_good(text: str, polarity: str) -> None:
    assert note_polarity(text) == polarity


@pytest.mark.parametrize(
    "text",
    ["Provisional figure, subject to validation", "Position on the last day of the quarter",
     "Higher or lower figures are better depending on the target"],
)  # fmt: skip
def test_footnotes_that_do_not_say_which_way_is_good(text: str) -> None:
    assert note_polarity(text) is None


@pytest.mark.parametrize(
    ("name", "marks"),
    [
        ("Average days to re-let *", ["*"]),
        ("Rent arrears*", ["*"]),
        ("Households in temporary accommodation \u2020*", ["*", "\u2020"]),
        ("Sickness absence \u2020 *", ["*", "\u2020"]),
        ("Homelessness approaches (C)", ["(C)"]),
        ("Homelessness approaches (c)", ["(C)"]),
        ("Missed bins **", ["**"]),
        ("Rent collected", []),
    ],
)
def test_the_marks_a_name_ends_with(name: str, marks: list[str]) -> None:
    assert marks_of(name) == marks


def _sheet(names: list[str], notes: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Code", "Measure", "Q1 2024/25", "Q2 2024/25"]]
    for n, name in enumerate(names, start=1):
        rows.append([f"PI{n}", name, 10 * n, 10 * n + 1])
    rows.append([])
    rows.extend([line] for line in notes)
    return rows


def _polarities(parsed: ParsedScorecard) -> dict[str | None, tuple[str, str]]:
    return {i.code: (i.name, i.polarity) for i in parsed.indicators}


def test_marks_and_an_all_other_line_set_each_indicator(tmp_path: Path) -> None:
    names = ["Average days to re-let *", "Rent collected (%)", "Rent arrears (%)*",
             "Homelessness approaches (C)", "Households in temporary accommodation \u2020*",
             "Calls answered in 90 seconds \u2020"]  # fmt: skip
    notes = ["* A lower figure is better.",
             "(C) Contextual measure: neither a higher nor a lower figure is better.",
             "All other measures: a higher figure is better.",
             "\u2020 Position on the last day of the quarter."]  # fmt: skip
    parsed = detect_rows(tmp_path / "marks.xlsx", _sheet(names, notes))
    assert not parsed.review, [r.line() for r in parsed.review]
    assert _polarities(parsed) == {
        "PI1": ("Average days to re-let", "lower_is_better"),
        "PI2": ("Rent collected (%)", "higher_is_better"),
        "PI3": ("Rent arrears (%)", "lower_is_better"),
        "PI4": ("Homelessness approaches", "none"),
        "PI5": ("Households in temporary accommodation", "lower_is_better"),
        "PI6": ("Calls answered in 90 seconds", "higher_is_better"),
    }


def test_without_an_all_other_line_unmarked_indicators_stay_unknown(tmp_path: Path) -> None:
    names = ["Missed bins per 100,000 collections **", "Recycling rate (%)"]
    parsed = detect_rows(
        tmp_path / "two_stars.xlsx", _sheet(names, ["** Lower is better", "Source: waste system"])
    )
    assert not parsed.review
    assert _polarities(parsed) == {
        "PI1": ("Missed bins per 100,000 collections", "lower_is_better"),
        "PI2": ("Recycling rate (%)", "unknown"),
    }


def test_a_mark_whose_note_says_nothing_of_polarity_sets_none(tmp_path: Path) -> None:
    names = ["Rent collected *", "Rent arrears"]
    parsed = detect_rows(
        tmp_path / "provisional.xlsx", _sheet(names, ["* Provisional: subject to validation"])
    )
    assert {i.polarity for i in parsed.indicators} == {"unknown"}


def test_a_polarity_column_comes_before_the_footnotes(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Code", "Measure", "Polarity", "Q1 2024/25", "Q2 2024/25"],
        ["PI1", "Working days lost *", "Higher is better", 2.1, 2.3],
        ["PI2", "Rent collected", None, 96, 97],
        [],
        ["* A lower figure is better"],
        ["All other indicators: higher is better"],
    ]
    parsed = detect_rows(tmp_path / "column.xlsx", rows)
    assert _polarities(parsed)["PI1"][1] == "higher_is_better"
    assert _polarities(parsed)["PI2"][1] == "higher_is_better"


def test_marks_pointing_two_ways_are_asked_about(tmp_path: Path) -> None:
    names = ["Homelessness approaches (C)*", "Rent collected"]
    notes = ["* Lower is better", "(C) Contextual measure", "All other measures: higher is better"]
    parsed = detect_rows(tmp_path / "both.xlsx", _sheet(names, notes))
    lines = [r.line() for r in parsed.review]
    assert any(line.startswith("Scorecard!B2:") for line in lines), lines
    assert _polarities(parsed)["PI1"][1] == "unknown"
    assert _polarities(parsed)["PI2"][1] == "higher_is_better"
