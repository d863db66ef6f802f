"""Answers back in: read a tracker officers filled in and update the questions and actions it lists.

Rows are matched by the hidden Ref column (each question's and action's stable uid). Only the
Answer/Status/Answered on (questions) and Update/Status (actions) cells are read; every other
cell, and anything not listed, is left alone. A row that cannot be matched or whose change the
rules refuse is reported and changes nothing. The caller's session is one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActionRow, QuestionRow
from desktop.annotations import (
    AnnotationError,
    set_action_status,
    set_question_status,
    update_question,
)
from desktop.errors import UserError
from desktop.export.words import ACTION_WORDS, QUESTION_WORDS, status_from_word
from desktop.export.xlsx_tracker import REF
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.limits import check_package, read_bounded

_ASKED_FIRST = frozenset({"to_raise", "deferred"})


@dataclass(slots=True)
class TrackerReport:
    """What an import changed: one line per updated item, and why each refused row was."""

    updated_questions: list[str] = field(default_factory=list)
    updated_actions: list[str] = field(default_factory=list)
    unchanged: int = 0
    refused_rows: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{len(self.updated_questions)} questions and {len(self.updated_actions)} actions "
            f"updated, {self.unchanged} unchanged, {len(self.refused_rows)} rows refused"
        )


@dataclass(frozen=True, slots=True)
class _Row:
    sheet: str
    number: int
    cells: dict[str, Any]

    def text(self, name: str) -> str | None:
        value = self.cells.get(name)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        shown = str(value).strip()
        return shown or None

    @property
    def where(self) -> str:
        return f"{self.sheet} row {self.number}"


def import_tracker(session: Session, path: Path) -> TrackerReport:
    """Apply the officers' answers and updates in the tracker at ``path``."""
    report = TrackerReport()
    sheets = _read(path)
    for row in _once(sheets.get("Questions", []), report):
        _question(session, row, report)
    for row in _once(sheets.get("Actions", []), report):
        _action(session, row, report)
    session.flush()
    return report


def _once(rows: list[_Row], report: TrackerReport) -> Iterator[_Row]:
    """Rows whose reference is on no other row: a copied row would make the answer ambiguous."""
    counts: dict[str | None, int] = {}
    for row in rows:
        counts[row.text(REF)] = counts.get(row.text(REF), 0) + 1
    for row in rows:
        if row.text(REF) is not None and counts[row.text(REF)] > 1:
            report.refused_rows.append(
                f"{row.where}: the same reference is on {counts[row.text(REF)]} rows"
                " — keep one row per item"
            )
        else:
            yield row


def _read(path: Path) -> dict[str, list[_Row]]:
    try:
        data = read_bounded(path)  # a regular file within the limits of any workbook read
        check_package(path, data)
    except ScorecardError as err:
        raise UserError(str(err)) from err
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except FileNotFoundError as err:
        raise UserError(f"cannot read {path}: no such file — choose the returned tracker") from err
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise UserError(
            f"cannot read {path}: not an Excel tracker — choose the .xlsx file this app wrote"
        ) from err
    try:
        found = {
            name: list(_rows(book[name], name))
            for name in ("Questions", "Actions")
            if name in book.sheetnames
        }
    finally:
        book.close()
    if not found:
        raise UserError(
            f"{path.name} has no Questions or Actions sheet — choose a tracker this app wrote"
        )
    return found


def _rows(ws: Any, name: str) -> Iterator[_Row]:
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    names = [str(h).strip() if h is not None else "" for h in (header or ())]
    if REF not in names:
        raise UserError(
            f"the {name} sheet has no {REF} column — export a new tracker and fill that one in"
        )
    for number, values in enumerate(rows, start=2):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        yield _Row(name, number, dict(zip(names, values, strict=False)))


def _question(session: Session, row: _Row, report: TrackerReport) -> None:
    uid = row.text(REF)
    found = (
        session.scalars(select(QuestionRow).where(QuestionRow.uid == uid)).first() if uid else None
    )
    if found is None:
        report.refused_rows.append(f"{row.where}: no question with this reference in the store")
        return
    word = row.text("Status")
    status = status_from_word(word, QUESTION_WORDS) if word else found.status
    if status is None:
        choices = ", ".join(QUESTION_WORDS.values())
        report.refused_rows.append(f"{row.where}: unknown status '{word}' — use one of {choices}")
        return
    answer = row.text("Answer")
    answered_on = _date(row.cells.get("Answered on"))
    before = (found.status, found.answer)
    if status == found.status and (answer or None) == (found.answer or None):
        report.unchanged += 1
        return
    try:
        with session.begin_nested():
            if status == found.status:
                update_question(session, found.id, answer=answer)
            else:
                if status == "answered" and found.status in _ASKED_FIRST:
                    set_question_status(session, found.id, "asked")  # an answer shows it was asked
                set_question_status(
                    session, found.id, status, answer=answer, answered_at=answered_on
                )
    except AnnotationError as err:
        report.refused_rows.append(f"{row.where}: {err}")
        return
    label = QUESTION_WORDS.get(found.status, found.status)
    change = (
        f"{QUESTION_WORDS.get(before[0], before[0])} → {label}"
        if before[0] != found.status
        else label
    )
    detail = ", answer updated" if before[1] != found.answer else ""
    report.updated_questions.append(f"{row.where}: {_short(found.text)} ({change}{detail})")


def _action(session: Session, row: _Row, report: TrackerReport) -> None:
    uid = row.text(REF)
    found = session.scalars(select(ActionRow).where(ActionRow.uid == uid)).first() if uid else None
    if found is None:
        report.refused_rows.append(f"{row.where}: no action with this reference in the store")
        return
    word = row.text("Status")
    status = status_from_word(word, ACTION_WORDS) if word else found.status
    if status is None:
        choices = ", ".join(ACTION_WORDS.values())
        report.refused_rows.append(f"{row.where}: unknown status '{word}' — use one of {choices}")
        return
    update = row.text("Update")
    if status == found.status and (update or None) == (found.update_text or None):
        report.unchanged += 1
        return
    before = found.status
    try:
        with session.begin_nested():
            changed = update if (update or None) != (found.update_text or None) else None
            set_action_status(session, found.id, status, update=changed)
    except AnnotationError as err:
        report.refused_rows.append(f"{row.where}: {err}")
        return
    change = f"{ACTION_WORDS.get(before, before)} → {ACTION_WORDS.get(status, status)}"
    report.updated_actions.append(f"{row.where}: {_short(found.text)} ({change})")


def _date(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        for form in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d %B %Y", "%d %b %Y"):
            try:
                return dt.datetime.strptime(value.strip(), form)
            except ValueError:
                continue
    return None


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
