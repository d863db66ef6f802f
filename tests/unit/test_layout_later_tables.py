"""A later table of the same codes with no portfolio of its own (a 'Benchmarking' table below
the main table, or on a sheet of its own): its rows are the indicators read above, not new
ones; a row whose name clearly differs is held for review naming its name cell."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, ObservationRow, PeriodRow, PortfolioRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.layout.later_tables import names_agree, says_benchmarking

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


def _stored(store: Store) -> dict[str, tuple[str | None, dict[str, float | None]]]:
    """Each stored indicator's code: its portfolio and its figures by period."""
    found: dict[str, tuple[str | None, dict[str, float | None]]] = {}
    with store.read_session() as session:
        rows = session.execute(
            select(IndicatorRow.id, IndicatorRow.code, PortfolioRow.name).outerjoin(
                PortfolioRow, IndicatorRow.portfolio_id == PortfolioRow.id
            )
        ).all()
        for iid, code, portfolio in rows:
            assert code not in found, f"{code} stored twice"
            figures = session.execute(
                select(PeriodRow.label, ObservationRow.actual)
                .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
                .where(ObservationRow.indicator_id == iid)
            ).all()
            found[code] = (portfolio, {label: actual for label, actual in figures})
    return found


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


def test_names_agree_when_one_names_words_are_among_the_others() -> None:
    assert names_agree("Re-referrals (%)", "Children's social care re-referrals (%)")
    assert names_agree("Smoking at time of delivery", "Smoking status at time of delivery")
    assert not names_agree("Smoking at time of delivery (%)", "Re-referrals within 12 months")


def test_a_benchmarking_table_below_is_joined_to_the_indicators_above(tmp_path: Path) -> None:
    path = _write(tmp_path / "people.xlsx", BENCH, heading="Benchmarking")
    report, store = _import(tmp_path, path)
    try:
        assert report.status == "imported", report.review
        assert report.review == []
        assert _count(store) == 5  # the main table's five, none added by the second table
        stored = _stored(store)
        assert stored["CS01"] == (
            "Children's Services",
            {"2023/24": 20.7, "Q1 2024/25": 21.4, "Q2 2024/25": 19.8},
        )
        assert stored["AS02"][0] == "Adult Social Care"
        assert stored["AS02"][1]["2023/24"] == 27.1
        assert "Benchmarking" not in {p for p, _ in stored.values()}
    finally:
        store.close()


def test_a_comparators_sheet_of_its_own_is_joined_the_same_way(tmp_path: Path) -> None:
    path = _write(tmp_path / "people.xlsx", BENCH, heading=None, sheet="Comparators")
    report, store = _import(tmp_path, path)
    try:
        assert report.status == "imported", report.review
        assert _count(store) == 5
        stored = _stored(store)
        # the main sheet read as it would be alone: its portfolio rows are the portfolios
        assert stored["CS02"] == (
            "Children's Services",
            {"2023/24": 2.8, "Q1 2024/25": 3.1, "Q2 2024/25": 4.6},
        )
    finally:
        store.close()


def test_shortened_names_under_the_same_codes_are_joined(tmp_path: Path) -> None:
    bench: Rows = (
        BENCH_HEAD,
        ("CS01", "Re-referrals (%)", 20.7, 22.4, 21.9),
        ("AS01", "Older people at home after reablement", 84.2, 83.8, 82.0),
    )
    report, store = _import(tmp_path, _write(tmp_path / "p.xlsx", bench, heading="Comparators"))
    try:
        assert report.status == "imported", report.review
        assert _count(store) == 5
        assert _stored(store)["AS01"][1]["2023/24"] == 84.2
    finally:
        store.close()


def test_a_code_under_a_clearly_different_name_is_held_naming_its_cell(tmp_path: Path) -> None:
    bench: Rows = (
        BENCH_HEAD,
        ("CS01", "Re-referrals within 12 months (%)", 20.7, 22.4, 21.9),
        ("CS02", "Smoking at time of delivery (%)", 10.4, 7.4, 8.8),
    )
    path = _write(tmp_path / "people.xlsx", bench, heading="Benchmarking")
    report, store = _import(tmp_path, path)
    try:
        assert report.status == "needs_review"
        (line,) = report.review
        # 'Benchmarking' is row 13, the headings row 14: CS02's name is in B16, above in B6
        assert line.startswith("Scorecard!B16: 'CS02' is named 'Smoking at time of delivery")
        assert "at B6 —" in line
        assert _count(store) == 0  # nothing written
    finally:
        store.close()


def test_another_list_of_measures_numbered_alike_is_read_as_before(tmp_path: Path) -> None:
    # the same codes, every name another measure's: not the indicators above
    bench: Rows = (
        BENCH_HEAD,
        ("CS01", "Fly-tips cleared within 2 days (%)", 91.0, 88.0, 90.0),
        ("CS02", "Household waste recycled (%)", 44.1, 42.3, 45.0),
        ("CS03", "Missed bins per 100,000 collections", 61.0, 55.0, 58.0),
    )
    report, store = _import(tmp_path, _write(tmp_path / "p.xlsx", bench, heading="Benchmarking"))
    try:
        assert report.status == "imported", report.review
        with store.read_session() as session:
            names = set(session.scalars(select(IndicatorRow.name)))
        assert _count(store) == 8  # read as before: three indicators of their own
        assert "Household waste recycled (%)" in names
    finally:
        store.close()


def test_a_second_table_with_a_code_not_above_is_not_joined(tmp_path: Path) -> None:
    bench: Rows = (*BENCH, ("PH09", "Smoking at time of delivery (%)", 10.4, 7.4, 8.8))
    report, store = _import(tmp_path, _write(tmp_path / "p.xlsx", bench, heading="Benchmarking"))
    try:
        assert report.status == "imported", report.review
        with store.read_session() as session:
            codes = list(session.scalars(select(IndicatorRow.code)))
        assert codes.count("CS01") == 2  # not every code is above: a table of its own
        assert "PH09" in codes
    finally:
        store.close()


def test_a_joined_row_giving_a_period_another_figure_is_held(tmp_path: Path) -> None:
    bench: Rows = (
        ("Code", "Indicator", "Q2 2024/25", "England"),
        ("CS01", "Re-referrals within 12 months (%)", 18.0, 22.4),
    )
    report, store = _import(tmp_path, _write(tmp_path / "p.xlsx", bench, heading="Benchmarking"))
    try:
        assert report.status == "needs_review"
        (line,) = report.review
        assert line.startswith("Scorecard!C15: 'CS01' Q2 2024/25 is 18 here but 19.8 at D5")
        assert _count(store) == 0
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
