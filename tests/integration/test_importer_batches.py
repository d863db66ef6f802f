"""Writing in batches: every observation's comparator values reach the store, whatever the batch."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from db.models import ComparatorValueRow, ObservationRow, ScorecardImportRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, ParsedScorecard, Period
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


def test_a_figure_no_chart_can_hold_is_written_as_nothing(store: Store) -> None:
    """Out of range, infinite or not a number: the actual is kept as text, the rest dropped."""
    quarter = Period("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter")
    wild = ParsedObservation(
        quarter,
        actual=math.inf,
        target=math.nan,
        numerator=2e15,
        denominator=-math.inf,
        comparators={"England": 1e16, "Wales": 12.5, "Region": math.nan},
    )
    later = replace(
        quarter, label="Q2 2024/25", start=dt.date(2024, 7, 1), end=dt.date(2024, 9, 30)
    )
    tame = ParsedObservation(later, actual=-1e15, target=1e15)
    parsed = ParsedScorecard("wild.xlsx", [ParsedIndicator("Wild", observations=[wild, tame])])
    info = import_write.ImportInfo("wild.xlsx", "/wild.xlsx", "0" * 64, None, None, None, [])
    with store.session() as session:
        assert import_write.write(session, parsed, info, lambda: None) == 2
    with store.read_session() as session:
        rows = session.execute(
            select(
                ObservationRow.actual,
                ObservationRow.actual_text,
                ObservationRow.target,
                ObservationRow.numerator,
                ObservationRow.denominator,
            ).order_by(ObservationRow.id)
        ).all()
        comparators = session.execute(
            select(ComparatorValueRow.name, ComparatorValueRow.value)
        ).all()
    assert [tuple(r) for r in rows] == [
        (None, "inf", None, None, None),
        (-1e15, None, 1e15, None, None),
    ]
    assert [tuple(c) for c in comparators] == [("Wales", 12.5)]


def test_a_later_write_updates_figures_and_comparators_in_place(store: Store) -> None:
    quarter = Period("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter")
    same = replace(quarter, label="Apr-Jun 2024")  # another label for the same period

    def write(*observations: ParsedObservation) -> int:
        parsed = ParsedScorecard("a.xlsx", [ParsedIndicator("Bins", observations=[*observations])])
        info = import_write.ImportInfo("a.xlsx", "/a.xlsx", "0" * 64, None, None, None, [])
        with store.session() as session:
            written = import_write.write(session, parsed, info, lambda: None)
            staged = session.connection().exec_driver_sql("SELECT name FROM sqlite_temp_master")
            assert staged.all() == []  # nothing is left staged on the connection
        return written

    assert write(ParsedObservation(quarter, actual=1.0, comparators={"England": 10.0})) == 1
    later = ParsedObservation(quarter, actual=2.0, comparators={"England": 12.0, "Wales": 9.0})
    last = ParsedObservation(same, actual=3.0, target=4.0, comparators={"England": 13.0})
    assert write(later, last) == 2
    with store.read_session() as session:
        figures = session.execute(select(ObservationRow.actual, ObservationRow.target)).all()
        comparators = session.execute(
            select(ComparatorValueRow.name, ComparatorValueRow.value).order_by(
                ComparatorValueRow.name
            )
        ).all()
    assert [tuple(f) for f in figures] == [(3.0, 4.0)]  # the last row for a period wins
    assert [tuple(c) for c in comparators] == [("England", 13.0), ("Wales", 9.0)]


@pytest.mark.parametrize("batch", [1, 2, 4, 1000])
def test_comparators_of_one_and_of_several_keep_the_observations_order(
    store: Store, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """A batch where some observation has several comparator values, and one where none has:
    every value is written, in the order of the observations, whatever the batch's size."""
    monkeypatch.setattr(import_write, "BATCH", batch)
    given = [
        {"England": 1.0},
        {},
        {"England": 2.0, "Wales": 3.0, "Region": 4.0},
        {"Wales": 5.0},
        {"England": math.inf, "Wales": 6.0},  # one in range: it alone is written
        {"England": 7.0},
    ]
    observations = [
        ParsedObservation(
            Period(
                f"Q{q} 2024/25",
                dt.date(2024, 3 * q + 1, 1),
                dt.date(2024, 3 * q + 3, 28),
                "quarter",
            ),
            actual=float(q),
            comparators=values,
        )
        for q, values in enumerate(given[:4])
    ]
    second = [
        ParsedObservation(observations[n].period, actual=9.0, comparators=values)
        for n, values in enumerate(given[4:])
    ]
    parsed = ParsedScorecard(
        "c.xlsx",
        [
            ParsedIndicator("Bins", observations=observations),
            ParsedIndicator("Fly-tipping", observations=second),
        ],
    )
    info = import_write.ImportInfo("c.xlsx", "/c.xlsx", "0" * 64, None, None, None, [])
    with store.session() as session:
        assert import_write.write(session, parsed, info, lambda: None) == 6
    with store.read_session() as session:
        written = session.execute(
            select(ComparatorValueRow.name, ComparatorValueRow.value, ObservationRow.actual)
            .join(ObservationRow, ObservationRow.id == ComparatorValueRow.observation_id)
            .order_by(ComparatorValueRow.id)
        ).all()
    assert [tuple(w) for w in written] == [
        ("England", 1.0, 0.0),
        ("England", 2.0, 2.0),
        ("Wales", 3.0, 2.0),
        ("Region", 4.0, 2.0),
        ("Wales", 5.0, 3.0),
        ("Wales", 6.0, 9.0),
        ("England", 7.0, 9.0),
    ]


def test_a_batch_the_store_refuses_rolls_the_whole_import_back(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch is written while the next one is made: a failure in a later batch still
    reaches the caller, and nothing of the import stays, not even the batches before."""
    monkeypatch.setattr(import_write, "BATCH", 1)
    with store.session() as session:  # the store refuses the third figure it is given
        session.connection().exec_driver_sql(
            "CREATE TRIGGER third_refused BEFORE INSERT ON observation "
            "WHEN (SELECT count(*) FROM observation) >= 2 "
            "BEGIN SELECT RAISE(ABORT, 'third figure refused'); END"
        )
    with pytest.raises(DBAPIError, match="third figure refused"):
        import_file(store, scorecards.long_layout(tmp_path / "long.xlsx"))
    with store.read_session() as session:
        observations = session.scalar(select(func.count()).select_from(ObservationRow))
        imports = session.scalar(select(func.count()).select_from(ScorecardImportRow))
    assert (observations, imports) == (0, 0)


def _triggers(store: Store) -> list[tuple[str, str]]:
    with store.read_session() as session:
        found = session.connection().exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
        return [(str(name), str(sql)) for name, sql in found]


def test_an_import_leaves_the_stores_triggers_as_they_were(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The triggers the writing does without are back, word for word, whether the import
    is written or rolled back."""
    before = _triggers(store)
    assert {"analysis_gone_on_observation_insert", "sync_comparator_value_insert"} <= {
        name for name, _sql in before
    }
    assert import_file(store, scorecards.long_layout(tmp_path / "long.xlsx")).observations == 5
    assert _triggers(store) == before
    monkeypatch.setattr(import_write, "_write_batch", _refused)
    quarter = Period("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter")
    figure = ParsedObservation(quarter, actual=1.0, comparators={"England": 2.0})
    parsed = ParsedScorecard("b.xlsx", [ParsedIndicator("Bins", observations=[figure])])
    info = import_write.ImportInfo("b.xlsx", "/b.xlsx", "1" * 64, None, None, None, [])
    with pytest.raises(RuntimeError, match="refused"), store.session() as session:
        import_write.write(session, parsed, info, lambda: None)
    assert _triggers(store) == before


def _refused(*_args: object) -> None:
    raise RuntimeError("refused")


def test_a_new_comparator_of_a_shared_observation_still_marks_it_changed(store: Store) -> None:
    quarter = Period("Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter")

    def write(observation: ParsedObservation) -> None:
        parsed = ParsedScorecard("a.xlsx", [ParsedIndicator("Bins", observations=[observation])])
        info = import_write.ImportInfo("a.xlsx", "/a.xlsx", "0" * 64, None, None, None, [])
        with store.session() as session:
            import_write.write(session, parsed, info, lambda: None)

    write(ParsedObservation(quarter, actual=1.0))
    with store.session() as session:  # the team has the observation, unchanged since
        session.connection().exec_driver_sql(
            "INSERT INTO sync_record (kind, row_id, revision, local_rev, dirty) "
            "SELECT 'observation', id, 1, 1, 0 FROM observation"
        )
    write(ParsedObservation(quarter, actual=1.0, comparators={"England": 10.0}))
    with store.read_session() as session:
        marked = session.connection().exec_driver_sql(
            "SELECT local_rev, dirty FROM sync_record WHERE kind = 'observation'"
        )
        # once for the observation written again, once for its new comparator value
        assert [tuple(row) for row in marked] == [(3, 1)]
