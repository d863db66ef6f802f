"""The in-between levels of a five-point scale ('A/G', 'Amber/Green', 'R/A') placed by the
file's own key where it says what each counts as on the three-point scale: a key table with
a 'Counts as' column, or a key line ('A/G counted as Green, R/A as Red'). Without such a key
they stay held for review; the key table's own rows are no indicators."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import keys
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

DASH = "\u2013"
STATUS = ["G", "A/G", "Amber/Green", "R/A", "Red/Amber", "A", "R"]


def _table(status: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Key performance indicators, Quarter 3 2024/25"],
        [],
        ["Ref", "Indicator", "Q2 2024/25", "Q3 2024/25", "Target", "Q3 rating"],
    ]
    for n, word in enumerate(status, start=1):
        rows.append([f"KP{n}", f"Measure number {n} of the plan (%)", 50 + n, 60 + n, 62, word])
    return rows


def _ratings(parsed: ParsedScorecard) -> dict[str | None, str | None]:
    return {i.code: i.observations[-1].rag for i in parsed.indicators}


PLACED = {"KP1": "green", "KP2": "green", "KP3": "green", "KP4": "red", "KP5": "red",
          "KP6": "amber", "KP7": "red"}  # fmt: skip


@pytest.mark.parametrize(
    "heading",
    ["Counted in the corporate summary as", "Counts as", "RAG equivalent", "Reported as",
     "Three-point rating", "Treated as"],
)  # fmt: skip
def test_a_key_table_under_the_data_places_each_level_by_its_counts_as_column(
    tmp_path: Path, heading: str
) -> None:
    rows = _table(STATUS)
    rows += [
        [],
        [],
        ["Rating", None, "Meaning", None, None, heading],
        ["G", "Green", "On or better than target", None, None, "Green"],
        ["A/G", "Amber/Green", "Missed target by less than 5%", None, None, "Green"],
        ["A", "Amber", "Missed target by 5% to 10%", None, None, "Amber"],
        ["R/A", "Red/Amber", "Missed by more than 10% but improving", None, None, "Red"],
        ["R", "Red", "Missed by more than 10%", None, None, "Red"],
    ]
    parsed = detect_rows(tmp_path / "table.xlsx", rows)
    assert parsed.review == []
    assert _ratings(parsed) == PLACED
    assert len(parsed.indicators) == len(STATUS)  # the key's rows are no indicators
    assert any("a line of the file's key" in line for line in parsed.explain)


def test_a_key_table_above_the_data_with_words_only(tmp_path: Path) -> None:
    key: list[list[object]] = [
        ["Status", "Description", "Reported to Cabinet as"],
        ["Green", "On target", "Green"],
        ["Amber / Green", "Close to target", "Green"],
        ["Amber", "Below target", "Amber"],
        ["Red / Amber", "Well below target, recovering", "Amber"],
        ["Red", "Well below target", "Red"],
        [],
    ]
    rows = key + _table(["Amber/Green", "Red/Amber", "Green", "A/G", "R/A"])
    parsed = detect_rows(tmp_path / "above.xlsx", rows)
    assert parsed.review == []
    assert _ratings(parsed) == {"KP1": "green", "KP2": "amber", "KP3": "green", "KP4": "green",
                                "KP5": "amber"}  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Corporate summary (A/G counted as Green, R/A as Red)",
        f"Key: A/G {DASH} Amber/Green: counted as Green. R/A {DASH} Red/Amber: counted as Red.",
        "Amber/Green is reported as green; Red/Amber is reported as red",
        "In the summary A/G counts as Green and R/A counts as Red",
        "Amber/Green: below target by under 5%, treated as Green in the corporate summary; "
        "Red/Amber treated as Red",
        "A/G is equivalent to Green, R/A is equivalent to Red",
    ],
)
def test_a_key_line_says_what_each_level_counts_as(tmp_path: Path, line: str) -> None:
    rows = _table(STATUS)
    rows += [[], [line]]
    parsed = detect_rows(tmp_path / "line.xlsx", rows)
    assert parsed.review == []
    assert _ratings(parsed) == PLACED


@pytest.mark.parametrize(
    "key",
    [
        [["Rating", "Meaning", "Counts as"], ["A/G", "Close to target", "Amber/Green"],
         ["R/A", "Recovering", "Red/Amber"]],
        [["Rating", "Meaning", "Counts as"], ["A/G", "Close to target", ""],
         ["R/A", "Recovering", "Not counted"]],
        [["Amber/Green is not counted as Green, Red/Amber is never counted as Red"]],
        [["Rating", "Meaning"], ["Amber/Green", "Missed target by less than 5%"],
         ["Red/Amber", "More than 10% below target with a recovery plan"]],
    ],
)  # fmt: skip
def test_a_key_that_does_not_fold_the_levels_leaves_them_for_review(
    tmp_path: Path, key: list[list[object]]
) -> None:
    rows = _table(["A/G", "R/A", "G"])
    rows += [[], *key]
    parsed = detect_rows(tmp_path / "unplaced.xlsx", rows)
    lines = [item.line() for item in parsed.review]
    assert any("Scorecard!F4" in line and "between amber and green" in line for line in lines)
    assert _ratings(parsed) == {"KP1": None, "KP2": None, "KP3": "green"}


def test_a_placed_level_filled_in_its_own_shade_gives_no_colour_warning(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    from desktop.scorecard.layout import find
    from desktop.scorecard.read.workbook import read_workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in [*_table(["R/A", "Red/Amber"]), [], ["R/A counted as Red"]]:
        sheet.append(row)
    for cell in ("F4", "F5"):  # orange: the level's own shade, between red and amber
        sheet[cell].fill = PatternFill(fill_type="solid", start_color="FFF4B084")
    path = tmp_path / "shade.xlsx"
    book.save(path)
    parsed = find.detect(read_workbook(path), explaining=True)
    assert parsed.review == []
    assert _ratings(parsed) == {"KP1": "red", "KP2": "red"}
    assert not any("colour says" in w for w in parsed.warnings)


def test_a_row_named_like_a_rating_with_figures_is_still_doubted(tmp_path: Path) -> None:
    rows = _table(["G", "A"])
    rows.append(["KP9", "Green", 71, 72, 70, "G"])
    parsed = detect_rows(tmp_path / "named.xlsx", rows)
    assert any("is a RAG rating" in item.reason for item in parsed.review)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("A/G counted as Green, R/A as Red", [("amber/green", "green"), ("red/amber", "red")]),
        ("Amber/Green (reported as green)", [("amber/green", "green")]),
        ("Red/Amber - classed as Amber in the summary", [("red/amber", "amber")]),
        ("Red/Amber equates to Red", [("red/amber", "red")]),
        ("R/A is rated as Red/Amber", []),  # a level, not a colour
        ("Amber/Green is not counted as Green", []),
        ("Amber/Green: slipping", []),
        ("R/A as Red", []),  # 'as' alone says nothing until a line has said 'counted as'
        ("Counted as Green", []),  # no level named
    ],
)
def test_counted_entries(text: str, entries: list[tuple[str, str]]) -> None:
    assert keys.counted_entries(text) == entries
