"""A Unit cell that is a clock format ('mm:ss', 'hh:mm:ss', 'mins:secs') says how the row's
times are shown: the figures, read as durations in seconds (an Excel time 08:41 is 521 s,
'1m 24s' 84 s), are stored with the unit 'seconds', and '8:41' typed as text is read by that
clock. A row of plain numbers under it keeps the cell's words as its unit, and a Unit cell
that is no clock format ('Ratio', 'Minutes') reads as before."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from desktop.scorecard.parse import durations
from tests.helpers.layout_sheets import detect_rows


def _rows(unit: str, q1: object, q2: object, target: object) -> list[list[object]]:
    return [
        ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["RS01", "Average response to primary fires", unit, q1, q2, target],
        ["PP02", "Home fire safety visits to households at higher risk", "%", 71.4, 73.9, 70],
    ]


def _indicator(parsed: ParsedScorecard, code: str) -> ParsedIndicator:
    return next(i for i in parsed.indicators if i.code == code)


def _figures(indicator: ParsedIndicator) -> list[tuple[float | None, float | None]]:
    return [(o.actual, o.target) for o in indicator.observations]


@pytest.mark.parametrize("unit", ["mm:ss", "m:ss", "(mm:ss)", "MM:SS", "mins:secs", "hh:mm:ss"])
def test_times_under_a_clock_format_are_seconds(tmp_path: Path, unit: str) -> None:
    rows = _rows(unit, time(0, 8, 41), time(0, 8, 55), time(0, 9, 0))
    parsed = detect_rows(tmp_path / "fire.xlsx", rows)
    assert parsed.review == [], [r.line() for r in parsed.review]
    response = _indicator(parsed, "RS01")
    assert _figures(response) == [(521.0, 540.0), (535.0, 540.0)]
    assert response.unit == "seconds"
    assert _indicator(parsed, "PP02").unit == "%"


def test_durations_in_words_under_a_clock_format_are_seconds(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows("mm:ss", "1m 24s", "1m 19s", "1m 30s"))
    assert parsed.review == [], [r.line() for r in parsed.review]
    handling = _indicator(parsed, "RS01")
    assert _figures(handling) == [(84.0, 90.0), (79.0, 90.0)]
    assert handling.unit == "seconds"


def test_two_parts_typed_as_text_are_read_by_the_clock_format(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows("mm:ss", "8:41", "8:55", "9:00"))
    assert parsed.review == [], [r.line() for r in parsed.review]
    response = _indicator(parsed, "RS01")
    assert _figures(response) == [(521.0, 540.0), (535.0, 540.0)]
    assert response.unit == "seconds"


def test_plain_numbers_under_a_clock_format_keep_the_cells_words(tmp_path: Path) -> None:
    # 8.41: eight minutes and 41 seconds, or 8.41 minutes? Not made seconds
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows("mm:ss", 8.41, 8.55, 9))
    response = _indicator(parsed, "RS01")
    assert _figures(response) == [(8.41, 9.0), (8.55, 9.0)]
    assert response.unit == "mm:ss"


def test_a_ratio_unit_is_no_clock(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows("Ratio", "1:18", "1:20", "1:15"))
    response = _indicator(parsed, "RS01")
    assert response.unit != "seconds"
    assert all(o.actual != 78.0 for o in response.observations)


@pytest.mark.parametrize(
    ("unit", "clock", "is_clock"),
    [("mm:ss", "mm:ss", True), ("hh:mm", "hh:mm", True), ("hrs:mins", "hh:mm", True),
     ("hh:mm:ss", None, True), ("Minutes", None, False), ("Time (mm:ss)", None, False),
     ("1:18", None, False), ("Ratio", None, False)],
)  # fmt: skip
def test_which_unit_cells_are_clock_formats(unit: str, clock: str | None, is_clock: bool) -> None:
    assert durations.clock_format(unit) == clock
    assert durations.is_clock_format(unit) is is_clock
