"""A monthly dashboard's lines above and beside its bare month columns: a key saying which
measures count from April ('Measures marked (cumulative) ...') is about those rows, not every
month; a rating headed as the forecast's ('RAG (forecast v target)') rates no observed figure;
a 'YTD' in a row whose latest month is blank runs to the row's own latest month."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from db import queries
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout import keyed_counts

TITLE = "Monthly Performance Dashboard 2024/25"
KEY = "Measures marked (cumulative) show the position from 1 April to the end of each month."
MONTHS = ["Apr", "May", "Jun"]
SPAN = "Q1 2024/25"  # April to June


def _import(
    tmp_path: Path, notes: Sequence[str], heads: Sequence[str], rows: Sequence[Sequence[object]]
) -> tuple[str, list[str], dict[str, set[tuple[str, float | None, str | None]]]]:
    """Write a sheet (title, notes, headings, rows), import it: status, review lines and each
    code's stored (period, actual, rag)."""
    path = tmp_path / "dashboard.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dashboard"
    for line in [[TITLE], *([n] for n in notes), ["Code", "Measure", *heads], *rows]:
        sheet.append(list(line))
    book.save(path)
    store = Store.open(tmp_path / "store.db")
    try:
        report = import_file(store, path)
        with store.read_session() as session:
            stored = queries.load_indicators(session)
    finally:
        store.close()
    read = {
        str(i.code): {(o.period.label, o.actual, o.rag) for o in i.observations} for i in stored
    }
    return report.status, list(report.review), read


ROWS = [
    ["RB01", "Council tax collected (cumulative)", 10.9, 19.8, 28.6, 28.6],
    ["RB03", "Average days to process new claims", 19.2, 18.4, 20.1, 19.2],
]


def test_a_key_to_marked_measures_leaves_the_other_rows_months_as_months(
    tmp_path: Path,
) -> None:
    status, review, read = _import(tmp_path, [KEY], [*MONTHS, "YTD"], ROWS)
    assert (status, review) == ("imported", [])
    assert read["RB03"] == {
        ("Apr 2024", 19.2, None),
        ("May 2024", 18.4, None),
        ("Jun 2024", 20.1, None),
        (SPAN, 19.2, None),
    }
    # the marked measure counts from April, as the key says: its June is the year to date
    assert read["RB01"] == {
        ("Apr 2024", 10.9, None),
        ("Apr 2024\u2013May 2024", 19.8, None),
        (SPAN, 28.6, None),
    }


def test_a_footnote_line_mentioning_ytd_is_no_word_on_every_month(tmp_path: Path) -> None:
    note = "\u2020 Reported one month in arrears: YTD to the end of May."
    status, review, read = _import(tmp_path, [KEY, note], [*MONTHS, "YTD"], ROWS)
    assert (status, review) == ("imported", [])
    assert ("Jun 2024", 20.1, None) in read["RB03"]


def test_a_line_saying_every_figure_is_cumulative_still_spans_every_month(
    tmp_path: Path,
) -> None:
    # no mark keyed: the line is about the table's figures, all of them from April
    rows = [[code, name, *figures] for code, name, *figures, _ in ROWS]
    status, review, read = _import(
        tmp_path, ["Cumulative to end of month - figures from 1 April"], MONTHS, rows
    )
    assert (status, review) == ("imported", [])
    assert {label for label, _, _ in read["RB03"]} == {
        "Apr 2024",
        "Apr 2024\u2013May 2024",
        SPAN,
    }


@pytest.mark.parametrize(
    ("line", "keyed"),
    [
        (KEY, True),
        ("Indicators flagged YTD count from the start of the year.", True),
        ("* Cumulative from 1 April.", True),
        ("Cumulative to end of month - 2024/25", False),
        ("Revenues & Benefits - Cumulative Performance", False),
    ],
)
def test_which_lines_key_a_mark(line: str, keyed: bool) -> None:
    assert all(keyed_counts.keys_a_mark(s) == keyed for s in keyed_counts.sentences([line]))


def test_a_key_not_saying_from_april_makes_no_marked_row_a_span() -> None:
    said = "Measures marked (cumulative) are running totals since the scheme began."
    assert not keyed_counts.marked_from_april([said])
    assert keyed_counts.marked_from_april([KEY])


RATED = [
    ["CS01", "Calls answered within 3 minutes (%)", 71.2, 68.4, 74.9, 80.0, "Amber"],
    ["EN02", "Missed bins per 100,000 collections", 61, 48, 52, 60, "Green"],
]


@pytest.mark.parametrize(
    "heading", ["RAG (forecast v target)", "RAG forecast", "Projected RAG", "Forecast RAG"]
)
def test_a_rating_of_the_forecast_rates_no_figure(tmp_path: Path, heading: str) -> None:
    heads = [*MONTHS, "Annual target", heading]
    status, review, read = _import(tmp_path, [], heads, RATED)
    assert (status, review) == ("imported", [])
    assert all(rag is None for found in read.values() for _, _, rag in found)


@pytest.mark.parametrize("heading", ["RAG", "RAG (latest month v target)", "RAG vs forecast"])
def test_a_rating_not_of_the_forecast_rates_the_latest_month(tmp_path: Path, heading: str) -> None:
    heads = [*MONTHS, "Annual target", heading]
    status, review, read = _import(tmp_path, [], heads, RATED)
    assert (status, review) == ("imported", [])
    assert ("Jun 2024", 74.9, "amber") in read["CS01"]


LATE = ["EN01", "Household waste recycled (%)", 52.1, 54.8, None, 53.4]


def test_a_row_whose_latest_month_is_blank_has_its_year_to_date_to_its_own_latest(
    tmp_path: Path,
) -> None:
    status, review, read = _import(tmp_path, [], [*MONTHS, "YTD"], [*ROWS, LATE])
    assert (status, review) == ("imported", [])
    assert ("Apr 2024\u2013May 2024", 53.4, None) in read["EN01"]
    assert (SPAN, 19.2, None) in read["RB03"]  # the other rows' run to June


@pytest.mark.parametrize("june", ["n/a", 50.9])
def test_a_latest_month_with_words_or_a_figure_leaves_the_tables_span(
    tmp_path: Path, june: object
) -> None:
    row = [*LATE[:4], june, LATE[5]]
    status, review, read = _import(tmp_path, [], [*MONTHS, "YTD"], [*ROWS, row])
    assert (status, review) == ("imported", [])
    assert (SPAN, 53.4, None) in read["EN01"]


def test_a_blank_month_between_figures_leaves_the_tables_span(tmp_path: Path) -> None:
    row = ["EN01", "Household waste recycled (%)", 52.1, None, 50.9, 51.5]
    status, review, read = _import(tmp_path, [], [*MONTHS, "YTD"], [*ROWS, row])
    assert (status, review) == ("imported", [])
    assert (SPAN, 51.5, None) in read["EN01"]
