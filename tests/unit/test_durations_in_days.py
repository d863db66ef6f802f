"""Durations typed with days ('1 day 4 hrs', '1d 4h', a target of '2 days' beside them), a
target typed as a unit's letter ('4h') beside durations in words, and a bare number among
durations written with units ('2.50' under '2h 15m'), which is asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.durations import parse_duration
from desktop.scorecard.parse.values import parse_number
from tests.helpers.layout_sheets import detect_rows

DAY, HOUR, MIN = 86400.0, 3600.0, 60.0


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("1 day 4 hrs", DAY + 4 * HOUR),
        ("1 day 1 hr", DAY + HOUR),
        ("2 days 3 hours", 2 * DAY + 3 * HOUR),
        ("1d 4h", DAY + 4 * HOUR),
        ("1d 4h 30m", DAY + 4 * HOUR + 30 * MIN),
        ("3 days, 2 hours and 5 minutes", 3 * DAY + 2 * HOUR + 5 * MIN),
    ],
)
def test_a_duration_with_days_is_seconds_a_day_being_24_hours(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds
    parsed = parse_number(text)
    assert (parsed.value, parsed.unit) == (seconds, "seconds")


@pytest.mark.parametrize("text", ["2 days", "18.5 days", "5d", "4 hrs 1 day"])
def test_days_alone_keep_their_unit(text: str) -> None:
    assert parse_duration(text) is None


def test_days_beside_hours_in_a_row_are_put_in_seconds(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "days.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["Average response to damp reports", "1 day 4 hrs", "22 hrs", "2 days"],
            ["Average time to relet voids", "18.5 days", "21 days", "20 days"],
        ],
    )
    assert not parsed.review, [item.line() for item in parsed.review]
    read = {
        i.name: ([(o.actual, o.target) for o in i.observations], i.unit) for i in parsed.indicators
    }
    assert read == {
        "Average response to damp reports": (
            [(DAY + 4 * HOUR, 2 * DAY), (22 * HOUR, 2 * DAY)],
            "seconds",
        ),
        "Average time to relet voids": ([(18.5, 20.0), (21.0, 20.0)], "days"),
    }


def test_a_target_typed_as_a_letter_is_read_beside_durations_in_words(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "letter.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["Average time to make safe emergency repairs", "2h 15m", "3h 05m", "4h"],
        ],
    )
    assert not parsed.review, [item.line() for item in parsed.review]
    (indicator,) = parsed.indicators
    assert [(o.actual, o.target) for o in indicator.observations] == [
        (2 * HOUR + 15 * MIN, 4 * HOUR),
        (3 * HOUR + 5 * MIN, 4 * HOUR),
    ]


def _long(name: str, third: object) -> list[list[object]]:
    return [
        ["Measure ID", "Measure", "Period", "Value", "Target"],
        ["HS02", name, "2024-25 Q1", "2h 15m", "4h"],
        ["HS02", name, "2024-25 Q2", "3h 05m", "4h"],
        ["HS02", name, "2024-25 Q3", third, "4h"],
        ["HS05", "Households prevented from becoming homeless", "2024-25 Q1", "143", "150"],
        ["HS05", "Households prevented from becoming homeless", "2024-25 Q2", "167", "150"],
    ]


@pytest.mark.parametrize("third", ["2.50", 2.5, 3])
def test_a_bare_number_among_durations_with_units_is_asked_about(
    tmp_path: Path, third: object
) -> None:
    parsed = detect_rows(tmp_path / "bare.xlsx", _long("Average time to make safe repairs", third))
    assert [item.cell for item in parsed.review] == ["D4"], [i.line() for i in parsed.review]
    assert "no unit" in parsed.review[0].reason
    by_code = {i.code: i for i in parsed.indicators}
    # accepted as read, the figure is kept as its text, never 2.5 seconds
    assert [o.actual for o in by_code["HS02"].observations][2] is None


@pytest.mark.parametrize("third", ["2h 50m", "2 hrs 50 mins", "170 mins"])
def test_figures_written_with_their_unit_are_not_asked_about(tmp_path: Path, third: object) -> None:
    parsed = detect_rows(tmp_path / "said.xlsx", _long("Average time to make safe repairs", third))
    assert not any("no unit" in item.reason for item in parsed.review), [
        i.line() for i in parsed.review
    ]
