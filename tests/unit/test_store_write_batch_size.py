"""Observations are written in batches of ten thousand: few enough statements for SQLite to
spend its time on the rows, and still a progress step and a chance to cancel every batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.store import Store
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, ParsedScorecard, Period
from desktop.scorecard.store.write import ImportInfo, write


def _scorecard(indicators: int, quarters: int) -> ParsedScorecard:
    periods = [
        Period(
            f"Q{q % 4 + 1} {2000 + q // 4}",
            dt.date(2000 + q // 4, 3 * (q % 4) + 1, 1),
            dt.date(2000 + q // 4, 3 * (q % 4) + 3, 28),
            "quarter",
        )
        for q in range(quarters)
    ]
    return ParsedScorecard(
        "many.xlsx",
        [
            ParsedIndicator(
                f"Measure {i}",
                code=f"M{i}",
                observations=[
                    ParsedObservation(period, actual=float(i + n))
                    for n, period in enumerate(periods)
                ],
            )
            for i in range(indicators)
        ],
    )


def test_ten_thousand_figures_are_written_in_one_batch(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "scrutineer.sqlite")
    ticks: list[None] = []
    try:
        info = ImportInfo("many.xlsx", "/many.xlsx", "0" * 64, None, None, None, [])
        with store.session() as session:
            written = write(session, _scorecard(500, 20), info, lambda: ticks.append(None))
    finally:
        store.close()
    # one step once the indicators are in, then one for the single batch of figures
    assert (written, len(ticks)) == (10_000, 2)
