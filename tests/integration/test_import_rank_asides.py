"""Benchmark columns explained in brackets ('Rank 2023-24 (1 = best of 22)') and a summary below."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.header import classify
from tests.integration.test_import_review import book


def stored(store: Store) -> list[tuple[object, ...]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, IndicatorRow.polarity, PeriodRow.label, ObservationRow.actual)
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
        ).all()
    return sorted(tuple(r) for r in found)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Rank 2023-24 (1 = best of 22)", "ignore"),
        ("Quartile 2023/24 (1 = top quartile)", "ignore"),
        ("Target (see note 2)", "target"),
        ("Target (2024/25)", "target"),
    ],
)
def test_a_heading_is_read_without_the_aside_that_explains_it(heading: str, field: str) -> None:
    assert classify(heading).field == field


def test_an_aside_does_not_make_an_unknown_heading_known() -> None:
    assert classify("Mystery column (see note 4)").field is None


@pytest.mark.parametrize("better", ["Better when", "Good when", "Better if"])
def test_a_benchmark_download_keeps_only_the_council_s_figures(
    store: Store, tmp_path: Path, better: str
) -> None:
    path = book(
        tmp_path / "pam.xlsx",
        [
            ["Public Accountability Measures - Powys County Council"],
            [],
            ["PAM code", "Measure", better, "2022-23", "2023-24", "Wales 2023-24",
             "Rank 2023-24 (1 = best of 22)"],
            ["PAM/012", "Households prevented from becoming homeless (%)", "Higher", 58.2, 55.4,
             58.9, 14],
            ["PAM/020", "A roads in poor condition (%)", "Lower", 3.9, 4.2, 3.5, 16],
            [],
            ["All-Wales summary 2023-24"],
            ["PAM code", "Measure", "Wales", "Upper quartile", "Median", "Lower quartile"],
            ["PAM/012", "Households prevented from becoming homeless (%)", 58.9, 63.5, 57.8, 52.1],
            ["PAM/020", "A roads in poor condition (%)", 3.5, 2.6, 3.4, 4.1],
        ],
    )  # fmt: skip
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert stored(store) == [
        ("PAM/012", "higher_is_better", "2022/23", 58.2),
        ("PAM/012", "higher_is_better", "2023/24", 55.4),
        ("PAM/020", "lower_is_better", "2022/23", 3.9),
        ("PAM/020", "lower_is_better", "2023/24", 4.2),
    ]
