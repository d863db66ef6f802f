"""Letters after a figure are read as its unit only when the importer knows the unit, or the
indicator's name speaks of it: '35.2abc', '12x' or '7 zz' is held for review naming the
cell, never read silently as the number."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import figure_units
from desktop.scorecard.parse import values
from tests.helpers.layout_sheets import detect_rows


def _rows(name: str, figure: object, target: object = 30.0) -> list[list[object]]:
    return [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["P1", name, 31.0, figure, target],
        ["P2", "Complaints answered within 10 working days (%)", 81.0, 84.5, 85.0],
        ["P3", "Calls answered within 60 seconds (%)", 77.2, 79.0, 80.0],
    ]


@pytest.mark.parametrize("typed", ["35.2abc", "12x", "7 zz", "41 qwe", "29.5 Xyz", "8.9 Q"])
def test_a_figure_with_letters_no_unit_is_held_for_review(tmp_path: Path, typed: str) -> None:
    parsed = detect_rows(tmp_path / "p.xlsx", _rows("Average days to re-let a home", typed))
    lines = [item.line() for item in parsed.review]
    assert any(line.startswith("Scorecard!D2:") and typed in line for line in lines), lines
    observation = parsed.indicators[0].observations[1]
    assert observation.actual is None
    assert observation.actual_text == typed


@pytest.mark.parametrize(
    ("typed", "figure"),
    [("12 days", 12.0), ("85%", 85.0), ("£1.2m", 1_200_000.0), ("45 (p)", 45.0),
     ("3.4 hrs", 3.4), ("512kg", 512.0), ("2.5 tonnes", 2.5), ("14 wks", 14.0),
     ("27 Dyddiau", 27.0), ("6.5 per 1,000", 6.5), ("£12.50 per head", 12.5)],
)  # fmt: skip
def test_known_units_and_marks_read_as_before(tmp_path: Path, typed: str, figure: float) -> None:
    parsed = detect_rows(tmp_path / "p.xlsx", _rows("Average days to re-let a home", typed))
    assert not parsed.review, [item.line() for item in parsed.review]
    assert parsed.indicators[0].observations[1].actual == figure


@pytest.mark.parametrize(
    ("name", "typed"),
    [("New homes built", "12 homes"), ("Library visits", "3,400 visits"),
     ("Fly-tipping cases investigated", "57 cases"), ("Children adopted", "9 children")],
)  # fmt: skip
def test_a_word_the_name_speaks_of_is_the_unit(tmp_path: Path, name: str, typed: str) -> None:
    parsed = detect_rows(tmp_path / "p.xlsx", _rows(name, typed))
    assert not parsed.review, [item.line() for item in parsed.review]
    assert parsed.indicators[0].observations[1].actual == float(typed.split()[0].replace(",", ""))


def test_a_target_with_letters_no_unit_is_held_for_review(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "p.xlsx", _rows("Rent collected (%)", 97.5, "98x"))
    lines = [item.line() for item in parsed.review]
    assert any(line.startswith("Scorecard!E2:") and "98x" in line for line in lines), lines


@pytest.mark.parametrize(
    ("unit", "known"),
    [("days", True), ("hrs", True), ("%", True), ("£ per head", True), ("out of 10", True),
     ("per 1,000", True), ("kg", True), ("abc", False), ("x", False), ("£ per head (x)", False)],
)  # fmt: skip
def test_which_units_the_vocabulary_knows(unit: str, known: bool) -> None:
    assert values.is_known_unit(unit) is known


def test_a_plural_in_the_name_meets_its_singular() -> None:
    assert not figure_units.unknown_unit("families", "Family supported")
    assert not figure_units.unknown_unit("home", "New homes built")
    assert figure_units.unknown_unit("widgets", "New homes built", "Q2 2024/25")
