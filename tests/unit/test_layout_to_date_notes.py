"""A note line saying measures marked year to date count from April: under quarter columns
such a measure's figures run from April to each quarter's end; without the note, or with a
line that only dates the report, each quarter keeps its own label."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

PERIODS = ["Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
SPANS = ["Apr 2023–Dec 2023", "Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024"]


def _read(tmp_path: Path, note: str | None) -> ParsedScorecard:
    lines: list[list[object]] = [["Service performance indicators 2024/25"]]
    if note is not None:
        lines.append([note])
    lines += [
        [],
        ["Ref", "Measure", *PERIODS, "Target 2024/25"],
        ["S1", "Overpayments recovered (year to date)", 412380, 138940, 271655, 398210, None],
        ["S2", "Claims processed within 10 days (in quarter)", 88.2, 91.5, 93.4, 90.8, 90],
        ["S3", "Rent collected (YTD)", 71.8, 68.2, 73.9, 76.4, 75],
    ]
    return detect_rows(tmp_path / "kpis.xlsx", lines)


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [o.period.label for o in indicator.observations]


@pytest.mark.parametrize(
    "note",
    [
        "Measures marked (year to date) are cumulative from 1 April, so their Q3 2023/24 is "
        "April to December 2023.",
        "YTD = cumulative from the start of the financial year.",
        "Year-to-date measures count from April.",
    ],
)
def test_a_note_makes_year_to_date_names_run_from_april(tmp_path: Path, note: str) -> None:
    parsed = _read(tmp_path, note)
    assert _labels(parsed, "S1") == SPANS
    assert _labels(parsed, "S3") == SPANS
    assert _labels(parsed, "S2") == PERIODS  # a name not marked: its quarters
    assert not parsed.review


@pytest.mark.parametrize(
    "note",
    [
        None,
        "Performance year to date, from 1 April 2024 to 31 December 2024.",  # the report's window
        "Figures are provisional until the year-end audit.",
    ],
)
def test_without_such_a_note_each_quarter_keeps_its_label(tmp_path: Path, note: str | None) -> None:
    parsed = _read(tmp_path, note)
    assert _labels(parsed, "S1") == PERIODS
    assert _labels(parsed, "S3") == PERIODS
    assert _labels(parsed, "S2") == PERIODS


def test_a_note_on_cumulative_measures_leaves_quarters_of_cumulative_names(
    tmp_path: Path,
) -> None:
    """'Cumulative measures run from 1 April' names no year-to-date mark: a '(cumulative %)'
    name under quarters keeps each quarter (the position at its end), and a '(year to date)'
    one does too."""
    lines: list[list[object]] = [
        ["Service performance indicators 2024/25"],
        ["Cumulative measures run from 1 April; counts are for the quarter."],
        [],
        ["Ref", "Measure", *PERIODS],
        ["S1", "Council tax collected (cumulative %)", 97.4, 28.7, 56.3, 83.1],
        ["S2", "Overpayments recovered (year to date)", 412380, 138940, 271655, 398210],
    ]
    parsed = detect_rows(tmp_path / "cumulative.xlsx", lines)
    assert _labels(parsed, "S1") == PERIODS
    assert _labels(parsed, "S2") == PERIODS
