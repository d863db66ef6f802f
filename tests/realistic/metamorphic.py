"""Meaning-preserving rewrites of the development fixtures, and how the importer takes them.

A council's next file is rarely a new style: it is a known style written a little
differently — the table a few rows lower, a title and a paragraph above it, a spacer
column, 'Outturn' where another council writes 'Actual', figures typed as text. Each
rewrite here is one such change, applied to a development fixture's built workbook;
the rewritten file means what the original means, so its reading must be the
original's expectation (review cells moved with their cells). The invariant: the
import is that reading exactly, or ``needs_review`` — never a figure different,
missing or spurious.

A second round rewrites what councils also do to a known style: the indicator rows
sorted by name or reversed (sections kept together), a period heading split over two
rows ('Q1' over '2024/25', or the year above), a label heading merged down a two-row
header, footnote marks on some names ('¹', ' *', ' (a)') with their notes under the
table, an 'Average' / 'Total' / 'All indicators' row under an indicator table, figures
shown with thousands separators and all their decimals, and the workbook saved by
LibreOffice as .ods, or as .csv when it has one sheet and nothing CSV would lose
(colours, hidden rows, notes, dates, figures shown shorter than they are). Conversions
run once per format for all the cases that need them (``Runner.prepare``).

A third round: status letters of the common scale written as words ('R' as 'Red') and
words as letters, the code column moved after the name column, the targets of
indicators whose polarity the file states typed as text with their comparison ('≥ 85%',
'at least 85%', 'no more than 110'), a 'Unit' column of short units folded into the
names in brackets ('(%)', '(days)'), a notes column of sentences holding numbers
('Up from 72% last quarter'), the heading rows given a dark fill and a bold font with
the sheet frozen below them, a plainly named sheet ('Sheet1', 'Scorecard') renamed
after a portfolio, a 'Definition' column of sentences holding numbers just after the
names, and all of these at once; and the table styled: green heading rows, and every
other row banded light blue or light green.

A fourth round dresses the same table the way a council's file carries it: a key to the
status letters beside the table ('R = off target by more than 5%'), the table made an
Excel Table with a style and filter buttons, print set-up (frozen panes, print titles, a
print area), notes on some figure cells, a drop-down list on the status column, headings
with line breaks ('Q1\n2024/25'), a title merged across the table, a plainly named sheet
renamed 'Sheet1' (or 'Sheet1' after the report), a 'Contents' sheet listing the sheets,
figures typed as padded right-aligned text, the file's 'no figure' markers swapped for
others ('n/a' as '-'), cleared columns right of the table left grey and percent-formatted,
a 'Last updated: 12/11/2024' line above the table, the status column moved to the far
right, an empty hidden column before the figures, a 'Summary of ratings' block under the
table, and several of these at once.

The full sweep (README.md, 'Rewritten fixtures' has the history) on 98 fixtures × 32
rewrites: 2,594 of the 3,136 cases apply; the invariant holds in all but 114, of which
110 rewrite the four fixtures the importer does not yet read as expected even unchanged
(targets on another sheet, stretch targets, a two-panel table, a five-level scale); the
other four are two refusals (a label heading merged down a cumulative table's two-row
header; a rank-and-quartile table saved as CSV) and the 'Aim' → 'Goal' rename of a
Maximise/Minimise column beside 'Target value', alone and in ``together``.

    .venv/bin/python -m tests.realistic.metamorphic            # the full sweep, summarised
    .venv/bin/python -m tests.realistic.metamorphic -v         # ... with every failing case
    .venv/bin/python -m tests.realistic.metamorphic --only pentana_export --rewrite shift

The test (``test_metamorphic.py``) runs a deterministic sample of the cases; with
``SCRUTINEER_METAMORPHIC=full`` it runs them all.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.cell import column_index_from_string as col_index
from openpyxl.utils.cell import coordinate_from_string, get_column_letter
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic import catalogue
from tests.realistic.kit import Expected
from tests.realistic.scoring import Outcome, compare

Cell = tuple[int, int]
Mapper = Callable[[int, int], Cell]

# --- reading a sheet's shape -------------------------------------------------------------

_PERIODISH = re.compile(
    r"\b(19|20)\d{2}\b|\bq[1-4]\b|\bquarter\b|\bqtr\b|\bh[12]\b|\bytd\b|\byear\b|\bmonth"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\bcurrent\b|\bprevious\b"
    r"|\blast\b|\bthis\b|\bprior\b|\bbaseline\b|\b20\d{2}",
    re.IGNORECASE,
)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_year(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1990 <= value <= 2100


def _figure(value: object) -> bool:
    """A cell holding a figure (a year written as a number is a heading, not a figure)."""
    return _is_number(value) and not _is_year(value)


def _values(ws: Worksheet) -> dict[Cell, object]:
    return {
        (c.row, c.column): c.value
        for row in ws.iter_rows()
        for c in row
        if c.value is not None and not isinstance(c, MergedCell) and str(c.value).strip() != ""
    }


@dataclass(frozen=True)
class Shape:
    """Where a sheet's headings and figures are, as far as a plain look tells."""

    values: dict[Cell, object]
    data_rows: tuple[int, ...]  # rows holding a figure
    header_rows: tuple[int, ...]  # rows of text just above figures

    def row(self, r: int) -> dict[int, object]:
        return {c: v for (rr, c), v in self.values.items() if rr == r}

    @property
    def heading_row(self) -> int | None:
        """The heading row nearest above the longest run of figure rows."""
        best, size = None, 0
        for head in self.header_rows:
            below = [h for h in self.header_rows if h > head]
            stop = min(below) if below else max(self.data_rows) + 1
            rows = sum(1 for d in self.data_rows if head < d < stop)
            if rows > size:
                best, size = head, rows
        return best


def shape(ws: Worksheet) -> Shape:
    values = _values(ws)
    rows: dict[int, list[object]] = {}
    for (r, _), v in values.items():
        rows.setdefault(r, []).append(v)
    data = sorted(r for r, vs in rows.items() if any(_figure(v) for v in vs))
    headers = sorted(
        r
        for r, vs in rows.items()
        if r not in data and len(vs) >= 2 and any(r < d <= r + 3 for d in data)
    )
    return Shape(values, tuple(data), tuple(headers))


def _protected_texts(expected: Expected) -> set[str]:
    """Names, codes and texts the expectation holds: a rewrite of headings must not touch them."""
    found: set[str] = set()
    for obs in expected.observations:
        for text in (obs.name, obs.code, obs.actual_text):
            if text:
                found.add(text.casefold().strip())
    return found


def _doubted(expected: Expected, sheet: str, row: int, col: int) -> bool:
    """A cell the expectation names as the reason for a review: rewording it would change
    the doubt itself, so a rewrite of headings leaves it as it is."""
    return f"{sheet}!{_ref(row, col)}" in expected.review_cells


def _protected(value: object, texts: set[str]) -> bool:
    key = str(value).casefold().strip()
    return any(key == t or (len(key) > 3 and key in t) or (len(t) > 3 and t in key) for t in texts)


# --- moving cells ------------------------------------------------------------------------


def remap(ws: Worksheet, where: Mapper) -> None:
    """Move every cell of ``ws`` (value, style, merges, hidden rows and columns, tables) to
    ``where(r, c)`` (a hidden column goes where its lowest cell goes)."""
    bottom = ws.max_row
    hidden_dims = [k for k, d in ws.column_dimensions.items() if d.hidden]
    hidden_cols: list[int] = []
    for k in hidden_dims:
        first = ws.column_dimensions[k].min or col_index(k)
        hidden_cols += range(first, (ws.column_dimensions[k].max or first) + 1)
    cells = [
        (r, c, cell.value, copy(cell._style), cell.hyperlink, cell.comment)
        for (r, c), cell in ws._cells.items()
        if not isinstance(cell, MergedCell)
    ]
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    rows = {r: (d.hidden, d.height) for r, d in ws.row_dimensions.items()}
    ws._cells = {}
    ws.merged_cells = MultiCellRange()
    for r, c, value, style, link, comment in cells:
        nr, nc = where(r, c)
        new = ws.cell(row=nr, column=nc)
        new.value = value
        new._style = style
        if link is not None:
            new.hyperlink = link
        if comment is not None:
            new.comment = comment
    for r1, c1, r2, c2 in merges:
        (a, b), (y, z) = where(r1, c1), where(r2, c2)
        ws.merge_cells(start_row=a, start_column=b, end_row=y, end_column=z)
    for r in rows:
        ws.row_dimensions[r].hidden = False
        ws.row_dimensions[r].height = None
    for r, (hidden, height) in rows.items():
        dim = ws.row_dimensions[where(r, 1)[0]]
        dim.hidden, dim.height = hidden, height
    for k in hidden_dims:
        del ws.column_dimensions[k]
    for c in hidden_cols:
        ws.column_dimensions[get_column_letter(where(bottom, c)[1])].hidden = True
    for table in ws.tables.values():
        first, last = table.ref.split(":")
        (r1, c1), (r2, c2) = _cell(first), _cell(last)
        (a, b), (y, z) = where(r1, c1), where(r2, c2)
        table.ref = f"{_ref(a, b)}:{_ref(y, z)}"
        if table.autoFilter is not None:
            table.autoFilter.ref = table.ref
    if ws.freeze_panes:
        r, c = _cell(ws.freeze_panes)
        ws.freeze_panes = _ref(*where(r, c))


def _cell(ref: str) -> Cell:
    letters, row = coordinate_from_string(ref.replace("$", ""))
    return row, col_index(letters)


def _ref(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


def _movable(ws: Worksheet) -> bool:
    """Whether cells can be moved without breaking what refers to them."""
    return not ws.conditional_formatting and not ws.data_validations.dataValidation


def _one_cell_to(source: Cell, target: Cell) -> Mapper:
    """A mapper moving one cell and leaving every other where it is."""

    def where(row: int, col: int) -> Cell:
        return target if (row, col) == source else (row, col)

    return where


def _moved_review(expected: Expected, sheet: str, where: Mapper) -> Expected:
    cells = []
    for ref in expected.review_cells:
        name, cell = ref.rsplit("!", 1)
        if name == sheet:
            cell = _ref(*where(*_cell(cell)))
        cells.append(f"{name}!{cell}")
    return replace(expected, review_cells=cells)


def _data_sheets(book: Workbook) -> list[Worksheet]:
    return [ws for ws in book.worksheets if shape(ws).data_rows]


# --- the rewrites --------------------------------------------------------------------------

Rewrite = Callable[[Workbook, Expected], Expected | None]  # None: does not apply to this file


def resave(book: Workbook, expected: Expected) -> Expected | None:
    """Opened and saved again, nothing changed: the control."""
    return expected


def _remap_sheets(
    book: Workbook, expected: Expected, make: Callable[[Worksheet], Mapper | None]
) -> Expected | None:
    changed = False
    for ws in _data_sheets(book):
        where = make(ws)
        if where is None:
            continue
        if not _movable(ws):
            return None
        remap(ws, where)
        expected = _moved_review(expected, ws.title, where)
        changed = True
    return expected if changed else None


def shift(book: Workbook, expected: Expected) -> Expected | None:
    """Three blank rows above the table and two blank columns to its left."""
    return _remap_sheets(book, expected, lambda ws: lambda r, c: (r + 3, c + 2))


TITLE_LINES = (
    "Performance Monitoring Report",
    "This report sets out how the council's services performed against the measures "
    "agreed by Cabinet.",
    "Please direct any questions about the figures to the Performance and Insight Team.",
)


def title_and_prose(book: Workbook, expected: Expected) -> Expected | None:
    """A title and two lines of prose above the table (and a blank line under them)."""
    sheets = _data_sheets(book)
    out = _remap_sheets(book, expected, lambda ws: lambda r, c: (r + len(TITLE_LINES) + 1, c))
    for ws in sheets:
        for i, line in enumerate(TITLE_LINES, start=1):
            ws.cell(row=i, column=1, value=line)
    return out


def _numeric_column(ws: Worksheet) -> int | None:
    """The first column in which most figure rows hold a figure."""
    sh = shape(ws)
    if not sh.data_rows:
        return None
    counts: Counter[int] = Counter(c for (r, c), v in sh.values.items() if _figure(v))
    for col in sorted(counts):
        if counts[col] * 2 >= len(sh.data_rows):
            return col
    return None


def spacer_column(book: Workbook, expected: Expected) -> Expected | None:
    """An empty narrow column between the label columns and the figures."""

    def make(ws: Worksheet) -> Mapper | None:
        col = _numeric_column(ws)
        if col is None or col <= 1:
            return None
        return lambda r, c: (r, c + 1 if c >= col else c)

    return _remap_sheets(book, expected, make)


def spacer_between_groups(book: Workbook, expected: Expected) -> Expected | None:
    """An empty column before each group of columns under a merged heading."""

    def make(ws: Worksheet) -> Mapper | None:
        starts = sorted(
            {m.min_col for m in ws.merged_cells.ranges if m.max_col > m.min_col and m.min_col > 1}
        )
        if not starts:
            return None
        return lambda r, c: (r, c + sum(1 for s in starts if c >= s))

    return _remap_sheets(book, expected, make)


def _section_breaks(ws: Worksheet) -> list[int]:
    """Rows to put a blank row above: section rows inside the body, else one mid-table."""
    sh = shape(ws)
    data = set(sh.data_rows)
    breaks = []
    for r in sorted({r for r, _ in sh.values}):
        row = sh.row(r)
        if len(row) == 1 and (r - 1) in data and any(r < d <= r + 2 for d in data):
            breaks.append(r)
    if breaks:
        return breaks
    pairs = []
    for r in sh.data_rows:
        if r - 1 not in data or r - 1 in sh.header_rows:
            continue
        prev, this = sh.row(r - 1), sh.row(r)
        texts = [c for c in sorted(this) if isinstance(this[c], str)]
        if not texts:
            continue
        first = texts[0]
        if (
            isinstance(prev.get(first), str)
            and str(prev[first]).strip() != str(this[first]).strip()
        ):
            pairs.append(r)
    return [pairs[len(pairs) // 2]] if pairs else []


def blank_rows(book: Workbook, expected: Expected) -> Expected | None:
    """A blank row between sections (or between two rows of the body)."""

    def make(ws: Worksheet) -> Mapper | None:
        breaks = _section_breaks(ws)
        if not breaks:
            return None
        return lambda r, c: (r + sum(1 for b in breaks if r >= b), c)

    return _remap_sheets(book, expected, make)


# headings councils write for the same thing, the first of each the plainest
HEADING_WORDS: dict[str, tuple[str, ...]] = {
    "actual": ("Actual", "Outturn", "Result", "Performance", "Value"),
    "target": ("Target", "Goal", "Target value", "Aim"),
    "rag": ("RAG", "Status", "Rating", "RAG status", "Performance status"),
    "name": ("Indicator", "Measure", "Performance indicator", "Description", "Indicator name"),
    "code": ("Code", "Ref", "PI code", "Reference", "Indicator ref"),
    "commentary": ("Commentary", "Comments", "Notes", "Officer comments"),
    "portfolio": ("Portfolio", "Directorate", "Theme"),
    "service": ("Service", "Service area", "Team"),
    "owner": ("Lead officer", "Responsible officer", "Owner"),
}
_WORD_FIELDS = {w.casefold(): f for f, ws in HEADING_WORDS.items() for w in ws if " " not in w}


def _other(field: str, now: str, pick: int) -> str:
    choices = [w for w in HEADING_WORDS[field] if w.casefold() != now.casefold()]
    return choices[pick % len(choices)]


def _renamed(text: str, pick: int) -> str | None:
    """``text`` with its heading word put another way, or None when it names nothing known."""
    from desktop.scorecard.vocabulary import heading_field

    field = heading_field(text)
    if field in HEADING_WORDS:
        return _other(field, text.strip(), pick)
    words = re.split(r"(\W+)", text)
    for i, word in enumerate(words):
        found = _WORD_FIELDS.get(word.casefold())
        if found is not None and " " not in (new := _other(found, word, pick)):
            return "".join([*words[:i], new, *words[i + 1 :]])
    return None


def _rename(pick: int) -> Rewrite:
    def rename(book: Workbook, expected: Expected) -> Expected | None:
        keep = _protected_texts(expected)
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            for (r, c), value in sh.values.items():
                if r not in sh.header_rows or not isinstance(value, str) or len(value) > 40:
                    continue
                if _protected(value, keep) or _doubted(expected, ws.title, r, c):
                    continue
                new = _renamed(value, pick)
                if new is not None:
                    ws.cell(row=r, column=c).value = new
                    changed = True
        return expected if changed else None

    rename.__doc__ = f"Headings put in other common words (choice {pick + 1})."
    return rename


MAX_HEADING = 40


def _continued_without_headings(book: Workbook) -> bool:
    """A data sheet with rows of figures and no heading row of its own: the table continued
    from another sheet, read with that sheet's columns. Moving the columns on the sheet with
    the headings only would give the continued rows other meanings, so no column is moved."""
    return any((sh := shape(ws)).heading_row is None and sh.data_rows for ws in _data_sheets(book))


def reorder_columns(book: Workbook, expected: Expected) -> Expected | None:
    """The columns that are not periods put in the reverse order, from the heading row down."""
    if _continued_without_headings(book):
        return None

    def make(ws: Worksheet) -> Mapper | None:
        sh = shape(ws)
        head = sh.heading_row
        if head is None:
            return None
        row = sh.row(head)
        if any(len(str(v)) > MAX_HEADING for v in row.values()):
            return None  # the names of cards or forms, not the headings of columns
        texts = [str(v).strip().casefold() for v in row.values()]
        above = [sh.row(r) for r in range(max(1, head - 2), head)]
        merged = {
            c
            for m in ws.merged_cells.ranges
            if m.max_row >= head - 2
            for c in range(m.min_col, m.max_col + 1)
        }
        cols = [
            c
            for c, v in sorted(row.items())
            if isinstance(v, str)
            and texts.count(v.strip().casefold()) == 1
            and not _PERIODISH.search(v)
            and c not in merged
            and not any(c in a and len(a) > 1 for a in above)
        ]
        if len(cols) < 2:
            return None
        swap = dict(zip(cols, reversed(cols), strict=True))
        return lambda r, c: (r, swap.get(c, c) if r >= head else c)

    return _remap_sheets(book, expected, make)


def _extra_column(heading: str, fillers: Sequence[str]) -> Rewrite:
    def extra(book: Workbook, expected: Expected) -> Expected | None:
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            head = sh.heading_row
            if head is None:
                continue
            spans = [m.max_col for m in ws.merged_cells.ranges if m.max_row >= head]
            col = max([c for (r, c) in sh.values if r >= head] + spans) + 1
            ws.cell(row=head, column=col, value=heading)
            r, i = head + 1, 0
            while r in sh.data_rows or any(rr == r for rr, _ in sh.values):
                if r in sh.data_rows:
                    ws.cell(row=r, column=col, value=fillers[i % len(fillers)])
                    i += 1
                r += 1
            changed = True
        return expected if changed else None

    extra.__doc__ = f"An irrelevant '{heading}' column after the table."
    return extra


def numbers_as_text(book: Workbook, expected: Expected) -> Expected | None:
    """Figures typed as text the way they show: '1,234', '45%', '£12,345'."""
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        # a conditional format compares figures as numbers ('AND(ISNUMBER(G5),G5>=$D5)' fills
        # G5 green); typed as text they no longer compare so in Excel, and the colours, the
        # RAG the file shows, would change: a sheet with conditional formats keeps its numbers
        if any(True for _ in ws.conditional_formatting):
            continue
        for (r, c), value in sh.values.items():
            if r not in sh.data_rows or not _figure(value):
                continue
            cell = ws.cell(row=r, column=c)
            fmt = cell.number_format or "General"
            number = float(value)  # type: ignore[arg-type]
            if "%" in fmt:
                text = f"{number * 100:,.10g}%"
            else:
                text = f"{number:,.10g}"
                if "£" in fmt:
                    text = "£" + text
            cell.value = text
            cell.number_format = "@"
            changed = True
    return expected if changed else None


def _case(change: Callable[[str], str], what: str) -> Rewrite:
    def case(book: Workbook, expected: Expected) -> Expected | None:
        keep = _protected_texts(expected)
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            for (r, c), value in sh.values.items():
                if (
                    r in sh.header_rows
                    and isinstance(value, str)
                    and not _protected(value, keep)
                    and not _doubted(expected, ws.title, r, c)
                    and change(value) != value
                ):
                    ws.cell(row=r, column=c).value = change(value)
                    changed = True
        return expected if changed else None

    case.__doc__ = f"Headings written in {what}."
    return case


_MONTH_NAMES = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "May": "May",
    "Jun": "June", "Jul": "July", "Aug": "August", "Sep": "September", "Oct": "October",
    "Nov": "November", "Dec": "December",
}  # fmt: skip
_PERIOD_WORDINGS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"\bQ([1-4]) (20\d\d)/(\d\d)\b"), lambda m: f"Quarter {m[1]} {m[2]}-{m[3]}"),
    (re.compile(r"\b(20\d\d)/(\d\d)\b"), lambda m: f"{m[1]}-{m[2]}"),
    (
        re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (20\d\d)\b"),
        lambda m: f"{_MONTH_NAMES[m[1]]} {m[2]}",
    ),
)


def period_wording(book: Workbook, expected: Expected) -> Expected | None:
    """Periods in headings and period cells written another common way: 'Q1 2024/25' as
    'Quarter 1 2024-25', '2023/24' as '2023-24', 'Apr 2024' as 'April 2024'."""
    keep = _protected_texts(expected)
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        for (r, c), value in sh.values.items():
            if not isinstance(value, str) or _protected(value, keep):
                continue
            if _doubted(expected, ws.title, r, c):
                continue
            new = value
            for pattern, written in _PERIOD_WORDINGS:
                whole = pattern.fullmatch(new.strip())
                if whole is not None:  # a period cell anywhere: a long table's 'Period' column
                    new = written(whole)
                elif r in sh.header_rows:
                    new = pattern.sub(written, new)
            if new != value:
                ws.cell(row=r, column=c).value = new
                changed = True
    return expected if changed else None


def trailing_spaces(book: Workbook, expected: Expected) -> Expected | None:
    """Every text cell with spaces after it, as pasted text often has."""
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not isinstance(cell, MergedCell):
                    cell.value = cell.value + "  "
    return expected


COVER_LINES = (
    "Corporate Performance Report",
    "Overview and Scrutiny Committee",
    "Contents",
    "1. Performance scorecard",
    "2. Notes on the data",
)


def cover_sheet(book: Workbook, expected: Expected) -> Expected | None:
    """A cover sheet of title and contents before the scorecard's own sheets."""
    cover = book.create_sheet("Cover", 0)
    for i, line in enumerate(COVER_LINES, start=1):
        cover.cell(row=i * 2, column=2, value=line)
    book.active = 0
    return expected


def _together(*steps: Rewrite) -> Rewrite:
    def together(book: Workbook, expected: Expected) -> Expected | None:
        done: Expected | None = None
        for step in steps:
            done = step(book, done or expected) or done
        return done

    together.__doc__ = "Several rewrites at once, as one council's file differs in many ways."
    return together


# --- the second round: what councils also do to a known style ---------------------------


def _has_formulas(ws: Worksheet) -> bool:
    """Whether any cell holds a formula: text starting '=', or an array formula (a dynamic
    array's top-left cell), which openpyxl gives as an object of its own."""
    return any(
        (isinstance(c.value, str) and c.value.startswith("=")) or isinstance(c.value, ArrayFormula)
        for row in ws.iter_rows()
        for c in row
    )


def _name_texts(expected: Expected) -> dict[str, str]:
    """The names and codes of the expectation's indicators (casefolded), each to its name."""
    found: dict[str, str] = {}
    for obs in expected.observations:
        found[" ".join(obs.name.split()).casefold()] = obs.name
        if obs.code:
            found[obs.code.strip().casefold()] = obs.name
    return found


def _key_of(value: object) -> str:
    return " ".join(str(value).split()).casefold()


@dataclass(frozen=True)
class _Run:
    """A run of rows under a heading, each an indicator's: where each indicator's rows are."""

    label_col: int
    blocks: tuple[tuple[int, ...], ...]  # each indicator's rows, in order
    names: tuple[str, ...]  # each block's name

    @property
    def first(self) -> int:
        return self.blocks[0][0]

    @property
    def last(self) -> int:
        return self.blocks[-1][-1]


def _indicator_runs(ws: Worksheet, expected: Expected) -> list[_Run]:
    """Runs of rows each naming one expected indicator (or continuing the one above with
    its label cell empty), between section rows, blank rows and headings."""
    sh = shape(ws)
    names = _name_texts(expected)
    if not names:
        return []
    rows = sorted({r for r, _ in sh.values})
    label_of: dict[int, tuple[int, str]] = {}
    for r in rows:
        row = sh.row(r)
        for c in sorted(row):
            key = _key_of(row[c])
            if key in names:
                label_of[r] = (c, names[key])
                break
    cols = Counter(c for c, _ in label_of.values())
    if not cols:
        return []
    label_col = cols.most_common(1)[0][0]
    runs: list[_Run] = []
    blocks: list[list[int]] = []
    block_names: list[str] = []

    def close() -> None:
        if len(blocks) >= 2:
            runs.append(_Run(label_col, tuple(map(tuple, blocks)), tuple(block_names)))
        blocks.clear()
        block_names.clear()

    previous = None
    for r in rows:
        row = sh.row(r)
        contiguous = previous is not None and r == previous + 1
        if r in label_of and label_of[r][0] == label_col and r in sh.data_rows:
            if not contiguous:
                close()
            blocks.append([r])
            block_names.append(label_of[r][1])
        elif contiguous and blocks and r in sh.data_rows and label_col not in row:
            blocks[-1].append(r)  # the indicator's next row, its label left blank
        else:
            close()
        previous = r
    close()
    merges = [(m.min_row, m.max_row) for m in ws.merged_cells.ranges]
    sound = []
    for run in runs:
        starts = {b[0] for b in run.blocks}
        ends = {b[-1] for b in run.blocks}
        crossing = any(
            lo <= run.last and hi >= run.first and (lo not in starts or hi not in ends)
            for lo, hi in merges
            if hi > lo
        )
        if not crossing and len(set(run.names)) == len(run.names):
            sound.append(run)
    return sound


def _reorder_rows(order: Callable[[_Run], list[int]], what: str) -> Rewrite:
    def reorder(book: Workbook, expected: Expected) -> Expected | None:
        def make(ws: Worksheet) -> Mapper | None:
            if _has_formulas(ws):
                return None
            moves: dict[int, int] = {}
            for run in _indicator_runs(ws, expected):
                new = order(run)
                if new == list(range(len(run.blocks))):
                    continue
                r = run.first
                for i in new:
                    for old in run.blocks[i]:
                        moves[old] = r
                        r += 1
            if not moves:
                return None
            for m in ws.merged_cells.ranges:
                rows = [moves.get(r, r) for r in range(m.min_row, m.max_row + 1)]
                if rows != list(range(rows[0], rows[0] + len(rows))):
                    # a cell merged over rows the new order parts (a block's rows split
                    # round another's): no one merge covers them after, so it means else
                    return None
            return lambda r, c: (moves.get(r, r), c)

        return _remap_sheets(book, expected, make)

    reorder.__doc__ = f"The indicator rows put in {what}, each section's rows kept together."
    return reorder


def _by_name(run: _Run) -> list[int]:
    return sorted(range(len(run.blocks)), key=lambda i: run.names[i].casefold())


def _reversed(run: _Run) -> list[int]:
    return list(reversed(range(len(run.blocks))))


def _insert_rows(book: Workbook, expected: Expected, ws: Worksheet, at: int, n: int) -> Expected:
    """``n`` empty rows put in at row ``at`` (the rows from there down move down)."""
    where: Mapper = lambda r, c: (r + n if r >= at else r, c)  # noqa: E731
    remap(ws, where)
    return _moved_review(expected, ws.title, where)


_SPLIT_TAIL = re.compile(
    r"^(?P<head>.+?)\s+(?P<tail>(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|actual|target)$", re.IGNORECASE
)
_SPLIT_HEAD = re.compile(
    r"^(?P<head>actual|target)\s+(?P<tail>(?:19|20)\d\d(?:[/-]\d{2,4})?)$", re.I
)


_YEARISH = re.compile(r"\b(19|20)\d\d\b")


def _split(text: str) -> tuple[str, str] | None:
    """A period heading's words and its year (or 'Actual'/'Target'), or None."""
    text = text.strip()
    if not _PERIODISH.search(text) or "\n" in text:
        return None
    m = _SPLIT_HEAD.match(text) or _SPLIT_TAIL.match(text)
    if m is None or not m["head"].strip() or len(m["head"]) > 30 or _YEARISH.search(m["head"]):
        return None
    return m["head"].strip(), m["tail"].strip()


def _split_heading(year_above: bool) -> Rewrite:
    def split(book: Workbook, expected: Expected) -> Expected | None:
        keep = _protected_texts(expected)
        changed = False
        for ws in _data_sheets(book):
            if not _movable(ws) or _has_formulas(ws):
                continue
            sh = shape(ws)
            head = sh.heading_row
            if head is None:
                continue
            merged = {
                (r, c)
                for m in ws.merged_cells.ranges
                for r in range(m.min_row, m.max_row + 1)
                for c in range(m.min_col, m.max_col + 1)
            }
            parts = {
                c: got
                for c, v in sh.row(head).items()
                if isinstance(v, str)
                and (head, c) not in merged
                and not _protected(v, keep)
                and not _doubted(expected, ws.title, head, c)
                and (got := _split(v)) is not None
            }
            if len(parts) < 2:
                continue
            expected = _insert_rows(book, expected, ws, head + 1, 1)
            for c, (words, year) in parts.items():
                top, bottom = (year, words) if year_above else (words, year)
                ws.cell(row=head, column=c).value = top
                ws.cell(row=head + 1, column=c).value = bottom
            changed = True
        return expected if changed else None

    split.__doc__ = (
        "Period headings split over two rows, "
        + ("the year above the period's words" if year_above else "'Q1' over '2024/25'")
        + " (or 'Actual'/'Target' on a row of their own), not merged."
    )
    return split


def merge_heading_rows(book: Workbook, expected: Expected) -> Expected | None:
    """In a two-row header, a heading on one of its rows merged down across both
    ('Merge & Centre'), its text in the top cell."""
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        head = sh.heading_row
        if head is None or head < 2:
            continue
        upper = sh.row(head - 1)
        spans = [
            m
            for m in ws.merged_cells.ranges
            if m.min_row <= head <= m.max_row or m.min_row == head - 1
        ]
        grouped = any(m.min_row == head - 1 and m.max_col > m.min_col for m in spans)
        if not upper or not (grouped or len(upper) >= 2):
            continue
        taken = {
            c
            for m in ws.merged_cells.ranges
            if m.min_row <= head and m.max_row >= head - 1
            for c in range(m.min_col, m.max_col + 1)
        }
        lower = sh.row(head)
        grouped_from = min(
            [c for c in lower if c in upper]
            + [m.min_col for m in spans if m.max_col > m.min_col]
            + [max(lower) + 1]
        )
        for c in sorted(set(lower) | set(upper)):
            if c in taken or c >= grouped_from:
                continue  # only the label columns left of the grouped ones
            if _doubted(expected, ws.title, head, c) or _doubted(expected, ws.title, head - 1, c):
                continue
            if c in lower:
                cell = ws.cell(row=head, column=c)
                top = ws.cell(row=head - 1, column=c)
                top.value, top._style = cell.value, copy(cell._style)
                cell.value = None
                expected = _moved_review(expected, ws.title, _one_cell_to((head, c), (head - 1, c)))
            ws.merge_cells(start_row=head - 1, start_column=c, end_row=head, end_column=c)
            ws.cell(row=head - 1, column=c).alignment = Alignment(
                horizontal="center", vertical="center", wrap_text=True
            )
            changed = True
    return expected if changed else None


_MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "superscript": (("\u00b9", "\u00b9 "), ("\u00b2", "\u00b2 "), ("\u00b3", "\u00b3 ")),
    "asterisk": ((" *", "* "), (" **", "** ")),
    "letter": ((" (a)", "(a) "), (" (b)", "(b) "), (" (c)", "(c) ")),
}
_NOTES = (
    "Provisional figure, subject to year-end validation.",
    "Definition changed during the year; figures are not comparable with last year's.",
    "Data supplied by a partner organisation.",
)


def _footnotes(kind: str) -> Rewrite:
    def footnote(book: Workbook, expected: Expected) -> Expected | None:
        names = {_key_of(o.name) for o in expected.observations}
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            marked: list[tuple[str, str]] = []
            seen = 0
            for (r, c), value in sorted(sh.values.items()):
                if not isinstance(value, str) or _key_of(value) not in names:
                    continue
                if _doubted(expected, ws.title, r, c):
                    continue
                if seen % 3 == 0:
                    mark, note = _MARKS[kind][len(marked) % len(_MARKS[kind])]
                    ws.cell(row=r, column=c).value = value.rstrip() + mark
                    if (mark, note) not in marked:
                        marked.append((mark, note))
                seen += 1
            if not marked:
                continue
            col = min(c for (_, c) in sh.values)
            last = max(r for (r, _) in sh.values)
            for i, (_, note) in enumerate(marked):
                ws.cell(row=last + 2 + i, column=col, value=note + _NOTES[i % len(_NOTES)])
            changed = True
        return expected if changed else None

    footnote.__doc__ = (
        f"Some indicator names with a footnote mark ({kind}), the notes under the table."
    )
    return footnote


_TOTAL_LABELS = ("Average", "Total", "All indicators")
_TOTALISH = re.compile(r"\b(average|total|all|overall|mean|median)\b", re.IGNORECASE)


def total_row(book: Workbook, expected: Expected) -> Expected | None:
    """An 'Average', 'Total' or 'All indicators' row under an indicator table, its figures
    each column's mean (its sum for 'Total'): not an indicator, so the reading is the same."""
    if any(_TOTALISH.search(o.name) for o in expected.observations):
        return None
    changed = False
    for ws in _data_sheets(book):
        if _has_formulas(ws) or not _movable(ws):
            continue
        runs = [r for r in _indicator_runs(ws, expected) if all(len(b) == 1 for b in r.blocks)]
        if not runs:
            continue
        run = max(runs, key=lambda r: r.last)
        rows = [b[0] for b in run.blocks]
        sh = shape(ws)
        label = _TOTAL_LABELS[len(rows) % len(_TOTAL_LABELS)]
        expected = _insert_rows(book, expected, ws, run.last + 1, 1)
        at = run.last + 1
        ws.cell(row=at, column=run.label_col, value=label).font = copy(
            ws.cell(row=run.last, column=run.label_col).font
        )
        cols = sorted({c for (r, c) in sh.values if r in rows})
        for c in cols:
            figures = [sh.values.get((r, c)) for r in rows]
            numbers = [float(v) for v in figures if _figure(v)]  # type: ignore[arg-type]
            if not numbers or c == run.label_col:
                continue
            above = ws.cell(row=run.last, column=c)
            figure = sum(numbers) if label == "Total" else sum(numbers) / len(numbers)
            cell = ws.cell(row=at, column=c, value=round(figure, 4))
            cell.number_format = above.number_format
        changed = True
    return expected if changed else None


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


_FORMAT_DECIMALS = re.compile(r"\.(0+)")


def number_format(book: Workbook, expected: Expected) -> Expected | None:
    """Figures shown another way that keeps their meaning: thousands separators, and as
    many decimals as each column's figures have (a percent stays a percent, money money)."""
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        by_col: dict[int, list[Any]] = {}
        for (r, c), value in sh.values.items():
            if r in sh.data_rows and _figure(value):
                by_col.setdefault(c, []).append(ws.cell(row=r, column=c))
        for cells in by_col.values():
            kinds = set()
            for cell in cells:
                fmt = (cell.number_format or "General").split(";")[0]
                dated = any(d in fmt.lower() for d in ("d", "m", "y", "h", "s"))
                if fmt == "@" or (dated and fmt != "General"):
                    kinds.add("other")
                elif "%" in fmt:
                    kinds.add("percent")
                elif "£" in fmt:
                    kinds.add("money")
                else:
                    kinds.add("plain")
            if len(kinds) != 1 or "other" in kinds:
                continue
            kind = kinds.pop()
            scale = 100 if kind == "percent" else 1
            places = min(4, max(_decimals(float(c.value) * scale) for c in cells))
            body = "#,##0" + ("." + "0" * places if places else "")
            fmt = {"percent": body + "%", "money": "£" + body, "plain": body}[kind]
            for cell in cells:
                if cell.number_format != fmt:
                    cell.number_format = fmt
                    changed = True
    return expected if changed else None


# --- the third round: status words, column order, typed targets, units, styling --------

_RAG_WORDS = {"r": "Red", "a": "Amber", "g": "Green"}
_RAG_LETTERS = {w.casefold(): k.upper() for k, w in _RAG_WORDS.items()}
# status values of a scale other than the common three: where one is in the file, 'A' or
# 'Red' may not mean what the common scale means
_OTHER_SCALE = re.compile(
    r"^(b|blue|p|purple|dg|lg|dark green|light green|amber/red|red/amber|amber/green"
    r"|green/amber|ar|ag|ra|ga|grey|gray|black|white|n/?a)$",
    re.IGNORECASE,
)


def _status_columns(ws: Worksheet, expected: Expected, words: dict[str, str]) -> list[int]:
    """Columns whose body cells are all status values of ``words`` (at least two of them)."""
    sh = shape(ws)
    keep = _protected_texts(expected)
    if any(isinstance(v, str) and _OTHER_SCALE.match(v.strip()) for v in sh.values.values()):
        return []
    by_col: dict[int, list[object]] = {}
    for (r, c), value in sh.values.items():
        if r in sh.data_rows:
            by_col.setdefault(c, []).append(value)
    cols = []
    for c, values in sorted(by_col.items()):
        keys = [str(v).strip().casefold() for v in values]
        if len(keys) >= 2 and all(k in words for k in keys) and not any(k in keep for k in keys):
            cols.append(c)
    return cols


def _status_written(words: dict[str, str], what: str) -> Rewrite:
    def written(book: Workbook, expected: Expected) -> Expected | None:
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            for c in _status_columns(ws, expected, words):
                for r in sh.data_rows:
                    cell = ws.cell(row=r, column=c)
                    if isinstance(cell.value, str) and cell.value.strip().casefold() in words:
                        cell.value = words[cell.value.strip().casefold()]
                        changed = True
        return expected if changed else None

    written.__doc__ = f"Status letters of the common scale written as {what}."
    return written


def _label_columns(ws: Worksheet, expected: Expected) -> tuple[int, int, int] | None:
    """The code column and the name column of an indicator table, where each body row
    holding a code holds its name too, and the first such row."""
    codes = {o.code.strip().casefold(): o for o in expected.observations if o.code}
    names = {_key_of(o.name) for o in expected.observations}
    if not codes:
        return None
    sh = shape(ws)
    pairs: Counter[tuple[int, int]] = Counter()
    first: dict[tuple[int, int], int] = {}
    for r in sh.data_rows:
        row = sh.row(r)
        code_cols = [c for c, v in row.items() if str(v).strip().casefold() in codes]
        name_cols = [c for c, v in row.items() if _key_of(v) in names]
        if len(code_cols) == 1 and len(name_cols) == 1 and code_cols != name_cols:
            pairs[(code_cols[0], name_cols[0])] += 1
            first.setdefault((code_cols[0], name_cols[0]), r)
    if len(pairs) != 1:
        return None
    ((pair, count),) = pairs.items()
    return (*pair, first[pair]) if count >= 2 else None


def _table_top(sh: Shape, first: int | None = None) -> tuple[int, int] | None:
    """The heading rows (first, last) nearest above body row ``first`` (the first figure
    row when None): a body row without figures is not taken for a heading."""
    if first is None:
        if not sh.data_rows:
            return None
        first = sh.data_rows[0]
    heads = [h for h in sh.header_rows if h < first]
    if not heads:
        return None
    head = top = max(heads)
    while top - 1 in sh.header_rows:
        top -= 1
    return top, head


def code_after_name(book: Workbook, expected: Expected) -> Expected | None:
    """The code column moved to just after the name column, from the headings down."""

    def make(ws: Worksheet) -> Mapper | None:
        found = _label_columns(ws, expected)
        sh = shape(ws)
        if found is None:
            return None
        code, name, first = found
        rows = _table_top(sh, first)
        if rows is None:
            return None
        top = rows[0]
        if code > name:
            return None
        if any(
            m.max_col > m.min_col and m.max_row >= top and m.min_col <= name and m.max_col >= code
            for m in ws.merged_cells.ranges
        ):
            return None

        def where(r: int, c: int) -> Cell:
            if r < top or c < code or c > name:
                return (r, c)
            return (r, name) if c == code else (r, c - 1)

        return where

    return _remap_sheets(book, expected, make)


_AT_LEAST = ("≥ {}", "at least {}", "{} or more", ">= {}", "{}+")
_AT_MOST = ("≤ {}", "no more than {}", "{} or less", "<= {}", "at most {}")


def _shown(value: float, fmt: str) -> str:
    if "%" in fmt:
        return f"{value * 100:,.10g}%"
    text = f"{value:,.10g}"
    return "£" + text if "£" in fmt else text


def _target_columns(sh: Shape) -> list[int]:
    from desktop.scorecard.vocabulary import match

    cols = []
    for r in sh.header_rows:
        for c, v in sh.row(r).items():
            found = match(v) if isinstance(v, str) and len(v) <= MAX_HEADING else None
            if found is not None and found.field == "target" and found.score >= 0.8:
                cols.append(c)
    return sorted(set(cols))


def _targets_in_words(polarity: str, wordings: Sequence[str]) -> Rewrite:
    def in_words(book: Workbook, expected: Expected) -> Expected | None:
        stated = {k for k, p in expected.polarity.items() if p == polarity}
        if not stated:
            return None
        by_label: dict[str, set[float]] = {}
        for o in expected.observations:
            key = o.key[0]
            if key in stated and o.target is not None:
                for label in (o.code, o.name):
                    if label:
                        by_label.setdefault(_key_of(label), set()).add(o.target)
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            cols = _target_columns(sh)
            if len(cols) != 1:
                continue
            i = 0
            for r in sh.data_rows:
                row = sh.row(r)
                wanted = set().union(*(by_label.get(_key_of(v), set()) for v in row.values()))
                value = row.get(cols[0])
                if not wanted or not _figure(value):
                    continue
                cell = ws.cell(row=r, column=cols[0])
                fmt = cell.number_format or "General"
                number = float(value)  # type: ignore[arg-type]
                points = number * (100 if "%" in fmt else 1)
                if not any(abs(points - t) < 1e-6 for t in wanted):
                    continue
                wording = wordings[i % len(wordings)]
                cell.value = wording.format(_shown(number, fmt))
                cell.number_format = "@"
                i += 1
                changed = True
        return expected if changed else None

    in_words.__doc__ = (
        f"The targets of {polarity.replace('_', '-')} indicators (their polarity stated in the "
        f"file) typed as text with the comparison: {', '.join(w.format(85) for w in wordings)}."
    )
    return in_words


_SHORT_UNIT = re.compile(r"^(%|£|[A-Za-z]{1,12})$")


def unit_in_name(book: Workbook, expected: Expected) -> Expected | None:
    """A 'Unit' column folded into the names in brackets ('(%)', '(days)'), where every
    unit is a short word or sign (so the name says all the column said)."""
    from desktop.scorecard.vocabulary import heading_field

    names = {_key_of(o.name) for o in expected.observations}
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        rows = _table_top(sh)
        if rows is None or not _movable(ws):
            continue
        head = rows[1]
        units = [c for c, v in sh.row(head).items() if heading_field(v) == "unit"]
        labels = Counter(c for (r, c), v in sh.values.items() if r > head and _key_of(v) in names)
        if len(units) != 1 or not labels:
            continue
        col, label = units[0], labels.most_common(1)[0][0]
        if any(m.min_col <= col <= m.max_col for m in ws.merged_cells.ranges):
            continue
        folds: dict[int, tuple[int, str]] = {}
        for (r, c), unit in sorted(sh.values.items()):
            if c != col or r <= head:
                continue
            if not isinstance(sh.values.get((r, label)), str) or not _SHORT_UNIT.match(
                str(unit).strip()
            ):
                folds = {}  # something other than a short unit, or a unit without a name
                break
            folds[r] = (label, str(unit).strip())
        if len(folds) < 2:
            continue
        for r, (c, unit) in folds.items():
            cell = ws.cell(row=r, column=c)
            cell.value = f"{str(cell.value).strip()} ({unit})"
        for r in [r for (r, c) in list(ws._cells) if c == col]:
            del ws._cells[(r, col)]
        where: Mapper = lambda r, c, col=col: (r, c - 1 if c > col else c)  # type: ignore[misc]  # noqa: E731
        remap(ws, where)
        expected = _moved_review(expected, ws.title, where)
        changed = True
    return expected if changed else None


NOTE_SENTENCES = (
    "Up from 72% last quarter; 3 new officers started in March.",
    "The 2023/24 figure was revised to 1,240 after validation.",
    "Target of 90% missed by 4 points because of 2 long-term absences.",
    "12 cases were outstanding at 31 March 2025.",
    "Figures are provisional until the Q4 return is signed off.",
)


def _styled_heading(fill: str, what: str) -> Rewrite:
    def styled(book: Workbook, expected: Expected) -> Expected | None:
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            rows = _table_top(sh)
            if rows is None:
                continue
            top, head = rows
            for r in range(top, head + 1):
                for c in sh.row(r):
                    cell = ws.cell(row=r, column=c)
                    cell.fill = PatternFill("solid", fgColor=fill)
                    cell.font = Font(bold=True, color="FFFFFFFF")
            if not ws.freeze_panes:
                ws.freeze_panes = _ref(head + 1, 1)
            changed = True
        return expected if changed else None

    styled.__doc__ = (
        f"The heading rows given a {what} fill and a bold white font, the sheet frozen below them."
    )
    return styled


def _banded_rows(fill: str, what: str) -> Rewrite:
    def banded(book: Workbook, expected: Expected) -> Expected | None:
        changed = False
        for ws in _data_sheets(book):
            sh = shape(ws)
            rows = _table_top(sh)
            if rows is None or ws.conditional_formatting:
                continue
            last = max(sh.data_rows)  # the table's rows: notes under it are not banded
            body = [r for r in sorted({r for r, _ in sh.values}) if rows[1] < r <= last]
            if len(body) < 4:
                continue  # too few rows for a band to show as one
            cols = range(min(c for _, c in sh.values), max(c for _, c in sh.values) + 1)
            if any(_coloured(ws.cell(row=r, column=c)) for r in body for c in cols):
                continue  # colours that may carry meaning: banding would blur them
            for i, r in enumerate(body):
                if i % 2:
                    for c in cols:
                        ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=fill)
                        changed = True
        return expected if changed else None

    banded.__doc__ = f"Every other row under the headings filled {what}, as a banded table is."
    return banded


_GENERIC_SHEET = re.compile(
    r"^((sheet|table|data|report|export|extract|scorecard|dashboard|summary|measures|kpis?"
    r"|pis?|performance|indicators|snapshot|owssvr|appendix|[a-z]|\d+|_)\s*)+$",
    re.IGNORECASE,
)
PORTFOLIO_NAMES = ("Resources & Corporate Services", "Communities & Place", "Adults Health")


def portfolio_sheet_name(book: Workbook, expected: Expected) -> Expected | None:
    """A sheet with a plain name ('Sheet1', 'Scorecard', 'Data') renamed after a portfolio,
    as a council's workbook of one portfolio's indicators is."""
    data = _data_sheets(book)
    if len(data) != 1 or book.defined_names:
        return None
    ws = data[0]
    old = ws.title
    if not _GENERIC_SHEET.match(old) or _PERIODISH.search(old):
        return None
    for sheet in book.worksheets:
        if _has_formulas(sheet) and any(
            isinstance(c.value, str) and old in c.value for row in sheet.iter_rows() for c in row
        ):
            return None
    new = PORTFOLIO_NAMES[len(old) % len(PORTFOLIO_NAMES)]
    ws.title = new
    cells = [
        new + ref[len(old) :] if ref.startswith(old + "!") else ref for ref in expected.review_cells
    ]
    return replace(expected, review_cells=cells)


DEFINITIONS = (
    "Share of calls answered within 60 seconds, measured over 4 weeks.",
    "Counted at the end of each quarter; excludes the 2 pilot sites.",
    "Rolling 12 months to the end of the period, per 1,000 population.",
    "Working days from receipt to decision (definition revised in 2023/24).",
)


def definition_column(book: Workbook, expected: Expected) -> Expected | None:
    """A 'Definition' column of sentences holding numbers put just after the names."""
    if _continued_without_headings(book):
        return None
    names = {_key_of(o.name) for o in expected.observations}

    def make(ws: Worksheet) -> Mapper | None:
        sh = shape(ws)
        found = Counter(c for (r, c), v in sh.values.items() if _key_of(v) in names)
        if not found:
            return None
        col = found.most_common(1)[0][0]
        rows = [r for (r, c), v in sh.values.items() if c == col and _key_of(v) in names]
        top = _table_top(sh, min(rows))
        if top is None or any(
            m.min_col <= col < m.max_col for m in ws.merged_cells.ranges if m.max_row >= top[0]
        ):
            return None
        marks[ws.title] = (col + 1, top[1], sorted(rows))
        return lambda r, c: (r, c + 1 if c > col else c)

    marks: dict[str, tuple[int, int, list[int]]] = {}
    out = _remap_sheets(book, expected, make)
    for title, (col, head, rows) in marks.items():
        ws = book[title]
        ws.cell(row=head, column=col, value="Definition")
        for i, r in enumerate(rows):
            ws.cell(row=r, column=col, value=DEFINITIONS[i % len(DEFINITIONS)])
    return out


# saved in another format through LibreOffice, as an officer's "Save as" would
CONVERSIONS: dict[str, str] = {
    "as_ods": "ods",
    "as_csv": "csv:Text - txt - csv (StarCalc):44,34,76,1,,2057",
}


def as_ods(book: Workbook, expected: Expected) -> Expected | None:
    """The workbook saved as OpenDocument (.ods) by LibreOffice."""
    return expected


def _coloured(cell: Any) -> bool:
    fill = cell.fill
    if fill is None or fill.fill_type in (None, "none"):
        return False
    rgb = getattr(fill.fgColor, "rgb", None)
    return not (isinstance(rgb, str) and rgb.upper().endswith("FFFFFF"))


def _shows_all(cell: Any) -> bool:
    """Whether the cell's number format shows its figure in full (CSV keeps what shows)."""
    fmt = (cell.number_format or "General").split(";")[0]
    if fmt in ("General", "@"):
        return True
    found = _FORMAT_DECIMALS.search(fmt)
    places = len(found[1]) if found else 0
    value = float(cell.value) * (100 if "%" in fmt else 1)
    return abs(round(value, places) - value) < 1e-9


def as_csv(book: Workbook, expected: Expected) -> Expected | None:
    """A single-sheet workbook's data saved as CSV by LibreOffice (figures as they show);
    only where CSV keeps what the sheet means: no colours, hidden rows, notes, merges or
    struck-through text that carry meaning, no figure shown shorter than it is."""
    if len(book.worksheets) != 1:
        return None
    ws = book.worksheets[0]
    if ws.conditional_formatting or _has_formulas(ws):
        return None
    if any(d.hidden for d in ws.row_dimensions.values()) or any(
        d.hidden for d in ws.column_dimensions.values()
    ):
        return None
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell, MergedCell):
                continue
            if cell.comment is not None or _coloured(cell):
                return None
            if cell.font is not None and cell.font.strike:
                return None  # struck through: a deletion CSV cannot show
            if _figure(cell.value) and not _shows_all(cell):
                return None
            if hasattr(cell.value, "year") and not isinstance(cell.value, int):
                return None  # a date shows in the locale's order
    return expected


REWRITES: dict[str, Rewrite] = {
    "resave": resave,
    "shift": shift,
    "title_prose": title_and_prose,
    "spacer_column": spacer_column,
    "spacer_groups": spacer_between_groups,
    "blank_rows": blank_rows,
    "rename_1": _rename(0),
    "rename_2": _rename(1),
    "rename_3": _rename(2),
    "rename_4": _rename(3),
    "reorder": reorder_columns,
    "lead_officer": _extra_column("Lead officer", ("J. Smith", "A. Patel", "R. Evans")),
    "notes_column": _extra_column("Notes", ("Validated by service", "See appendix B", "-")),
    "numbers_text": numbers_as_text,
    "period_wording": period_wording,
    "upper_case": _case(str.upper, "capitals"),
    "lower_case": _case(str.lower, "lower case"),
    "trailing_spaces": trailing_spaces,
    "cover_sheet": cover_sheet,
    "together": _together(
        title_and_prose,
        spacer_column,
        _rename(1),
        numbers_as_text,
        period_wording,
        _extra_column("Lead officer", ("J. Smith", "A. Patel")),
        cover_sheet,
    ),
    "rows_by_name": _reorder_rows(_by_name, "order of their names"),
    "rows_reversed": _reorder_rows(_reversed, "reverse order"),
    "split_heading": _split_heading(year_above=False),
    "split_heading_up": _split_heading(year_above=True),
    "merge_heading": merge_heading_rows,
    "footnote_sup": _footnotes("superscript"),
    "footnote_star": _footnotes("asterisk"),
    "footnote_letter": _footnotes("letter"),
    "total_row": total_row,
    "number_format": number_format,
    "as_ods": as_ods,
    "as_csv": as_csv,
    "rag_words": _status_written(_RAG_WORDS, "words ('R' as 'Red')"),
    "rag_letters": _status_written(_RAG_LETTERS, "letters ('Red' as 'R')"),
    "code_after_name": code_after_name,
    "target_words": _targets_in_words("higher_is_better", _AT_LEAST),
    "target_words_low": _targets_in_words("lower_is_better", _AT_MOST),
    "unit_in_name": unit_in_name,
    "note_sentences": _extra_column("Notes", NOTE_SENTENCES),
    "styled_heading": _styled_heading("FF1F4E79", "dark blue"),
    "banded_rows": _banded_rows("FFD9E1F2", "light blue"),
    "banded_green": _banded_rows("FFE2EFDA", "light green"),
    "green_heading": _styled_heading("FF00B050", "green (a corporate colour)"),
    "portfolio_sheet": portfolio_sheet_name,
    "definition_column": definition_column,
    "together_3": _together(
        _status_written(_RAG_WORDS, "words"),
        code_after_name,
        _targets_in_words("higher_is_better", _AT_LEAST),
        unit_in_name,
        _extra_column("Notes", NOTE_SENTENCES),
        _styled_heading("FF1F4E79", "dark blue"),
        portfolio_sheet_name,
    ),
}


# --- running a case -----------------------------------------------------------------------


def fixtures() -> list[catalogue.Fixture]:
    """The development fixtures a workbook rewrite applies to (the .xlsx ones)."""
    return [f for f in catalogue.development() if f.filename.endswith(".xlsx")]


def cases() -> list[tuple[str, str]]:
    return [(f.name, r) for f in fixtures() for r in REWRITES]


def sample(every: int = 10) -> list[tuple[str, str]]:
    """A deterministic spread of cases: every rewrite on every ``every``-th fixture, in turn."""
    names = [f.name for f in fixtures()]
    out = []
    for i, name in enumerate(names):
        for j, rewrite in enumerate(REWRITES):
            if (i + j) % every == 0:
                out.append((name, rewrite))
    return out


@dataclass
class Result:
    fixture: str
    rewrite: str
    verdict: str  # exact | review | wrong | refused | not-applicable | kept-doubtful
    outcome: Outcome | None = None
    review: tuple[str, ...] = ()
    error: str = ""

    @property
    def holds(self) -> bool:
        """Whether the invariant holds: the expected reading exactly, or a review."""
        return self.verdict in ("exact", "review", "not-applicable")

    def describe(self) -> str:
        lines = [f"{self.fixture} × {self.rewrite}: {self.verdict} {self.error}".rstrip()]
        if self.outcome is not None:
            lines += [f"    {d}" for d in self.outcome.details[:12]]
        lines += [f"    review: {r}" for r in self.review[:4]]
        return "\n".join(lines)


AS_BUILT = "as built"  # no rewrite: the file as its builder wrote it, not opened and saved


class Runner:
    """Imports rewritten fixtures in process, each into a fresh copy of one empty store."""

    def __init__(self, work: Path) -> None:
        from db.store import Store

        self.work = work
        empty = work / "empty.sqlite"
        Store.open(empty).close()
        self.empty = empty.read_bytes()
        self.count = 0
        self.converted: dict[tuple[str, str], Path | str] = {}  # the conversion, or why none

    def _rewritten(self, fixture_name: str, rewrite_name: str) -> tuple[Path, Expected | None]:
        """The fixture's file with the rewrite applied (``AS_BUILT``: as its builder wrote it)."""
        fixture = catalogue.by_name(fixture_name)
        self.count += 1
        folder = self.work / f"{self.count:05d}"
        folder.mkdir()
        path, expected = fixture.build(folder)
        if rewrite_name == AS_BUILT:
            return path, expected
        if strict_open_xml(path):  # openpyxl cannot open it, so cannot rewrite it
            return path, None
        book = load_workbook(path, rich_text=True)  # as Excel saves it: coloured runs kept
        changed = REWRITES[rewrite_name](book, expected)
        if changed is not None:
            book.save(path)
        return path, changed

    def keeps_formulas(self, fixture_name: str) -> bool:
        """Whether the fixture's workbook holds formulas: openpyxl saves them again without
        the values Excel saved, so a resave of it is no control."""
        self.count += 1
        folder = self.work / f"{self.count:05d}"
        folder.mkdir()
        path, _ = catalogue.by_name(fixture_name).build(folder)
        if strict_open_xml(path):
            return False
        return any(_has_formulas(ws) for ws in load_workbook(path).worksheets)

    def prepare(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Convert every case's file that is saved in another format, one LibreOffice run
        per format (each run starts the program once: far quicker than a run per file)."""
        for rewrite, fmt in CONVERSIONS.items():
            todo = [f for f, r in pairs if r == rewrite and (f, r) not in self.converted]
            files = []
            for name in todo:
                path, changed = self._rewritten(name, rewrite)
                if changed is not None:
                    files.append((name, path))
            outdir = self.work / f"converted-{rewrite}"
            why = convert([p for _, p in files], fmt, outdir, self.work / "office-profile")
            for name, path in files:
                out = outdir / f"{path.stem}.{fmt.split(':')[0]}"
                self.converted[(name, rewrite)] = out if out.exists() else why or "no file made"

    def run(self, fixture_name: str, rewrite_name: str) -> Result:
        from db.store import Store
        from desktop.export.gather import gather
        from desktop.export.json_export import export_document
        from desktop.scorecard.importer import import_file

        fixture = catalogue.by_name(fixture_name)
        if rewrite_name in CONVERSIONS and (fixture_name, rewrite_name) not in self.converted:
            self.prepare([(fixture_name, rewrite_name)])
        path, changed = self._rewritten(fixture_name, rewrite_name)
        if changed is None:
            return Result(fixture_name, rewrite_name, "not-applicable")
        folder = path.parent
        if rewrite_name in CONVERSIONS:
            made = self.converted.get((fixture_name, rewrite_name))
            if not isinstance(made, Path):
                return Result(fixture_name, rewrite_name, "refused", error=f"conversion: {made}")
            path = folder / made.name
            path.write_bytes(made.read_bytes())
        store_path = folder / "store.sqlite"
        store_path.write_bytes(self.empty)
        store = Store.open(store_path)
        try:
            area = _option(fixture.options, "--area")
            report = import_file(store, path, area=area)
            review = tuple(report.review)
            if changed.status == "needs_review":
                verdict = "review" if report.status == "needs_review" else "kept-doubtful"
                if report.status == "refused":
                    verdict = "refused"
                return Result(fixture_name, rewrite_name, verdict, None, review, report.error or "")
            if report.status == "needs_review":
                return Result(fixture_name, rewrite_name, "review", None, review)
            if report.status not in ("imported", "unchanged"):
                return Result(
                    fixture_name, rewrite_name, "refused", None, review, report.error or ""
                )
            with store.session() as session:
                export: dict[str, Any] = export_document(gather(session, include_exempt=True))
        finally:
            store.close()
        outcome = Outcome(fixture_name, False, changed.status, report.status)
        outcome.expected = len(changed.observations)
        compare(outcome, changed, export)
        exact = outcome.exact == outcome.expected and not outcome.spurious
        return Result(fixture_name, rewrite_name, "exact" if exact else "wrong", outcome, review)


def strict_open_xml(path: Path) -> bool:
    """Whether a workbook was saved as Excel's 'Strict Open XML Spreadsheet' (openpyxl
    reads it as a workbook without sheets, so no rewrite can be made of it)."""
    with zipfile.ZipFile(path) as zf:
        try:
            return b"http://purl.oclc.org/ooxml/spreadsheetml/main" in zf.read("xl/workbook.xml")
        except KeyError:
            return False


def convert(files: Sequence[Path], fmt: str, outdir: Path, profile: Path) -> str:
    """Convert ``files`` with LibreOffice headless in one run; '' or why it failed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return "LibreOffice (soffice) is not installed"
    if not files:
        return ""
    outdir.mkdir(exist_ok=True)
    cmd = [office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
           "--convert-to", fmt, "--outdir", str(outdir), *map(str, files)]  # fmt: skip
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    except subprocess.TimeoutExpired:
        return "LibreOffice timed out"
    return "" if done.returncode == 0 else done.stderr.strip()[-200:]


def _option(options: Sequence[str], name: str) -> str | None:
    if name in options:
        i = list(options).index(name)
        return options[i + 1] if i + 1 < len(options) else None
    return None


# --- the fourth round: what a council's file carries around the same table -------------


def _box(ws: Worksheet) -> tuple[int, int, int, int, int] | None:
    """The main table as a plain look finds it: its first and last heading rows, its first
    and last columns, and its last figure row."""
    sh = shape(ws)
    rows = _table_top(sh)
    if rows is None:
        return None
    top, head = rows
    last = max(sh.data_rows)
    cols = [c for (r, c) in sh.values if top <= r <= last]
    spans = [m.max_col for m in ws.merged_cells.ranges if m.min_row <= last and m.max_row >= top]
    return top, head, min(cols), max(cols + spans), last


def _named_above(ws: Worksheet, expected: Expected, top: int) -> bool:
    """Whether a line above row ``top`` names an indicator: a table named by its title,
    which a line put between them would part from its name."""
    names = [n for n in _name_texts(expected) if len(n) > 3]
    return any(r < top and any(n in _key_of(v) for n in names) for (r, _), v in _values(ws).items())


def _rating_columns(ws: Worksheet, expected: Expected) -> tuple[list[int], bool]:
    """The columns of status letters ('R', 'A', 'G') or else of words ('Red'...), and
    whether they are letters."""
    letters = _status_columns(ws, expected, _RAG_WORDS)
    return (letters, True) if letters else (_status_columns(ws, expected, _RAG_LETTERS), False)


KEY_LINES = (
    "Key",
    "{R} = off target by more than 5%",
    "{A} = off target by 5% or less",
    "{G} = on target or better",
)


def key_beside(book: Workbook, expected: Expected) -> Expected | None:
    """A key to the status letters (or words) beside the table, a column apart from it,
    from its heading row down ('R = off target by more than 5%')."""
    changed = False
    for ws in _data_sheets(book):
        cols, letters = _rating_columns(ws, expected)
        box = _box(ws)
        if not cols or box is None:
            continue
        _, head, _, right, _ = box
        names = {"R": "R", "A": "A", "G": "G"} if letters else _RAG_WORDS_BY_LETTER
        for i, line in enumerate(KEY_LINES):
            cell = ws.cell(row=head + i, column=right + 2, value=line.format(**names))
            if i == 0:
                cell.font = Font(bold=True)
        changed = True
    return expected if changed else None


_RAG_WORDS_BY_LETTER = {k.upper(): w for k, w in _RAG_WORDS.items()}


def excel_table(book: Workbook, expected: Expected) -> Expected | None:
    """The table made an Excel Table (Insert > Table): a style, banded rows and filter
    buttons on its one heading row."""
    from openpyxl.worksheet.filters import AutoFilter
    from openpyxl.worksheet.table import Table, TableStyleInfo

    changed = False
    for i, ws in enumerate(_data_sheets(book), start=1):
        box = _box(ws)
        if box is None or ws.tables:
            continue
        top, head, left, right, last = box
        heads = [ws.cell(row=head, column=c).value for c in range(left, right + 1)]
        if top != head or not all(isinstance(h, str) and h.strip() for h in heads):
            continue  # a table's headings are one row of text, every column named
        keys = [str(h).strip().casefold() for h in heads]
        if len(set(keys)) != len(keys) or any(
            m.max_row >= head and m.min_row <= last and m.max_col >= left and m.min_col <= right
            for m in ws.merged_cells.ranges
        ):
            continue
        ref = f"{_ref(head, left)}:{_ref(last, right)}"
        table = Table(displayName=f"Scorecard{i}", ref=ref, autoFilter=AutoFilter(ref=ref))
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        ws.add_table(table)
        changed = True
    return expected if changed else None


def print_setup(book: Workbook, expected: Expected) -> Expected | None:
    """Set up for printing: panes frozen below the headings and right of the first column,
    the heading rows repeated on each page, a print area, landscape, a page footer."""
    changed = False
    for ws in _data_sheets(book):
        box = _box(ws)
        if box is None:
            continue
        top, head, left, right, last = box
        ws.freeze_panes = _ref(head + 1, left + 1)
        ws.print_title_rows = f"{top}:{head}"
        ws.print_area = f"{_ref(top, left)}:{_ref(last, right)}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.oddFooter.center.text = "Page &P of &N"
        changed = True
    return expected if changed else None


CELL_NOTES = (
    "Provisional: to be validated at year end.",
    "Revised from 87.5 after the service's data check.",
    "Figure supplied by the service on 12/11/2024.",
)


def cell_notes(book: Workbook, expected: Expected) -> Expected | None:
    """Notes (comments) on every fourth figure cell, some holding numbers and dates."""
    from openpyxl.comments import Comment

    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        figures = [
            (r, c)
            for (r, c), v in sorted(sh.values.items())
            if r in sh.data_rows and _figure(v) and ws.cell(row=r, column=c).comment is None
        ]
        for i, (r, c) in enumerate(figures[::4]):
            ws.cell(row=r, column=c).comment = Comment(
                CELL_NOTES[i % len(CELL_NOTES)], "Performance Team"
            )
            changed = True
    return expected if changed else None


def status_dropdown(book: Workbook, expected: Expected) -> Expected | None:
    """A drop-down list (data validation) on the status column's cells: 'R,A,G', or the
    words with a choice the file does not use ('Red,Amber,Green,Not due')."""
    from openpyxl.worksheet.datavalidation import DataValidation

    changed = False
    for ws in _data_sheets(book):
        cols, letters = _rating_columns(ws, expected)
        box = _box(ws)
        if not cols or box is None:
            continue
        _, head, _, _, last = box
        choices = '"R,A,G"' if letters else '"Red,Amber,Green,Not due"'
        for c in cols:
            rule = DataValidation(type="list", formula1=choices, allow_blank=True)
            rule.add(f"{_ref(head + 1, c)}:{_ref(last, c)}")
            ws.add_data_validation(rule)
            changed = True
    return expected if changed else None


_BREAK_BEFORE = re.compile(
    r"^(?P<head>.*\S)\s+(?P<tail>(?:19|20)\d\d\S*|\([^()]*\))$"  # a year, or a bracket
)


def _broken(text: str) -> str | None:
    """A heading with a line break: before its year or its bracket, else mid-way."""
    text = text.strip()
    if "\n" in text or len(text) > MAX_HEADING:
        return None
    found = _BREAK_BEFORE.match(text)
    if found is not None:
        return f"{found['head']}\n{found['tail']}"
    words = text.split(" ")
    if len(words) < 2:
        return None
    half = (len(words) + 1) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


def heading_breaks(book: Workbook, expected: Expected) -> Expected | None:
    """Headings of two or more words with a line break in them, wrapped ('Q1\\n2024/25',
    'Actual\\n(%)', 'Performance\\nindicator')."""
    keep = _protected_texts(expected)
    changed = False
    for ws in _data_sheets(book):
        sh = shape(ws)
        for (r, c), value in sh.values.items():
            if r not in sh.header_rows or not isinstance(value, str):
                continue
            if _protected(value, keep) or _doubted(expected, ws.title, r, c):
                continue
            new = _broken(value)
            if new is not None:
                cell = ws.cell(row=r, column=c)
                cell.value = new
                align = copy(cell.alignment)
                align.wrap_text = True
                cell.alignment = align
                changed = True
    return expected if changed else None


REPORT_TITLE = "Corporate Performance Scorecard"


def merged_title(book: Workbook, expected: Expected) -> Expected | None:
    """A title row put just above the table's headings, merged and centred across its width."""
    marks: dict[str, tuple[int, int, int]] = {}

    def make(ws: Worksheet) -> Mapper | None:
        box = _box(ws)
        if box is None or _named_above(ws, expected, box[0]):
            return None
        top, _, left, right, _ = box
        marks[ws.title] = (top, left, right)
        return lambda r, c: (r + 1 if r >= top else r, c)

    out = _remap_sheets(book, expected, make)
    if out is None:
        return None
    for title, (top, left, right) in marks.items():
        ws = book[title]
        cell = ws.cell(row=top, column=left, value=REPORT_TITLE)
        cell.font = Font(bold=True, size=14)
        cell.alignment = Alignment(horizontal="center")
        if right > left:
            ws.merge_cells(start_row=top, start_column=left, end_row=top, end_column=right)
    return out


def _rename_data_sheet(
    book: Workbook, expected: Expected, new_of: Callable[[str], str]
) -> Expected | None:
    """The one data sheet, plainly named, renamed ``new_of(old)`` (review cells follow)."""
    data = _data_sheets(book)
    if len(data) != 1 or book.defined_names:
        return None
    ws = data[0]
    old = ws.title
    if not _GENERIC_SHEET.match(old) or _PERIODISH.search(old):
        return None
    for sheet in book.worksheets:
        if _has_formulas(sheet) and any(
            isinstance(c.value, str) and old in c.value for row in sheet.iter_rows() for c in row
        ):
            return None
    new = new_of(old)
    if new in book.sheetnames:
        return None
    ws.title = new
    cells = [
        new + ref[len(old) :] if ref.startswith(old + "!") else ref for ref in expected.review_cells
    ]
    return replace(expected, review_cells=cells)


def sheet_title(book: Workbook, expected: Expected) -> Expected | None:
    """A plainly named sheet ('Scorecard', 'Data') renamed 'Sheet1', or 'Sheet1' renamed
    after the report ('Corporate Performance Report')."""
    return _rename_data_sheet(
        book,
        expected,
        lambda old: "Corporate Performance Report" if old.casefold() == "sheet1" else "Sheet1",
    )


def contents_sheet(book: Workbook, expected: Expected) -> Expected | None:
    """A 'Contents' sheet first, listing every sheet's name as text with what it holds."""
    names = [ws.title for ws in book.worksheets]
    data = {ws.title for ws in _data_sheets(book)}
    title = next(t for t in ("Contents", "Index", "Contents page") if t not in names)
    toc = book.create_sheet(title, 0)
    toc["A1"] = "Contents"
    toc["A1"].font = Font(bold=True, size=14)
    toc["A3"], toc["B3"] = "Sheet", "What it holds"
    for i, name in enumerate(names, start=4):
        toc.cell(row=i, column=1, value=name)
        toc.cell(row=i, column=2, value="Performance indicators" if name in data else "Notes")
    book.active = 0
    return expected


def numbers_padded(book: Workbook, expected: Expected) -> Expected | None:
    """Figures typed as text with thousands separators, padded with spaces and aligned
    right as a fixed-width export is ('   1,234', '  45%', '£ 12,345'); not where rules
    colour the figures (a rule comparing numbers does not colour text)."""
    changed = False
    for ws in _data_sheets(book):
        if ws.conditional_formatting:
            continue
        sh = shape(ws)
        for (r, c), value in sh.values.items():
            if r not in sh.data_rows or not _figure(value):
                continue
            cell = ws.cell(row=r, column=c)
            text = _shown(float(value), cell.number_format or "General")  # type: ignore[arg-type]
            cell.value = text.replace("£", "£ ").rjust(10)
            cell.number_format = "@"
            cell.alignment = Alignment(horizontal="right")
            changed = True
    return expected if changed else None


# markers for 'no figure' a council uses one of: each swapped for another
_NULL_SWAPS = {"n/a": "-", "-": "N/A", "—": "n/a", "–": "..", "..": "—", "na": "n/a"}


def null_markers(book: Workbook, expected: Expected) -> Expected | None:
    """The markers of 'no figure' the file uses swapped for others ('n/a' as '-', '-' as
    'N/A', '..' as '—'...); the texts kept for the figures change with them."""
    keep = _protected_texts(expected)
    swapped: dict[str, str] = {}
    for ws in _data_sheets(book):
        sh = shape(ws)
        for (r, c), value in sh.values.items():
            if not isinstance(value, str) or _doubted(expected, ws.title, r, c):
                continue
            new = _NULL_SWAPS.get(value.strip().casefold())
            if new is None or (value.strip().casefold() in keep and value.strip() not in keep):
                continue
            swapped[value.strip()] = new
            ws.cell(row=r, column=c).value = new
    if not swapped:
        return None
    observations = [
        replace(o, actual_text=swapped[o.actual_text.strip()])
        if o.actual_text is not None and o.actual_text.strip() in swapped
        else o
        for o in expected.observations
    ]
    return replace(expected, observations=observations)


def styled_blank_columns(book: Workbook, expected: Expected) -> Expected | None:
    """Three empty columns right of the table, its rows' cells left with a grey fill,
    borders and a percent format (an old layout's formatting, its values cleared)."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="FFBFBFBF")
    changed = False
    for ws in _data_sheets(book):
        box = _box(ws)
        if box is None:
            continue
        top, _, _, right, last = box
        for c in range(right + 1, right + 4):
            ws.column_dimensions[get_column_letter(c)].width = 14
            for r in range(top, last + 1):
                cell = ws.cell(row=r, column=c)
                if cell.value is not None:
                    continue
                cell.fill = PatternFill("solid", fgColor="FFF2F2F2")
                cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                cell.number_format = "0.0%"
                changed = True
    return expected if changed else None


_MONTH_NUMBERS = {m: i for i, m in enumerate(_MONTH_NAMES, start=1)}


def _period_end(label: str) -> tuple[int, int] | None:
    """The (year, month) a period label the app writes ends in."""
    label = label.strip()
    if m := re.fullmatch(r"Q([1-4]) (\d{4})/\d\d", label):
        month = 3 * int(m[1]) + 3
        return (int(m[2]) + 1, month - 12) if month > 12 else (int(m[2]), month)
    if m := re.fullmatch(r"H([12]) (\d{4})/\d\d", label):
        return (int(m[2]), 9) if m[1] == "1" else (int(m[2]) + 1, 3)
    if m := re.fullmatch(r"(\d{4})/\d\d \(AY\)", label):
        return int(m[1]) + 1, 8
    if m := re.fullmatch(r"(\d{4})/\d\d", label):
        return int(m[1]) + 1, 3
    if m := re.fullmatch(r"(?:[A-Z][a-z]{2} \d{4}\u2013)?([A-Z][a-z]{2}) (\d{4})", label):
        return (int(m[2]), _MONTH_NUMBERS[m[1]]) if m[1] in _MONTH_NUMBERS else None
    if m := re.fullmatch(r"(?:\d{4}\u2013)?(\d{4})", label):
        return int(m[1]), 12
    return None


def last_updated(book: Workbook, expected: Expected) -> Expected | None:
    """A 'Last updated: 12/11/2024' line (and a blank line) just above the table, the date
    some weeks after the last period the file reports."""
    ends = [_period_end(o.period) for o in expected.observations]
    if not ends or None in ends:
        return None
    year, month = max(e for e in ends if e is not None)
    month += 2
    if month > 12:
        year, month = year + 1, month - 12
    line = f"Last updated: 12/{month:02d}/{year}"
    marks: dict[str, tuple[int, int]] = {}

    def make(ws: Worksheet) -> Mapper | None:
        box = _box(ws)
        if box is None or _named_above(ws, expected, box[0]):
            return None
        marks[ws.title] = (box[0], box[2])
        return lambda r, c: (r + 2 if r >= box[0] else r, c)

    out = _remap_sheets(book, expected, make)
    if out is None:
        return None
    for title, (top, left) in marks.items():
        book[title].cell(row=top, column=left, value=line).font = Font(italic=True)
    return out


def status_far_right(book: Workbook, expected: Expected) -> Expected | None:
    """The status column moved to the far right of the table, from the headings down."""

    def make(ws: Worksheet) -> Mapper | None:
        cols, _ = _rating_columns(ws, expected)
        box = _box(ws)
        if len(cols) != 1 or box is None:
            return None
        top, _, _, right, _ = box
        col = cols[0]
        if col >= right or any(
            m.max_col > m.min_col and m.max_row >= top and m.max_col >= col
            for m in ws.merged_cells.ranges
        ):
            return None

        def where(r: int, c: int) -> Cell:
            if r < top or c < col or c > right:
                return (r, c)
            return (r, right) if c == col else (r, c - 1)

        return where

    return _remap_sheets(book, expected, make)


def hidden_empty_column(book: Workbook, expected: Expected) -> Expected | None:
    """An empty column, hidden, between the label columns and the figures."""
    marks: dict[str, int] = {}

    def make(ws: Worksheet) -> Mapper | None:
        col = _numeric_column(ws)
        if (
            col is None
            or col <= 1
            or any(
                d.hidden or (d.min is not None and d.max is not None and d.min < d.max)
                for d in ws.column_dimensions.values()
            )
        ):
            return None  # hidden or grouped columns would need moving too
        marks[ws.title] = col
        return lambda r, c: (r, c + 1 if c >= col else c)

    out = _remap_sheets(book, expected, make)
    if out is None:
        return None
    for title, col in marks.items():
        book[title].column_dimensions[get_column_letter(col)].hidden = True
    return out


def rating_counts(book: Workbook, expected: Expected) -> Expected | None:
    """A 'Summary of ratings' block under the table: how many indicators are Green, Amber
    and Red at their latest rating, and the total."""
    latest: dict[str, tuple[str, str]] = {}
    for o in expected.observations:
        key, period = o.key
        if o.rag is not None and (key not in latest or period > latest[key][0]):
            latest[key] = (period, o.rag)
    counts = Counter(rag for _, rag in latest.values())
    if not counts:
        return None
    for ws in _data_sheets(book):
        cols, _ = _rating_columns(ws, expected)
        box = _box(ws)
        if not cols or box is None:
            continue
        left = box[2]
        row = max(r for r, _ in _values(ws)) + 3
        ws.cell(row=row, column=left, value="Summary of ratings").font = Font(bold=True)
        for i, rag in enumerate(("green", "amber", "red"), start=1):
            ws.cell(row=row + i, column=left, value=rag.capitalize())
            ws.cell(row=row + i, column=left + 1, value=counts[rag])
        ws.cell(row=row + 4, column=left, value="Total")
        ws.cell(row=row + 4, column=left + 1, value=sum(counts.values()))
        return expected
    return None


FOURTH_ROUND: dict[str, Rewrite] = {
    "key_beside": key_beside,
    "excel_table": excel_table,
    "print_setup": print_setup,
    "cell_notes": cell_notes,
    "status_dropdown": status_dropdown,
    "heading_breaks": heading_breaks,
    "merged_title": merged_title,
    "sheet_title": sheet_title,
    "contents_sheet": contents_sheet,
    "numbers_padded": numbers_padded,
    "null_markers": null_markers,
    "styled_blank_cols": styled_blank_columns,
    "last_updated": last_updated,
    "status_far_right": status_far_right,
    "hidden_empty_col": hidden_empty_column,
    "rating_counts": rating_counts,
    "together_4": _together(
        merged_title,
        status_far_right,
        heading_breaks,
        null_markers,
        cell_notes,
        styled_blank_columns,
        print_setup,
        status_dropdown,
        contents_sheet,
    ),
}
REWRITES.update(FOURTH_ROUND)


# --- the sweep ----------------------------------------------------------------------------


def sweep(pairs: Sequence[tuple[str, str]], work: Path) -> list[Result]:
    runner = Runner(work)
    runner.prepare(pairs)
    return [runner.run(f, r) for f, r in pairs]


def summary(results: Sequence[Result]) -> list[str]:
    """Totals over all cases and per rewrite: exact, review, wrong (silently), refused."""
    kinds = ("exact", "review", "wrong", "kept-doubtful", "refused", "not-applicable")
    lines = [f"{'rewrite':<16}" + "".join(f"{k:>15}" for k in kinds)]
    by: dict[str, Counter[str]] = {}
    for res in results:
        by.setdefault(res.rewrite, Counter())[res.verdict] += 1
    total: Counter[str] = Counter()
    for name, counts in by.items():
        total.update(counts)
        lines.append(f"{name:<16}" + "".join(f"{counts[k]:>15}" for k in kinds))
    lines.append(f"{'all':<16}" + "".join(f"{total[k]:>15}" for k in kinds))
    applied = sum(total.values()) - total["not-applicable"]
    clear = [r for r in results if r.verdict != "not-applicable" and _clear(r.fixture)]
    exact = sum(1 for r in clear if r.verdict == "exact")
    lines.append(
        f"{applied} cases applied; invariant broken in "
        f"{applied - total['exact'] - total['review']} "
        f"({total['wrong']} silently wrong, {total['kept-doubtful']} doubtful files imported, "
        f"{total['refused']} refused); clear files still read exactly: {exact} of {len(clear)}"
    )
    read = [r.outcome for r in results if r.outcome is not None]
    expected = sum(o.expected for o in read)
    wrong = sum(o.wrong + o.spurious for o in read)
    lines.append(
        f"observations in the rewrites imported without review: {expected} expected, "
        f"{sum(o.exact for o in read)} exact, {wrong} wrong or spurious, "
        f"{sum(o.missing for o in read)} missing"
    )
    return lines


def _clear(name: str) -> bool:
    return catalogue.by_name(name).status == "imported"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="FIXTURE")
    parser.add_argument("--rewrite", nargs="+", choices=sorted(REWRITES))
    parser.add_argument("--sample", action="store_true", help="only the test's sample")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every broken case")
    parser.add_argument(
        "--reviews", action="store_true", help="also list the clear files sent to review"
    )
    args = parser.parse_args(argv)
    pairs = sample() if args.sample else cases()
    if args.only:
        pairs = [p for p in pairs if p[0] in args.only]
    if args.rewrite:
        pairs = [p for p in pairs if p[1] in args.rewrite]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="metamorphic-") as tmp:
        results = sweep(pairs, Path(tmp))
    for line in summary(results):
        print(line)
    print(f"({len(results)} cases in {time.monotonic() - started:.0f} s)")
    if args.verbose or args.reviews:
        for res in results:
            if not res.holds or (args.reviews and res.verdict == "review" and _clear(res.fixture)):
                print(res.describe())
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["REWRITES", "Result", "Runner", "cases", "sample", "summary"]
