"""New indicators take the ids SQLite itself would give, and their figures follow them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, func, select

from bench.generate import write_xlsx
from db.models import IndicatorAnalysisRow, IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.helpers.scorecards import WIDE_ROWS, wide_quarters


def test_new_indicators_follow_the_largest_id_and_keep_their_figures(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "scrutineer.sqlite")
    try:
        first = tmp_path / "first.xlsx"
        write_xlsx(first, 3, 4)
        assert import_file(store, first).status == "imported"
        with store.session() as session:
            ids = sorted(session.scalars(select(IndicatorRow.id)))
            assert ids == [1, 2, 3]
            # the newest goes: SQLite would give its id again, one past the largest left
            session.execute(delete(IndicatorRow).where(IndicatorRow.id == 3))
        second = wide_quarters(tmp_path / "second.xlsx")
        assert import_file(store, second).status == "imported"
        with store.read_session() as session:
            codes: dict[str | None, int] = {}
            for code, iid in session.execute(select(IndicatorRow.code, IndicatorRow.id)):
                codes[code] = iid
            assert sorted(codes.values()) == [1, 2, 3, 4, 5, 6]
            assert [codes[row[0]] for row in WIDE_ROWS] == [3, 4, 5, 6]  # in the file's order
            for code, _name, _polarity, _target, values, *_rest in WIDE_ROWS:
                actuals = list(
                    session.scalars(
                        select(ObservationRow.actual)
                        .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
                        .where(ObservationRow.indicator_id == codes[code])
                        .order_by(PeriodRow.start)
                    )
                )
                figures = [v for v in values if isinstance(v, float)]
                assert [a for a in actuals if a is not None] == figures
            analysed = session.scalar(select(func.count(IndicatorAnalysisRow.indicator_id)))
            assert analysed == 6
    finally:
        store.close()
