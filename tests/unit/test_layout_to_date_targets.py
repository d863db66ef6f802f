"""One plain target column beside a month's figures and the year's figures to date ('This
month', 'Same month last year', 'Year to date', 'Year to date last year', 'Contract target'):
where a line of the sheet says the target is the year-to-date one ('Contract targets are the
year-to-date profile of the annual targets'), it goes with this year's figure to date alone,
and on a row with none (a month-end position) with its latest figure; the rating column,
named by its heading in a line saying what it compares ('Compliance compares the year to date
with the contract target'), goes with the same figure. Without such lines, or with a line
naming another figure first, the target goes with every figure of its row, and the rating
with the row's latest, as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard import vocabulary
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.to_date_ratings import named_subject, says_to_date

TARGET_NOTE = (
    "Contract targets are the year-to-date profile of the annual targets in Schedule 5; for "
    "month-end measures the target is the level required at month end."
)
RATING_NOTE = (
    "Compliance compares the year to date with the contract target: Met (green) – target "
    "met; Not met (red) – target not met."
)
MONTH, LAST_MONTH = "Nov 2024", "Nov 2023"
YTD, LAST_YTD = "Apr 2024–Nov 2024", "Apr 2023–Nov 2023"
ROWS: list[list[object]] = [
    ["KPI 1", "Total visits to leisure facilities", 96412, 91870, 742318, 711204, 730000, "Met"],
    ["KPI 3", "Fitness memberships (at month end)", 5612, 5104, None, None, 5200, "Met"],
    ["KPI 6", "Programmed opening hours delivered (%)", 96.2, 99.8, 98.7, 99.5, 99.0,
     "Not met"],
]  # fmt: skip


def _book(path: Path, notes: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs November 2024"
    ws.append(["Leisure contract monitoring report – November 2024"])
    for line in notes:
        ws.append([line])
    ws.append([])
    ws.append(["KPI", "Performance measure", "This month\nNov 2024",
               "Same month last year\nNov 2023", "Year to date\nApr–Nov 2024",
               "Year to date last year\nApr–Nov 2023", "Contract target", "Compliance"])  # fmt: skip
    for row in ROWS:
        ws.append(list(row))
    wb.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _stored(store: Store) -> dict[tuple[str, str], tuple[float | None, str | None]]:
    """(code, period) -> (target, rating)."""
    with store.read_session() as session:
        return {
            (o.indicator.code or "", o.period.label): (o.target, o.rag)
            for o in session.scalars(select(ObservationRow))
        }


def test_a_target_said_to_be_the_year_to_dates_goes_with_it_alone(
    tmp_path: Path, store: Store
) -> None:
    report = import_file(store, _book(tmp_path / "kpis.xlsx", [TARGET_NOTE, RATING_NOTE]))
    assert report.status == "imported" and report.review == []
    assert _stored(store) == {
        ("KPI 1", MONTH): (None, None),
        ("KPI 1", LAST_MONTH): (None, None),
        ("KPI 1", YTD): (730000, "green"),
        ("KPI 1", LAST_YTD): (None, None),
        # a month-end position, no figure to date: target and rating on its month
        ("KPI 3", MONTH): (5200, "green"),
        ("KPI 3", LAST_MONTH): (None, None),
        ("KPI 6", MONTH): (None, None),
        ("KPI 6", LAST_MONTH): (None, None),
        ("KPI 6", YTD): (99.0, "red"),
        ("KPI 6", LAST_YTD): (None, None),
    }


@pytest.mark.parametrize(
    "note",
    [
        "",
        "Targets are monthly; the year-to-date profile is in Schedule 5.",
        "Contract targets are set for each month against the year to date profile.",
    ],
)
def test_without_a_line_saying_so_the_target_goes_with_every_figure(
    tmp_path: Path, store: Store, note: str
) -> None:
    report = import_file(store, _book(tmp_path / "kpis.xlsx", [note]))
    assert report.status == "imported" and report.review == []
    stored = _stored(store)
    assert {stored[("KPI 1", p)][0] for p in (MONTH, LAST_MONTH, YTD, LAST_YTD)} == {730000}
    assert stored[("KPI 1", MONTH)][1] == "green"  # the rating on the row's latest figure
    assert stored[("KPI 1", YTD)][1] is None


def test_the_rating_goes_with_the_figure_to_date_without_the_target(
    tmp_path: Path, store: Store
) -> None:
    """A line naming the rating column by its heading is read alone: the target stays on
    every figure."""
    report = import_file(store, _book(tmp_path / "kpis.xlsx", [RATING_NOTE]))
    assert report.status == "imported" and report.review == []
    stored = _stored(store)
    assert stored[("KPI 1", YTD)] == (730000, "green")
    assert stored[("KPI 1", MONTH)] == (730000, None)
    assert stored[("KPI 3", MONTH)] == (5200, "green")


def test_a_rating_is_named_by_its_columns_heading_before_what_it_compares() -> None:
    subject = named_subject("Compliance", vocabulary.RATING_VERB)
    assert says_to_date("Compliance compares the year to date with the target.", subject)
    assert not says_to_date("Compliance compares the month with the year to date profile.", subject)
    assert not says_to_date("Compliance compares the year to date with the target.")
