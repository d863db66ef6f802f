"""Headings written relative to the title's quarter, and bilingual Welsh/English headings."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, PeriodRow.label, ObservationRow.actual, ObservationRow.rag)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


def test_this_previous_and_last_year_quarters_count_from_the_title(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "ytd.xlsx",
        [
            ["Children's Social Care Performance Report - Quarter 2 2024/25"],
            [],
            ["Ref", "Indicator", "Same quarter last year", "Previous quarter", "This quarter",
             "Year to date", "Target", "RAG"],
            ["CS01", "Contacts progressing to referral", 24.0, 27.5, 31.2, 29.4, 30.0, "Green"],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("CS01", "H1 2024/25", 29.4, None),
        ("CS01", "Q1 2024/25", 27.5, None),
        ("CS01", "Q2 2023/24", 24.0, None),
        ("CS01", "Q2 2024/25", 31.2, "green"),
    ]


def test_bilingual_headings_are_read_by_the_side_the_vocabulary_knows(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "welsh.xlsx",
        [
            ["Cerdyn Sgorio Perfformiad / Performance Scorecard 2024-25"],
            [],
            ["Cyfeirnod / Ref", "Dangosydd / Indicator", "Targed / Target",
             "Chwarter 1 / Quarter 1", "Chwarter 2 / Quarter 2", "Statws / Status"],
            ["PAM/012", "Atal digartrefedd / Homelessness prevented", 65.0, 61.2, 67.8,
             "Gwyrdd / Green"],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("PAM/012", "Q1 2024/25", 61.2, None),
        ("PAM/012", "Q2 2024/25", 67.8, "green"),
    ]


def test_note_markers_in_headings_are_left_out(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "notes.xlsx",
        [
            ["Code", "Indicator [note 1]", "Q1 2024/25", "Q2 2024/25 [note 2]"],
            ["H1", "Households prevented from homelessness", 61, 70],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [("H1", "Q1 2024/25", 61.0, None), ("H1", "Q2 2024/25", 70.0, None)]


def test_months_under_a_cumulative_heading_count_from_april(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "cumulative.xlsx",
        [
            ["Revenues - collection"],
            [None, None, "Cumulative to end of month - 2024/25"],
            ["Ref", "Measure", "Apr", "May", "Jun"],
            ["RV1", "Council tax collected (%)", 10.4, 19.8, 29.1],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("RV1", "Apr 2024", 10.4, None),
        ("RV1", "Apr 2024\u2013May 2024", 19.8, None),
        ("RV1", "Q1 2024/25", 29.1, None),
    ]


def test_months_without_a_cumulative_word_are_months(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "monthly.xlsx",
        [
            ["Revenues - monthly collection 2024/25"],
            ["Ref", "Measure", "Apr", "May"],
            ["RV1", "Council tax collected (%)", 10.4, 9.4],
        ],
    )
    import_file(store, path)
    assert stored(store) == [("RV1", "Apr 2024", 10.4, None), ("RV1", "May 2024", 9.4, None)]


def test_tables_side_by_side_are_read_each_with_its_own_headings(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "sides.xlsx",
        [
            ["Housing Services Performance"],
            ["2023/24 outturn", None, None, None, None, "2024/25 so far"],
            ["Ref", "Indicator", "Q3", "Q4", None, "Ref", "Indicator", "Q1", "RAG"],
            ["H1", "Homes re-let in 28 days (%)", 61.0, 60.2, None, "H2", "Repairs on time (%)",
             88.2, "G"],
            ["H2", "Repairs on time (%)", 83.1, 86.0, None, "H1", "Homes re-let in 28 days (%)",
             59.9, "A"],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("H1", "Q1 2024/25", 59.9, "amber"),
        ("H1", "Q3 2023/24", 61.0, None),
        ("H1", "Q4 2023/24", 60.2, None),
        ("H2", "Q1 2024/25", 88.2, "green"),
        ("H2", "Q3 2023/24", 83.1, None),
        ("H2", "Q4 2023/24", 86.0, None),
    ]
