"""A heading that only says its table compares ('Benchmarking', 'Comparators') is no
portfolio, and a table under it is no panel of the table above."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, PortfolioRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.layout.later_tables import says_benchmarking

Rows = Sequence[Sequence[object]]

MAIN: Rows = (
    ("Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG"),
    ("Children's Services",),
    ("CS01", "Re-referrals within 12 months (%)", 21.4, 19.8, 20, "Green"),
    ("CS02", "Child protection plans lasting 2 years or more (%)", 3.1, 4.6, 2.5, "Red"),
    ("CS03", "Children in care with 3 or more placements (%)", 9.2, 10.1, 10, "Amber"),
    ("Adult Social Care",),
    ("AS01", "Older people at home 91 days after reablement (%)", 83.5, 85.1, 85, "Green"),
    ("AS02", "Service users receiving direct payments (%)", 27.8, 28.4, 28, "Green"),
)
BENCH_HEAD = ("Code", "Indicator", "2023/24 Our council", "England", "Statistical neighbours")
BENCH: Rows = (
    BENCH_HEAD,
    ("CS01", "Re-referrals within 12 months (%)", 20.7, 22.4, 21.9),
    ("CS02", "Child protection plans lasting 2 years or more (%)", 2.8, 3.9, 3.4),
    ("AS02", "Service users receiving direct payments (%)", 27.1, 25.5, 26.8),
)


def _write(path: Path, bench: Rows, *, heading: str | None, sheet: str | None = None) -> Path:
    """The main table under portfolio rows; ``bench`` below it after two blank rows under
    ``heading``, or on a sheet called ``sheet``."""
    book = Workbook()
    card = book.active
    assert card is not None
    card.title = "Scorecard"
    card.append(["People Services Performance Scorecard, Quarter 2 2024/25"])
    card.append([])
    for row in MAIN:
        card.append(list(row))
    below = card
    if sheet is not None:
        below = book.create_sheet(sheet)
    else:
        card.append([])
        card.append([])
    if heading is not None:
        below.append([heading])
    for row in bench:
        below.append(list(row))
    book.save(path)
    return path


def _import(tmp_path: Path, path: Path) -> tuple[ImportReport, Store]:
    store = Store.open(tmp_path / "scrutineer.sqlite")
    return import_file(store, path), store


def _count(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count(IndicatorRow.id))) or 0


@pytest.mark.parametrize(
    "text",
    [
        "Benchmarking",
        "Comparators",
        "Benchmark data",
        "Benchmarking (latest available)",
        "Benchmarks 2023/24",
        "Benchmarking against statistical neighbours",
        "LG Inform benchmarking",
        "COMPARATOR DATA",
    ],
)
def test_headings_saying_a_table_holds_comparisons(text: str) -> None:
    assert says_benchmarking(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adult Social Care",
        "Children's Services benchmarking",
        "Public Health",
        "Data quality",
        "Performance",
        "Latest published data",
        None,
    ],
)
def test_headings_that_name_a_service_or_no_comparison(text: str | None) -> None:
    assert not says_benchmarking(text)


def test_a_table_under_benchmarking_is_no_portfolio_and_no_panel(tmp_path: Path) -> None:
    path = _write(tmp_path / "people.xlsx", BENCH, heading="Benchmarking")
    report, store = _import(tmp_path, path)
    try:
        assert report.status == "imported", report.review
        with store.read_session() as session:
            portfolios = set(session.scalars(select(PortfolioRow.name)))
        assert portfolios == {"Children's Services", "Adult Social Care"}
    finally:
        store.close()


def test_without_a_heading_a_partial_repeat_is_still_asked_about_as_a_panel(
    tmp_path: Path,
) -> None:
    # nothing says the table below compares: it may be the table above continued
    report, store = _import(tmp_path, _write(tmp_path / "p.xlsx", BENCH, heading=None))
    try:
        assert report.status == "needs_review"
        (line,) = report.review
        assert line.startswith("Scorecard!A13: the table at A13 repeats the codes")
        assert _count(store) == 0
    finally:
        store.close()
