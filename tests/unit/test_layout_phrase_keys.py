"""A key line giving a council's own status phrases their colours is read as the key."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout.keys import phrase_entries
from tests.helpers.layout_sheets import detect_rows

ROWS: list[list[object]] = [
    ["Ref", "Action measure", "Q2 2024/25", "Target", "Status"],
    ["A1", "Affordable homes started on site", 41, 60, "Stalled"],
    ["A2", "Empty homes brought back into use", 52, 50, "On course"],
    ["A3", "Disabled facilities grants approved", 88, 95, "Some slippage"],
]


def test_a_key_line_of_phrases_rates_the_status_cells(tmp_path: Path) -> None:
    rows = [*ROWS, [], ["Status key: On course = Green; Some slippage = Amber; Stalled = Red"]]
    parsed = detect_rows(tmp_path / "k.xlsx", rows)
    assert parsed.review == []
    assert [i.observations[0].rag for i in parsed.indicators] == ["red", "green", "amber"]


def test_without_the_key_the_phrases_go_to_review(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "n.xlsx", ROWS)
    assert any("Stalled" in item.reason for item in parsed.review)


def test_what_makes_a_key_line() -> None:
    assert phrase_entries("Well ahead / On course = Green, Stalled = Red") == [
        ("well ahead", "green"), ("on course", "green"), ("stalled", "red"),
    ]  # fmt: skip
    assert phrase_entries("Note: Red = more than 5% below target") == []  # one entry: no key
    assert phrase_entries("Met = Green; Exceeded = Green") == []  # one colour: no key


def test_a_progress_column_of_rag_words_is_the_rating(tmp_path: Path) -> None:
    rows = [[*row] for row in ROWS]
    rows[0][4] = "Progress"
    for row, word in zip(rows[1:], ("Red", "Green", "Amber"), strict=True):
        row[4] = word
    parsed = detect_rows(tmp_path / "p.xlsx", rows)
    assert [i.observations[0].rag for i in parsed.indicators] == ["red", "green", "amber"]
    assert all(i.observations[0].commentary is None for i in parsed.indicators)
