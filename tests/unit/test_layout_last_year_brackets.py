"""This year's figure with last year's in brackets in one cell ('47.2% (45.9%)'): read as two
observations only where the heading or a line of the sheet says what the brackets hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import last_year_brackets
from desktop.scorecard.parse import periods
from tests.helpers.layout_sheets import detect_rows, figures


def _sheet(tmp_path: Path, headings: list[str], note: str = "", cells=None):  # type: ignore[no-untyped-def]
    cells = cells or [
        ("Recycling rate (%)", ["47.2% (45.9%)", "49.0% (48.1%)", "Awaited (41.8%)"], 48),
        ("Fly-tipping incidents", ["1,204 (1,187)", "1,318 (1,242)", "1,096 (1,131)"], None),
        ("Food hygiene inspections on time (%)", ["71.5%", "76.0%", "80.2%"], 85),
    ]
    rows: list[list[object]] = [["Neighbourhoods performance report"]]
    if note:
        rows.append([note])
    rows.append(["Ref", "Measure", *headings, "Target 2024/25", "RAG"])
    for i, (name, values, target) in enumerate(cells):
        rows.append([f"N{i + 1}", name, *values, target, "G"])
    return detect_rows(tmp_path / "brackets.xlsx", rows)


QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]


@pytest.mark.parametrize(
    ("headings", "note"),
    [
        ([f"{q} ({q.replace('2024/25', '2023/24')})" for q in QUARTERS], ""),
        (["Q1 24/25 (Q1 23/24)", "Q2 24/25 (Q2 23/24)", "Q3 24/25 (Q3 23/24)"], ""),
        (QUARTERS, "Figures in brackets are last year's."),
        (QUARTERS, "Each quarter shows this year's figure with the same quarter of 2023/24 in "
         "brackets."),
        (QUARTERS, "(Previous year's figure for the same quarter shown in brackets)"),
    ],
)  # fmt: skip
def test_the_bracketed_figure_is_the_same_period_a_year_earlier(
    tmp_path: Path, headings: list[str], note: str
) -> None:
    parsed = _sheet(tmp_path, headings, note)
    assert not parsed.review
    found = figures(parsed)
    assert sorted(found["Fly-tipping incidents"]) == [
        ("Q1 2023/24", 1187.0),
        ("Q1 2024/25", 1204.0),
        ("Q2 2023/24", 1242.0),
        ("Q2 2024/25", 1318.0),
        ("Q3 2023/24", 1131.0),
        ("Q3 2024/25", 1096.0),
    ]
    assert ("Q3 2023/24", 41.8) in found["Recycling rate (%)"]
    assert ("Q3 2024/25", None) in found["Recycling rate (%)"]  # 'Awaited', kept as text
    assert found["Food hygiene inspections on time (%)"] == [
        ("Q1 2024/25", 71.5),
        ("Q2 2024/25", 76.0),
        ("Q3 2024/25", 80.2),
    ]
    # the target and rating are this year's, not last year's
    recycling = next(i for i in parsed.indicators if i.name == "Recycling rate (%)")
    for observation in recycling.observations:
        if observation.period.label.endswith("2023/24"):
            assert observation.target is None and observation.rag is None


def test_a_year_column_with_last_year_in_brackets(tmp_path: Path) -> None:
    cells = [("Residents satisfied (%)", ["61% (58%)"], 60), ("Complaints", ["412 (455)"], None)]
    parsed = _sheet(tmp_path, ["2024/25 (2023/24)"], cells=cells)
    assert not parsed.review
    assert sorted(figures(parsed)["Complaints"]) == [("2023/24", 455.0), ("2024/25", 412.0)]


def test_brackets_nothing_explains_are_asked_about(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, QUARTERS)
    assert parsed.review
    assert all(
        "Q" not in p or p.endswith("2024/25") for p, _ in figures(parsed)["Fly-tipping incidents"]
    )


def test_a_bracket_holding_other_than_a_figure_is_asked_about(tmp_path: Path) -> None:
    cells = [("Young people in education (%)", ["62.5% (5/8)", "70% (7/10)", "45%"], 70)]
    parsed = _sheet(tmp_path, QUARTERS, "Figures in brackets are last year's.", cells)
    assert parsed.review[0].cell == "C4"
    assert figures(parsed)["Young people in education (%)"] == [("Q3 2024/25", 45.0)]


def test_brackets_and_last_year_in_two_sentences_say_nothing(tmp_path: Path) -> None:
    note = (
        "Figures in brackets are the number of young people in the cohort. Targets are set "
        "against the regional average for last year, which is published each autumn."
    )
    cells = [("Young people in education (%)", ["62% (8)", "70% (10)", "45% (11)"], 70)]
    parsed = _sheet(tmp_path, QUARTERS, note, cells)
    assert not any(
        p.endswith("2023/24") for p, _ in figures(parsed)["Young people in education (%)"]
    )


def test_a_base_in_brackets_is_read_as_before_where_nothing_says_last_year(
    tmp_path: Path,
) -> None:
    cells = [("Young people in education (%)", ["62.5% (5/8)", "70.0% (7/10)", "45% (n=11)"], 70)]
    parsed = _sheet(tmp_path, QUARTERS, "Figures in brackets are the numbers behind it.", cells)
    assert not parsed.review
    assert figures(parsed)["Young people in education (%)"] == [
        ("Q1 2024/25", 62.5),
        ("Q2 2024/25", 70.0),
        ("Q3 2024/25", 45.0),
    ]


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        ("Q2 2024/25 (Q2 2023/24)", True),
        ("Aug 2024 (Aug 2023)", True),
        ("2024/25 [2023/24]", True),
        ("Q2 2024/25 (Q1 2024/25)", False),  # not a year earlier
        ("Q2 2024/25 (revised)", False),
        ("Q2 2024/25 (Jul-Sep)", False),
        ("Target 2024/25 (2023/24)", False),  # a target, not this year's figure
        ("Q2 2024/25 RAG (Q2 2023/24)", False),
    ],
)
def test_a_heading_naming_the_period_a_year_earlier_in_brackets(heading: str, said: bool) -> None:
    from desktop.scorecard.parse import cells

    found = cells.period_header(heading)
    assert found is not None
    assert last_year_brackets.earlier_aside(heading, found[0]) is said


def test_the_year_before_each_kind_of_period() -> None:
    assert last_year_brackets.year_before(periods.quarter(2024, 2)) == periods.quarter(2023, 2)
    assert last_year_brackets.year_before(periods.month(2024, 8)) == periods.month(2023, 8)
    assert last_year_brackets.year_before(periods.financial_year(2024)) == (
        periods.financial_year(2023)
    )
