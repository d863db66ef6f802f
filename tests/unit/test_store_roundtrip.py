"""Every table keeps what is written to it, and the links between rows hold."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    ActionRow,
    AgendaItemRow,
    Base,
    ComparatorValueRow,
    ImportProfileRow,
    IndicatorAnalysisRow,
    IndicatorRow,
    MeetingRow,
    NoteRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    QuestionAnswerRow,
    QuestionRow,
    ScorecardImportRow,
    ServiceRow,
    SettingRow,
    SyncConflictRow,
    SyncRecordRow,
    SyncStateRow,
    SyncTombstoneRow,
)
from db.store import Store

WHEN = dt.datetime(2025, 3, 4, 18, 30, 0)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new store made once per module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "scrutineer.sqlite"
    Store.open(path).close()
    return path


@pytest.fixture
def store(tmp_path: Path, template: Path) -> Iterator[Store]:
    path = tmp_path / "scrutineer.sqlite"
    shutil.copyfile(template, path)
    opened = Store.open(path)
    yield opened
    opened.close()


def _one_of_each() -> list[Base]:
    portfolio = PortfolioRow(id=1, name="Children's Services", position=2)
    service = ServiceRow(id=1, portfolio_id=1, name="Schools", position=1)
    period = PeriodRow(
        id=1,
        label="Q1 2024/25",
        start=dt.date(2024, 4, 1),
        end=dt.date(2024, 6, 30),
        kind="quarter",
    )
    indicator = IndicatorRow(
        id=1, portfolio_id=1, service_id=1, code="CS1", name="Pupils attending",
        name_key="pupils attending", polarity="higher_is_better", unit="%",
        description="Share of sessions attended", owner="Head of Education", exempt=True,
        tolerance_mode="points", tolerance_amber=2.5, band_low=None, band_high=None, position=3,
        created_at=WHEN, updated_at=WHEN,
    )  # fmt: skip
    scorecard_import = ScorecardImportRow(
        id=1, file_name="q1.xlsx", file_path="/tmp/q1.xlsx", sha256="ab" * 32, imported_at=WHEN,
        status="imported", sheet="KPIs", area="Wrexham", profile="default", indicator_count=1,
        observation_count=1, warnings_json='["row 7: no period"]',
    )  # fmt: skip
    observation = ObservationRow(
        id=1, indicator_id=1, period_id=1, import_id=1, actual=92.5, actual_text=None,
        target=95.0, numerator=925.0, denominator=1000.0, rag="amber", direction_text="worse",
        commentary="Illness in March", source_file="q1.xlsx", source_sheet="KPIs",
        source_cell="D7", updated_at=WHEN,
    )  # fmt: skip
    comparator = ComparatorValueRow(id=1, observation_id=1, name="Wales", value=93.1)
    meeting = MeetingRow(
        id=1, name="Scrutiny June", committee="Lifelong Learning", held_on=dt.date(2024, 6, 20),
        period_id=1, created_at=WHEN,
    )  # fmt: skip
    agenda = AgendaItemRow(id=1, meeting_id=1, indicator_id=1, position=1)
    note = NoteRow(
        id=1, uid="n" * 32, indicator_id=1, period_id=1, meeting_id=1, text="Ask about March",
        exempt=True, shared=True, created_at=WHEN, updated_at=WHEN,
    )  # fmt: skip
    question = QuestionRow(
        id=1, uid="q" * 32, indicator_id=1, period_id=1, meeting_id=1, text="Why down?",
        addressed_to="Head of Education", status="answered", answer="Illness", answered_at=WHEN,
        source_rule="below_target", position=1, created_at=WHEN, updated_at=WHEN,
    )  # fmt: skip
    action = ActionRow(
        id=1, uid="a" * 32, indicator_id=1, meeting_id=1, text="Report back", owner="Officer",
        due_meeting_id=1, due_date=dt.date(2024, 9, 1), status="in_progress",
        update_text="Drafted", position=1, created_at=WHEN, updated_at=WHEN,
    )  # fmt: skip
    profile = ImportProfileRow(
        id=1, name="Wrexham", signature="code|name|actual", mapping_json="{}", created_at=WHEN
    )
    setting = SettingRow(key="default_tolerance", value="10")
    # first, so the change-noting triggers stay quiet and only the sample rows below exist
    applying = SyncStateRow(key="applying", value="1")
    sync_record = SyncRecordRow(
        id=1, kind="question", row_id=1, uid="question-" + "q" * 32, author="alice",
        revision=3, local_rev=4, dirty=True, base_json='{"text": "Why?"}',
    )  # fmt: skip
    tombstone = SyncTombstoneRow(uid="note-" + "x" * 32, kind="note")
    conflict = SyncConflictRow(
        id=1, record_uid="question-" + "q" * 32, kind="question", field="answer",
        kept_json='"Illness"', other_json='"Sickness"', other_member="bob", found_at=WHEN,
        seen=False,
    )  # fmt: skip
    earlier = QuestionAnswerRow(
        id=1, question_id=1, answer="Said at the meeting", answered_at=WHEN, replaced_at=WHEN,
        replaced_by="a returned tracker",
    )  # fmt: skip
    analysis = IndicatorAnalysisRow(
        indicator_id=1, version=1, tolerance="points 2.5 None None", latest_period_id=1,
        rag_computed="green", rag_latest="amber", direction_previous=None,
        direction_last_year="worsening", red_streak=0, flag_rules="rag_mismatch",
        flags_json='[["rag_mismatch", "Published amber, but it meets the target.", "Q1 2024/25"]]',
        commentary="Illness in March", last_text=None,
    )  # fmt: skip
    return [
        applying, portfolio, service, period, scorecard_import, indicator, observation,
        comparator, meeting, agenda, note, question, action, profile, setting, sync_record,
        tombstone, conflict, earlier, analysis,
    ]  # fmt: skip


def _columns(row: Base) -> dict[str, object]:
    return {attr.key: attr.value for attr in inspect(row).attrs if attr.key in row.__table__.c}


def test_every_table_has_a_row_in_the_sample() -> None:
    tables = {type(row).__tablename__ for row in _one_of_each()}
    assert tables == set(Base.metadata.tables)


@pytest.mark.parametrize(
    "index", range(len(_one_of_each())), ids=lambda i: type(_one_of_each()[i]).__name__
)
def test_row_reads_back_as_written(store: Store, index: int) -> None:
    rows = _one_of_each()
    expected = _columns(rows[index])
    _insert(store, rows)
    with store.read_session() as session:
        stored = session.scalars(select(type(rows[index]))).one()
        assert _columns(stored) == expected


def test_deleting_an_indicator_removes_its_observations_and_notes(store: Store) -> None:
    _insert(store, _one_of_each())
    with store.session() as session:
        session.execute(IndicatorRow.__table__.delete())
    with store.read_session() as session:
        assert _count(session, ObservationRow) == 0
        assert _count(session, ComparatorValueRow) == 0
        assert _count(session, NoteRow) == 0


def test_a_period_in_use_cannot_be_deleted(store: Store) -> None:
    _insert(store, _one_of_each())
    with pytest.raises(IntegrityError), store.session() as session:
        session.execute(PeriodRow.__table__.delete())


def test_an_observation_needs_an_existing_indicator(store: Store) -> None:
    with store.session() as session:
        session.add(
            PeriodRow(
                id=1,
                label="2024/25",
                start=dt.date(2024, 4, 1),
                end=dt.date(2025, 3, 31),
                kind="financial_year",
            )
        )
    with pytest.raises(IntegrityError), store.session() as session:
        session.add(ObservationRow(indicator_id=99, period_id=1, actual=1.0))


def _insert(store: Store, rows: list[Base]) -> None:
    """Insert in list order (parents first): plain id links carry no ordering of their own."""
    with store.session() as session:
        for row in rows:
            session.add(row)
            session.flush()


def _count(session: Session, row_type: type[Base]) -> int:
    return len(session.scalars(select(row_type)).all())
