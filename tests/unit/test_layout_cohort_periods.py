"""Period cells worded as official statistics word them ('Apr 2022 – Mar 2023 cohort',
'Offences in 2023/24', 'Jan 23 – Dec 23'), and 'Same period last year' beside them: the same
span a year before the row's own period."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.parse import cells

TITLE = "Youth Justice Service performance report, Quarter 2 2024/25"
HEAD = ("Ref", "Indicator", "Period", "Marshford YJS", "Same period last year",
        "YOT family", "England", "RAG")  # fmt: skip

FTE1 = ("FTE1", "First time entrants (rate per 100,000)", "Jan 23 \u2013 Dec 23",
        168, 192, 151, 148, "Red")  # fmt: skip
CUS1 = ("CUS1", "Use of custody (rate per 1,000)", "Jul 23 \u2013 Jun 24",
        0.10, 0.15, 0.11, 0.10, "Green")  # fmt: skip
NATIONAL = (
    HEAD,
    FTE1,
    ("REO1", "Reoffending \u2013 binary rate (%)", "Apr 2022 \u2013 Mar 2023 cohort",
     34.1, 31.6, 32.4, 32.7, "Amber"),
    ("REO2", "Reoffending \u2013 children in the cohort", "Apr 2022 \u2013 Mar 2023 cohort",
     129, 117, "\u2013", "\u2013", None),
    CUS1,
    ("SV1", "Serious violence offences (rate per 10,000)", "2023/24",
     3.0, 3.4, 3.1, 3.3, "Green"),
)  # fmt: skip
LATEST_AND_PREVIOUS = (
    ("Ref", "Indicator", "Previous value", "Previous period", "Latest value", "Latest period",
     "England"),
    ("REO1", "Reoffending \u2013 binary rate (%)", 31.6,
     "Apr 2021 \u2013 Mar 2022 cohort", 34.1, "Apr 2022 \u2013 Mar 2023 cohort", 32.7),
    ("REO2", "Reoffending \u2013 frequency rate", 3.68,
     "Jan 2021 \u2013 Dec 2021 cohort", 4.12, "Jan 2022 \u2013 Dec 2022 cohort", 3.95),
)  # fmt: skip


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


def _stored(store: Store) -> dict[str, dict[str, tuple[float | None, str | None]]]:
    """Each stored indicator's code: its (figure, rating) by period."""
    found: dict[str, dict[str, tuple[float | None, str | None]]] = {}
    with store.read_session() as session:
        rows = session.execute(
            select(IndicatorRow.code, PeriodRow.label, ObservationRow.actual, ObservationRow.rag)
            .join(ObservationRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    for code, label, actual, rag in rows:
        found.setdefault(str(code), {})[label] = (actual, rag)
    return found


def _count(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count(IndicatorRow.id))) or 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Apr 2022 \u2013 Mar 2023 cohort", "2022/23"),
        ("Apr 2022 \u2013 Mar 2023 (cohort)", "2022/23"),
        ("Apr 22 - Mar 23 cohort (provisional)", "2022/23"),
        ("Cohort: Apr 22 \u2013 Mar 23", "2022/23"),
        ("Reoffending cohort Apr 2022 to Mar 2023", "2022/23"),
        ("Year ending Mar 2023 cohort", "2022/23"),
        ("Offences in 2023/24", "2023/24"),
        ("Proven offences in Jan 23 \u2013 Dec 23", "2023"),
        ("Jan 23 \u2013 Dec 23", "2023"),
        ("Jul 23 \u2013 Jun 24", "Jul 2023\u2013Jun 2024"),
        ("2023-24 school year cohort", "2023/24 (AY)"),
    ],
)
def test_a_period_with_words_saying_what_it_is_of(text: str, label: str) -> None:
    found = cells.period(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize(
    "text",
    ["Cohort A", "Cohort 2", "12 cohort", "Cohort", "2 \u2013 3", "2019 cohort", "Cohort 2019",
     "Offences in custody"],
)  # fmt: skip
def test_words_beside_no_period_or_a_bare_cohort_year_name_none(text: str) -> None:
    assert cells.period(text) is None


def test_each_row_read_at_its_own_period_and_last_year_at_that_span_a_year_back(
    tmp_path: Path,
) -> None:
    report, store = _import(tmp_path, NATIONAL)
    try:
        assert report.status == "imported", report.review
        assert _stored(store) == {
            "FTE1": {"2023": (168.0, "red"), "2022": (192.0, None)},
            "REO1": {"2022/23": (34.1, "amber"), "2021/22": (31.6, None)},
            "REO2": {"2022/23": (129.0, None), "2021/22": (117.0, None)},
            "CUS1": {
                "Jul 2023\u2013Jun 2024": (0.10, "green"),
                "Jul 2022\u2013Jun 2023": (0.15, None),
            },
            "SV1": {"2023/24": (3.0, "green"), "2022/23": (3.4, None)},
        }
    finally:
        store.close()


def test_a_column_of_cohort_periods_under_a_latest_period_heading(tmp_path: Path) -> None:
    """Every period with the same word after it: each row's period, not a wide table's
    headings unpivoted ('2022/23 Cohort' as the cohort's size), nor, beside England, the
    comparator's year."""
    report, store = _import(tmp_path, LATEST_AND_PREVIOUS)
    try:
        assert report.status == "imported", report.review
        assert _stored(store) == {
            "REO1": {"2021/22": (31.6, None), "2022/23": (34.1, None)},
            "REO2": {"2021": (3.68, None), "2022": (4.12, None)},
        }
    finally:
        store.close()


@pytest.mark.parametrize(("period", "named"), [("Cohort A", "Cohort A"), ("2019 cohort", "2019")])
def test_a_period_cell_beside_cohort_words_that_names_no_period_is_held(
    tmp_path: Path, period: str, named: str
) -> None:
    reoffending = ("REO1", "Reoffending \u2013 binary rate (%)", period, 34.1, 31.6, 32.4,
                   32.7, "Amber")  # fmt: skip
    report, store = _import(tmp_path, [HEAD, FTE1, reoffending, CUS1])
    try:
        assert report.status == "needs_review"
        assert any(line.startswith("National indicators!C5: ") for line in report.review)
        assert any(named in line for line in report.review), report.review
        assert _count(store) == 0
    finally:
        store.close()


UNPIVOTED = (
    ("Ref", "Indicator", "Attribute", "Value"),
    ("REO1", "Reoffending \u2013 binary rate (%)", "2022/23 Actual", 34.1),
    ("REO1", "Reoffending \u2013 binary rate (%)", "2022/23 Cohort", 129),
    ("REO1", "Reoffending \u2013 binary rate (%)", "2023/24 Actual", 31.0),
    ("REO1", "Reoffending \u2013 binary rate (%)", "2023/24 Cohort", 120),
)


def test_cohort_headings_of_a_wide_table_unpivoted_beside_its_figures_stay_headings(
    tmp_path: Path,
) -> None:
    """'2022/23 Cohort' among '2022/23 Actual' headings is the cohort's size, as before."""
    report, store = _import(tmp_path, UNPIVOTED)
    try:
        assert report.status == "imported", report.review
        assert _stored(store) == {"REO1": {"2022/23": (34.1, None), "2023/24": (31.0, None)}}
    finally:
        store.close()
