"""The Excel tracker: questions and action points for officers to fill in, notes and the figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from desktop.analysis.numbers import finite
from desktop.catalogue import IndicatorView
from desktop.export.data import ActionItem, ExportData, QuestionItem
from desktop.export.words import (
    ACTION_WORDS,
    DIRECTION_WORDS,
    EXEMPT_MARK,
    QUESTION_WORDS,
    SMALL,
    Figures,
    is_count_unit,
    is_small,
    rag_word,
    visible_views,
)
from desktop.export.xlsx_memory import workbook_bytes

REF = "Ref"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
# (header, width in characters) per sheet; the Ref column (a stable id) is hidden.
QUESTION_COLUMNS = (
    (REF, 34), ("Portfolio", 22), ("Indicator", 40), ("Period", 13), ("RAG", 10),
    ("Question", 60), ("To whom", 24), ("Meeting", 24), ("Status", 12), ("Answer", 60),
    ("Answered on", 13),
)  # fmt: skip
ACTION_COLUMNS = (
    (REF, 34), ("Portfolio", 22), ("Indicator", 40), ("Action", 60), ("Owner", 24),
    ("Due", 13), ("Status", 13), ("Update", 60),
)  # fmt: skip
NOTE_COLUMNS = (
    ("Portfolio", 22), ("Indicator", 40), ("Period", 13), ("Note", 70), ("Exempt", 9),
    ("Meeting", 24), ("Written", 17),
)  # fmt: skip
INDICATOR_COLUMNS = (
    ("Code", 9), ("Name", 50), ("Portfolio", 22), ("Period", 13), ("Actual", 11),
    ("Target", 11), ("Unit", 12), ("RAG published", 14), ("RAG computed", 14),
    ("Direction", 14), ("Red streak", 11),
)  # fmt: skip
README = (
    "How to fill in this tracker",
    "Questions: type the answer in the Answer column and choose a Status from the list "
    "(Answered once it is answered). Answered on is optional.",
    "Actions: type progress in the Update column and choose a Status from the list.",
    "Keep the rows as they are: each carries a hidden reference that brings your answers "
    "back to the question or action it came from. Rows added by hand are not read.",
)


@dataclass(frozen=True, slots=True)
class _Text:
    """A value that must be stored as text, whatever it looks like (=SUM(...), +44 ...)."""

    value: str


def tracker_bytes(data: ExportData, *, suppress_small: bool = True) -> bytes:
    """The tracker workbook for ``data`` as .xlsx bytes."""
    book = Workbook()
    sheets = _Sheets(data, suppress_small=suppress_small)
    first = book.active
    assert first is not None
    book.remove(first)
    sheets.questions(book.create_sheet("Questions"))
    sheets.actions(book.create_sheet("Actions"))
    sheets.notes(book.create_sheet("Notes"))
    sheets.indicators(book.create_sheet("Indicators"))
    _readme(book.create_sheet("How to fill in"))
    book.properties.title = "Scrutiny tracker"
    book.properties.creator = "Scrutineer"
    if data.include_exempt:
        for sheet in book.worksheets:
            sheet.oddHeader.center.text = EXEMPT_MARK
            sheet.oddHeader.center.color = "9C0006"
    return workbook_bytes(book)  # no worksheet XML in the temporary folder


class _Sheets:
    def __init__(self, data: ExportData, *, suppress_small: bool) -> None:
        self.data = data
        self.suppress_small = suppress_small
        self.views = {v.id: v for v in visible_views(data)}
        self.all_views = {v.id: v for v in data.views}

    def _view(self, indicator_id: int | None) -> IndicatorView | None:
        return self.all_views.get(indicator_id) if indicator_id is not None else None

    def questions(self, ws: Worksheet) -> None:
        rows = [self._question_row(q) for q in self.data.questions]
        _fill(ws, QUESTION_COLUMNS, rows)
        _status_list(ws, "I", len(rows), QUESTION_WORDS.values(), "question")

    def _question_row(self, q: QuestionItem) -> list[object]:
        view = self._view(q.indicator_id)
        answered = q.answered_at.date() if q.answered_at else None
        return [
            _Text(q.uid),
            _Text(view.portfolio or "") if view else None,
            _Text(view.label if view else q.indicator),
            _Text(q.period or ""),
            rag_word(_rag_at(view, q.period)) if view else None,
            _Text(q.text),
            _Text(q.addressed_to or ""),
            _Text(q.meeting or ""),
            QUESTION_WORDS.get(q.status, q.status),
            _Text(q.answer or ""),
            answered,
        ]

    def actions(self, ws: Worksheet) -> None:
        rows = [self._action_row(a) for a in self.data.actions]
        _fill(ws, ACTION_COLUMNS, rows)
        _status_list(ws, "G", len(rows), ACTION_WORDS.values(), "action")

    def _action_row(self, a: ActionItem) -> list[object]:
        view = self._view(a.indicator_id)
        return [
            _Text(a.uid),
            _Text(view.portfolio or "") if view else None,
            _Text(view.label if view else (a.indicator or "")),
            _Text(a.text),
            _Text(a.owner or ""),
            _due(a.due),
            ACTION_WORDS.get(a.status, a.status),
            _Text(a.update or ""),
        ]

    def notes(self, ws: Worksheet) -> None:
        rows: list[list[object]] = []
        for n in self.data.notes:
            view = self._view(n.indicator_id)
            rows.append(
                [
                    _Text(view.portfolio or "") if view else None,
                    _Text(view.label if view else n.indicator),
                    _Text(n.period or ""),
                    _Text(n.text),
                    "Yes" if n.exempt else "No",
                    _Text(n.meeting or ""),
                    n.created_at.replace(tzinfo=None),
                ]
            )
        _fill(ws, NOTE_COLUMNS, rows)

    def indicators(self, ws: Worksheet) -> None:
        rows = [self._indicator_row(v) for v in self.views.values()]
        _fill(ws, INDICATOR_COLUMNS, rows)

    def _indicator_row(self, view: IndicatorView) -> list[object]:
        latest = view.latest
        a = view.assessment
        figures = Figures(view, suppress_small=self.suppress_small)
        hide = figures.suppressing and is_count_unit(view.unit)

        def number(value: float | None) -> object:
            shown = finite(value)
            return SMALL if hide and is_small(shown) else shown

        return [
            _Text(view.code or ""),
            _Text(view.name),
            _Text(view.portfolio or ""),
            _Text(latest.period.label) if latest else None,
            number(latest.actual) if latest else None,
            number(latest.target) if latest else None,
            _Text(view.unit or ""),
            rag_word(latest.rag) if latest and latest.rag else None,
            rag_word(view.latest_rag_computed) if view.latest_rag_computed else None,
            DIRECTION_WORDS.get(a.direction_previous or "", None),
            a.red_streak,
        ]


def _rag_at(view: IndicatorView | None, period: str | None) -> str | None:
    if view is None:
        return None
    if period:
        for i, obs in enumerate(view.observations):
            if obs.period.label == period:
                return obs.rag or view.rag_computed_at(i)
    return view.latest_rag


def _due(due: str | None) -> object:
    if not due:
        return None
    try:
        return dt.date.fromisoformat(due)
    except ValueError:
        return _Text(due)  # due at a named meeting


def _fill(
    ws: Worksheet, columns: Sequence[tuple[str, int]], rows: Sequence[Sequence[object]]
) -> None:
    bold = Font(bold=True)
    for col, (title, width) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=title)
        cell.font = bold
        cell.fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(ws, r, c, value, wrap if columns[c - 1][1] >= 40 else top)
    if columns[0][0] == REF:
        ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"


_FORMATS: dict[type, str] = {dt.datetime: DATETIME_FORMAT, dt.date: DATE_FORMAT}


def _put(ws: Worksheet, row: int, col: int, value: object, align: Alignment) -> None:
    if value is None:
        return
    cell = ws.cell(row=row, column=col)
    if isinstance(value, _Text):
        text = ILLEGAL_CHARACTERS_RE.sub("", value.value)
        if not text:
            return
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever it starts with
        if text[:1] in "=+-@":
            cell.quotePrefix = True
    else:
        cell.value = value
        fmt = _FORMATS.get(type(value))
        if fmt:
            cell.number_format = fmt
    cell.alignment = align


def _status_list(ws: Worksheet, column: str, count: int, words: Iterable[str], what: str) -> None:
    choices = ",".join(words)
    rule = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
    rule.error = f"Choose the {what}'s status from the list."
    rule.errorTitle = "Status"
    rule.prompt = f"Choose the {what}'s status"
    rule.showErrorMessage = True
    rule.showInputMessage = True
    ws.add_data_validation(rule)
    rule.add(f"{column}2:{column}{max(count + 1, 2)}")


def _readme(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 110
    for r, line in enumerate(README, start=1):
        cell = ws.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            cell.font = Font(bold=True, size=13)


__all__ = ["ACTION_COLUMNS", "QUESTION_COLUMNS", "tracker_bytes"]
