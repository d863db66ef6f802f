"""Status words typed by hand in short ('Grn', 'Amb', 'Rd', 'Gn'): read as the word they
plainly are, however padded or cased; a slip no reader can settle ('Gren/Amber', 'Gren')
is held for review at its cell, not guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse.values import between_levels, parse_rag
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "rag"),
    [
        ("Grn", "green"),
        ("GRN", "green"),
        (" grn ", "green"),
        ("Gn", "green"),
        ("Amb", "amber"),
        ("amb", "amber"),
        ("AMB\u00a0", "amber"),
        ("Rd", "red"),
        ("RD", "red"),
        ("Grn - on target", "green"),
        ("Amb (see note)", "amber"),
        ("Grn*", "green"),
    ],
)
def test_short_forms_of_the_three_words_are_read(text: str, rag: str) -> None:
    assert parse_rag(text) == rag


@pytest.mark.parametrize("text", ["Gren", "Gr", "Amb/", "Grne", "Ambr/Grn/Rd", "Gren/Amber"])
def test_slips_and_doubtful_shortenings_are_no_rating(text: str) -> None:
    assert parse_rag(text) is None


def test_short_forms_join_into_a_level_between_two_ratings() -> None:
    assert between_levels("Grn/Amb") == ("green", "amber")
    assert between_levels("Amb-Rd") == ("amber", "red")
    assert between_levels("Gren/Amber") is None


def _sheet(status: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Status"]]
    for n, word in enumerate(status, start=1):
        rows.append([f"KPI{n}", f"Measure number {n} of the plan", 50 + n, 60 + n, word])
    return rows


def _ratings(parsed: ParsedScorecard) -> dict[str | None, str | None]:
    return {i.code: i.observations[-1].rag for i in parsed.indicators}


def test_a_hand_typed_status_column_reads_every_plain_word(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "typed.xlsx", _sheet(["Grn", " Amb", "Rd ", "GREEN", "amber", "Gn"])
    )
    assert not parsed.review, [r.line() for r in parsed.review]
    assert _ratings(parsed) == {"KPI1": "green", "KPI2": "amber", "KPI3": "red",
                                "KPI4": "green", "KPI5": "amber", "KPI6": "green"}  # fmt: skip


def test_a_slip_is_held_for_review_at_its_own_cell(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "slip.xlsx", _sheet(["Grn", "Gren/Amber", "Amb", "Gren"]))
    lines = [item.line() for item in parsed.review]
    assert len(lines) == 1 and lines[0].startswith("Scorecard!E3: status 'Gren/Amber'"), lines
    assert "E5" in lines[0]  # the other slip, named on the same line
    assert _ratings(parsed) == {"KPI1": "green", "KPI2": None, "KPI3": "amber", "KPI4": None}
