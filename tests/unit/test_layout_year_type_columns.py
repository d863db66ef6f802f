"""A long export whose 'Year' means a financial, calendar or academic year as a 'Year type'
column says (FY, CY, AY), numbered terms read through a note defining them by months."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find, year_types
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures

HEADING = ["Indicator", "Year type", "Year", "Period", "Value"]
NOTE = (
    "AY \u2013 academic year. Term 1 = autumn term (September to December), Term 2 = spring "
    "term (January to March), Term 3 = summer term (April to July)."
)


def _with_notes(path: Path, rows: list[list[object]], notes: list[str]) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Data"
    for row in rows:
        sheet.append(row)
    other = book.create_sheet("Notes")
    for line in notes:
        other.append([line])
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def test_each_row_is_dated_by_its_year_type(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADING,
        ["Council tax collected (%)", "FY", "2023/24", "Annual", 96.9],
        ["Council tax collected (%)", "FY", "2024/25", "Q1", 29.0],
        ["Recorded crime per 1,000", "CY", 2023, "Annual", 71.4],
        ["Recorded crime per 1,000", "CY", 2024, "Q1", 17.2],
        ["Recorded crime per 1,000", "CY", 2024, "Q2", 18.0],
        ["KS2 expected standard (%)", "Academic year", "2022/23", "Annual", 57.8],
        ["KS2 expected standard (%)", "AY", "2023/24", "Full year", 60.4],
        ["Pupil absence (%)", "AY", "2023/24", "Autumn term", 4.9],
    ]
    parsed = detect_rows(tmp_path / "typed.xlsx", rows)
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed) == {
        "Council tax collected (%)": [("2023/24", 96.9), ("Q1 2024/25", 29.0)],
        # calendar Q1 2024 is January to March 2024: the financial Q4 of 2023/24
        "Recorded crime per 1,000": [("2023", 71.4), ("Q4 2023/24", 17.2), ("Q1 2024/25", 18.0)],
        "KS2 expected standard (%)": [("2022/23 (AY)", 57.8), ("2023/24 (AY)", 60.4)],
        "Pupil absence (%)": [("Sep 2023\u2013Dec 2023", 4.9)],
    }


def test_numbered_terms_are_read_through_a_note_defining_them(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADING,
        ["Pupil absence (%)", "AY", "2023/24", "Term 1", 4.9],
        ["Pupil absence (%)", "AY", "2023/24", "Term 2", 5.6],
        ["Pupil absence (%)", "AY", "2023/24", "Term 3", 5.2],
        ["Pupil absence (%)", "FY", "2023/24", "Q4", 5.0],
    ]
    parsed = _with_notes(tmp_path / "terms.xlsx", rows, ["Year type:", NOTE])
    assert not parsed.review, [item.line() for item in parsed.review]
    assert figures(parsed) == {
        "Pupil absence (%)": [
            ("Sep 2023\u2013Dec 2023", 4.9),
            ("Jan 2024\u2013Mar 2024", 5.6),
            ("Apr 2024\u2013Jul 2024", 5.2),
            ("Q4 2023/24", 5.0),
        ]
    }


def test_numbered_terms_no_note_defines_are_held(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        HEADING,
        ["Pupil absence (%)", "AY", "2023/24", "Term 1", 4.9],
        ["Pupil absence (%)", "AY", "2023/24", "Term 2", 5.6],
    ]
    with pytest.raises(ScorecardError, match=r"Scorecard!B2: period '2023/24 Term 1' of year"):
        detect_rows(tmp_path / "terms.xlsx", rows)


@pytest.mark.parametrize(
    ("typed", "year", "period"),
    [
        ("FY", 2023, "Annual"),  # the financial year starting or ending in 2023?
        ("AY", 2023, "Annual"),
        ("CY", "2023/24", "Annual"),  # two years, typed as one calendar year
        ("AY", "2023/24", "Q2"),  # an academic year's quarter: which months?
        ("CY", 2024, "Q1 2024"),  # a calendar quarter written as a financial one reads
        ("FY", "2023/24", "Jul 2024"),  # outside its year
        ("Rolling", "2023/24", "Annual"),  # no kind of year
    ],
)
def test_what_the_type_does_not_settle_is_held(
    tmp_path: Path, typed: str, year: object, period: str
) -> None:
    rows: list[list[object]] = [
        HEADING,
        ["Council tax collected (%)", "FY", "2023/24", "Annual", 96.9],
        ["Council tax collected (%)", "FY", "2024/25", "Q1", 29.0],
        ["Recorded crime per 1,000", "CY", 2023, "Annual", 71.4],
        ["Recorded crime per 1,000", "CY", 2024, "Q1", 17.2],
        ["Recorded crime per 1,000", "CY", 2024, "Q2", 18.0],
        ["Something else", typed, year, period, 1.0],
        ["KS2 expected standard (%)", "AY", "2022/23", "Annual", 57.8],
        ["KS2 expected standard (%)", "AY", "2023/24", "Annual", 60.4],
        ["KS2 expected standard (%)", "AY", "2024/25", "Annual", 61.0],
        ["KS2 expected standard (%)", "AY", "2025/26", "Annual", 62.0],
    ]
    parsed = detect_rows(tmp_path / "held.xlsx", rows)
    lines = [item.line() for item in parsed.review]
    assert len(lines) == 1 and lines[0].startswith("Scorecard!B7: "), lines
    assert not figures(parsed).get("Something else")


def test_a_type_column_needs_its_heading() -> None:
    assert year_types.column([], [["FY"], ["CY"]]) is None


def test_terms_defined_by_months() -> None:
    sheet = Sheet(name="Notes", rows=[[NOTE], ["Term 4: May"]])
    assert year_types.defined_terms([sheet]) == {1: (9, 12), 2: (1, 3), 3: (4, 7)}
