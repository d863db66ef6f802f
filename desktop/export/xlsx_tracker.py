"""The Excel tracker: questions and action points for officers to fill in, notes and the figures."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from desktop.analysis.numbers import finite
from desktop.annotation_records import OFFICER_ACTION_STATUSES, OFFICER_QUESTION_STATUSES
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
from desktop.wording import rounded

REF = "Ref"
# The cells officers fill in; everything else is read-only and is not read back.
QUESTION_EDITABLE = ("Answer", "Status", "Answered on")
ACTION_EDITABLE = ("Update", "Status")
# Under the Action heading of a tracker with no action points (a line the import passes over)
NO_ACTIONS = "No actions recorded"
# Very hidden copies of the rows as exported: answers coming back are compared with them.
EXPORTED_SHEETS = {"Questions": "Exported questions", "Actions": "Exported actions"}
# dates in words, as everywhere else ("28 February 2026"); still real dates for sorting
DATE_FORMAT = "d mmmm yyyy"
DATETIME_FORMAT = "d mmmm yyyy hh:mm"
DATE_WIDTH = 19  # "28 September 2026" and a margin

HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
# (header, width in characters) per sheet; the Ref column (a stable id) is hidden.
# Widths fit a landscape A4 page at a readable scale; long text wraps and rows grow to it.
# Every heading and every word a column may hold ("Withdrawn", "In progress", a date in
# words) fits its column whole: a cell that spills over makes LibreOffice print an empty
# column beside the table, and a cut one reads "RAG publishe".
QUESTION_COLUMNS = (
    (REF, 34), ("Portfolio", 14), ("Indicator", 26), ("Period", 11), ("RAG", 7),
    ("Question", 34), ("To whom", 16), ("Meeting", 16), ("Status", 11), ("Answer", 34),
    ("Answered on", DATE_WIDTH),
)  # fmt: skip
ACTION_COLUMNS = (
    (REF, 34), ("Portfolio", 14), ("Indicator", 26), ("Action", 36), ("Owner", 18),
    ("Due", DATE_WIDTH), ("Status", 13), ("Update", 36),
)  # fmt: skip
NOTE_COLUMNS = (
    ("Portfolio", 16), ("Indicator", 30), ("Period", 11), ("Note", 56), ("Exempt", 9),
    ("Meeting", 18), ("Written", DATE_WIDTH + 6),
)  # fmt: skip
INDICATOR_COLUMNS = (
    ("Code", 8), ("Name", 40), ("Portfolio", 18), ("Period", 11), ("Actual", 9),
    ("Target", 9), ("Unit", 10), ("RAG published", 15), ("RAG computed", 15),
    ("Direction", 11), ("Red streak", 12),
)  # fmt: skip
NUMBER_COLUMNS = ("Actual", "Target")  # a "<5" among numbers lines up with them
DATE_COLUMNS = ("Answered on", "Due", "Written")  # read like the text beside them
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


FONT = "Arial"
LINE_HEIGHT = 15.0  # points per line of 11 pt text


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
    for name, copy in EXPORTED_SHEETS.items():
        _copy_rows(book[name], book.create_sheet(copy))
    _protect(book["Questions"], QUESTION_COLUMNS, QUESTION_EDITABLE)
    _protect(book["Actions"], ACTION_COLUMNS, ACTION_EDITABLE if data.actions else ())
    for name in ("Notes", "Indicators", "How to fill in"):
        _protect(book[name], (), ())
    for ws in book.worksheets:
        if ws.sheet_state == "visible":
            _print_setup(ws)
    book.properties.title = "Scrutiny tracker"
    book.properties.creator = "Scrutineer"
    if data.include_exempt:
        for sheet in book.worksheets:
            sheet.oddHeader.center.text = EXEMPT_MARK
            sheet.oddHeader.center.color = "9C0006"
            if sheet.sheet_state == "visible":
                _banner(sheet)
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
        officer = (QUESTION_WORDS[s] for s in OFFICER_QUESTION_STATUSES)
        _status_list(ws, "I", len(rows), officer, "question")

    def _question_row(self, q: QuestionItem) -> list[object]:
        view = self._view(q.indicator_id)
        answered = q.answered_at.date() if q.answered_at else None
        period = q.period or (view.latest.period.label if view and view.latest else "")
        return [
            _Text(q.uid),
            _Text(view.portfolio or "") if view else None,
            _Text(view.label if view else q.indicator),
            _Text(period),
            rag_word(_rag_at(view, period)) if view else None,
            _Text(q.text),
            _Text(q.addressed_to or ""),
            _Text(q.meeting or ""),
            QUESTION_WORDS.get(q.status, q.status),
            _Text(q.answer or ""),
            answered,
        ]

    def actions(self, ws: Worksheet) -> None:
        rows = [self._action_row(a) for a in self.data.actions]
        if not rows:  # said on the sheet, so that its printed page is not a bare heading
            _fill(ws, ACTION_COLUMNS, [[None, None, None, _Text(NO_ACTIONS)]])
            ws.cell(row=2, column=4).font = Font(name=FONT, italic=True)
            return
        _fill(ws, ACTION_COLUMNS, rows)
        officer = (ACTION_WORDS[s] for s in OFFICER_ACTION_STATUSES)
        _status_list(ws, "G", len(rows), officer, "action")

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
            if hide and is_small(shown):
                return SMALL
            return None if shown is None else rounded(shown, view.unit)  # as the briefing

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
    bold = Font(name=FONT, bold=True)
    heading = Alignment(wrap_text=True, vertical="center")
    for col, (title, width) in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=col, value=title)
        cell.font = bold
        cell.fill = HEADER_FILL
        cell.alignment = heading
        ws.column_dimensions[get_column_letter(col)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    aligned = {
        c: Alignment(wrap_text=True, vertical="top", horizontal="right")
        if title in NUMBER_COLUMNS
        else Alignment(wrap_text=True, vertical="top", horizontal="left", indent=1)
        if title == "Unit"
        else Alignment(wrap_text=True, vertical="top", horizontal="left")
        if title in DATE_COLUMNS
        else wrap
        for c, (title, _w) in enumerate(columns, start=1)
    }
    for r, row in enumerate(rows, start=2):
        lines = 1
        for c, value in enumerate(row, start=1):
            _put(ws, r, c, value, aligned[c])
            if isinstance(value, _Text):
                lines = max(lines, _lines(value.value, columns[c - 1][1]))
        if lines > 1:  # Excel and LibreOffice do not grow a row to its wrapped text on open
            ws.row_dimensions[r].height = LINE_HEIGHT * lines
    if columns[0][0] == REF:
        ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"


def _lines(text: str, width: int) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (a little
    generous: a proportional font fits about that many average characters)."""
    room = max(width - 2, 4)
    return sum(max(1, math.ceil(len(part) / room)) for part in text.splitlines() or [""])


def _protect(ws: Worksheet, columns: Sequence[tuple[str, int]], editable: Sequence[str]) -> None:
    """Lock every cell but the ones officers fill in; filtering, sorting and resizing stay."""
    open_cells = Protection(locked=False)
    for col, (title, _width) in enumerate(columns, start=1):
        if title in editable:
            for r in range(2, max(ws.max_row, 2) + 1):
                ws.cell(row=r, column=col).protection = open_cells
    protection = ws.protection
    protection.sheet = True
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


def _print_setup(ws: Worksheet) -> None:
    """Landscape, fitted to the page width, the header row on every printed page."""
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.7, bottom=0.7)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if not ws.print_title_rows:
        ws.print_title_rows = "1:1"
    ws.oddFooter.center.text = "&A — page &P of &N"
    ws.print_options.gridLines = True  # a printed row is easy to follow across


_FORMATS: dict[type, str] = {dt.datetime: DATETIME_FORMAT, dt.date: DATE_FORMAT}


BODY_FONT = Font(name=FONT)


def _put(ws: Worksheet, row: int, col: int, value: object, align: Alignment) -> None:
    if value is None:
        return
    cell = ws.cell(row=row, column=col)
    cell.font = BODY_FONT
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


def _banner(ws: Worksheet) -> None:
    """A first row saying, on screen as well as in print, that the sheet holds exempt material."""
    heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
    ws.insert_rows(1)  # moves the cells, not the row heights: those move below
    for r in sorted(heights, reverse=True):
        ws.row_dimensions[r + 1].height = heights[r]
        ws.row_dimensions[r].height = None
    width = max(ws.max_column, 1)
    cell = ws.cell(row=1, column=1, value=f"{EXEMPT_MARK} (Part 2, exempt information)")
    cell.font = Font(name=FONT, bold=True, color="9C0006", size=12)
    cell.fill = PatternFill("solid", fgColor="FFC7CE")
    cell.alignment = Alignment(vertical="center")
    if width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws.row_dimensions[1].height = 22
    ws.freeze_panes = "A3" if ws.freeze_panes else None
    if ws.auto_filter.ref:
        first, last = ws.auto_filter.ref.split(":")
        ws.auto_filter.ref = f"{first[0]}2:{_shift(last)}"
    for rule in ws.data_validations.dataValidation:
        rule.sqref = " ".join(_shift_range(str(r)) for r in rule.sqref.ranges)
    ws.print_title_rows = "1:2"


def _shift(ref: str) -> str:
    letters = ref.rstrip("0123456789")
    return f"{letters}{int(ref[len(letters) :]) + 1}"


def _shift_range(ref: str) -> str:
    return ":".join(_shift(part) for part in ref.split(":"))


def _copy_rows(source: Worksheet, ws: Worksheet) -> None:
    """The rows as exported, on a sheet only this app reads (not shown in Excel's Unhide)."""
    for row in source.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            copy = ws.cell(row=cell.row, column=cell.column, value=cell.value)
            copy.data_type = cell.data_type  # text stays text, never a formula
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True


def _readme(ws: Worksheet) -> None:
    width = 110
    ws.column_dimensions["A"].width = width
    for r, line in enumerate(README, start=1):
        cell = ws.cell(row=r, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            cell.font = Font(name=FONT, bold=True, size=13)
            ws.row_dimensions[r].height = 20
        else:
            cell.font = BODY_FONT
            ws.row_dimensions[r].height = LINE_HEIGHT * _lines(line, width)


__all__ = ["ACTION_COLUMNS", "NO_ACTIONS", "QUESTION_COLUMNS", "tracker_bytes"]
