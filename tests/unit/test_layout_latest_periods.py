"""A 'Latest data' column naming each row's latest period decides which figure its rating rates."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.layout.latest_periods import read_named
from desktop.scorecard.read.grid import CellValue

TITLE = "Public health commissioned services – Quarter 3 2024/25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# ref, name, Q1, Q2, Q3 as typed, the 'Latest data' cell, the RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH01", "Women smoking at the time of delivery (%)", 8.1, "n/a", None, "Q1 2024/25",
     "Green"),
    ("PH02", "New birth visits within 14 days (%)", 89.2, 91.4, "TBC", "Q2 2024/25", "Green"),
    ("PH03", "6-8 week reviews by 8 weeks (%)", 84.6, 86.2, 85.1, "Q3 2024/25", "Amber"),
    ("PH04", "Successful completions - opiate clients (%)", 4.9, 5.3, None,
     "Q2 2024/25 (12 months to Sep 2024)", "Amber"),
    ("PH05", "Attendances at sexual health clinics", 5512, 5218, 5040, "Q3 2024/25", None),
)  # fmt: skip
FIRST = 3  # the sheet row of the first indicator


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _book(
    path: Path, rows: Sequence[tuple[object, ...]] = ROWS, heading: str = "Latest data"
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append([TITLE])
    sheet.append(["Ref", "Indicator", *QUARTERS, heading, "RAG"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _changed(**cells: tuple[int, object]) -> list[tuple[object, ...]]:
    """ROWS with one cell of a row changed: code -> (column index in the row, new value)."""
    rows = [list(r) for r in ROWS]
    for code, (col, value) in cells.items():
        row = next(r for r in rows if r[0] == code)
        row[col] = value
    return [tuple(r) for r in rows]


def _import(
    store: Store, path: Path
) -> tuple[ImportReport, dict[tuple[str, str], tuple[float | None, str | None, str | None]]]:
    report = import_file(store, path)
    with store.read_session() as session:
        stored = {
            (o.indicator.code or "", o.period.label): (o.actual, o.actual_text, o.rag)
            for o in session.scalars(select(ObservationRow))
        }
    return report, stored


@pytest.mark.parametrize(
    "heading", ["Latest data", "Latest period", "Data period", "Period of latest data"]
)
def test_the_rating_goes_on_the_period_the_latest_column_names(
    tmp_path: Path, store: Store, heading: str
) -> None:
    report, stored = _import(store, _book(tmp_path / "ph.xlsx", heading=heading))
    assert report.status == "imported" and report.review == []
    # the row's last filled cell holds no figure: the rating is its latest figure's
    assert stored[("PH01", "Q1 2024/25")] == (8.1, None, "green")
    assert stored[("PH01", "Q2 2024/25")] == (None, "n/a", None)
    assert stored[("PH02", "Q2 2024/25")] == (91.4, None, "green")
    assert stored[("PH02", "Q3 2024/25")] == (None, "TBC", None)
    # naming the last figure, as without the column
    assert stored[("PH03", "Q3 2024/25")][2] == "amber"
    assert stored[("PH03", "Q2 2024/25")][2] is None
    # a bracket saying the span its figure covers names the same quarter's figure
    assert stored[("PH04", "Q2 2024/25")] == (5.3, None, "amber")
    assert stored[("PH04", "Q1 2024/25")][2] is None
    assert not any("Latest" in w or "period" in w.lower() for w in report.warnings)


def test_a_period_whose_cell_holds_no_figure_is_held_naming_the_cell(
    tmp_path: Path, store: Store
) -> None:
    path = _book(tmp_path / "na.xlsx", _changed(PH01=(5, "Q2 2024/25")))
    report, stored = _import(store, path)
    assert report.status == "needs_review" and stored == {}
    assert len(report.review) == 1
    assert report.review[0].startswith(
        "Scorecard!F3: 'Q2 2024/25' under 'Latest data' names Q2 2024/25, whose cell holds 'n/a'"
    )


def test_a_period_the_row_gives_nothing_for_is_held(tmp_path: Path, store: Store) -> None:
    path = _book(tmp_path / "blank.xlsx", _changed(PH04=(5, "Q3 2024/25")))
    report, _ = _import(store, path)
    assert report.status == "needs_review"
    assert [line.split(":")[0] for line in report.review] == ["Scorecard!F6"]
    assert "a period the row gives no figure for" in report.review[0]


def test_an_earlier_period_beside_a_later_figure_is_held(tmp_path: Path, store: Store) -> None:
    # 'Q1 2024/25' while the row has figures for Q2 and Q3: which does the rating rate?
    path = _book(tmp_path / "stale.xlsx", _changed(PH03=(5, "Q1 2024/25")))
    report, _ = _import(store, path)
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!F5: 'Q1 2024/25' under 'Latest data'")
    assert "a figure for Q2 2024/25 after it" in report.review[0]


def test_a_cell_that_names_no_period_on_a_rated_row_is_held(tmp_path: Path, store: Store) -> None:
    path = _book(tmp_path / "words.xlsx", _changed(PH02=(5, "See commentary")))
    report, _ = _import(store, path)
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!F4: 'See commentary' under 'Latest data'")


def test_a_row_with_no_rating_is_not_asked_about(tmp_path: Path, store: Store) -> None:
    # the near miss: the cell names a quarter the row has no figure for, but nothing on the
    # row is placed by it
    path = _book(tmp_path / "unrated.xlsx", _changed(PH05=(4, None)))
    report, stored = _import(store, path)
    assert report.status == "imported" and report.review == []
    assert ("PH05", "Q3 2024/25") not in stored
    assert stored[("PH05", "Q2 2024/25")] == (5218.0, None, None)


def test_a_blank_cell_leaves_the_rating_on_the_last_figure(tmp_path: Path, store: Store) -> None:
    path = _book(tmp_path / "blank_latest.xlsx", _changed(PH02=(5, None)))
    report, stored = _import(store, path)
    assert report.status == "imported"
    assert stored[("PH02", "Q3 2024/25")] == (None, "TBC", "green")


def test_a_column_naming_other_periods_than_the_tables_decides_nothing(
    tmp_path: Path, store: Store
) -> None:
    # the near miss: months under a 'Latest data' heading beside quarter columns are not the
    # table's periods, so they place no rating; the column is read as without this rule (a
    # heading of figures over period labels, held at its heading)
    months = ("Jun 2024", "Sep 2024", "Dec 2024", "Sep 2024", "Dec 2024")
    rows = [(*r[:5], month, r[6]) for r, month in zip(ROWS, months, strict=True)]
    report, stored = _import(store, _book(tmp_path / "months.xlsx", rows))
    assert report.status == "needs_review" and stored == {}
    assert len(report.review) == 1
    assert report.review[0].startswith("Scorecard!F2: column 'Latest data' is headed as figures")


@pytest.mark.parametrize(
    ("text", "period", "span"),
    [
        ("Q1 2024/25", "Q1 2024/25", None),
        ("Q2 2024/25 (Apr\u2013Sep 2024)", "Q2 2024/25", "H1 2024/25"),
        ("Q2 2024/25 (12 months to Sep 2024)", "Q2 2024/25", "Oct 2023\u2013Sep 2024"),
        ("Q2 2024/25 (Apr-Sep)", "Q2 2024/25", "H1 2024/25"),
        ("Q2 2024/25 (Jul\u2013Sep 2024)", "Q2 2024/25", None),
        ("Q2 2024/25 (provisional)", "Q2 2024/25", None),
        ("2023/24", "2023/24", None),
        ("Q2 2024/25 (Apr\u2013Jun 2024)", None, None),  # a span ending before the quarter
        ("Q2 2024/25 (Apr-Jun)", None, None),
        ("See commentary", None, None),
        (45.2, None, None),
    ],
)
def test_what_a_latest_cell_names(text: CellValue, period: str | None, span: str | None) -> None:
    named = read_named(text)
    assert (named.period.label if named else None) == period
    assert (named.span.label if named and named.span else None) == span
