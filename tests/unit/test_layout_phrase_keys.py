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


def test_each_phrase_listed_before_a_colour_takes_it() -> None:
    line = "On track, target met = Green; Some slippage = Amber; Stalled, not started = Red"
    # each phrase, and the list as written too: a cell may say all of it
    assert phrase_entries(line) == [
        ("on track", "green"), ("target met", "green"), ("on track, target met", "green"),
        ("some slippage", "amber"),
        ("stalled", "red"), ("not started", "red"), ("stalled, not started", "red"),
    ]  # fmt: skip
    assert phrase_entries("Achieved = Green, In progress, on schedule = Amber, Overdue = Red") == [
        ("achieved", "green"), ("in progress", "amber"), ("on schedule", "amber"),
        ("in progress, on schedule", "amber"), ("overdue", "red"),
    ]  # fmt: skip
    assert ("exceeded", "green") in phrase_entries("Met, exceeded = green / Missed = red")


def test_a_comma_inside_one_phrase_does_not_split_it() -> None:
    # a part that carries on the phrase before it ('but', 'within', a figure) is not a phrase
    line = "Below target, but within 5% = Amber; Below target by more than 5% = Red; Met = Green"
    assert phrase_entries(line)[0] == ("below target, but within 5%", "amber")
    assert phrase_entries("Off track, 5% or more = Red; On track = Green") == [
        ("off track, 5% or more", "red"), ("on track", "green"),
    ]  # fmt: skip
    assert ("slipping, or at risk", "amber") in phrase_entries(
        "Slipping, or at risk = Amber, Complete = Green"
    )


def test_what_stands_before_a_list_is_not_a_phrase_of_it() -> None:
    # a lead-in, a 'Key' label, or the meaning of a colour written first
    assert phrase_entries("Where figures are available, met = Green; missed = Red") == [
        ("met", "green"), ("missed", "red"),
    ]  # fmt: skip
    assert phrase_entries("Key, On track = Green, Off track = Red") == [
        ("on track", "green"), ("off track", "red"),
    ]  # fmt: skip
    assert phrase_entries("Red = not started, Slipping = Amber, On track = Green") == [
        ("slipping", "amber"), ("on track", "green"),
    ]  # fmt: skip


def test_a_listed_key_rates_each_status_cell(tmp_path: Path) -> None:
    rows = [[*row] for row in ROWS]
    rows[1][4], rows[2][4], rows[3][4] = "Not started", "Target met", "Some slippage"
    key = "Key: On track, target met = Green; Some slippage = Amber; Stalled, not started = Red"
    parsed = detect_rows(tmp_path / "l.xlsx", [*rows, [], [key]])
    assert parsed.review == []
    assert [i.observations[0].rag for i in parsed.indicators] == ["red", "green", "amber"]


def _commentary_of_phrases(heading: str, phrases: tuple[str, str, str]) -> list[list[object]]:
    rows = [[*row] for row in ROWS]
    rows[0][4] = heading
    for row, phrase in zip(rows[1:], phrases, strict=True):
        row[4] = phrase
    return rows


def test_a_progress_column_of_the_keys_phrases_is_the_rating(tmp_path: Path) -> None:
    cases = [
        ("Progress", ("Stalled", "On course", "Some slippage"),
         "On course = Green; Some slippage = Amber; Stalled = Red"),
        ("Comment", ("Not achieving", "Achieving", "Slightly below"),
         "Key: Achieving = Green, Slightly below = Amber, Not achieving = Red"),
        ("Progress update", ("Delayed", "Complete, on time", "At risk"),
         "Complete, on time = Green / At risk = Amber / Delayed = Red"),
    ]  # fmt: skip
    for n, (heading, phrases, key) in enumerate(cases):
        rows = _commentary_of_phrases(heading, phrases)
        parsed = detect_rows(tmp_path / f"c{n}.xlsx", [*rows, [], [key]])
        assert parsed.review == [], heading
        assert [i.observations[0].rag for i in parsed.indicators] == ["red", "green", "amber"]
        assert all(i.observations[0].commentary is None for i in parsed.indicators)


def test_a_commentary_column_of_other_words_stays_commentary(tmp_path: Path) -> None:
    # the key's phrases in some cells only: remarks that mention them, still remarks
    rows = _commentary_of_phrases("Progress", ("Stalled", "Works begin in May", "On course"))
    key = "On course = Green; Some slippage = Amber; Stalled = Red"
    parsed = detect_rows(tmp_path / "m.xlsx", [*rows, [], [key]])
    assert [i.observations[0].commentary for i in parsed.indicators] == [
        "Stalled", "Works begin in May", "On course",
    ]  # fmt: skip
    # and with no key, phrases of the council's own are remarks
    plain = _commentary_of_phrases("Comment", ("Stalled", "On course", "Some slippage"))
    parsed = detect_rows(tmp_path / "n.xlsx", plain)
    assert [i.observations[0].commentary for i in parsed.indicators] == [
        "Stalled", "On course", "Some slippage",
    ]  # fmt: skip
