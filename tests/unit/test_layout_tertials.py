"""Tertials, the four-month thirds of a year ('T1 2024/25 (Apr–Jul)', 'Tertial 2 2024-25'),
read as the months they cover, from the heading's brackets, a note dividing the year, or a
financial year's April–July, August–November, December–March where the sheet says
tertials; a short 'T1' nothing shows to be a tertial is held for review or, in a schools'
report or a code column, read as before."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.header import classify

TITLE = "Corporate Performance Report 2024/25"
ROWS: list[list[object]] = [
    ["CF03", "Education, Health and Care Plans issued within 20 weeks (%)", 48.2, 55.6, 61.3,
     None, 60.0, "Green"],
    ["PE02", "Missed bin collections per 100,000 collections", 52, 47, 61, None, 50, "Red"],
]  # fmt: skip


def _book(
    path: Path,
    lines: Sequence[object],
    heading: Sequence[object],
    rows: Sequence[Sequence[object]] = ROWS,
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for line in lines:
        sheet.append([line])
    sheet.append(list(heading))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _heading(t1: str, t2: str, t3: str) -> list[str]:
    return ["Ref", "Indicator", "2023/24 Outturn", t1, t2, t3, "Target 2024/25", "RAG"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _stored(store: Store) -> dict[tuple[str, str], tuple[float | None, float | None, str | None]]:
    with store.read_session() as session:
        return {
            (o.indicator.code or "", o.period.label): (o.actual, o.target, o.rag)
            for o in session.scalars(select(ObservationRow))
        }


EXPECTED = {
    ("CF03", "2023/24"): (48.2, None, None),
    ("CF03", "Apr 2024\u2013Jul 2024"): (55.6, 60.0, None),
    ("CF03", "Aug 2024\u2013Nov 2024"): (61.3, 60.0, "green"),
    ("PE02", "2023/24"): (52.0, None, None),
    ("PE02", "Apr 2024\u2013Jul 2024"): (47.0, 50.0, None),
    ("PE02", "Aug 2024\u2013Nov 2024"): (61.0, 50.0, "red"),
}


def test_tertials_with_their_months_in_brackets_are_those_months(
    tmp_path: Path, store: Store
) -> None:
    """The outturn stays the financial year 2023/24 beside them (April–July is no summer
    term, though a row names education), the target is on the tertials, the RAG on T2."""
    heading = _heading(
        "T1 2024/25\n(Apr\u2013Jul)", "T2 2024/25\n(Aug\u2013Nov)", "T3 2024/25\n(Dec\u2013Mar)"
    )
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE], heading))
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


def test_a_note_dividing_the_year_dates_short_headings(tmp_path: Path, store: Store) -> None:
    note = (
        "The year is divided into three tertials: Tertial 1 (T1) = April to July, Tertial 2 "
        "(T2) = August to November, Tertial 3 (T3) = December to March."
    )
    heading = _heading("T1 2024/25", "T2 2024/25", "T3 2024/25")
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE, note], heading))
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


@pytest.mark.parametrize(
    "names",
    [
        ("Tertial 1 2024/25", "Tertial 2 2024/25", "Tertial 3 2024/25"),
        ("Tertial 1 2024-25", "Tertial 2 2024-25", "Tertial 3 2024-25"),
        ("1st tertial 24/25", "2nd tertial 24/25", "3rd tertial 24/25"),
        ("Tertial 1", "Tertial 2", "Tertial 3"),  # the year from the title
    ],
)
def test_a_tertial_in_words_is_a_financial_years_third(
    tmp_path: Path, store: Store, names: tuple[str, str, str]
) -> None:
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE], _heading(*names)))
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


@pytest.mark.parametrize("year", ["2024/25", "2024-25", "24/25"])
def test_short_tertials_on_a_sheet_that_says_tertials(
    tmp_path: Path, store: Store, year: str
) -> None:
    title = "Tertial 2 performance report to Overview and Scrutiny"
    heading = _heading(f"T1 {year}", f"T2 {year}", f"T3 {year}")
    report = import_file(store, _book(tmp_path / "t.xlsx", [title], heading))
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


def test_short_tertials_under_a_years_band(tmp_path: Path, store: Store) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Four-monthly performance report"])
    sheet.append(["Ref", "Indicator", "2023/24", "2024/25", None, None, "Target 2024/25", "RAG"])
    sheet.append([None, None, "Outturn", "T1", "T2", "T3", None, None])
    for row in ROWS:
        sheet.append(row)
    sheet.merge_cells("D2:F2")
    book.save(tmp_path / "band.xlsx")
    report = import_file(store, tmp_path / "band.xlsx")
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


def test_a_short_T_with_a_year_and_nothing_saying_tertials_is_held(
    tmp_path: Path, store: Store
) -> None:
    """'T1 2024/25' alone may be a tertial, a term or a trimester: held, naming the heading,
    never read as the whole year 2024/25."""
    heading = _heading("T1 2024/25", "T2 2024/25", "T3 2024/25")
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE], heading))
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!D2: 'T1 2024/25': T1 of a year — a tertial")
    assert "(and 1 more like it: E2)" in report.review[0]
    assert _stored(store) == {}


def test_a_rows_commentary_is_no_note_dividing_the_year(tmp_path: Path, store: Store) -> None:
    """'T2: May and June missing' in a row's comment says nothing of how the year is divided."""
    rows = [[*ROWS[0], "T2: May and June returns missing"], [*ROWS[1], None]]
    heading = [*_heading("T1 2024/25", "T2 2024/25", "T3 2024/25"), "Commentary"]
    report = import_file(
        store, _book(tmp_path / "t.xlsx", ["Tertial 2 report 2024/25"], heading, rows)
    )
    assert report.status == "imported", report.review
    assert ("CF03", "Aug 2024\u2013Nov 2024") in _stored(store)


def test_brackets_and_a_note_that_disagree_are_held(tmp_path: Path, store: Store) -> None:
    note = "Tertial 1 = May to August, Tertial 2 = September to December"
    heading = _heading("T1 2024/25 (Apr-Jul)", "T2 2024/25 (Aug-Nov)", "T3 2024/25 (Dec-Mar)")
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE, note], heading))
    assert report.status == "needs_review"
    assert report.review[0].startswith(
        "Scorecard!D3: 'T1 2024/25 (Apr-Jul)': the months in the heading are not those the note"
    )


def test_months_that_are_no_tertials_are_held(tmp_path: Path, store: Store) -> None:
    heading = _heading("T1 2024/25 (Apr-Jun)", "T2 2024/25 (Jul-Sep)", "T3 2024/25 (Oct-Dec)")
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE], heading))
    assert report.status == "needs_review"
    assert "the months it gives (Apr–Jun) are not tertial 1's four months" in report.review[0]


def test_a_tertial_of_an_academic_year_needs_its_months(tmp_path: Path, store: Store) -> None:
    """Of an academic year nothing says which four months a tertial is: held; with its
    months in brackets, read from September."""
    worded = _heading(*(f"Tertial {n} 2024/25 (AY)" for n in (1, 2, 3)))
    report = import_file(store, _book(tmp_path / "ay.xlsx", ["Performance report"], worded))
    assert report.status == "needs_review"
    assert "a tertial of an academic year, and nothing says which months" in report.review[0]
    dated = _heading("T1 2024/25 (Sep-Dec)", "T2 2024/25 (Jan-Apr)", "T3 2024/25 (May-Aug)")
    report = import_file(store, _book(tmp_path / "months.xlsx", ["Performance report"], dated))
    assert report.status == "imported", report.review
    assert {label for _, label in _stored(store)} == {
        "2023/24",
        "Sep 2024\u2013Dec 2024",
        "Jan 2025\u2013Apr 2025",
    }


def test_a_short_T_in_a_schools_report_is_no_tertial(tmp_path: Path, store: Store) -> None:
    """A termly report's 'T1 2024/25' (a term) is read as it was, never as April to July."""
    rows = [["AT1", "Pupils persistently absent (%)", 21.0, 18.4]]
    heading = ["Ref", "Measure", "2023/24", "T1 2024/25"]
    import_file(store, _book(tmp_path / "s.xlsx", ["School attendance by term"], heading, rows))
    assert all("\u2013" not in label for _, label in _stored(store))


def test_T1_as_an_indicators_code_is_read_as_before(tmp_path: Path, store: Store) -> None:
    rows = [["T1", "Cash balances (£m)", 42.7, 58.3], ["T2", "Invoices paid (%)", 93.8, 95.2]]
    heading = ["Ref", "Indicator", "2023/24", "2024/25"]
    report = import_file(store, _book(tmp_path / "c.xlsx", ["Treasury indicators"], heading, rows))
    assert report.status == "imported", report.review
    assert set(_stored(store)) == {
        ("T1", "2023/24"),
        ("T1", "2024/25"),
        ("T2", "2023/24"),
        ("T2", "2024/25"),
    }


def test_four_month_ranges_are_read_as_written(tmp_path: Path, store: Store) -> None:
    """'Apr–Jul 2024' beside 'Aug–Nov 2024' is no season: read, not left out."""
    heading = _heading("Apr\u2013Jul 2024", "Aug\u2013Nov 2024", "Dec 2024\u2013Mar 2025")
    report = import_file(store, _book(tmp_path / "t.xlsx", [TITLE], heading))
    assert report.status == "imported", report.review
    assert _stored(store) == EXPECTED


def test_a_tertial_with_a_field_word_is_that_tertials_field() -> None:
    column = classify("Tertial 2 2024/25 Target")
    assert column.field == "target" and column.period is not None
    assert column.period.label == "Aug 2024\u2013Nov 2024"
