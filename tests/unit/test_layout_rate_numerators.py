"""A count beside a rate under each period ('2023/24' over 'No.' | 'Rate per 10,000'), with
nothing on the row said of the count: the rate is the period's figure and the count is stored
as its numerator, never an indicator of its own. A row with no rate is read as its counts;
a count whose rate is blank is left out with a warning; a count given its own target keeps
the two measures; sub-headings that do not tell a count from a rate are asked about."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from db import queries
from db.records import IndicatorRecord
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file

PERIODS = ["2023/24", "Q1 2024/25", "Q2 2024/25"]


def _book(path: Path, rows: Sequence[Sequence[object]], merged: Sequence[str] = ()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Activity"
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _import(tmp_path: Path, path: Path) -> tuple[ImportReport, list[IndicatorRecord]]:
    store = Store.open(tmp_path / "store.db")
    try:
        report = import_file(store, path)
        with store.read_session() as session:
            stored = queries.load_indicators(session)
    finally:
        store.close()
    return report, stored


def _pairs_sheet(count: str, rate: str, rows: Sequence[Sequence[object]]) -> list[list[object]]:
    """A title, the periods merged over (count, rate) pairs, then 'Target 2024/25 (rate)'."""
    return [
        ["Early help and social care activity, Quarter 2 2024/25"],
        ["Ref", "Measure", PERIODS[0], None, PERIODS[1], None, PERIODS[2], None,
         "Target 2024/25 (rate)"],
        [None, None, count, rate, count, rate, count, rate, None],
        *(list(r) for r in rows),
    ]  # fmt: skip


MERGES = ["C2:D2", "E2:F2", "G2:H2", "I2:I3"]


def _observations(indicator: IndicatorRecord) -> list[tuple[object, ...]]:
    return [
        (o.period.label, o.actual, o.numerator, o.target)
        for o in sorted(indicator.observations, key=lambda o: PERIODS.index(o.period.label))
    ]


@pytest.mark.parametrize(
    ("count", "rate", "unit"),
    [("No.", "Rate per 10,000", "rate"), ("Number", "%", "%"), ("Count", "per 1,000", "rate")],
)
def test_the_rate_is_the_figure_and_the_count_its_numerator(
    tmp_path: Path, count: str, rate: str, unit: str
) -> None:
    rows = _pairs_sheet(
        count,
        rate,
        [
            ["EH1", "Early help assessments started", 1510, 24.4, 402, 6.5, 388, 6.3, 6.0],
            ["EH2", "Families stepped down from social care", 212, 3.4, 61, 1.0, 58, 0.9, None],
        ],
    )
    report, stored = _import(tmp_path, _book(tmp_path / "pairs.xlsx", rows, MERGES))
    assert (report.status, report.review) == ("imported", [])
    assert [(i.code, i.name, i.unit) for i in stored] == [
        ("EH1", "Early help assessments started", unit),
        ("EH2", "Families stepped down from social care", unit),
    ]
    # the target headed 2024/25 serves that year's quarters only
    assert _observations(stored[0]) == [
        ("2023/24", 24.4, 1510, None),
        ("Q1 2024/25", 6.5, 402, 6.0),
        ("Q2 2024/25", 6.3, 388, 6.0),
    ]
    assert _observations(stored[1])[0] == ("2023/24", 3.4, 212, None)


def test_a_row_with_no_rate_is_read_as_its_counts(tmp_path: Path) -> None:
    rows = _pairs_sheet(
        "No.",
        "Rate per 10,000",
        [
            ["EH1", "Early help assessments started", 1510, 24.4, 402, 6.5, 388, 6.3, None],
            ["EH0", "Contacts to the front door", 9120, None, 2311, None, 2408, None, None],
        ],
    )
    report, stored = _import(tmp_path, _book(tmp_path / "contacts.xlsx", rows, MERGES))
    assert (report.status, report.review) == ("imported", [])
    contacts = next(i for i in stored if i.code == "EH0")
    assert contacts.unit == "number"
    assert _observations(contacts) == [
        ("2023/24", 9120, None, None),
        ("Q1 2024/25", 2311, None, None),
        ("Q2 2024/25", 2408, None, None),
    ]


@pytest.mark.parametrize("others_rated", [False, True])
def test_a_count_whose_rate_is_blank_is_left_out_with_a_warning(
    tmp_path: Path, others_rated: bool
) -> None:
    rows = _pairs_sheet(
        "No.",
        "Rate per 10,000",
        [["EH1", "Early help assessments started", 1510, 24.4, 402, 6.5, 388, None, None]],
    )
    if others_rated:  # the period's other rates are in: only this one is still to come
        rows.append(["EH2", "Families stepped down from social care", 212, 3.4, 61, 1.0, 58, 0.9])
    report, stored = _import(tmp_path, _book(tmp_path / "late.xlsx", rows, MERGES))
    assert (report.status, report.review) == ("imported", [])
    assert [o[0] for o in _observations(stored[0])] == ["2023/24", "Q1 2024/25"]
    assert any(w.startswith("Activity!G4: the count '388'") for w in report.warnings)


def test_a_rate_target_beside_a_row_of_counts_only_is_held_at_its_cell(tmp_path: Path) -> None:
    rows = _pairs_sheet(
        "No.",
        "Rate per 10,000",
        [
            ["EH1", "Early help assessments started", 1510, 24.4, 402, 6.5, 388, 6.3, 6.0],
            ["EH0", "Contacts to the front door", 9120, None, 2311, None, 2408, None, 140.0],
        ],
    )
    report, stored = _import(tmp_path, _book(tmp_path / "odd.xlsx", rows, MERGES))
    assert report.status == "needs_review"
    assert len(report.review) == 1 and report.review[0].startswith("Activity!I5")
    assert stored == []


def test_a_count_and_a_rate_dated_by_the_title(tmp_path: Path) -> None:
    rows = [
        ["Community safety 2024/25"],
        ["Ref", "Indicator", "No.", "Rate per 1,000", "Target", "RAG"],
        ["CS1", "Anti-social behaviour incidents", 1200, 12.1, 12.0, "Amber"],
        ["CS2", "Hate crimes", 100, 1.0, 1.1, "Green"],
    ]
    report, stored = _import(tmp_path, _book(tmp_path / "title.xlsx", rows))
    assert (report.status, report.review) == ("imported", [])
    assert [(i.code, i.name) for i in stored] == [
        ("CS1", "Anti-social behaviour incidents"),
        ("CS2", "Hate crimes"),
    ]
    assert [(o.period.label, o.actual, o.numerator, o.target, o.rag)
            for o in stored[1].observations] == [("2024/25", 1.0, 100, 1.1, "green")]  # fmt: skip


def test_a_target_of_the_counts_size_keeps_two_measures(tmp_path: Path) -> None:
    """Near miss: where the sheet gives the count a target of its own, the count is a
    measure of its own, not the rate's numerator."""
    rows = [
        ["Community safety"],
        ["Indicator", "Q1 2024/25", None, "Q2 2024/25", None, "Annual target"],
        [None, "No.", "Rate", "No.", "Rate", None],
        ["Anti-social behaviour incidents", 1200, 12.1, 1300, 13.2, 1150],
        ["Hate crimes", 100, 1.0, 120, 1.2, 110],
    ]
    merges = ["B2:C2", "D2:E2", "F2:F3"]
    report, stored = _import(tmp_path, _book(tmp_path / "counts.xlsx", rows, merges))
    assert (report.status, report.review) == ("imported", [])
    names = {i.name: i for i in stored}
    assert set(names) == {
        "Anti-social behaviour incidents (No.)", "Anti-social behaviour incidents (Rate)",
        "Hate crimes (No.)", "Hate crimes (Rate)",
    }  # fmt: skip
    assert {(o.period.label, o.actual, o.numerator, o.target)
            for o in names["Hate crimes (No.)"].observations} == {
        ("Q1 2024/25", 100, None, 110), ("Q2 2024/25", 120, None, 110),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("count", "rate", "cell"),
    [
        ("Children", "Rate per 10,000", "C2"),
        ("Value", "Value", "D4"),
        ("No.", "Per 10k aged 0-17", "D4"),
    ],
)
def test_sub_headings_that_do_not_tell_a_count_from_a_rate_are_asked_about(
    tmp_path: Path, count: str, rate: str, cell: str
) -> None:
    rows = _pairs_sheet(
        count,
        rate,
        [
            ["EH1", "Early help assessments started", 1510, 24.4, 402, 6.5, 388, 6.3, None],
            ["EH2", "Families stepped down from social care", 212, 3.4, 61, 1.0, 58, 0.9, None],
        ],
    )
    report, stored = _import(tmp_path, _book(tmp_path / "unsure.xlsx", rows, MERGES))
    assert report.status == "needs_review"
    assert any(line.startswith(f"Activity!{cell}") for line in report.review)
    assert stored == []
