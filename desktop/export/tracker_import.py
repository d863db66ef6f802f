"""Answers back in: read a tracker officers filled in and update the questions and actions it lists.

Rows are matched by the hidden Ref column (each question's and action's stable uid). The tracker
keeps, on hidden sheets, every row as it was exported; only the cells officers fill (Answer,
Status, Answered on; Update, Status) that differ from that copy are applied, so a stale copy
cannot undo work recorded since it was exported. An edited status may move an item on, never
through a move the rules refuse; an edited answer replaces a recorded one only with the old one
kept in the question's history. Edits to any other cell are reported as ignored, and rows that
were exported but are missing from the file are reported too. The caller's session is one
transaction; a refused row changes nothing.
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
    OFFICER_QUESTION_STATUSES,
    AnnotationError,
    answer_question,
    moves_backwards,
    question_route,
    replace_answer,
    set_action_status,
    set_question_status,
)
from desktop.errors import UserError
from desktop.export.xlsx_tracker import (
    ACTION_EDITABLE,
    EXPORTED_SHEETS,
    NO_ACTIONS,
    QUESTION_EDITABLE,
    REF,
)
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.limits import check_package, read_bounded
from desktop.wording import (
    ACTION_WORDS,
    QUESTION_WORDS,
    plural,
    status_from_word,
    status_word,
)

# How an ignored cell is named in the report.
_FIELD_NAMES = {
    "Portfolio": "portfolio",
    "Indicator": "indicator",
    "Period": "period",
    "RAG": "RAG",
    "Question": "question text",
    "To whom": "addressee",
    "Meeting": "meeting",
    "Action": "action text",
    "Owner": "owner",
    "Due": "due date",
}
REPLACED_BY = "a returned tracker"


@dataclass(slots=True)
class TrackerReport:
    """What an import changed, what it ignored and why, what it refused, and what was missing."""

    updated_questions: list[str] = field(default_factory=list)
    updated_actions: list[str] = field(default_factory=list)
    unchanged: int = 0
    refused_rows: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # edits to cells that are not read
    missing: list[str] = field(default_factory=list)  # exported rows not in the file

    def summary(self) -> str:
        text = (
            f"{plural(len(self.updated_questions), 'question')} and "
            f"{plural(len(self.updated_actions), 'action')} updated, {self.unchanged} unchanged, "
            f"{plural(len(self.refused_rows), 'row')} refused"
        )
        if self.ignored:
            text += f", {plural(len(self.ignored), 'edit')} ignored"
        if self.missing:
            text += f", {plural(len(self.missing), 'row')} missing"
        return text

    def lines(self) -> list[str]:
        """The whole report as the command line prints it."""
        out = [self.summary()]
        for title, items in (
            ("Updated", [*self.updated_questions, *self.updated_actions]),
            ("Refused", self.refused_rows),
            ("Ignored", self.ignored),
            ("Missing from the file", self.missing),
        ):
            if items:
                out.append(f"{title}:")
                out.extend(f"  {item}" for item in items)
        return out

    def as_json(self, file: str) -> dict[str, Any]:
        return {
            "file": file,
            "updated_questions": self.updated_questions,
            "updated_actions": self.updated_actions,
            "unchanged": self.unchanged,
            "refused": self.refused_rows,
            "ignored": self.ignored,
            "missing": self.missing,
        }


def _normal(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    shown = " ".join(str(value).split())
    return shown or None


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

    def edited(self, name: str, before: _Row | None) -> bool:
        """True when the cell differs from the exported copy (no copy: when it holds anything
        that differs from ``None``; callers then compare with the store)."""
        if before is None:
            return _normal(self.cells.get(name)) is not None
        return _normal(self.cells.get(name)) != _normal(before.cells.get(name))

    @property
    def where(self) -> str:
        return f"{self.sheet} row {self.number}"


def import_tracker(session: Session, path: Path) -> TrackerReport:
    """Apply the officers' answers and updates in the tracker at ``path``."""
    report = TrackerReport()
    sheets = _read(path)
    for name, handle in (("Questions", _question), ("Actions", _action)):
        rows = [r for r in sheets.get(name, []) if not _says_none(r)]
        exported = {r.text(REF): r for r in sheets.get(EXPORTED_SHEETS[name], [])}
        for row in _once(rows, report):
            handle(session, row, exported.get(row.text(REF)), report)
        returned = {r.text(REF) for r in rows}
        kind = "question" if name == "Questions" else "action"
        column = "Question" if name == "Questions" else "Action"
        for ref, before in exported.items():
            if ref is not None and ref not in returned:
                report.missing.append(
                    f"the {kind} “{_short(before.text(column) or '')}” (row {before.number} "
                    "when exported) is not in the returned file — it was left as it is"
                )
    session.flush()
    return report


def _says_none(row: _Row) -> bool:
    """The line a tracker with no action points has under its headings, as written."""
    filled = {name: text for name in row.cells if (text := row.text(name)) is not None}
    return filled == {"Action": NO_ACTIONS}


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
    wanted = ("Questions", "Actions", *EXPORTED_SHEETS.values())
    try:
        found = {name: list(_rows(book[name], name)) for name in wanted if name in book.sheetnames}
    finally:
        book.close()
    if "Questions" not in found and "Actions" not in found:
        raise UserError(
            f"{path.name} has no Questions or Actions sheet — choose a tracker this app wrote"
        )
    return found


def _rows(ws: Any, name: str) -> Iterator[_Row]:
    rows = ws.iter_rows(values_only=True)
    names: list[str] = []
    start = 1
    for start, header in enumerate(rows, start=1):  # an exempt tracker has a banner first
        names = [str(h).strip() if h is not None else "" for h in header]
        if REF in names or start >= 3:
            break
    if REF not in names:
        raise UserError(
            f"the {name} sheet has no {REF} column — export a new tracker and fill that one in"
        )
    for number, values in enumerate(rows, start=start + 1):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        yield _Row(name, number, dict(zip(names, values, strict=False)))


def _ignored(
    row: _Row, before: _Row | None, editable: tuple[str, ...], report: TrackerReport
) -> None:
    """Report every edit to a cell that is not read back (question text, addressee, due...)."""
    if before is None:
        return
    for name in row.cells:
        if name in (REF, *editable) or not name or not row.edited(name, before):
            continue
        what = _FIELD_NAMES.get(name, name)
        shown = _short(row.text(name) or "(nothing)", 40)
        report.ignored.append(
            f"{row.where}: the {what} was changed to “{shown}” — ignored: only "
            f"{', '.join(editable)} are read back; change the {what} in the app"
        )


def _question(session: Session, row: _Row, before: _Row | None, report: TrackerReport) -> None:
    uid = row.text(REF)
    found = (
        session.scalars(select(QuestionRow).where(QuestionRow.uid == uid)).first() if uid else None
    )
    if found is None:
        report.refused_rows.append(f"{row.where}: no question with this reference in the store")
        return
    _ignored(row, before, QUESTION_EDITABLE, report)
    word = row.text("Status")
    status_edited = row.edited("Status", before) and (
        before is not None or status_from_word(word or "", QUESTION_WORDS) != found.status
    )
    answer = row.text("Answer")
    answer_edited = row.edited("Answer", before) and (
        before is not None or (answer or None) != (found.answer or None)
    )
    answered_on = _date(row.cells.get("Answered on"))
    date_edited = before is not None and row.edited("Answered on", before)
    wanted: str | None = None
    if status_edited:
        wanted = status_from_word(word, QUESTION_WORDS) if word else None
        if wanted is None:
            choices = ", ".join(QUESTION_WORDS.values())
            shown = word or "(nothing)"
            report.refused_rows.append(
                f"{row.where}: unknown status '{shown}' — use one of {choices}"
            )
            return
        if wanted != found.status and wanted not in OFFICER_QUESTION_STATUSES:
            choices = ", ".join(QUESTION_WORDS[s] for s in OFFICER_QUESTION_STATUSES)
            report.refused_rows.append(
                f"{row.where}: “{status_word(wanted)}” is set by the chair in the app, not on "
                f"the tracker — choose one of {choices}; the status in the app was kept"
            )
            return
    if not (status_edited or answer_edited or date_edited):
        report.unchanged += 1
        return
    if before is None and found.answer and answer_edited:
        report.refused_rows.append(
            f"{row.where}: the question already has an answer recorded in the app, and this "
            "tracker has no record of what was exported — export a new tracker for the change"
        )
        return
    if before is None and wanted and moves_backwards("question", found.status, wanted):
        report.refused_rows.append(_no_going_back(row, "question", found.status, wanted))
        return
    if date_edited and not status_edited and found.status != "answered":
        report.ignored.append(
            f"{row.where}: Answered on was filled in, but the question is "
            f"{status_word(found.status).lower()} — ignored: choose Answered as its status too"
        )
        if not answer_edited:
            return
    was, had = found.status, found.answer
    try:
        with session.begin_nested():
            _apply_question(session, found, wanted, answer if answer_edited else None, answered_on)
    except AnnotationError as err:
        report.refused_rows.append(f"{row.where}: {_in_words(str(err), found.status, wanted)}")
        return
    if (was, had, found.answered_at) == (found.status, found.answer, found.answered_at):
        report.unchanged += 1
        return
    change = (
        f"{status_word(was)} → {status_word(found.status)}"
        if was != found.status
        else status_word(found.status)
    )
    if had and found.answer != had:
        change += ", answer replaced (the earlier one is kept in the question's history)"
    elif found.answer != had:
        change += ", answer recorded"
    report.updated_questions.append(f"{row.where}: {_short(found.text)} ({change})")


def _apply_question(
    session: Session,
    found: QuestionRow,
    wanted: str | None,
    answer: str | None,
    answered_on: dt.datetime | None,
) -> None:
    target = wanted or found.status
    if answer is not None and found.answer and answer != found.answer:
        replace_answer(session, found.id, answer, replaced_by=REPLACED_BY)
    if target == "answered":
        given = answer or found.answer or ""
        if found.status == "answered":
            if answered_on is not None:
                found.answered_at = answered_on
            if answer is not None and answer != found.answer:
                replace_answer(session, found.id, answer, replaced_by=REPLACED_BY)
            session.flush()
            return
        answer_question(session, found.id, given, answered_at=answered_on)
        return
    if target != found.status:
        route = question_route(found.status, target)
        if route is None:
            raise AnnotationError(
                f"a question that is {status_word(found.status).lower()} cannot become "
                f"{status_word(target).lower()}"
            )
        for step in route:
            set_question_status(session, found.id, step)
    if answer is not None and answer != found.answer:
        replace_answer(session, found.id, answer, replaced_by=REPLACED_BY)


def _in_words(message: str, current: str, wanted: str | None) -> str:
    """A refusal in the words the user sees (no stored codes like 'to_raise')."""
    for code in (*QUESTION_WORDS, *ACTION_WORDS):
        message = message.replace(f"'{code}'", status_word(code).lower())
    if "cannot become" in message:
        return message.split(" — ")[0] + " — the status in the app was kept"
    return message


def _action(session: Session, row: _Row, before: _Row | None, report: TrackerReport) -> None:
    uid = row.text(REF)
    found = session.scalars(select(ActionRow).where(ActionRow.uid == uid)).first() if uid else None
    if found is None:
        report.refused_rows.append(f"{row.where}: no action with this reference in the store")
        return
    _ignored(row, before, ACTION_EDITABLE, report)
    word = row.text("Status")
    status_edited = row.edited("Status", before) and (
        before is not None or status_from_word(word or "", ACTION_WORDS) != found.status
    )
    update = row.text("Update")
    update_edited = row.edited("Update", before) and (
        before is not None or (update or None) != (found.update_text or None)
    )
    status = found.status
    if status_edited:
        parsed = status_from_word(word, ACTION_WORDS) if word else None
        if parsed is None:
            choices = ", ".join(ACTION_WORDS.values())
            shown = word or "(nothing)"
            report.refused_rows.append(
                f"{row.where}: unknown status '{shown}' — use one of {choices}"
            )
            return
        status = parsed
    if not (status_edited or update_edited) or (
        status == found.status and (not update_edited or update == found.update_text)
    ):
        report.unchanged += 1
        return
    if before is None and moves_backwards("action", found.status, status):
        report.refused_rows.append(_no_going_back(row, "action", found.status, status))
        return
    was = found.status
    try:
        with session.begin_nested():
            set_action_status(session, found.id, status, update=update if update_edited else None)
    except AnnotationError as err:
        report.refused_rows.append(f"{row.where}: {_in_words(str(err), was, status)}")
        return
    change = f"{status_word(was)} → {status_word(status)}" if was != status else status_word(was)
    if update_edited:
        change += ", update recorded"
    report.updated_actions.append(f"{row.where}: {_short(found.text)} ({change})")


def _no_going_back(row: _Row, kind: str, current: str, wanted: str) -> str:
    """Without the exported copy a changed cell cannot be told from a stale one: refuse to
    move an item back."""
    return (
        f"{row.where}: this tracker has no record of what was exported, so the {kind} is "
        f"not moved back from {status_word(current).lower()} to "
        f"{status_word(wanted).lower()} — export a new tracker for the change"
    )


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
