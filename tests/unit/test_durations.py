"""Waits and handling times as councils publish them — Excel time values formatted mm:ss or
[h]:mm:ss, text pasted from another system ('1m 48s', '155 secs') — read in seconds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse.durations import clock_of_name, parse_duration
from desktop.scorecard.parse.values import parse_number, unit_from_header
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0:02:35", 155.0),
        ("00:02:35", 155.0),
        ("1:04:27", 3867.0),
        ("27:00:05", 97205.0),  # [h]:mm:ss past a day
        ("1m 48s", 108.0),
        ("2m 00s", 120.0),
        ("2m35s", 155.0),
        ("155 secs", 155.0),
        ("45s", 45.0),
        ("2 mins 35 secs", 155.0),
        ("2 min 35 sec", 155.0),
        ("2 minutes and 35 seconds", 155.0),
        ("1h 5m", 3900.0),
        ("1 hr 5 mins", 3900.0),
        ("1 hour, 5 minutes, 10 seconds", 3910.0),
    ],
)
def test_durations_typed_in_any_of_their_forms_are_seconds(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds
    parsed = parse_number(text)
    assert (parsed.value, parsed.unit) == (seconds, "seconds")


@pytest.mark.parametrize("text", ["3 mins", "12m", "2:35", "1:18", "5m 1h", "2m 3m", "Q1", "9:5"])
def test_texts_that_are_no_duration_on_their_own(text: str) -> None:
    assert parse_duration(text) is None


@pytest.mark.parametrize(
    ("name", "text", "seconds"),
    [
        ("Average speed of answer (mm:ss)", "2:35", 155.0),
        ("Average wait for a web chat", "02:35", 155.0),
        ("Average handling time", "7:05", 425.0),
        ("Average time to repair (hh:mm)", "2:35", 9300.0),
        ("Average time to repair emergency faults (hours)", "2:35", 9300.0),
    ],
)
def test_two_part_times_read_as_the_name_says(name: str, text: str, seconds: float) -> None:
    assert parse_duration(text, clock_of_name(name)) == seconds


@pytest.mark.parametrize(
    "name", ["Pupil to teacher ratio", "Staff to child ratio (under 2s)", "Match score", "Homes"]
)
def test_two_part_figures_under_other_names_are_no_time(name: str) -> None:
    assert clock_of_name(name) is None


def test_an_excel_time_value_is_a_duration_in_seconds() -> None:
    parsed = parse_number(dt.time(0, 2, 35), number_format="mm:ss")
    assert (parsed.value, parsed.unit) == (155.0, "seconds")
    assert parse_number(dt.time(1, 12, 30), number_format="[h]:mm:ss").value == 4350.0


def _contact_centre(path: Path) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Calls"
    sheet.append(["Ref", "Measure", "Oct 2024", "Nov 2024", "Target"])
    rows: list[tuple[object, ...]] = [
        ("C1", "Average speed of answer", dt.time(0, 2, 35), dt.time(0, 3, 18), dt.time(0, 3)),
        ("C2", "Average handling time", dt.timedelta(minutes=6, seconds=42),
         dt.timedelta(hours=1, minutes=4, seconds=27), dt.timedelta(minutes=7)),
        ("C3", "Average web chat wait", "1m 48s", "2 mins 10 secs", "2m 00s"),
        ("C4", "Average wait in the queue", "2:35", "03:05", "3:00"),
        ("C5", "Average email reply time", "3 mins", "2 mins 30 secs", "3 mins"),
        ("C6", "Calls answered", 0.91, 0.88, 0.9),
    ]  # fmt: skip
    formats = {"C1": "mm:ss", "C2": "[h]:mm:ss", "C6": "0%"}
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row][2:5]:
            cell.number_format = formats.get(str(row[0]), "General")
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def test_a_contact_centre_sheet_reads_every_time_in_seconds(tmp_path: Path) -> None:
    parsed = _contact_centre(tmp_path / "calls.xlsx")
    assert not parsed.review, [item.line() for item in parsed.review]
    read = {
        i.code: ([(o.actual, o.target) for o in i.observations], i.unit) for i in parsed.indicators
    }
    assert read["C1"] == ([(155.0, 180.0), (198.0, 180.0)], "seconds")
    assert read["C2"] == ([(402.0, 420.0), (3867.0, 420.0)], "seconds")
    assert read["C3"] == ([(108.0, 120.0), (130.0, 120.0)], "seconds")
    assert read["C4"] == ([(155.0, 180.0), (185.0, 180.0)], "seconds")
    # '3 mins' beside '2 mins 30 secs': the row is put in seconds, its target too
    assert read["C5"] == ([(180.0, 180.0), (150.0, 180.0)], "seconds")
    assert read["C6"] == ([(91.0, 90.0), (88.0, 90.0)], "%")


def test_a_ratio_written_with_a_colon_is_read_against_one_not_as_a_time(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "ratio.xlsx",
        [
            ["Ref", "Measure", "2023/24", "2024/25"],
            ["E1", "Pupil to teacher ratio in primary schools", "1:21", "1:19"],
            ["E2", "Pupils with an education, health and care plan", 412, 455],
            ["E3", "Applicants to places ratio", "3:2", "5:4"],
        ],
    )
    ratio = next(i for i in parsed.indicators if i.code == "E1")
    assert [o.actual for o in ratio.observations] == [21.0, 19.0]
    assert ratio.unit != "seconds"
    # a ratio with neither side one says no figure: asked, never read as a time
    assert any("C4" in item.line() for item in parsed.review)
    unsided = next(i for i in parsed.indicators if i.code == "E3")
    assert all(o.actual is None for o in unsided.observations)


def test_a_long_table_of_time_values_reads_them_as_figures(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Period", "Measure", "Value", "Target"],
            ["Q1 2024/25", "Average speed of answer", dt.time(0, 2, 35), dt.time(0, 3)],
            ["Q2 2024/25", "Average speed of answer", dt.time(0, 3, 5), dt.time(0, 3)],
            ["Q1 2024/25", "Average handling time", dt.time(0, 6, 42), dt.time(0, 7)],
            ["Q2 2024/25", "Average handling time", dt.time(0, 7, 1), dt.time(0, 7)],
        ],
    )
    assert not parsed.review, [item.line() for item in parsed.review]
    read = {i.name: [(o.actual, o.target) for o in i.observations] for i in parsed.indicators}
    assert read == {
        "Average speed of answer": [(155.0, 180.0), (185.0, 180.0)],
        "Average handling time": [(402.0, 420.0), (421.0, 420.0)],
    }


def test_a_table_of_times_typed_as_text_is_found_and_read(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "text.xlsx",
        [
            ["Measure", "Apr 2024", "May 2024"],
            ["Average speed of answer", "2:35", "03:05"],
            ["Average web chat wait", "1m 48s", "2m 10s"],
            ["Average email response", "1h 5m", "55m 0s"],
        ],
    )
    assert not parsed.review
    read = {i.name: ([o.actual for o in i.observations], i.unit) for i in parsed.indicators}
    assert read == {
        "Average speed of answer": ([155.0, 185.0], "seconds"),
        "Average web chat wait": ([108.0, 130.0], "seconds"),
        "Average email response": ([3900.0, 3300.0], "seconds"),
    }


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Average speed of answer (seconds)", "seconds"),
        ("Average wait in secs", "seconds"),
        ("Calls answered within 30 seconds", None),
        ("Calls answered within 30 seconds (%)", "%"),
    ],
)
def test_a_name_in_seconds_gives_the_unit(name: str, unit: str | None) -> None:
    assert unit_from_header(name) == unit


def test_a_sheet_of_minutes_and_seconds_typed_as_text_reads_targets_too(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "mmss.xlsx",
        [
            ["Measure", "Apr 2024", "May 2024", "Target"],
            ["Average speed of answer", "2:35", "03:05", "3:00"],
            ["Average wait at the front desk", "12:35", "9:50", "10:00"],
        ],
    )
    assert not parsed.review
    read = {i.name: [(o.actual, o.target) for o in i.observations] for i in parsed.indicators}
    assert read == {
        "Average speed of answer": [(155.0, 180.0), (185.0, 180.0)],
        "Average wait at the front desk": [(755.0, 600.0), (590.0, 600.0)],
    }
