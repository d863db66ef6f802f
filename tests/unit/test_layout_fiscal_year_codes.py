"""Headings in fiscal-year codes ('FY24', 'Q4 FY24', 'FY25 Q1', 'FY2025 Q3', 'FY25 Target')
are read by the year a note on the sheet says a code means; with no note, as the year ending
then (FY25 is 2024/25) and held for review at the first such heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import fiscal_codes
from desktop.scorecard.parse.periods import parse_period
from tests.helpers.layout_sheets import detect_rows, figures


def _rows(note: str | None) -> list[list[object]]:
    return [
        ["Corporate scorecard"],
        [note] if note else [],
        [],
        ["Ref", "Measure", "FY24", "Q4 FY24", "FY25 Q1", "FY2025 Q2", "FY25 Target", "RAG"],
        ["A1", "Invoices paid within 30 days (%)", 91.4, 92.7, 93.8, 95.1, 95, "Amber"],
        ["A2", "Missed bins per 100,000 collections", 120, 33, 31, 28, 30, "Green"],
    ]


@pytest.mark.parametrize("text", ["FY2025 Q3", "Q3 FY2025", "FY25 Q1", "Q4 FY24", "FY24"])
def test_a_quarter_of_a_year_named_by_one_number_is_not_guessed(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    "note",
    ["Note: FY25 = 2024/25; FY24 = 2023/24.", "FY2025 means 2024-25",
     "FY25 is April 2024 to March 2025", "Financial year FY25 (April 2024 \u2013 March 2025)"],
)  # fmt: skip
def test_a_note_naming_codes_by_the_year_they_end_places_them(tmp_path: Path, note: str) -> None:
    parsed = detect_rows(tmp_path / "fy.xlsx", _rows(note))
    assert figures(parsed)["Invoices paid within 30 days (%)"] == [
        ("2023/24", 91.4),
        ("Q4 2023/24", 92.7),
        ("Q1 2024/25", 93.8),
        ("Q2 2024/25", 95.1),
    ]
    first = parsed.indicators[0]
    targets = {o.period.label: o.target for o in first.observations}
    assert targets["Q2 2024/25"] == 95 and targets["2023/24"] is None
    assert parsed.review == []


def test_a_note_naming_codes_by_the_year_they_start_places_them_so(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "fy.xlsx", _rows("FY25 = 2025/26"))
    assert [p for p, _ in figures(parsed)["Invoices paid within 30 days (%)"]] == [
        "2024/25",
        "Q4 2024/25",
        "Q1 2025/26",
        "Q2 2025/26",
    ]
    assert parsed.review == []


def test_with_no_note_the_codes_are_read_as_the_year_they_end_and_asked_about(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(tmp_path / "fy.xlsx", _rows(None))
    assert [p for p, _ in figures(parsed)["Invoices paid within 30 days (%)"]] == [
        "2023/24",
        "Q4 2023/24",
        "Q1 2024/25",
        "Q2 2024/25",
    ]
    assert len(parsed.review) == 1
    assert parsed.review[0].cell == "C4"
    assert "2023/24 (the year ending March 2024) or 2024/25" in parsed.review[0].reason


def test_notes_that_disagree_say_nothing() -> None:
    assert fiscal_codes.naming(["FY25 = 2024/25", "FY24 = 2024/25"]) is None
    assert fiscal_codes.naming(["FY25 = 2024/25", "FY24 = 2023/24"]) == -1
    assert fiscal_codes.naming(["FY25 = 2024/27"]) is None
