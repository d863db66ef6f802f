"""Columns headed by spans of the financial year's months written by their numbers ('M1-M3',
'M4 – M6', 'M7-9', 'M1-M9 YTD'): month 1 is April, the year is the one the sheet names."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook

from db import queries
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout import find
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.parse import periods
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures
from tests.realistic.styles import month_number_range_headings

TITLE = "Resources Finance and Performance Monitor 2024/25"
ROWS = [
    ["FIN01", "Invoices paid within 30 days (%)", 96.4, 95.1, 97.3, 96.3],
    ["RB01", "Average days to process new claims", 21.4, 19.8, 18.6, 19.9],
]


def _sheet(headings: Sequence[str], title: str = TITLE, *notes: str) -> list[list[object]]:
    return [[title], *([n] for n in notes), ["Ref", "Measure", *headings], *ROWS]


def _labels(rows: list[list[object]], tmp_path: Path) -> list[str]:
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    return [label for label, _ in figures(parsed)["Invoices paid within 30 days (%)"]]


def test_spans_are_the_title_years_quarters_and_its_year_to_date(tmp_path: Path) -> None:
    path = tmp_path / "monitor.xlsx"
    rows = [
        [TITLE],
        ["Periods are months of the financial year: M1 = April, M12 = March."],
        ["Ref", "Measure", "Unit", "M1-M3", "M4 \u2013 M6", "M7-9", "M1-M9 YTD", "Target", "RAG"],
        ["FIN01", "Invoices paid within 30 days", "%", 96.4, 95.1, 97.3, 96.3, 95, "G"],
        ["RB01", "Average days to process new claims", "Days", 21.4, 19.8, 18.6, 19.9, 20, "G"],
        ["HR01", "Working days lost to sickness per FTE", "Days", 9.2, 8.7, 10.5, 9.5, 8.5, "R"],
    ]
    detect_rows(path, rows)  # writes the workbook
    store = Store.open(tmp_path / "store.db")
    try:
        report = import_file(store, path)
        assert (report.status, report.review) == ("imported", [])
        with store.read_session() as session:
            stored = queries.load_indicators(session)
    finally:
        store.close()
    sickness = next(i for i in stored if i.code == "HR01")
    assert {(o.period.label, o.actual, o.target, o.rag) for o in sickness.observations} == {
        ("Q1 2024/25", 9.2, 8.5, None),
        ("Q2 2024/25", 8.7, 8.5, None),
        ("Q3 2024/25", 10.5, 8.5, "red"),  # the latest quarter's rating, not the year to date's
        ("Apr 2024\u2013Dec 2024", 9.5, 8.5, None),
    }


@pytest.mark.parametrize(
    ("headings", "labels"),
    [
        (("Months 1-3", "Mth 4 to 6"), ["Q1 2024/25", "Q2 2024/25"]),
        (("P7-P9", "Period 10 \u2013 12"), ["Q3 2024/25", "Q4 2024/25"]),
        (("M1-M6", "M1-12"), ["H1 2024/25", "2024/25"]),
        (("M1-M2", "M1-M9"), ["Apr 2024\u2013May 2024", "Apr 2024\u2013Dec 2024"]),
        (("M1-M3 Actual", "M1-M3 Target"), ["Q1 2024/25"]),
    ],
)
def test_ways_of_writing_a_span(tmp_path: Path, headings: Sequence[str], labels: list[str]) -> None:
    rows = [
        [TITLE],
        ["Ref", "Measure", *headings],
        ["FIN01", "Invoices paid within 30 days (%)", 96.4, 95],
    ]
    assert _labels(rows, tmp_path) == labels


def test_a_span_under_a_target_heading_is_that_spans_target(tmp_path: Path) -> None:
    rows = [
        [TITLE],
        ["Ref", "Measure", "M1-M3 Actual", "M1-M3 Target"],
        ["FIN01", "Invoices paid within 30 days (%)", 96.4, 95],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    (observation,) = parsed.indicators[0].observations
    assert (observation.period.label, observation.actual, observation.target) == (
        "Q1 2024/25",
        96.4,
        95,
    )


def test_the_year_over_the_spans_or_in_their_headings_places_them(tmp_path: Path) -> None:
    banded = [
        ["Finance monitor"],
        ["", "", "2024/25", "", "", ""],  # typed once over the first span, not merged
        ["Ref", "Measure", "M1-M3", "M4-M6", "M7-M9", "M1-M9 YTD"],
        *ROWS,
    ]
    assert _labels(banded, tmp_path) == [
        "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Apr 2024\u2013Dec 2024",
    ]  # fmt: skip
    headed = _sheet(["M1-M3 2024/25", "M4 \u2013 M6 2024/25"], "Finance monitor")
    assert _labels(headed, tmp_path) == ["Q1 2024/25", "Q2 2024/25"]


def test_spans_with_their_year_are_parsed() -> None:
    found = {t: periods.parse_period(t) for t in ("M1-M3 2024/25", "2024-25 M4 \u2013 M6")}
    assert {t: p.label if p else None for t, p in found.items()} == {
        "M1-M3 2024/25": "Q1 2024/25",
        "2024-25 M4 \u2013 M6": "Q2 2024/25",
    }
    year = periods.financial_year(2024)
    assert periods.combine_period(year, "M10-M12") == periods.quarter(2024, 4)
    assert periods.combine_period(year, "M3-M1") is None  # runs backwards: no span


def test_no_year_anywhere_is_refused_naming_the_heading(tmp_path: Path) -> None:
    rows = _sheet(["M1-M3", "M4-M6", "M7-M9", "M1-M9 YTD"], "Finance monitor")
    with pytest.raises(ScorecardError) as refused:
        detect_rows(tmp_path / "s.xlsx", rows)
    assert "Scorecard!C2: the column headed 'M1-M3'" in str(refused.value)
    assert "which year's" in str(refused.value)


def test_a_calendar_year_in_the_title_does_not_place_them(tmp_path: Path) -> None:
    rows = _sheet(["M1-M3", "M4-M6", "M7-M9", "M1-M9 YTD"], "Finance monitor 2024")
    with pytest.raises(ScorecardError) as refused:
        detect_rows(tmp_path / "s.xlsx", rows)
    assert "Scorecard!C2: the column headed 'M1-M3'" in str(refused.value)


def test_the_heading_is_asked_about_before_a_guess_at_cards(tmp_path: Path) -> None:
    # the monitor's sections and units read as cards of label/value pairs once no year places
    # its spans: the review names the heading first, not a card's cell
    path = tmp_path / "monitor.xlsx"
    month_number_range_headings.build(path)
    book = load_workbook(path)
    book.active["A1"] = "Resources Directorate Finance and Performance Monitor 2024"
    book.save(path)
    parsed = find.detect(read_workbook(path))
    assert (parsed.review[0].cell, parsed.review[0].column) == ("D6", 3)
    assert "'M1-M3' holds figures of a period" in parsed.review[0].reason


def test_last_years_outturn_does_not_place_the_spans(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor"],
        ["Ref", "Measure", "Outturn 2023/24", "M1-M3", "M4-M6", "M7-M9"],
        ["F1", "Invoices paid in 30 days (%)", 95, 96, 94, 97],
        ["F2", "Debt over 90 days (£000)", 450, 512, 498, 476],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    (doubt,) = parsed.review
    assert doubt.cell == "D2" and "names no year" in doubt.reason
    assert {o.period.label for i in parsed.indicators for o in i.observations} == {"2023/24"}


def test_the_targets_year_places_them(tmp_path: Path) -> None:
    rows = [
        ["Finance monitor"],
        ["Ref", "Measure", "Outturn 2023/24", "M1-M3", "M4-M6", "Target 2024/25"],
        ["F1", "Invoices paid in 30 days (%)", 95, 96, 94, 97],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Invoices paid in 30 days (%)"] == [
        ("2023/24", 95), ("Q1 2024/25", 96), ("Q2 2024/25", 94),
    ]  # fmt: skip


def test_a_note_numbering_months_from_january_is_held(tmp_path: Path) -> None:
    rows = _sheet(["M1-M3", "M4-M6"], TITLE, "Month numbers: M1 = January, M12 = December.")
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    (doubt,) = parsed.review  # held: nothing is stored unless the reading is accepted
    assert doubt.cell == "C3" and "month 1 is January" in doubt.reason
    assert "(and 1 more like it: D3)" in doubt.reason


def test_a_note_saying_month_one_is_april_changes_nothing(tmp_path: Path) -> None:
    rows = _sheet(["M1-M3", "M4-M6"], TITLE, "Period 1 is April.")
    assert _labels(rows, tmp_path) == ["Q1 2024/25", "Q2 2024/25"]


@pytest.mark.parametrize(
    ("headings", "notes"),
    [
        (("P1-P3", "P4-P6", "P7-P9", "P10-P13"), ()),  # the row reaches period 13
        (
            ("P1-P3", "P4-P6", "P7-P9", "P1-P9"),
            ("Figures are for the contract's four-weekly periods.",),
        ),
    ],
)
def test_period_spans_of_a_four_weekly_year_are_held(
    tmp_path: Path, headings: Sequence[str], notes: Sequence[str]
) -> None:
    rows = [
        [TITLE, None],
        *([n] for n in notes),
        ["Ref", "Measure", "2023/24 outturn", *headings],
        ["LC01", "Total visits", 1184220, 271230, 280114, 265001, 816345],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [(o.period.label, o.actual) for i in parsed.indicators for o in i.observations] == [
        ("2023/24", 1184220)
    ]
    assert parsed.review[0].cell == f"D{2 + len(notes)}"
    assert "four-week periods" in parsed.review[0].reason


def test_month_spans_in_a_year_reaching_month_13_stay_months(tmp_path: Path) -> None:
    # 'M13' is a ledger's year-end adjustments, not a four-week period: the 'M' spans are months
    rows = _sheet(["M1-M3", "M4-M6", "M13"])
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [p for p, _ in figures(parsed)["Invoices paid within 30 days (%)"]] == [
        "Q1 2024/25",
        "Q2 2024/25",
    ]


def test_year_to_date_from_a_later_month_is_held(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "s.xlsx", _sheet(["M1-M3", "M4-M6", "M7-M9", "M4-M9 YTD"]))
    (doubt,) = parsed.review
    assert doubt.cell == "F2" and "starts at month 4" in doubt.reason
    assert [p for p, _ in figures(parsed)["Invoices paid within 30 days (%)"]] == [
        "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
    ]  # fmt: skip


def test_single_month_numbers_beside_a_span_still_run_as_months(tmp_path: Path) -> None:
    rows = _sheet(["M7", "M8", "M9", "M7-M9"])
    assert _labels(rows, tmp_path) == ["Oct 2024", "Nov 2024", "Dec 2024", "Q3 2024/25"]


@pytest.mark.parametrize("heading", ["M3-M1", "£m 1-3", "M1 M3", "Rate 1-3"])
def test_what_only_looks_like_a_span_is_not_read_as_one(tmp_path: Path, heading: str) -> None:
    rows = [
        [TITLE],
        ["Ref", "Measure", heading, "Q1 2024/25"],
        ["FIN01", "Invoices paid within 30 days (%)", 12, 96.4],
        ["RB01", "Average days to process new claims", 14, 21.4],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert labels == {"Q1 2024/25"}
