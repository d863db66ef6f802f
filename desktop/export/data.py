"""Plain inputs of every exporter: indicators with analysis, and the chair's annotations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.catalogue import IndicatorView


@dataclass(frozen=True, slots=True)
class NoteItem:
    indicator: str  # code, or name where there is no code
    indicator_id: int
    period: str | None
    text: str
    exempt: bool
    created_at: dt.datetime
    meeting: str | None = None


@dataclass(frozen=True, slots=True)
class QuestionItem:
    uid: str
    indicator: str
    indicator_id: int
    period: str | None
    text: str
    addressed_to: str | None
    status: str
    answer: str | None
    meeting: str | None
    created_at: dt.datetime
    answered_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ActionItem:
    uid: str
    indicator: str | None
    indicator_id: int | None
    text: str
    owner: str | None
    due: str | None  # ISO date, or the name of the meeting it is due at
    status: str
    meeting: str | None
    created_at: dt.datetime
    update: str | None = None  # the latest progress note from the owner


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything an export may show, already filtered for exempt material and meeting."""

    views: tuple[IndicatorView, ...]
    notes: tuple[NoteItem, ...] = ()
    questions: tuple[QuestionItem, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    include_exempt: bool = False
    meeting: str | None = None
    committee: str | None = None
    meeting_date: dt.date | None = None
    period: str | None = None  # the scorecard period shown
    agenda: tuple[int, ...] = ()  # indicator ids on the meeting's agenda, in the chair's order
    withheld_exempt: int = 0  # exempt indicators left out (not include_exempt)
    exempt_paragraph: str | None = None  # the Schedule 12A paragraph, where the user gave one
    rag_rule: str | None = None  # the store's default RAG rule in words, with its tolerance
    author: str | None = None  # the report author, contact and agenda item, where given
    contact: str | None = None
    agenda_item: str | None = None
    purpose: str | None = None  # the clerk's purpose of the paper, where given
    exported_at: dt.datetime = field(
        default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0)
    )
