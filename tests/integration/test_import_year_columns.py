"""A year's own figure in a column beside its quarters ('2024/25 annual', 'Full year 2024/25')."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(
                IndicatorRow.code,
                PeriodRow.label,
                ObservationRow.actual,
                ObservationRow.actual_text,
                ObservationRow.rag,
            )
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


@pytest.mark.parametrize(
    "heading",
    [
        "2024/25 annual",
        "Full year 2024/25",
        "Annual 2024-25",
        "2024/25 (annual)",
        "Annual outturn 2024/25",
    ],
)
def test_a_year_column_beside_its_quarters_holds_the_year_s_figure_and_its_rating(
    store: Store, tmp_path: Path, heading: str
) -> None:
    path = book(
        tmp_path / "year_end.xlsx",
        [
            ["Corporate Performance Report - Year End 2024/25"],
            [],
            ["Ref", "Measure", "Frequency", "Q3 2024/25", "Q4 2024/25", heading, "Target", "RAG"],
            ["CP01", "Invoices paid within 30 days (%)", "Monthly", 97.0, 96.8, 96.3, 95, "Green"],
            ["CP06", "Residents satisfied (%)", "Annual", "Annual", "Reported annually", 61.0, 65,
             "Amber"],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("CP01", "2024/25", 96.3, None, "green"),
        ("CP01", "Q3 2024/25", 97.0, None, None),
        ("CP01", "Q4 2024/25", 96.8, None, None),
        ("CP06", "2024/25", 61.0, None, "amber"),
        ("CP06", "Q3 2024/25", None, "Annual", None),
        ("CP06", "Q4 2024/25", None, "Reported annually", None),
    ]
