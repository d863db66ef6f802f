"""A performance system's score typed with its rating word: '3 - Green', '0 - Not rated'."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout import scored_scale
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import scored_ratings
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["PI Code", "PI Name", "Q1 2024/25", "Q2 2024/25", "Performance score"]


def _read(*rows: list[CellValue], below: tuple[str, ...] = ()) -> ParsedScorecard:
    lines: list[list[CellValue]] = [[], *([None, line] for line in below)]
    sheet = Sheet("Report", [HEADING, *rows, *(lines if below else [])])
    return detect(Workbook(path="/tmp/report.xlsx", format="xlsx", sheets=[sheet]))


def _ratings(read: ParsedScorecard) -> dict[str, object]:
    return {i.code or "": i.observations[-1].rag for i in read.indicators}


def test_a_score_and_its_word_split() -> None:
    assert scored_ratings.split("3 - Green") == scored_ratings.ScoredRating("3", "green")
    assert scored_ratings.split("2 \u2013 Amber") == scored_ratings.ScoredRating("2", "amber")
    assert scored_ratings.split("3-Green") == scored_ratings.ScoredRating("3", "green")
    assert scored_ratings.split("Red (1)") == scored_ratings.ScoredRating("1", "red")
    assert scored_ratings.split("0 - Not rated") == scored_ratings.ScoredRating("0", "none")
    assert scored_ratings.split("N/A - Data only") == scored_ratings.ScoredRating("na", "none")


def test_a_figure_or_a_reason_is_no_score() -> None:
    assert scored_ratings.split("85 - Green") is None  # a figure with its rating
    assert scored_ratings.split("3 - Green flag sites") is None
    assert scored_ratings.split("Red - recruitment delays") is None
    assert scored_ratings.split("N/A - Green") is None


def test_scored_words_under_a_value_heading_are_the_latest_period_s_ratings() -> None:
    read = _read(
        ["A1", "Waste recycled", 51.3, 52.8, "2 - Amber"],
        ["A2", "Missed bins", 42, 39, "3 - Green"],
        ["A3", "Vehicles removed", 81.0, 76.5, "1 - Red"],
        ["A4", "Fly-tipping", 683, 712, "N/A - Data only"],
        ["A5", "Homes started", 12, None, "0 - Not rated"],
    )
    assert read.review == []
    assert _ratings(read) == {"A1": "amber", "A2": "green", "A3": "red", "A4": None, "A5": None}


def test_a_score_against_the_printed_key_is_held_for_review() -> None:
    read = _read(
        ["A1", "Waste recycled", 51.3, 52.8, "2 - Amber"],
        ["A2", "Missed bins", 42, 39, "2 - Green"],
        ["A3", "Vehicles removed", 81.0, 76.5, "1 - Red"],
        below=("3 - Green: on target", "2 - Amber: within 10%", "1 - Red: off target"),
    )
    assert any("'2 - Green'" in item.reason for item in read.review)


def test_a_score_paired_with_two_words_is_held_for_review() -> None:
    read = _read(
        ["A1", "Waste recycled", 51.3, 52.8, "3 - Green"],
        ["A2", "Missed bins", 42, 39, "3 - Amber"],
        ["A3", "Vehicles removed", 81.0, 76.5, "1 - Red"],
    )
    assert any("'3 - Amber'" in item.reason for item in read.review)


def test_a_worded_value_column_beside_dated_ones_never_vanishes() -> None:
    read = _read(
        ["A1", "Waste recycled", 51.3, 52.8, "Green - on track"],
        ["A2", "Missed bins", 42, 39, "Amber: slipping"],
        ["A3", "Vehicles removed", 81.0, 76.5, "Red - behind"],
        ["A4", "Fly-tipping", 683, 712, 12],
    )
    assert [item.cell for item in read.review][:1] == ["E2"]
    assert any("'Performance score' (E1)" in item.reason for item in read.review)


def test_the_printed_key_reads_each_text_once_in_the_order_cells_first_hold_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []
    split = scored_ratings.split

    def counted(text: str) -> scored_ratings.ScoredRating | None:
        seen.append(text)
        return split(text)

    monkeypatch.setattr(scored_ratings, "split", counted)
    key = ["3 - Green: on target", "2 - Amber: within 10%", "3 - Green: on target"]
    rows: list[list[CellValue]] = [[line, 2.5, None] for line in key * 200]
    other = Sheet("Key", [["1 - Red: off target"], ["2 - Amber: within 10%"]])
    book = Workbook(path="/tmp/k.xlsx", format="xlsx", sheets=[Sheet("Report", rows), other])
    scale = scored_scale.printed_key(book)
    assert seen == ["3 - Green", "2 - Amber", "1 - Red", "2 - Amber"]  # once a sheet
    assert list(scale.items()) == [("3", "green"), ("2", "amber"), ("1", "red")]
