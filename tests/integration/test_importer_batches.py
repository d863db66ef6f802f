"""Writing in batches: every observation's comparator values reach the store, whatever the batch."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import ComparatorValueRow, ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.store import write as import_write
from tests.helpers import scorecards


@pytest.mark.parametrize("batch", [1, 2, 3, 1000])
def test_every_comparator_is_written_across_batches(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    monkeypatch.setattr(import_write, "BATCH", batch)
    report = import_file(store, scorecards.long_layout(tmp_path / "long.xlsx"))
    with store.read_session() as session:
        observations = session.scalar(select(func.count()).select_from(ObservationRow))
        with_comparator = session.scalar(
            select(func.count(func.distinct(ComparatorValueRow.observation_id)))
        )
    assert (report.status, report.observations, observations) == ("imported", 5, 5)
    assert with_comparator == 5  # each of the five values has an England figure beside it
