"""A column of last year's figures to date beside this year's ('Year to date' over 'Apr–Nov
2024', then 'Year to date last year' over 'Apr–Nov 2023'; 'YTD last year', 'Last year YTD',
'Same period last year (Apr–Nov 2023)') holds the measures' own figures for April to November
2023, where this year's figures to date are the same months a year on. A heading naming a
span no column a year on gives, or this year's months, is held as before. 'This month Nov
2024' beside such columns is November's own figure, whatever a note says of the year to
date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file

THIS_MONTH = "This month\nNov 2024"
THIS_YTD = "Year to date\nApr–Nov 2024"
ROWS: list[list[object]] = [
    ["KPI 1", "Total visits to leisure facilities", 96412, 742318, 711204],
    ["KPI 2", "Swimming visits", 24118, 251884, 258112],
    ["KPI 3", "Fitness memberships (at month end)", 5612, None, None],
]  # fmt: skip


def _book(path: Path, last_year: str, *, ytd: str = THIS_YTD, note: str = "") -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs November 2024"
    ws.append(["Leisure contract monitoring report – November 2024"])
    ws.append([note])
    ws.append([])
    ws.append(["KPI", "Performance measure", THIS_MONTH, ytd, last_year])
    for row in ROWS:
        ws.append(list(row))
    wb.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _stored(store: Store) -> dict[tuple[str, str], float | None]:
    with store.read_session() as session:
        return {
            (o.indicator.code or "", o.period.label): o.actual
            for o in session.scalars(select(ObservationRow))
        }


@pytest.mark.parametrize(
    "heading",
    [
        "Year to date last year\nApr–Nov 2023",
        "YTD last year (Apr–Nov 2023)",
        "YTD LY Apr-Nov 2023",
        "Year to date previous year: Apr–Nov 2023",
        "Last year YTD Apr–Nov 2023",
        "Same period last year (Apr–Nov 2023)",
        "Year to date last year\nNov 2023",  # the year to date at November: from April
        "Last year YTD (Nov 2023)",
        "YTD LY Nov 2023",
    ],
)
def test_last_years_figures_to_date_are_the_rows_own_for_that_span(
    tmp_path: Path, store: Store, heading: str
) -> None:
    report = import_file(store, _book(tmp_path / "kpis.xlsx", heading))
    assert report.status == "imported" and report.review == []
    assert _stored(store) == {
        ("KPI 1", "Nov 2024"): 96412,
        ("KPI 1", "Apr 2024–Nov 2024"): 742318,
        ("KPI 1", "Apr 2023–Nov 2023"): 711204,
        ("KPI 2", "Nov 2024"): 24118,
        ("KPI 2", "Apr 2024–Nov 2024"): 251884,
        ("KPI 2", "Apr 2023–Nov 2023"): 258112,
        ("KPI 3", "Nov 2024"): 5612,
    }


def test_a_heading_naming_this_years_months_is_still_held(tmp_path: Path, store: Store) -> None:
    """'last year' over April to November 2024: the words and the date disagree."""
    path = _book(tmp_path / "kpis.xlsx", "Year to date last year\nApr–Nov 2024")
    report = import_file(store, path)
    assert report.status == "needs_review" and report.observations == 0
    assert any(
        line.startswith("KPIs November 2024!E4:") and "but not what they are" in line
        for line in report.review
    )


def test_without_this_years_figures_to_date_a_year_on_it_is_still_held(
    tmp_path: Path, store: Store
) -> None:
    """Beside figures to October 2024, April to November 2023 is a year before nothing."""
    path = _book(
        tmp_path / "kpis.xlsx",
        "Year to date last year\nApr–Nov 2023",
        ytd="Year to date\nApr–Oct 2024",
    )
    report = import_file(store, path)
    assert report.status == "needs_review" and report.observations == 0
    assert any(
        line.startswith("KPIs November 2024!E4:") and "Apr 2023–Nov 2023" in line
        for line in report.review
    )


def test_this_month_beside_the_year_to_date_stays_the_months_own(
    tmp_path: Path, store: Store
) -> None:
    """A note about the year to date ('Compliance compares the year to date …') says nothing
    of the month column: 'This month Nov 2024' is November's figure, not April to November."""
    note = "Compliance compares the year to date with the contract target."
    path = _book(tmp_path / "kpis.xlsx", "Year to date last year\nApr–Nov 2023", note=note)
    report = import_file(store, path)
    assert report.status == "imported" and report.review == []
    assert _stored(store)[("KPI 1", "Nov 2024")] == 96412
    assert _stored(store)[("KPI 3", "Nov 2024")] == 5612


def test_months_under_a_cumulative_title_without_a_year_to_date_count_from_april(
    tmp_path: Path, store: Store
) -> None:
    """No year-to-date column beside it: the title's 'cumulative' is about the month column."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs"
    ws.append(["Leisure KPIs – cumulative to end of month"])
    ws.append([])
    ws.append(["KPI", "Performance measure", THIS_MONTH, "Target"])
    ws.append(["KPI 1", "Total visits to leisure facilities", 742318, 730000])
    wb.save(tmp_path / "kpis.xlsx")
    report = import_file(store, tmp_path / "kpis.xlsx")
    assert report.status == "imported"
    assert _stored(store) == {("KPI 1", "Apr 2024–Nov 2024"): 742318}
