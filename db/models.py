"""Database rows for the whole domain (typed SQLAlchemy 2). Rows end in ``Row``."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Value sets, kept as plain strings in the store (readable with any SQLite tool).
POLARITIES = ("higher_is_better", "lower_is_better", "on_target", "none", "unknown")
RAGS = ("red", "amber", "green")
PERIOD_KINDS = (
    "quarter",
    "month",
    "financial_year",
    "academic_year",
    "calendar_year",
    "range",
    "date",
)
QUESTION_STATUSES = ("draft", "to_raise", "asked", "answered", "deferred", "withdrawn")
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
IMPORT_STATUSES = ("imported", "unchanged", "refused")


def utcnow() -> dt.datetime:
    """Naive UTC now, to the second (stored as text by SQLite)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PortfolioRow(Base):
    __tablename__ = "portfolio"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    services: Mapped[list[ServiceRow]] = relationship(back_populates="portfolio")


class ServiceRow(Base):
    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("portfolio_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int | None] = mapped_column(
        ForeignKey("portfolio.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)

    portfolio: Mapped[PortfolioRow | None] = relationship(back_populates="services")


class IndicatorRow(Base):
    __tablename__ = "indicator"
    __table_args__ = (
        Index("ix_indicator_portfolio_code", "portfolio_id", "code"),
        Index("ix_indicator_portfolio_name_key", "portfolio_id", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int | None] = mapped_column(
        ForeignKey("portfolio.id", ondelete="SET NULL"), index=True
    )
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="SET NULL"), index=True
    )
    code: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(Text)
    # lower-cased, punctuation-free name used to match a later scorecard's row
    name_key: Mapped[str] = mapped_column(Text)
    polarity: Mapped[str] = mapped_column(String(20), default="unknown")
    unit: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    # RAG tolerance: None means "use the default" (amber within 10% of |target|)
    tolerance_mode: Mapped[str | None] = mapped_column(String(10))  # "percent" | "points"
    tolerance_amber: Mapped[float | None] = mapped_column(Float)
    band_low: Mapped[float | None] = mapped_column(Float)  # on_target polarity
    band_high: Mapped[float | None] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    portfolio: Mapped[PortfolioRow | None] = relationship()
    service: Mapped[ServiceRow | None] = relationship()
    observations: Mapped[list[ObservationRow]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan", passive_deletes=True
    )


class PeriodRow(Base):
    __tablename__ = "period"
    __table_args__ = (UniqueConstraint("kind", "start", "end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))


class ScorecardImportRow(Base):
    __tablename__ = "scorecard_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    file_path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(12))
    sheet: Mapped[str | None] = mapped_column(Text)
    area: Mapped[str | None] = mapped_column(Text)
    profile: Mapped[str | None] = mapped_column(Text)
    indicator_count: Mapped[int] = mapped_column(Integer, default=0)
    observation_count: Mapped[int] = mapped_column(Integer, default=0)
    warnings_json: Mapped[str] = mapped_column(Text, default="[]")


class ObservationRow(Base):
    __tablename__ = "observation"
    __table_args__ = (UniqueConstraint("indicator_id", "period_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("period.id", ondelete="RESTRICT"), index=True)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("scorecard_import.id", ondelete="SET NULL"), index=True
    )
    actual: Mapped[float | None] = mapped_column(Float)
    actual_text: Mapped[str | None] = mapped_column(Text)
    target: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    rag: Mapped[str | None] = mapped_column(String(8))  # as the scorecard gave it
    direction_text: Mapped[str | None] = mapped_column(Text)  # as the scorecard gave it
    commentary: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(Text)
    source_sheet: Mapped[str | None] = mapped_column(Text)
    source_cell: Mapped[str | None] = mapped_column(String(20))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    indicator: Mapped[IndicatorRow] = relationship(back_populates="observations")
    period: Mapped[PeriodRow] = relationship()
    comparators: Mapped[list[ComparatorValueRow]] = relationship(
        back_populates="observation", cascade="all, delete-orphan", passive_deletes=True
    )


class ComparatorValueRow(Base):
    __tablename__ = "comparator_value"
    __table_args__ = (UniqueConstraint("observation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    value: Mapped[float] = mapped_column(Float)

    observation: Mapped[ObservationRow] = relationship(back_populates="comparators")


class MeetingRow(Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    committee: Mapped[str | None] = mapped_column(Text)
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    period_id: Mapped[int | None] = mapped_column(ForeignKey("period.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # the briefing's committee-paper details for this meeting (the clerk's, where given)
    paper_item: Mapped[str | None] = mapped_column(Text)  # agenda item number, e.g. "7"
    paper_purpose: Mapped[str | None] = mapped_column(Text)
    paper_exempt_paragraph: Mapped[str | None] = mapped_column(Text)  # e.g. "3", "1, 2"


class AgendaItemRow(Base):
    """An indicator on a meeting's agenda, in the chair's order."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "indicator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class NoteRow(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, unique=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period_id: Mapped[int | None] = mapped_column(ForeignKey("period.id", ondelete="SET NULL"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    # shared with the team (a team store); notes are private unless marked
    shared: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class QuestionRow(Base):
    __tablename__ = "question"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, unique=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    period_id: Mapped[int | None] = mapped_column(ForeignKey("period.id", ondelete="SET NULL"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    addressed_to: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # the rule of a suggested line of enquiry this question came from, if any
    source_rule: Mapped[str | None] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class QuestionAnswerRow(Base):
    """An answer that a later one replaced (from a returned tracker): the question's history."""

    __tablename__ = "question_answer_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("question.id", ondelete="CASCADE"), index=True
    )
    answer: Mapped[str] = mapped_column(Text)
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    replaced_by: Mapped[str | None] = mapped_column(Text)  # where the new answer came from


class ActionRow(Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), default=new_uid, unique=True)
    indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(Text)
    due_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")
    update_text: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ImportProfileRow(Base):
    """A column mapping chosen once for a council's layout, matched to later files."""

    __tablename__ = "import_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    signature: Mapped[str] = mapped_column(Text, index=True)
    mapping_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SettingRow(Base):
    """Small user settings that belong to the store (default tolerance, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class IndicatorAnalysisRow(Base):
    """An indicator's stored analysis: what the tree and ``list --json`` show of it.

    Worked out whenever its figures, targets or tolerance change (never edited by hand);
    ``version`` and ``tolerance`` say what it was worked out with, so a stale row is found
    and worked out again rather than shown.
    """

    __tablename__ = "indicator_analysis"

    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer)
    tolerance: Mapped[str] = mapped_column(String(120))
    latest_period_id: Mapped[int | None] = mapped_column(Integer)  # its latest figure's period
    rag_computed: Mapped[str | None] = mapped_column(String(8))  # of the latest figure
    rag_latest: Mapped[str | None] = mapped_column(String(8))  # published, else computed
    direction_previous: Mapped[str | None] = mapped_column(String(12))
    direction_last_year: Mapped[str | None] = mapped_column(String(12))
    red_streak: Mapped[int] = mapped_column(Integer, default=0)
    flag_rules: Mapped[str] = mapped_column(Text, default="")  # "rag_mismatch small_base"
    flags_json: Mapped[str] = mapped_column(Text, default="[]")  # [[rule, message, period]]
    commentary: Mapped[str | None] = mapped_column(Text)  # every period's, for searching
    last_text: Mapped[str | None] = mapped_column(Text)  # latest non-numeric actual, if any


# --- team store bookkeeping (filled by triggers, see db/sync_triggers.py) ----------------------


class SyncRecordRow(Base):
    """A shared record's stable id, author and revision; ``dirty`` when changed since the sync."""

    __tablename__ = "sync_record"
    __table_args__ = (UniqueConstraint("kind", "row_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    row_id: Mapped[int] = mapped_column(Integer)
    uid: Mapped[str | None] = mapped_column(String(80), unique=True)
    author: Mapped[str | None] = mapped_column(Text)
    # the team store's revision this copy was last synced with (0: never synced)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # counts local changes; a push clears ``dirty`` only if no change came in meanwhile
    local_rev: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    dirty: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    base_json: Mapped[str | None] = mapped_column(Text)  # the record as last synced


class SyncTombstoneRow(Base):
    """A synced record deleted here, waiting to be deleted in the team store."""

    __tablename__ = "sync_tombstone"

    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))


class SyncStateRow(Base):
    """The team link of this store (url without password, member, device, high-water marks)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncConflictRow(Base):
    """Two members changed the same field: the version kept and the other one."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_uid: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(40))
    kept_json: Mapped[str] = mapped_column(Text)
    other_json: Mapped[str] = mapped_column(Text)
    other_member: Mapped[str | None] = mapped_column(Text)
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    seen: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
