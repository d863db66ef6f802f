"""Targets profiled by period beside the actuals, and a target for the whole year beside them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book

TITLE = ["Economy and Housing - Quarterly Performance 2024/25"]


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.name, PeriodRow.label, ObservationRow.actual, ObservationRow.target)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


@pytest.mark.parametrize(
    "headings",
    [
        ["Q1 Target", "Q1 Actual", "Q2 Target", "Q2 Actual"],
        ["Target Q1", "Actual Q1", "Target Q2", "Actual Q2"],
        ["Quarter 1 target", "Quarter 1 outturn", "Quarter 2 target", "Quarter 2 outturn"],
        ["Q1 Tgt", "Q1 Act", "Q2 Tgt", "Q2 Act"],
    ],
)
def test_each_period_takes_its_own_target_not_the_year_s(
    store: Store, tmp_path: Path, headings: list[str]
) -> None:
    path = book(
        tmp_path / "profiled.xlsx",
        [
            TITLE,
            [],
            ["Indicator", *headings, "Annual target"],
            ["Leisure centre visits", 180000, 176412, 165000, 171950, 670000],
            ["Homes completed", 40, 31, 55, None, 220],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("Homes completed", "Q1 2024/25", 31.0, 40.0),
        ("Leisure centre visits", "Q1 2024/25", 176412.0, 180000.0),
        ("Leisure centre visits", "Q2 2024/25", 171950.0, 165000.0),
    ]


def test_actual_before_target_pairs_and_a_year_target_written_first(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "actual_first.xlsx",
        [
            TITLE,
            [],
            ["Indicator", "Full year target", "Q1 Actual", "Q1 Target", "Q2 Actual", "Q2 Target"],
            ["Leisure centre visits", 670000, 176412, 180000, 171950, 165000],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("Leisure centre visits", "Q1 2024/25", 176412.0, 180000.0),
        ("Leisure centre visits", "Q2 2024/25", 171950.0, 165000.0),
    ]


def test_a_blank_profiled_target_is_no_target_not_the_year_s(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "blank.xlsx",
        [
            TITLE,
            [],
            ["Indicator", "Q1 Target", "Q1 Actual", "Q2 Target", "Q2 Actual", "Annual target"],
            ["Leisure centre visits", 180000, 176412, None, 171950, 670000],
        ],
    )
    report = import_file(store, path)
    assert report.status == "imported"
    assert stored(store) == [
        ("Leisure centre visits", "Q1 2024/25", 176412.0, 180000.0),
        ("Leisure centre visits", "Q2 2024/25", 171950.0, None),
    ]


def test_a_year_target_still_serves_periods_without_their_own(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "plain.xlsx",
        [
            TITLE,
            [],
            ["Indicator", "Annual target", "Q1", "Q2"],
            ["Recycling rate (%)", 50, 53.2, 48.1],
        ],
    )
    report = import_file(store, path)
    assert report.status == "imported"
    assert stored(store) == [
        ("Recycling rate (%)", "Q1 2024/25", 53.2, 50.0),
        ("Recycling rate (%)", "Q2 2024/25", 48.1, 50.0),
    ]


def test_month_profiles_under_a_two_row_heading(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "months.xlsx",
        [
            TITLE,
            [],
            ["Indicator", "Apr 2024", None, "May 2024", None, "Target"],
            [None, "Profile", "Actual", "Profile", "Actual", None],
            ["Leisure centre visits", 60000, 58210, 61000, 63400, 670000],
        ],
    )
    workbook = load_workbook(path)
    for span in ("B3:C3", "D3:E3"):
        workbook["Scorecard"].merge_cells(span)
    workbook.save(path)
    report = import_file(store, path)
    assert report.status == "imported"
    assert stored(store) == [
        ("Leisure centre visits", "Apr 2024", 58210.0, 60000.0),
        ("Leisure centre visits", "May 2024", 63400.0, 61000.0),
    ]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_period_left_unmerged_over_its_target_and_actual_heads_both(
    store: Store, tmp_path: Path, suffix: str
) -> None:
    rows: list[list[object]] = [
        TITLE,
        [],
        ["Indicator", "Q1 2024/25", None, None, "Q2 2024/25", None, None],
        [None, "Actual", "Target", "RAG", "Actual", "Target", "RAG"],
        ["Leisure centre visits", 176412, 180000, "Amber", 171950, 165000, "Green"],
    ]
    path = tmp_path / f"unmerged.{suffix}"
    if suffix == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    else:
        book(path, rows)
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("Leisure centre visits", "Q1 2024/25", 176412.0, 180000.0),
        ("Leisure centre visits", "Q2 2024/25", 171950.0, 165000.0),
    ]


@pytest.mark.parametrize(
    "headings",
    [
        ["Annual target", "Quarterly target"],
        ["Year end target", "Target"],
        ["Full year target", "Profiled target"],
    ],
)
def test_in_a_long_table_the_period_s_own_target_wins_over_the_year_s(
    store: Store, tmp_path: Path, headings: list[str]
) -> None:
    path = book(
        tmp_path / "long.xlsx",
        [
            TITLE,
            [],
            ["Indicator", "Quarter", "Actual", *headings],
            ["Leisure centre visits", "Q1 2024/25", 176412, 670000, 180000],
            ["Leisure centre visits", "Q2 2024/25", 171950, 670000, 165000],
        ],
    )
    report = import_file(store, path)
    assert report.status == "imported"
    assert stored(store) == [
        ("Leisure centre visits", "Q1 2024/25", 176412.0, 180000.0),
        ("Leisure centre visits", "Q2 2024/25", 171950.0, 165000.0),
    ]
