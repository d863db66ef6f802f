"""Statuses written as codes (1/2/3, A/B/C) that the file's own key gives ratings to."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book

HEADINGS = ["PI code", "Description", "Q1 2024/25", "Q2 2024/25", "Target", "Status"]
ROWS = [
    ["LPI 101", "Households in temporary accommodation", 212, 226, 200, 3],
    ["LPI 102", "Homelessness prevented (%)", 58.3, 61.0, 60, 1],
    ["LPI 103", "Average days to re-let homes", 32, 29.5, 28, 2],
]


def ratings(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, PeriodRow.label, ObservationRow.rag)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .where(ObservationRow.rag.is_not(None))
        ).all()
    return sorted(tuple(r) for r in found)


RATED = [
    ("LPI 101", "Q2 2024/25", "red"),
    ("LPI 102", "Q2 2024/25", "green"),
    ("LPI 103", "Q2 2024/25", "amber"),
]


def test_a_key_row_under_the_table_rates_the_numbers(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "footer.xlsx",
        [
            HEADINGS,
            *ROWS,
            [],
            ["Key: 1 - On or above target; 2 - Below target but within 5%; 3 - More than 5% "
             "below target"],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert ratings(store) == RATED


def test_a_key_sheet_of_code_rows_rates_the_numbers(store: Store, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in (HEADINGS, *ROWS):
        sheet.append(row)
    legend = workbook.create_sheet("Key")
    for row in (["Status", "Meaning"], [1, "Target met"], [2, "Within tolerance"],
                [3, "Target missed"]):  # fmt: skip
        legend.append(row)
    workbook.save(tmp_path / "keysheet.xlsx")
    report = import_file(store, tmp_path / "keysheet.xlsx")
    assert (report.status, report.review) == ("imported", [])
    assert ratings(store) == RATED


def test_a_key_block_beside_the_table_rates_the_numbers(store: Store, tmp_path: Path) -> None:
    rows: list[list[object]] = [[*r, None, None, None] for r in (HEADINGS, *ROWS)]
    rows[0][7:9] = ["Status key", None]
    rows[1][7:9] = [1, "Achieved"]
    rows[2][7:9] = [2, "At risk"]
    rows[3][7:9] = [3, "Not achieved"]
    report = import_file(store, book(tmp_path / "beside.xlsx", rows))
    assert report.status == "imported"
    assert ratings(store) == RATED


def test_numbers_in_a_status_column_with_no_key_need_review(store: Store, tmp_path: Path) -> None:
    report = import_file(store, book(tmp_path / "nokey.xlsx", [HEADINGS, *ROWS]))
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!F1: column 'Status' is read as rag")


def test_a_code_the_key_does_not_give_needs_review(store: Store, tmp_path: Path) -> None:
    rows = [HEADINGS, *ROWS, ["LPI 104", "Empty homes back in use", 9, 6, 6, 4], [],
            ["Status key: 1 = Target met, 2 = Within tolerance, 3 = Target missed"]]  # fmt: skip
    report = import_file(store, book(tmp_path / "unknown.xlsx", rows))
    assert report.status == "needs_review"
    assert any(line.startswith("Scorecard!F") for line in report.review)
