"""'Last updated' and 'Next update due' columns beside a grid of quarters: never figures or
periods, and an annual measure's one figure out of Q4 is its quarter's where the row's own
last update falls in that quarter; where it does not (or the column dates no row on its own),
the figure is still asked about at its cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file, preview
from desktop.scorecard.layout.header import classify

QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
SURVEY = "Adults who are physically active (%)"

Row = tuple[str, str, str, list[object], object, object]


def _rows(updated: object = dt.datetime(2024, 11, 21), due: object = "April 2025") -> list[Row]:
    """Ref, name, frequency, the quarters' cells, last updated, next update due."""
    return [
        ("EC01", "Jobs created", "Quarterly", [42, 37, 55],
         dt.datetime(2025, 1, 10), dt.datetime(2025, 4, 10)),
        ("EC02", "Visitors to the castle", "Quarterly", [48210, 61375, 39904],
         dt.datetime(2025, 1, 13), dt.datetime(2025, 4, 14)),
        ("HC02", SURVEY, "Annual", [None, None, 63.8], updated, due),
    ]  # fmt: skip


def _book(path: Path, rows: list[Row], headings: tuple[str, str]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Corporate Performance Scorecard 2024/25"])
    sheet.append([])
    sheet.append(["Ref", "Indicator", "Frequency", *QUARTERS, "Target", *headings])
    for code, name, often, figures, updated, due in rows:
        sheet.append([code, name, often, *figures, 50, updated, due])
        for col in (8, 9):
            cell = sheet.cell(row=sheet.max_row, column=col)
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def _stored(store: Store) -> dict[str, list[tuple[str, float | None]]]:
    with store.read_session() as session:
        found: dict[str, list[tuple[str, float | None]]] = {}
        query = (
            select(IndicatorRow.code, PeriodRow.label, ObservationRow.actual)
            .join(ObservationRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(IndicatorRow.code, PeriodRow.start)
        )
        for code, label, actual in session.execute(query):
            found.setdefault(str(code), []).append((label, actual))
        return found


@pytest.mark.parametrize(
    "headings",
    [("Last updated", "Next update due"), ("Date last updated", "Next due"),
     ("Last refreshed", "Next release date")],
)  # fmt: skip
def test_an_annual_figure_last_updated_in_its_quarter_is_that_quarters(
    tmp_path: Path, headings: tuple[str, str]
) -> None:
    path = _book(tmp_path / "card.xlsx", _rows(), headings)
    store = Store.open(tmp_path / "store.sqlite")
    try:
        report = import_file(store, path)
        assert report.status == "imported", report.review
        stored = _stored(store)
    finally:
        store.close()
    assert stored["HC02"] == [("Q3 2024/25", 63.8)]
    # the date columns are no figures and no periods: only the three quarters are stored
    assert stored["EC01"] == [("Q1 2024/25", 42.0), ("Q2 2024/25", 37.0), ("Q3 2024/25", 55.0)]
    assert {label for found in stored.values() for label, _ in found} == set(QUARTERS)


def test_a_last_update_typed_as_text_is_read_alike(tmp_path: Path) -> None:
    rows = [*_rows()[:2], ("HC02", SURVEY, "Annual", [None, None, 63.8], "21/11/2024", "TBC")]
    parsed = preview(_book(tmp_path / "card.xlsx", rows, ("Last updated", "Next update due")))
    assert parsed.review == []
    survey = next(i for i in parsed.indicators if i.code == "HC02")
    assert [(o.period.label, o.actual) for o in survey.observations] == [("Q3 2024/25", 63.8)]


@pytest.mark.parametrize(
    ("updated", "due", "said"),
    [
        # refreshed in Q2, yet its figure stands in Q3: which period, the sheet does not say
        (dt.datetime(2024, 8, 14), dt.datetime(2025, 8, 14), "last updated 14/08/2024"),
        # refreshed after Q3 ended: came in another quarter than the column it stands in
        (dt.datetime(2025, 1, 9), "TBC", "last updated 09/01/2025"),
        # the next update due before the last: the two dates do not agree
        (dt.datetime(2024, 11, 21), dt.datetime(2024, 10, 1), "not the year's last quarter:"),
        ("TBC", "TBC", "not the year's last quarter:"),  # no day for this row
        (None, None, "not the year's last quarter:"),
    ],
)
def test_an_annual_figure_not_dated_to_its_quarter_is_still_held(
    tmp_path: Path, updated: object, due: object, said: str
) -> None:
    path = _book(tmp_path / "card.xlsx", _rows(updated, due), ("Last updated", "Next update due"))
    store = Store.open(tmp_path / "store.sqlite")
    try:
        report = import_file(store, path)
        assert report.status == "needs_review"
        assert _stored(store) == {}
    finally:
        store.close()
    assert len(report.review) == 1
    assert report.review[0].startswith("Scorecard!F6: an annual measure's figure in Q3 2024/25")
    assert said in report.review[0]


def test_one_day_on_every_row_dates_the_file_not_each_figure(tmp_path: Path) -> None:
    day = dt.datetime(2024, 11, 21)
    rows = [(code, name, often, cells, day, due) for code, name, often, cells, _, due in _rows()]
    parsed = preview(_book(tmp_path / "card.xlsx", rows, ("Last updated", "Next update due")))
    assert [item.cell for item in parsed.review] == ["F6"]


def test_an_annual_school_measure_last_updated_in_its_quarter_is_still_held(
    tmp_path: Path,
) -> None:
    rows = [*_rows()[:2], ("ED01", "Pupils reaching the expected standard at Key Stage 2 (%)",
                           "Annual", [None, None, 59.0], dt.datetime(2024, 12, 12), "Dec 2025")]  # fmt: skip
    parsed = preview(_book(tmp_path / "card.xlsx", rows, ("Last updated", "Next update due")))
    assert [item.cell for item in parsed.review] == ["F6"]


@pytest.mark.parametrize(
    "heading",
    ["Next update due", "Next update", "Next due date", "Date of next update", "Next release",
     "Last updated", "Last refreshed", "Date last updated"],
)  # fmt: skip
def test_update_date_headings_are_neither_periods_nor_figures(heading: str) -> None:
    column = classify(heading)
    assert column.field == "ignore"
    assert column.period is None
