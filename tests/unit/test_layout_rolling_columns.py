"""A line saying the figures are rolling, over a table with a column of its own headed as the
rolling span beside its month columns ('Oct 2024', 'Nov 2024', 'Rolling 12 months to Nov
2024'), is about that column: the months are stored as months. Months that are the only
figures, a band standing over the months themselves, or a rolling column naming no month are
still held for review at the month's heading."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file

NOTE = "Rolling 12 months = December 2023 to November 2024. Month-end positions have none."
ROWS: list[list[object]] = [
    ["HM01", "Rent collected as a percentage of rent due", 99.1, 98.4, 98.9, 99.0],
    ["VL01", "Average days to re-let standard empty homes", 31.4, 28.7, 34.2, 30],
    ["VL04", "Empty council homes (at month end)", 96, 88, None, None],
]  # fmt: skip


def _book(
    path: Path,
    rolling: str,
    above: Sequence[Sequence[object]] = ([NOTE], []),
    merged: Sequence[str] = (),
) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs Nov 24"
    ws.append(["Housing KPIs - November 2024"])
    for row in above:
        ws.append(list(row))
    ws.append(["Ref", "KPI", "Oct 2024", "Nov 2024", rolling, "Target"])
    for row in ROWS:
        ws.append(list(row))
    for cells in merged:
        ws.merge_cells(cells)
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
    "rolling",
    ["Rolling 12 months to Nov 2024", "R12M Nov 24", "LTM Nov-24", "12 months to Nov 2024"],
)
def test_months_beside_the_tables_own_rolling_column_are_months(
    tmp_path: Path, store: Store, rolling: str
) -> None:
    report = import_file(store, _book(tmp_path / "kpis.xlsx", rolling))
    assert report.status == "imported" and report.review == []
    stored = _stored(store)
    assert stored[("HM01", "Oct 2024")] == 99.1
    assert stored[("HM01", "Nov 2024")] == 98.4
    assert stored[("HM01", "Dec 2023–Nov 2024")] == 98.9
    assert stored[("VL04", "Nov 2024")] == 88
    assert ("VL04", "Dec 2023–Nov 2024") not in stored


def test_a_title_saying_rolling_over_months_alone_is_still_held(
    tmp_path: Path, store: Store
) -> None:
    """No column of its own for the rolling figures: the months may be the rolling ones."""
    path = tmp_path / "kpis.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs Nov 24"
    for row in (["Rolling 12-month figures"], [], ["Ref", "KPI", "Oct 2024", "Nov 2024"]):
        ws.append(row)
    for row in ROWS:
        ws.append(row[:4])
    wb.save(path)
    report = import_file(store, path)
    assert report.status == "needs_review" and report.observations == 0
    assert any(line.startswith("KPIs Nov 24!C3:") and "rolling" in line for line in report.review)


def test_a_rolling_band_over_the_months_is_still_held(tmp_path: Path, store: Store) -> None:
    """The band stands over 'Oct 2024' and 'Nov 2024', not over the rolling column: it says
    those are rolling, whatever the column beside them holds."""
    band = [[None, None, "Rolling 12-month figures", None, None, None]]
    path = _book(tmp_path / "kpis.xlsx", "R12M Dec 24", above=band, merged=["C2:D2"])
    report = import_file(store, path)
    assert report.status == "needs_review" and report.observations == 0
    assert any(line.startswith("KPIs Nov 24!C3:") and "rolling" in line for line in report.review)


def test_a_rolling_column_naming_no_month_does_not_settle_the_months(
    tmp_path: Path, store: Store
) -> None:
    report = import_file(store, _book(tmp_path / "kpis.xlsx", "Rolling 12 months"))
    assert report.status == "needs_review" and report.observations == 0
    assert any(line.startswith("KPIs Nov 24!C4:") and "rolling" in line for line in report.review)


PENALTY_NOTE = (
    "Default points (Schedule 7, Payment Mechanism): a KPI not met for two consecutive months "
    "attracts 3 points; 20 points in any rolling 12 months allows the Council to serve a "
    "warning notice. Rolling 12-month total: 15."
)


def _months_under(path: Path, line: str) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPIs Nov 24"
    for row in (["Leisure contract KPIs - November 2024"], [line], [],
                ["Ref", "KPI", "Oct 2024", "Nov 2024", "Target"]):  # fmt: skip
        ws.append(row)
    for row in ROWS:
        ws.append([*row[:4], row[5]])
    wb.save(path)
    return path


def test_a_note_headed_by_a_contracts_penalties_makes_no_month_rolling(
    tmp_path: Path, store: Store
) -> None:
    """Its rolling twelve months are how default points add up, not what the figures count."""
    report = import_file(store, _months_under(tmp_path / "kpis.xlsx", PENALTY_NOTE))
    assert report.status == "imported" and report.review == []
    assert _stored(store)[("HM01", "Oct 2024")] == 99.1
    assert _stored(store)[("VL04", "Nov 2024")] == 88


@pytest.mark.parametrize(
    "line",
    [
        "Rolling 12-month figures. Default points: 3 for a KPI not met two months running.",
        "Penalty charge notices: rolling 12 months",
    ],
)
def test_a_rolling_line_not_headed_by_penalties_is_still_held(
    tmp_path: Path, store: Store, line: str
) -> None:
    report = import_file(store, _months_under(tmp_path / "kpis.xlsx", line))
    assert report.status == "needs_review" and report.observations == 0
    assert any(said.startswith("KPIs Nov 24!C4:") and "rolling" in said for said in report.review)
