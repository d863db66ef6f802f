"""Figures whose period nothing names: held for review, placed when a title, sheet or file
name gives the period to count from, and a single snapshot column read at the file's date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.cli import run
from desktop.scorecard.importer import import_file, save_profile
from tests.integration.test_import_review import book, counts

ROWS = [
    ["Measure", "Previous", "Current", "Target"],
    ["Missed bins per 100,000 collections", 61, 72, 60],
    ["Streets below grade B for litter (%)", 6.1, 5.4, 7],
]


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.name, PeriodRow.label, ObservationRow.actual)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


def test_previous_and_current_with_no_period_anywhere_need_review(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, book(tmp_path / "extract.xlsx", ROWS, title="Sheet1"))
    assert report.status == "needs_review"
    assert len(report.review) == 1
    line = report.review[0]
    assert line.startswith("Sheet1!B1: the figures under 'Previous' are in no period")
    assert "(and 1 more like it: C1)" in line
    assert counts(store) == (0, 0, 0)


@pytest.mark.parametrize(
    ("headings", "cell"),
    [(["This quarter"], "B1"), (["Last month", "This month"], "B1"), (["Actual", "Value"], "B1")],
)
def test_relative_or_second_undated_value_columns_need_review(
    store: Store, tmp_path: Path, headings: list[str], cell: str
) -> None:
    rows = [["Measure", *headings], ["Calls answered (%)", *[80 + i for i in range(len(headings))]]]
    report = import_file(store, book(tmp_path / "undated.xlsx", rows, title="Sheet1"))
    assert report.status == "needs_review"
    assert report.review[0].startswith(f"Sheet1!{cell}: the figures under '{headings[0]}'")


def test_accept_reads_the_current_column_at_the_files_date(store: Store, tmp_path: Path) -> None:
    report = import_file(store, book(tmp_path / "extract.xlsx", ROWS, title="Sheet1"), accept=True)
    assert (report.status, report.observations) == ("imported", 2)
    assert any("only 'Current' is imported" in w for w in report.warnings)
    assert sorted(a for _, _, a in stored(store)) == [5.4, 72.0]


def test_a_saved_profile_settles_figures_in_no_period(store: Store, tmp_path: Path) -> None:
    path = book(tmp_path / "extract.xlsx", ROWS, title="Sheet1")
    first = import_file(store, path)
    assert first.status == "needs_review" and first.signature is not None
    save_profile(store, "extract", first.signature, {"Measure": "name", "Current": "actual"})
    report = import_file(store, path, profile="extract")
    assert report.status == "imported"


@pytest.mark.parametrize(
    ("filename", "sheet", "title"),
    [
        ("extract.xlsx", "Sheet1", "Waste and street scene, Quarter 3 2024/25"),
        ("extract.xlsx", "Q3 2024-25", None),
        ("Q3 2024-25 waste figures.xlsx", "Sheet1", None),
    ],
)
def test_previous_and_current_count_from_a_period_named_anywhere(
    store: Store, tmp_path: Path, filename: str, sheet: str, title: str | None
) -> None:
    rows = ([[title], []] if title else []) + ROWS
    report = import_file(store, book(tmp_path / filename, rows, title=sheet))
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("Missed bins per 100,000 collections", "Q2 2024/25", 61.0),
        ("Missed bins per 100,000 collections", "Q3 2024/25", 72.0),
        ("Streets below grade B for litter (%)", "Q2 2024/25", 6.1),
        ("Streets below grade B for litter (%)", "Q3 2024/25", 5.4),
    ]


def test_previous_counts_back_a_year_from_a_year_in_the_title(store: Store, tmp_path: Path) -> None:
    rows = [["Annual performance report 2023/24"], [], *ROWS]
    report = import_file(store, book(tmp_path / "annual.xlsx", rows))
    assert report.status == "imported"
    assert {label for _, label, _ in stored(store)} == {"2022/23", "2023/24"}


def test_one_undated_actual_column_is_a_snapshot_at_the_files_date(
    store: Store, tmp_path: Path
) -> None:
    rows = [["Measure", "Actual", "Target"], ["Calls answered (%)", 81, 85]]
    report = import_file(store, book(tmp_path / "snapshot.xlsx", rows, title="Sheet1"))
    assert (report.status, report.review, report.observations) == ("imported", [], 1)
    assert any("values recorded as at" in w for w in report.warnings)


def test_cli_holds_figures_in_no_period_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = book(tmp_path / "extract.xlsx", ROWS, title="Sheet1")
    code = run(["--data-dir", str(tmp_path / "data"), "import", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    shown = json.loads(out)
    assert (shown["status"], shown["observations"]) == ("needs_review", 0)
    assert shown["review"][0].startswith("Sheet1!B1: ")
    assert err.startswith("error: ")


def test_last_year_in_an_annual_report_is_the_year_before_the_title(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        ["Annual performance report 2023/24"],
        [],
        ["Measure", "Last year", "This year", "Target"],
        ["Calls answered (%)", 78.0, 81.0, 85],
    ]
    report = import_file(store, book(tmp_path / "annual.xlsx", rows))
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("Calls answered (%)", "2022/23", 78.0),
        ("Calls answered (%)", "2023/24", 81.0),
    ]


def test_last_year_in_a_quarterly_report_stays_a_comparator(store: Store, tmp_path: Path) -> None:
    rows = [
        ["Quarterly report, Quarter 2 2024/25"],
        [],
        ["Measure", "This quarter", "Last year", "Target"],
        ["Calls answered (%)", 81.0, 78.0, 85],
    ]
    report = import_file(store, book(tmp_path / "quarterly.xlsx", rows))
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [("Calls answered (%)", "Q2 2024/25", 81.0)]
