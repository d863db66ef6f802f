"""A quarter heading saying how many months it covers ('Q2 (6 months)', 'Qtr 3 (9 mths)',
'Quarter 2 – 6 months') or standing under a band saying 'year to date' is the year to date
at that quarter's end; months that contradict the quarter are asked about; rows a
measure-type column says are snapshots still follow it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

SPANS = ["Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024"]


def _grid(tmp_path: Path, band: str, heads: list[str], typed: bool = False) -> ParsedScorecard:
    kind: list[object] = ["Measure type"] if typed else []
    lines: list[list[object]] = [
        ["Council Plan performance 2024/25"],
        [None, None, *([None] if typed else []), band],
        ["Ref", "Measure", *kind, *heads, "Target"],
        ["C1", "Net additional homes delivered", *(["Cumulative"] if typed else []),
         96, 203, 318, None, 450],
        ["C2", "Households in temporary accommodation", *(["Snapshot"] if typed else []),
         210, 198, 205, None, 180],
    ]  # fmt: skip
    first = "D" if typed else "C"
    last = "G" if typed else "F"
    return detect_rows(tmp_path / "ytd.xlsx", lines, merged=[f"{first}2:{last}2"])


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [o.period.label for o in indicator.observations]


@pytest.mark.parametrize(
    ("band", "heads"),
    [
        ("2024/25 (year to date)", ["Q1 (3 months)", "Q2 (6 months)", "Q3 (9 months)", "Q4 (12 months)"]),
        ("2024/25 (year to date)", ["Qtr 1 (3 mths)", "Qtr 2 (6 mths)", "Qtr 3 (9 mths)", "Qtr 4 (12 mths)"]),
        ("2024/25 (year to date)", ["Quarter 1 – 3 months", "Quarter 2 – 6 months",
                                    "Quarter 3 – 9 months", "Quarter 4 – 12 months"]),
        ("2024/25", ["Q1 (3 months)", "Q2 (6 months)", "Q3 (9 months)", "Q4 (12 months)"]),
        ("2024/25 (year to date)", ["Q1", "Q2", "Q3", "Q4"]),
    ],
)  # fmt: skip
def test_quarters_headed_as_the_year_to_date_run_from_april(
    tmp_path: Path, band: str, heads: list[str]
) -> None:
    parsed = _grid(tmp_path, band, heads)
    assert not parsed.review
    assert _labels(parsed, "C1") == SPANS
    assert _labels(parsed, "C2") == SPANS


def test_plain_quarters_stay_quarters(tmp_path: Path) -> None:
    parsed = _grid(tmp_path, "2024/25", ["Q1", "Q2", "Q3", "Q4"])
    assert _labels(parsed, "C1") == ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]


def test_three_months_on_a_later_quarter_is_the_quarter_alone(tmp_path: Path) -> None:
    parsed = _grid(tmp_path, "2024/25", ["Q1 (3 months)", "Q2 (3 months)", "Q3 (3 months)", "Q4"])
    assert _labels(parsed, "C1") == ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]


def test_months_contradicting_the_quarter_are_asked_about(tmp_path: Path) -> None:
    parsed = _grid(tmp_path, "2024/25", ["Q1 (3 months)", "Q2 (4 months)", "Q3 (9 months)", "Q4"])
    assert [r.cell for r in parsed.review] == ["D2"]
    assert "4 months" in parsed.review[0].reason
    assert _labels(parsed, "C1") == ["Q1 2024/25", "Apr 2024–Dec 2024"]


def test_a_snapshot_row_follows_its_measure_type(tmp_path: Path) -> None:
    heads = ["Q1 (3 months)", "Q2 (6 months)", "Q3 (9 months)", "Q4 (12 months)"]
    parsed = _grid(tmp_path, "2024/25 (year to date)", heads, typed=True)
    assert _labels(parsed, "C1") == SPANS
    assert "H1 2024/25" not in _labels(parsed, "C2")
