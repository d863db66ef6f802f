"""A count beside the share of it that met a standard under each period ('July 2024' over
'No.' | '% in target'): the percentage is the period's figure and the count its base, kept as
the denominator, never a figure, a unit or a second reading of the period. The share's
sub-heading says so ('% in target', '% within 20 working days', '% on time'), or a note
above the table does. A count beside a plain '%' or a rate with no such note is still the
rate's numerator, and a count beside '% of target' is still asked about."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from db import queries
from db.records import IndicatorRecord
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.layout.share_bases import counts_cases, names_share_met

NOTE = (
    "'No.' is the number of requests received in the month and '%' the proportion of them "
    "answered within 20 working days."
)
ROWS: list[list[object]] = [
    ["C01", "Retirement estimates issued", 118, 92.4, 131, 89.3, 95, "A"],
    ["C02", "Lump sums paid", 64, 96.9, 71, 98.6, 95, "G"],
    ["C03", "Transfer values credited", 6, 83.3, 0, "n/a", 90, None],
]


def _two_rows(
    count: str, share: str, notes: Sequence[str] = ()
) -> tuple[list[list[object]], list[str]]:
    """Notes, then each month merged over (count, share), 'Target %' and 'RAG' merged down."""
    top = len(notes) + 1
    rows: list[list[object]] = [
        *([n] for n in notes),
        ["Ref", "Measure", "July 2024", None, "August 2024", None, "Target %", "RAG"],
        [None, None, count, share, count, share, None, None],
        *ROWS,
    ]
    merged = [f"C{top}:D{top}", f"E{top}:F{top}"]
    merged += [f"{c}{top}:{c}{top + 1}" for c in "ABGH"]
    return rows, merged


def _book(path: Path, rows: Sequence[Sequence[object]], merged: Sequence[str] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Casework"
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _import(
    tmp_path: Path, rows: Sequence[Sequence[object]], merged: Sequence[str] = ()
) -> tuple[ImportReport, dict[str, IndicatorRecord]]:
    path = _book(tmp_path / "casework.xlsx", rows, merged)
    store = Store.open(tmp_path / "store.db")
    try:
        report = import_file(store, path)
        with store.read_session() as session:
            stored = queries.load_indicators(session)
    finally:
        store.close()
    return report, {i.name: i for i in stored}


def _read(indicator: IndicatorRecord) -> list[tuple[object, ...]]:
    return [
        (o.period.label, o.actual, o.actual_text, o.numerator, o.denominator, o.target, o.rag)
        for o in indicator.observations
    ]


def _as_bases(report: ImportReport, stored: dict[str, IndicatorRecord]) -> None:
    assert (report.status, report.review) == ("imported", [])
    assert sorted(stored) == ["Lump sums paid", "Retirement estimates issued",
                              "Transfer values credited"]  # fmt: skip
    assert _read(stored["Retirement estimates issued"]) == [
        ("Jul 2024", 92.4, None, None, 118, 95, None),
        ("Aug 2024", 89.3, None, None, 131, 95, "amber"),
    ]
    # a month with no cases: '0' and 'n/a', the 'n/a' kept as what it said
    assert _read(stored["Transfer values credited"]) == [
        ("Jul 2024", 83.3, None, None, 6, 90, None),
        ("Aug 2024", None, "n/a", None, 0, 90, None),
    ]
    assert {i.unit for i in stored.values()} == {"%"}


@pytest.mark.parametrize("count", ["No.", "Number", "Cases", "Volume", "No. completed"])
@pytest.mark.parametrize(
    "share",
    ["% in target", "% within 20 working days", "% on time", "% completed in time",
     "Percentage within timescale"],
)  # fmt: skip
def test_a_count_beside_the_share_of_it_that_met_a_standard_is_its_base(
    tmp_path: Path, count: str, share: str
) -> None:
    rows, merged = _two_rows(count, share)
    _as_bases(*_import(tmp_path, rows, merged))


def test_in_one_row_headings_too(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", "Jul 2024 No.", "Jul 2024 % in target", "Aug 2024 No.",
         "Aug 2024 % in target", "Target %", "RAG"],
        *ROWS,
    ]  # fmt: skip
    _as_bases(*_import(tmp_path, rows))


def test_a_note_above_the_table_saying_the_percentage_is_of_the_count(tmp_path: Path) -> None:
    rows, merged = _two_rows("No.", "%", [NOTE])
    _as_bases(*_import(tmp_path, rows, merged))


@pytest.mark.parametrize(
    "notes",
    [(), ("Figures are taken from the case management system at month end.",),
     # says 'of them', but of sub-headings this table does not have
     ("'Received' is the number of requests and 'Answered' the proportion of them answered.",)],
)  # fmt: skip
def test_a_count_beside_a_plain_percentage_is_still_its_numerator(
    tmp_path: Path, notes: tuple[str, ...]
) -> None:
    rows, merged = _two_rows("No.", "%", notes)
    report, stored = _import(tmp_path, rows, merged)
    assert (report.status, report.review) == ("imported", [])
    assert _read(stored["Retirement estimates issued"]) == [
        ("Jul 2024", 92.4, None, 118, None, 95, None),
        ("Aug 2024", 89.3, None, 131, None, 95, "amber"),
    ]


def test_a_count_beside_a_rate_is_still_its_numerator(tmp_path: Path) -> None:
    rows, merged = _two_rows("No.", "Rate per 10,000")
    report, stored = _import(tmp_path, rows, merged)
    assert (report.status, report.review) == ("imported", [])
    assert [
        (o.actual, o.numerator, o.denominator) for o in stored["Lump sums paid"].observations
    ] == [
        (96.9, 64, None),
        (98.6, 71, None),
    ]


def test_a_count_beside_a_percentage_of_target_is_still_asked_about(tmp_path: Path) -> None:
    rows, merged = _two_rows("No.", "% of target")
    report, stored = _import(tmp_path, rows, merged)
    assert report.status == "needs_review"
    assert report.review[0].startswith("Casework!C2:")
    assert stored == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("% in target", True), ("% within 10 working days", True), ("% on time", True),
     ("% completed in time", True), ("Proportion in timescale", True), ("%", False),
     ("% of target", False), ("% on target", False), ("% satisfied", False),
     ("Rate per 10,000", False), ("Target %", False)],
)  # fmt: skip
def test_what_names_the_share_that_met_a_standard(text: str, expected: bool) -> None:
    assert names_share_met(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("No.", True), ("Number", True), ("Cases", True), ("Volume", True),
     ("No. completed", True), ("Cases closed", True), ("No. of indicators", False),
     ("Number target", False), ("Ref", False), ("Notes", False)],
)  # fmt: skip
def test_what_names_the_cases_counted(text: str, expected: bool) -> None:
    assert counts_cases(text) is expected
