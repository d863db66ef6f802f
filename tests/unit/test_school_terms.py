"""School terms read as the months they run: autumn September to December, spring January
to March, summer April to July; of a calendar year, or of an academic year."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse.periods import parse_period, parse_period_header
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Autumn 2023", "Sep 2023–Dec 2023"),
        ("Spring 2024", "Jan 2024–Mar 2024"),
        ("Summer 2024", "Apr 2024–Jul 2024"),
        ("Autumn term 2024", "Sep 2024–Dec 2024"),
        ("Autumn Term 2024", "Sep 2024–Dec 2024"),
        ("Aut 24", "Sep 2024–Dec 2024"),
        ("Spr 2025", "Jan 2025–Mar 2025"),
        ("Spring '25", "Jan 2025–Mar 2025"),
        ("2023 Autumn term", "Sep 2023–Dec 2023"),
        ("Summer term 2024/25", "Apr 2025–Jul 2025"),
        ("Autumn term 2024/25", "Sep 2024–Dec 2024"),
        ("Spring 2024-25", "Jan 2025–Mar 2025"),
        ("Spring term 24/25", "Jan 2025–Mar 2025"),
        ("Summer term 2024/25 (AY)", "Apr 2025–Jul 2025"),
        ("Tymor yr Hydref 2024", "Sep 2024–Dec 2024"),
        ("Tymor yr Haf 2025", "Apr 2025–Jul 2025"),
    ],
)
def test_a_term_is_its_months(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label and found.kind == "range"
    assert parse_period(found.label) == found


@pytest.mark.parametrize(
    "text",
    [
        "Winter 2023",  # no school term is called winter
        "Autumn 1 2023",  # a half term: of a year split in six, or in three?
        "Term 2 2024/25",
        "Spring 2023/25",  # not one academic year
        "Sum 2024",  # a total, not a term
        "Autumn",
    ],
)
def test_what_is_no_term_of_one_year_is_not_read_as_one(text: str) -> None:
    found = parse_period(text)
    assert found is None


def test_a_term_heading_with_a_field_word_is_that_term_s_figure() -> None:
    found = parse_period_header("Spring term 2025 Actual")
    assert found is not None
    assert found[0].label == "Jan 2025–Mar 2025" and found[1] == "Actual"


def test_a_spring_term_is_not_read_as_the_financial_year_s_fourth_quarter() -> None:
    spring, quarter = parse_period("Spring 2025"), parse_period("Jan 2025 - Mar 2025")
    assert spring is not None and quarter is not None
    assert quarter.label == "Q4 2024/25" and spring != quarter


def test_a_termly_table_reads_each_term_and_the_academic_year(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "terms.xlsx",
        [
            ["Pupil attendance by term"],
            [],
            ["Measure", "Aut 24", "Spr 25", "Summer 25", "2024/25 (AY)"],
            ["Attendance, primary (%)", 95.1, 94.2, 93.8, 94.4],
            ["Attendance, secondary (%)", 91.0, 90.1, 89.5, 90.2],
        ],
    )
    assert sorted(figures(parsed)["Attendance, primary (%)"]) == [
        ("2024/25 (AY)", 94.4),
        ("Apr 2025–Jul 2025", 93.8),
        ("Jan 2025–Mar 2025", 94.2),
        ("Sep 2024–Dec 2024", 95.1),
    ]


@pytest.mark.parametrize("year", ["2024/25", "2024-25", "Year 2024/25", "2024/25 (AY)"])
def test_a_bare_year_beside_terms_is_the_academic_year(tmp_path: Path, year: str) -> None:
    parsed = detect_rows(
        tmp_path / "ay.xlsx",
        [
            ["Exclusions by term"],
            [],
            ["Measure", "Autumn term 2024", "Spring term 2025", year],
            ["Suspensions", 412, 468, 1275],
            ["Permanent exclusions", 4, 7, 16],
        ],
    )
    assert ("2024/25 (AY)", 1275.0) in figures(parsed)["Suspensions"]


def test_a_financial_year_beside_terms_stays_financial(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "fy.xlsx",
        [
            ["Exclusions by term"],
            [],
            ["Measure", "Autumn term 2024", "Spring term 2025", "Financial year 2024/25"],
            ["Suspensions", 412, 468, 1275],
            ["Permanent exclusions", 4, 7, 16],
        ],
    )
    assert ("2024/25", 1275.0) in figures(parsed)["Suspensions"]


def test_terms_under_an_academic_year_heading_are_that_year_s_terms(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Attendance by term"],
        [],
        ["Measure", "2023/24", None, None, "2024/25 (AY)"],
        [None, "Autumn", "Spring", "Summer term", "Autumn term"],
        ["Attendance, primary (%)", 95.2, 94.6, 94.1, 95.4],
        ["Attendance, secondary (%)", 91.3, 90.2, 89.0, 91.1],
    ):
        sheet.append(row)
    sheet.merge_cells("B3:D3")
    book.save(tmp_path / "over.xlsx")
    parsed = detect(read_workbook(tmp_path / "over.xlsx"))
    assert sorted(figures(parsed)["Attendance, primary (%)"]) == [
        ("Apr 2024–Jul 2024", 94.1),
        ("Jan 2024–Mar 2024", 94.6),
        ("Sep 2023–Dec 2023", 95.2),
        ("Sep 2024–Dec 2024", 95.4),
    ]


def test_seasons_in_a_table_not_about_schools_are_not_guessed(tmp_path: Path) -> None:
    """A residents' survey's 'Spring 2024' may run March to May: held for review, not read as
    the school term (January to March)."""

    parsed = detect_rows(
        tmp_path / "survey.xlsx",
        [
            ["Residents' panel survey results"],
            ["Ref", "Question", "Spring 2024", "Autumn 2024", "Target"],
            ["RS1", "Satisfied with the local area (%)", 78, 80, 80],
            ["RS2", "Feel safe after dark (%)", 64, 66, 70],
        ],
    )
    assert parsed.review and parsed.review[0].cell in ("C2", "D2"), [
        r.line() for r in parsed.review
    ]


def test_the_word_term_is_enough_to_read_a_term(tmp_path: Path) -> None:

    parsed = detect_rows(
        tmp_path / "terms.xlsx",
        [
            ["Ref", "Measure", "Spring term 2024", "Summer term 2024"],
            ["A1", "Persistent absentees (%)", 21.3, 20.1],
        ],
    )
    assert not parsed.review
    assert [o.period.label for o in parsed.indicators[0].observations] == [
        "Jan 2024–Mar 2024",
        "Apr 2024–Jul 2024",
    ]
