"""'Same period last year' beside a period typed on each row: the row's own span a year back,
not the title's quarter a year back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file

TITLE = "Youth Justice Service performance report, Quarter 2 2024/25"
HEAD = ("Ref", "Indicator", "Period", "Marshford YJS", "Same period last year",
        "YOT family", "England", "RAG", "Comment")  # fmt: skip
FTE1 = ("FTE1", "First time entrants (rate per 100,000)", "Jan 23 \u2013 Dec 23",
        168, 192, 151, 148, "Red", "Still above the family average")  # fmt: skip
CUS1 = ("CUS1", "Use of custody (rate per 1,000)", "Jul 23 \u2013 Jun 24",
        0.10, 0.15, 0.11, 0.10, "Green", None)  # fmt: skip
SV1 = ("SV1", "Serious violence offences (rate per 10,000)", "2023/24",
       3.0, 3.4, 3.1, 3.3, "Green", None)  # fmt: skip
CUS2 = ("CUS2", "Custodial sentences (number)", "Jul 23 \u2013 Jun 24",
        2, 3, "\u2013", "\u2013", None, None)  # fmt: skip


def _import(tmp_path: Path, rows: Sequence[Sequence[object]]) -> tuple[ImportReport, Store]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "National indicators"
    sheet.append([TITLE])
    sheet.append([])
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / "yjs.xlsx"
    book.save(path)
    store = Store.open(tmp_path / "scrutineer.sqlite")
    return import_file(store, path), store


def _stored(store: Store) -> dict[str, dict[str, tuple[float | None, str | None, str | None]]]:
    """Each stored indicator's code: its (figure, rating, commentary) by period."""
    found: dict[str, dict[str, tuple[float | None, str | None, str | None]]] = {}
    with store.read_session() as session:
        rows = session.execute(
            select(
                IndicatorRow.code,
                PeriodRow.label,
                ObservationRow.actual,
                ObservationRow.rag,
                ObservationRow.commentary,
            )
            .join(ObservationRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    for code, label, actual, rag, commentary in rows:
        found.setdefault(str(code), {})[label] = (actual, rag, commentary)
    return found


def _count(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count(IndicatorRow.id))) or 0


def test_last_years_figure_is_the_rows_own_span_a_year_earlier(tmp_path: Path) -> None:
    report, store = _import(tmp_path, [HEAD, FTE1, CUS1, SV1, CUS2])
    try:
        assert report.status == "imported", report.review
        assert _stored(store) == {
            # the rating and the comment go with the row's latest figure only
            "FTE1": {
                "2023": (168.0, "red", "Still above the family average"),
                "2022": (192.0, None, None),
            },
            "CUS1": {
                "Jul 2023\u2013Jun 2024": (0.10, "green", None),
                "Jul 2022\u2013Jun 2023": (0.15, None, None),
            },
            "SV1": {"2023/24": (3.0, "green", None), "2022/23": (3.4, None, None)},
            "CUS2": {
                "Jul 2023\u2013Jun 2024": (2.0, None, None),
                "Jul 2022\u2013Jun 2023": (3.0, None, None),
            },
        }
    finally:
        store.close()


def test_last_year_beside_a_period_that_does_not_read_by_itself_is_held(
    tmp_path: Path,
) -> None:
    """A bare 'Q2' is the title's year's quarter for the row's own figure, but the cell names no
    period of its own to count a year back from: asked about, not guessed."""
    accommodation = ("KPI1", "Children in suitable accommodation (%)", "Q2", 88.9, 87.5, 91.3,
                     89.6, "Amber", None)  # fmt: skip
    report, store = _import(tmp_path, [HEAD, FTE1, CUS1, accommodation])
    try:
        assert report.status == "needs_review"
        assert any(
            line.startswith("National indicators!C6: ") and "same period last year" in line
            for line in report.review
        ), report.review
        assert _count(store) == 0
    finally:
        store.close()


def test_last_year_with_no_period_column_still_counts_back_from_the_title(
    tmp_path: Path,
) -> None:
    """Without a period typed on each row, 'Same period last year' is the title's quarter a
    year back, as before."""
    rows = [
        ("Ref", "Indicator", "Q2 2024/25", "Same period last year", "RAG"),
        ("KPI1", "Children in suitable accommodation (%)", 88.9, 87.5, "Amber"),
        ("KPI5", "Substance use treatment accessed (%)", 75.0, 72.7, "Green"),
    ]
    report, store = _import(tmp_path, rows)
    try:
        assert report.status == "imported", report.review
        assert _stored(store) == {
            "KPI1": {"Q2 2024/25": (88.9, "amber", None), "Q2 2023/24": (87.5, None, None)},
            "KPI5": {"Q2 2024/25": (75.0, "green", None), "Q2 2023/24": (72.7, None, None)},
        }
    finally:
        store.close()
