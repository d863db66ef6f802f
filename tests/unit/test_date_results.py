"""Indicators whose result is a date, told apart from figures Excel turned into dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.layout.date_results import is_date_result, names_a_day, shown
from tests.helpers.layout_sheets import detect_rows

D = dt.datetime


@pytest.mark.parametrize(
    ("name", "row", "expected"),
    [
        ("Statement of accounts published", ["A1", "x", D(2024, 2, 28), "By 30 Sept"], True),
        ("Date of last inspection", [None, D(2023, 11, 17)], True),
        ("Local plan milestone", [D(2023, 5, 2), D(2024, 6, 30)], True),  # two dates, no number
        ("Local plan milestone", [D(2023, 5, 2)], False),  # one date and no word: a mangled '2/5'?
        ("Accounts published on time (%)", [92.0, D(2024, 3, 4)], False),  # a number beside it
        ("Rent collected", [95.1, D(2024, 4, 3), 96.0], False),
    ],
)
def test_a_row_answers_with_dates_only_without_numbers_and_with_evidence(
    name: str, row: list[object], expected: bool
) -> None:
    assert is_date_result(name, row) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("dd/mm/yyyy", "08/02/2024"),
        ("d mmmm yyyy", "8 February 2024"),
        ("dd-mmm-yy", "08-Feb-24"),
        ("[$-809]dd mmmm yyyy;@", "08 February 2024"),
        ("General", "08/02/2024"),
        (None, "08/02/2024"),
        ("dd/mm/yyyy hh:mm", "08/02/2024"),
    ],
)
def test_a_date_is_kept_as_its_cell_shows_it(fmt: str | None, text: str) -> None:
    assert shown(D(2024, 2, 8), fmt) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24th July 2024", True), ("By 31 July", True), ("30 September (statutory date)", True),
     ("31/07/2024", True), ("July 31st", True), ("95%", False), ("Top quartile", False)],
)  # fmt: skip
def test_names_a_day(text: str, expected: bool) -> None:
    assert names_a_day(text) is expected


def test_date_results_are_text_and_their_date_targets_no_target(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "dates.xlsx",
        [
            ["Ref", "Measure", "2022/23", "2023/24", "Target", "Status"],
            ["G1", "Invoices paid in 30 days (%)", 94.2, 95.8, 95, "Green"],
            [
                "G2",
                "Annual report published",
                D(2023, 6, 30),
                "12th July 2024",
                "By 30 June",
                "Red",
            ],
            ["G3", "Council tax collected (%)", 96.1, 95.7, 96.5, "Amber"],
        ],
    )
    assert not parsed.review, [r.line() for r in parsed.review]
    report = {i.code: i for i in parsed.indicators}["G2"]
    assert [
        (o.period.label, o.actual, o.actual_text, o.target, o.rag) for o in report.observations
    ] == [
        ("2022/23", None, "30/06/2023", None, None),
        ("2023/24", None, "12th July 2024", None, "red"),
    ]


def test_a_date_among_a_rows_figures_is_still_doubted(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "mangled.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["H1", "Households helped", 45, D(2024, 4, 3), 50],
            ["H2", "Homes let", 120, 131, 125],
        ],
    )
    assert [r.cell for r in parsed.review] == ["D2"]
