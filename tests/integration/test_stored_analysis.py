"""The stored analysis the tree and `list --json` read always equals a fresh computation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from bench.generate import write_xlsx
from db import queries
from db.models import IndicatorAnalysisRow
from db.queries import load_indicators
from db.store import Store
from desktop import paths, tolerances
from desktop.catalogue import (
    IndicatorSummary,
    IndicatorView,
    analyse_record,
    build_view,
    load_summaries,
    observed_period_choices,
    summary_dict,
)
from desktop.loading import quick_load
from desktop.scorecard.importer import import_file
from desktop.tolerances import default_tolerance


def _shown(view: IndicatorView | IndicatorSummary) -> dict[str, Any]:
    """Everything the tree and `list --json` take from an indicator."""
    return {
        **summary_dict(view),
        "id": view.id,
        "exempt": view.exempt,
        "latest_rag": view.latest_rag,
        "latest_rag_computed": view.latest_rag_computed,
        "flag_rules": view.flag_rules,
        "commentary": view.commentary_text,
        "last_text": view.last_text,
    }


def _fresh(store: Store) -> list[dict[str, Any]]:
    """Worked out from every observation now, without the stored analysis."""
    with store.read_session() as session:
        default = default_tolerance(session)
        return [_shown(build_view(r, default)) for r in load_indicators(session)]


def _stored(store: Store) -> list[dict[str, Any]]:
    with store.read_session() as session:
        kept = session.execute(select(func.count()).select_from(IndicatorAnalysisRow)).scalar_one()
        summaries = load_summaries(session)
        choices = observed_period_choices(session)
    assert kept == len(summaries), "every indicator has a stored analysis"
    # the first paint reads the same with sqlite3 alone
    quick = quick_load(store.path)
    assert quick is not None and quick.views == summaries and quick.choices == choices
    return [_shown(s) for s in summaries]


def _exact(store: Store) -> None:
    """Every stored analysis, field by field, is the one worked out from the indicator's
    every observation (comparators and provenance too) as the store gives them back now."""
    with store.read_session() as session:
        default = default_tolerance(session)
        stored = {s.indicator.id: s.analysis for s in queries.load_summaries(session)}
        fresh = {r.id: analyse_record(r, default) for r in load_indicators(session)}
    assert stored == fresh


def _imported(store: Store, path: Path, accept: bool = False) -> None:
    result = import_file(store, path, accept=accept)
    assert result.status == "imported", result.error


@pytest.fixture
def sample_store(store: Store) -> Store:
    _imported(store, paths.sample_scorecard())
    return store


def test_sample_stored_analysis_equals_a_fresh_one(sample_store: Store) -> None:
    stored = _stored(sample_store)
    assert len(stored) > 10
    assert any(s["flags"] for s in stored) and any(s["latest"] for s in stored)
    assert stored == _fresh(sample_store)
    _exact(sample_store)


def test_generated_large_store_stored_analysis_equals_a_fresh_one(
    store: Store, tmp_path: Path
) -> None:
    first, second = tmp_path / "q1.xlsx", tmp_path / "q2.xlsx"
    write_xlsx(first, 600, 6)
    write_xlsx(second, 800, 8)  # a later issue: more quarters, new indicators
    _imported(store, first)
    _imported(store, second)
    stored = _stored(store)
    assert len(stored) == 800
    assert {s["latest"]["period"] for s in stored if s["latest"]} == {"Q4 2016/17"}
    assert any(s["red_streak"] >= 2 for s in stored)
    assert stored == _fresh(store)
    _exact(store)


def _scorecard(path: Path, rows: list[tuple[object, ...]]) -> None:
    from openpyxl import Workbook

    from bench.generate import HEADER

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def test_an_import_stores_the_analysis_the_store_gives_back(store: Store, tmp_path: Path) -> None:
    """Indicators an import creates are worked out from the figures it wrote, the others
    from the store: both must be what the store gives back, whatever the figures were."""
    from bench.generate import rows

    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    _scorecard(first, [r for r in rows(12, 4) if r[2] <= "KPI00006"])
    _imported(store, first)
    later = [list(r) for r in rows(12, 8)]
    later[4 * 8 + 1][8] = -0.0  # KPI00005, an indicator already in the store
    later[8 * 8 + 1][8] = 0  # KPI00009, new: a whole number, stored as a real
    later[8 * 8 + 2][8] = -0.0  # given back as 0.0
    later[8 * 8 + 3][8] = "n/a"  # text where a figure should be
    later[9 * 8 + 5][12] = "Recovery plan agreed."
    later[9 * 8 + 6][9] = None  # no target
    twice = list(later[10 * 8 + 2])  # KPI00011, new: a quarter given twice, disagreeing
    twice[8], twice[10] = 12.5, "Red"
    later.insert(10 * 8 + 3, twice)
    _scorecard(second, [tuple(r) for r in later])
    _imported(store, second, accept=True)
    _exact(store)
    assert _stored(store) == _fresh(store)
    with store.read_session() as session:
        found = {r.code: r for r in load_indicators(session)}
    assert len(found) == 12 and len(found["KPI00011"].observations) == 8
    assert 0.0 in [o.actual for o in found["KPI00009"].observations]


def test_new_indicators_meet_periods_stored_out_of_calendar_order(
    store: Store, tmp_path: Path
) -> None:
    """Later quarters imported first: the earlier ones get the higher ids, and the figures
    a new indicator is worked out from must still come in the calendar's order."""
    from bench.generate import quarter_labels, rows

    later, both = tmp_path / "later.xlsx", tmp_path / "both.xlsx"
    recent = set(quarter_labels(8)[4:])
    _scorecard(later, [r for r in rows(5, 8) if r[5] in recent])
    _imported(store, later)
    more = [list(r) for r in rows(10, 8)]  # five indicators more, and the first four quarters
    for r in more:
        r[12] = f"Said of {r[5]}."  # what is searched and shown follows the calendar
        if r[5] in ("Q2 2015/16", "Q2 2016/17"):
            r[8] = f"not due ({r[5]})"
    _scorecard(both, [tuple(r) for r in more])
    _imported(store, both, accept=True)
    with store.read_session() as session:
        periods = queries.list_periods(session)
    assert [p.id for p in periods] != sorted(p.id for p in periods)
    _exact(store)
    assert _stored(store) == _fresh(store)


def test_tolerance_changes_store_the_analysis_again(sample_store: Store) -> None:
    with sample_store.session() as session:
        tolerances.set_default_tolerance(session, mode="points", amber=0)
    before = _stored(sample_store)
    assert before == _fresh(sample_store)
    target = next(s["id"] for s in before if s["latest"] and s["latest"]["target"] is not None)
    with sample_store.session() as session:
        tolerances.set_indicator_tolerance(session, target, mode="percent", amber=50)
    assert _stored(sample_store) == _fresh(sample_store)
    with sample_store.session() as session:
        tolerances.clear_indicator_tolerance(session, target)
    assert _stored(sample_store) == _fresh(sample_store)


def test_missing_or_stale_analysis_is_worked_out_again(sample_store: Store) -> None:
    expected = _fresh(sample_store)
    with sample_store.session() as session:  # as after the upgrade that added the table...
        session.execute(delete(IndicatorAnalysisRow).where(IndicatorAnalysisRow.indicator_id < 5))
        # ...or after a change of the rules
        session.execute(update(IndicatorAnalysisRow).values(version=0, red_streak=99))
    with sample_store.read_session() as session:
        shown = [_shown(s) for s in load_summaries(session)]
    assert shown == expected
    assert quick_load(sample_store.path) is None  # the first paint leaves it to the full load
    with sample_store.session() as session:
        load_summaries(session, repair=True)
    assert _stored(sample_store) == expected


def test_the_first_paint_never_shows_an_analysis_made_by_another_tolerance(
    sample_store: Store,
) -> None:
    import sqlite3

    assert quick_load(sample_store.path) is not None
    conn = sqlite3.connect(sample_store.path)  # the default rule changed behind its back
    with conn:
        conn.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (tolerances.DEFAULT_KEY, '{"mode": "points", "amber": 3}'),
        )
    conn.close()
    assert quick_load(sample_store.path) is None
    with sample_store.session() as session:
        load_summaries(session, repair=True)
    assert _stored(sample_store) == _fresh(sample_store)


def test_the_first_paint_of_a_damaged_store_is_left_to_the_full_load(sample_store: Store) -> None:
    import sqlite3

    conn = sqlite3.connect(sample_store.path)
    with conn:
        conn.execute("DROP TABLE indicator_analysis")
    conn.close()
    assert quick_load(sample_store.path) is None
    assert quick_load(sample_store.path.with_name("missing.sqlite")) is None


def test_the_first_paint_runs_the_statements_of_the_queries() -> None:
    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from db import queries, quick_read
    from db.models import PeriodRow

    def text(statement: Any) -> str:
        return str(
            statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
        )

    periods = select(PeriodRow.id, PeriodRow.label, PeriodRow.start, PeriodRow.end, PeriodRow.kind)
    assert text(queries._summary_statement(None)) == quick_read.SUMMARY_SQL
    assert text(queries._open_question_statement(None)) == quick_read.OPEN_QUESTIONS_SQL
    assert text(periods.order_by(PeriodRow.start, PeriodRow.end, PeriodRow.id)) == (
        quick_read.PERIODS_SQL
    )


def test_a_writer_that_forgets_the_analysis_cannot_leave_it_stale(sample_store: Store) -> None:
    from db.models import IndicatorRow, ObservationRow

    with sample_store.session() as session:  # figures and a polarity changed behind its back
        for row in session.scalars(select(ObservationRow)):
            row.actual = None if row.actual is None else row.actual * 0.5
        first = session.scalars(select(IndicatorRow).order_by(IndicatorRow.id)).first()
        assert first is not None
        first.polarity = "lower_is_better" if first.polarity != "lower_is_better" else "none"
    with sample_store.read_session() as session:
        left = session.execute(select(func.count()).select_from(IndicatorAnalysisRow)).scalar_one()
        shown = [_shown(s) for s in load_summaries(session)]
    assert left == 0  # every stored analysis of a changed indicator was dropped by the store
    assert shown == _fresh(sample_store)


@pytest.mark.corpus
def test_every_corpus_import_stores_the_analysis_the_store_gives_back(
    corpus: Path, tmp_path: Path
) -> None:
    """Each file of the corpus small enough for every run (the corpus tests read the larger
    ones), accepted as read, into a fresh store."""
    lines = (corpus / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    small = [
        fields[0]
        for fields in (line.split("\t") for line in lines)
        if len(fields) > 4 and fields[4].isdigit() and int(fields[4]) <= 400_000
    ]
    imported = 0
    for n, relative in enumerate(small):
        store = Store.open(tmp_path / f"store-{n}.sqlite")
        try:
            result = import_file(store, corpus / relative, accept=True)
            if result.status == "imported" and result.observations:
                imported += 1
                _exact(store)
        finally:
            store.close()
    assert imported >= 20


def test_every_development_fixture_stores_the_analysis_the_store_gives_back(
    store: Store, tmp_path: Path
) -> None:
    """The realistic scorecards, each into a fresh store and then all into one store (so
    later files meet indicators and periods the earlier ones wrote)."""
    from tests.realistic import catalogue

    built = []
    for fixture in catalogue.development():
        folder = tmp_path / fixture.name
        folder.mkdir()
        built.append(fixture.build(folder)[0])
    imported = 0
    for n, path in enumerate(built):
        alone = Store.open(tmp_path / f"alone-{n}.sqlite")
        try:
            if import_file(alone, path, accept=True).status == "imported":
                imported += 1
                _exact(alone)
        finally:
            alone.close()
        import_file(store, path, accept=True)
    assert imported > 40
    _exact(store)
