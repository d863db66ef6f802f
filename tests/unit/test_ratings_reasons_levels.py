"""Status cells as officers type them: a rating with its reason ('Red - recruitment delays',
'R – see note 3'), and the in-between levels of a five-level scale ('Amber/Green', 'R/A'),
which only a key in the file can place on the red/amber/green scale."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse.values import between_levels, parse_rag, says_not_rated
from tests.helpers.layout_sheets import detect_rows

DASH = "\u2013"


@pytest.mark.parametrize(
    ("text", "rag"),
    [
        ("Red - recruitment delays", "red"),
        (f"Red {DASH} behind plan", "red"),
        ("GREEN - achieved", "green"),
        ("Green: on target", "green"),
        ("AMBER (improving)", "amber"),
        (f"R {DASH} see note 3", "red"),
        ("A: slightly below", "amber"),
        ("G - consistently above target", "green"),
        ("A - caseloads reducing", "amber"),
        ("Red (see note 3)", "red"),
        ("Red: backlog of assessments (note 4)", "red"),
        ("On track (see comment)", "green"),
        ("Off track - contractor delays", "red"),
        ("At risk: funding not yet confirmed", "amber"),
        ("Amber \u2014 awaiting validation", "amber"),
        ("G [see commentary]", "green"),
        ("\u2717 - see note 2", "red"),
        ("\u2713 (on target)", "green"),
        (
            "Red - the number of families placed in bed and breakfast rose again in the quarter",
            "red",
        ),
    ],
)
def test_a_rating_typed_with_its_reason_is_rated_by_its_first_word(text: str, rag: str) -> None:
    assert parse_rag(text) == rag


@pytest.mark.parametrize(
    ("text", "rag"),
    [
        ("Within 5%", "amber"),
        ("Within 10% of target", "amber"),
        ("Below target but within 5%", "amber"),
        ("More than 5% below target", "red"),
        ("On or above target", "green"),
    ],
)
def test_a_status_that_describes_its_tolerance_reads_as_a_key_would(text: str, rag: str) -> None:
    assert parse_rag(text) == rag


@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian crossing",  # a letter without a separator is a word, not a rating
        "R&D spend",
        "Greenwich",
        "Ready - awaiting sign-off",
        "Alerted: see note",
    ],
)
def test_words_that_start_like_a_rating_are_not_one(text: str) -> None:
    assert parse_rag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        f"N/A {DASH} contextual measure",
        "n/a (new measure)",
        "Completed - March 2024",
        "Not due: Q4",
    ],
)
def test_no_rating_typed_with_its_reason_is_no_rating(text: str) -> None:
    assert says_not_rated(text)
    assert parse_rag(text, fill="FF0000") is None


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Amber/Green", ("amber", "green")),
        ("Amber / Green", ("amber", "green")),
        ("Amber-Green", ("amber", "green")),
        (f"Amber {DASH} Green", ("amber", "green")),
        ("Green/Amber", ("green", "amber")),
        ("Red/Amber", ("red", "amber")),
        ("RED/AMBER", ("red", "amber")),
        ("Red Amber", ("red", "amber")),
        ("R/A", ("red", "amber")),
        ("A/G", ("amber", "green")),
        ("Amber & Green", ("amber", "green")),
        ("Green to Amber", ("green", "amber")),
        ("Amber/Green - slipping", ("amber", "green")),
        ("Red/Amber (recovery plan)", ("red", "amber")),
    ],
)
def test_levels_between_two_ratings_in_their_spellings(text: str, levels: tuple[str, str]) -> None:
    assert between_levels(text) == levels
    assert parse_rag(text) is None  # no rating of its own,
    assert parse_rag(text, fill="92D050") is None  # whatever shade it is filled in


@pytest.mark.parametrize(
    "text",
    ["Red", "N/A", "R/A/G", "Red/Red", "Green - amber risk", "A G", "Green on track", "R&D"],
)
def test_texts_that_are_no_level_between_ratings(text: str) -> None:
    assert between_levels(text) is None


def _sheet(status: list[str], key: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [*key, [], ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Status"]]
    for n, word in enumerate(status, start=1):
        rows.append([f"PI{n}", f"Measure number {n} of the plan", 50 + n, 60 + n, word])
    return rows


def _ratings(parsed: ParsedScorecard) -> dict[str | None, str | None]:
    return {i.code: i.observations[-1].rag for i in parsed.indicators}


def test_in_between_levels_without_a_key_are_held_for_review_naming_each_cell(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "five.xlsx", _sheet(["Green", "Amber-Green", "Red", "R/A", "Amber"], [])
    )
    lines = [item.line() for item in parsed.review]
    assert any("Scorecard!E4" in line and "between amber and green" in line for line in lines)
    assert any("E6" in line for line in lines)
    assert _ratings(parsed) == {"PI1": "green", "PI2": None, "PI3": "red", "PI4": None,
                                "PI5": "amber"}  # fmt: skip


def test_a_key_with_meanings_of_their_own_does_not_place_in_between_levels(
    tmp_path: Path,
) -> None:
    key: list[list[object]] = [
        ["Status key"],
        ["Green", "On or above target"],
        ["Amber/Green", "Below target by less than 5%; expected to recover by year end"],
        ["Amber", "Below target by 5% to 10%"],
        ["Red/Amber", "More than 10% below target; recovery plan in place"],
        ["Red", "More than 10% below target"],
    ]
    parsed = detect_rows(tmp_path / "key.xlsx", _sheet(["Amber/Green", "Green", "Red/Amber"], key))
    assert parsed.review
    assert _ratings(parsed) == {"PI1": None, "PI2": "green", "PI3": None}


def test_a_key_that_names_a_colour_places_in_between_levels(tmp_path: Path) -> None:
    key: list[list[object]] = [
        ["Status key"],
        ["Green", "On or above target"],
        ["Amber/Green", "Reported as Green: expected to meet target by year end"],
        ["Red/Amber", "Counted as red until the recovery plan delivers"],
        ["Red", "Off target"],
    ]
    rows = _sheet(["Amber / Green", "A/G", "Red-Amber", "Green"], key)
    parsed = detect_rows(tmp_path / "placed.xlsx", rows)
    assert not parsed.review
    assert _ratings(parsed) == {"PI1": "green", "PI2": "green", "PI3": "red", "PI4": "green"}


def test_a_key_line_places_in_between_levels(tmp_path: Path) -> None:
    rows = _sheet(["Amber/Green", "Green/Amber", "Red"], [])
    rows.append([])
    rows.append(["Key: Amber/Green = Amber, Green/Amber = Green"])
    parsed = detect_rows(tmp_path / "line.xlsx", rows)
    assert not parsed.review
    assert _ratings(parsed) == {"PI1": "amber", "PI2": "green", "PI3": "red"}


def test_statuses_with_reasons_import_without_review(tmp_path: Path) -> None:
    status = ["Red - recruitment delays", f"G {DASH} on target", "A: slightly below",
              "On track (see comment)", f"N/A {DASH} contextual measure"]  # fmt: skip
    parsed = detect_rows(tmp_path / "reasons.xlsx", _sheet(status, []))
    assert not parsed.review
    assert _ratings(parsed) == {"PI1": "red", "PI2": "green", "PI3": "amber", "PI4": "green",
                                "PI5": None}  # fmt: skip
