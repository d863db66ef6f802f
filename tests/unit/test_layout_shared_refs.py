"""One reference on a measure's number row and its rate or percentage row: two indicators,
each named as written and with no code; the same reference on a row given twice (the same
name, or a name differing in other words) is still one indicator, its disagreements held."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.shared_refs import Listing, measures_apart

HEADING = ["Ref", "Measure", "Unit", "Good is", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"]
ADMISSIONS = "Older people (65+) admitted to residential and nursing care homes"


def _book(path: Path, rows: Sequence[Sequence[object]], heading: Sequence[str] = HEADING) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "ASC"
    sheet.append(["Adult Social Care Scorecard – Quarter 2 2024/25"])
    sheet.append([])
    sheet.append(list(heading))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _stored(store: Store) -> dict[tuple[str | None, str], dict[str, tuple[object, ...]]]:
    """(code, name) -> period -> (actual, target, rag)."""
    found: dict[tuple[str | None, str], dict[str, tuple[object, ...]]] = {}
    with store.read_session() as session:
        for o in session.scalars(select(ObservationRow)):
            key = (o.indicator.code, o.indicator.name)
            found.setdefault(key, {})[o.period.label] = (o.actual, o.target, o.rag)
    return found


def _units(store: Store) -> dict[str, tuple[str | None, str]]:
    with store.read_session() as session:
        return {i.name: (i.unit, i.polarity) for i in session.scalars(select(IndicatorRow))}


@pytest.mark.parametrize(
    ("count", "rate", "units"),
    [
        (f"{ADMISSIONS} – number", f"{ADMISSIONS} – rate per 100,000 population aged 65+",
         ("No.", "Rate per 100,000")),
        ("Number of adults receiving direct payments",
         "Percentage of adults receiving direct payments", ("No.", "%")),
        # the names say it alone, with no unit column's help
        ("Carers assessed (count)", "Carers assessed (% of those referred)", (None, None)),
        # the unit cells say it, the names differing in other words
        ("Carers supported", "Carers supported of those assessed", ("Number", "%")),
    ],
)  # fmt: skip
def test_a_number_row_and_a_rate_row_under_one_reference_are_two_indicators(
    tmp_path: Path, store: Store, count: str, rate: str, units: tuple[str | None, str | None]
) -> None:
    rows = [
        ["1E", "Adults with a learning disability in paid employment (%)", "%", "High",
         5.3, 5.6, 6.0, "Amber"],
        ["2A(2)", count, units[0], None, 51, 108, "-", None],
        ["2A(2)", rate, units[1], "Low", 128.3, 271.6, 270.0, "Amber"],
    ]  # fmt: skip
    report = import_file(store, _book(tmp_path / "asc.xlsx", rows))
    assert report.status == "imported" and report.review == []
    stored = _stored(store)
    assert stored[(None, count)] == {
        "Q1 2024/25": (51, None, None),
        "Q2 2024/25": (108, None, None),
    }
    assert stored[(None, rate)] == {
        "Q1 2024/25": (128.3, 270.0, None),
        "Q2 2024/25": (271.6, 270.0, "amber"),
    }
    assert ("1E", "Adults with a learning disability in paid employment (%)") in stored
    assert len(stored) == 3
    assert any(w.startswith("ASC!B6: '2A(2)' names two measures") for w in report.warnings)
    if units[0] is not None:
        assert _units(store)[count][0] == "number"
    assert _units(store)[rate][1] == "lower_is_better"


def test_the_same_name_twice_under_one_reference_is_still_held(
    tmp_path: Path, store: Store
) -> None:
    rows = [
        ["WR02", "Household waste recycled (%)", "%", "High", 44.0, 97.1, 50.0, "Green"],
        ["WR02", "Household waste recycled (%)", "%", "High", 44.0, 93.4, 50.0, "Green"],
    ]
    report = import_file(store, _book(tmp_path / "dup.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review[0].startswith("ASC!F5: 'WR02' Q2 2024/25 is 93.4 here but 97.1 at F4")


@pytest.mark.parametrize(
    ("second", "units"),
    [
        # another word, under one unit: a copy retitled, not another measure
        ("Household waste recycled (%) (revised)", ("%", "%")),
        # another word, with no unit cells
        ("Household waste recycled (%) – corrected", (None, None)),
        # one name says a measure, the other none: a unit added to a copy's name
        ("Household waste recycled", (None, None)),
    ],
)
def test_a_copy_named_alike_is_still_one_indicator_given_twice(
    tmp_path: Path, store: Store, second: str, units: tuple[str | None, str | None]
) -> None:
    rows = [
        ["WR02", "Household waste recycled (%)", units[0], "High", 44.0, 97.1, 50.0, "Green"],
        ["WR02", second, units[1], "High", 44.0, 93.4, 50.0, "Green"],
    ]
    report = import_file(store, _book(tmp_path / "dup.xlsx", rows))
    assert report.status == "needs_review"
    assert any("'WR02' Q2 2024/25 is 93.4 here but 97.1" in line for line in report.review)
    assert not any("names two measures" in w for w in report.warnings)


def test_a_row_repeating_one_of_the_two_measures_is_checked_against_it(
    tmp_path: Path, store: Store
) -> None:
    rows = [
        ["L05", "Safeguarding concerns – number", "No.", None, 341, 362, "-", None],
        ["L05", "Safeguarding concerns – rate per 100,000 adults", "Rate per 100,000", None,
         160.1, 169.9, "-", None],
        ["L05", "Safeguarding concerns – number", "No.", None, 341, 365, "-", None],
    ]  # fmt: skip
    report = import_file(store, _book(tmp_path / "again.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review[0].startswith(
        "ASC!F6: 'Safeguarding concerns – number' Q2 2024/25 is 365 here but 362 at F4"
    )


def test_a_third_row_under_the_reference_saying_no_measure_of_its_own_is_held(
    tmp_path: Path, store: Store
) -> None:
    rows = [
        ["L05", "Safeguarding concerns – number", "No.", None, 341, 362, "-", None],
        ["L05", "Safeguarding concerns – rate per 100,000 adults", "Rate per 100,000", None,
         160.1, 169.9, "-", None],
        ["L05", "Safeguarding concerns – number received", "No.", None, 341, 362, "-", None],
    ]  # fmt: skip
    report = import_file(store, _book(tmp_path / "third.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review[0].startswith(
        "ASC!B6: 'L05' is the reference of 'Safeguarding concerns – number' at B4"
    )


def test_a_long_table_reads_each_measure_of_a_reference_apart(tmp_path: Path, store: Store) -> None:
    heading = ["Ref", "Measure", "Unit", "Period", "Value", "Target"]
    rows = [
        ["2B(1)", "Still at home 91 days after reablement – number", "Number", "Q1 2024/25",
         88, None],
        ["2B(1)", "Still at home 91 days after reablement – percentage", "%", "Q1 2024/25",
         81.5, 82.0],
        ["2B(1)", "Still at home 91 days after reablement – number", "Number", "Q2 2024/25",
         92, None],
        ["2B(1)", "Still at home 91 days after reablement – percentage", "%", "Q2 2024/25",
         83.6, 82.0],
    ]  # fmt: skip
    report = import_file(store, _book(tmp_path / "long.xlsx", rows, heading))
    assert report.status == "imported" and report.review == []
    stored = _stored(store)
    number = (None, "Still at home 91 days after reablement – number")
    share = (None, "Still at home 91 days after reablement – percentage")
    assert {p: v[0] for p, v in stored[number].items()} == {"Q1 2024/25": 88, "Q2 2024/25": 92}
    assert {p: v[:2] for p, v in stored[share].items()} == {
        "Q1 2024/25": (81.5, 82.0),
        "Q2 2024/25": (83.6, 82.0),
    }
    assert len(stored) == 2


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        ("Concerns – number", "Concerns – rate per 100,000 adults", True),
        ("Concerns – number", "Concerns – percentage of enquiries", True),
        ("Concerns – rate per 10,000", "Concerns – percentage of enquiries", True),
        ("Concerns – number", "Concerns – number received", False),
        ("Concerns – rate", "Concerns – percentage", False),  # 'rate' alone may be a share
        ("Concerns", "Concerns (%)", False),
        ("Concerns – 2023/24", "Concerns – 2024/25", False),
        ("Concerns in quarter", "Concerns year to date", False),
    ],
)
def test_which_names_say_two_measures(one: str, other: str, apart: bool) -> None:
    assert measures_apart(Listing(one, None, 0), Listing(other, None, 1)) is apart
