"""Meaning-preserving rewrites of the development fixtures, and how the importer takes them.

A council's next file is rarely a new style: it is a known style written a little
differently — the table a few rows lower, a title and a paragraph above it, a spacer
column, 'Outturn' where another council writes 'Actual', figures typed as text. Each
rewrite here is one such change, applied to a development fixture's built workbook;
the rewritten file means what the original means, so its reading must be the
original's expectation (review cells moved with their cells). The invariant: the
import is that reading exactly, or ``needs_review`` — never a figure different,
missing or spurious.

    .venv/bin/python -m tests.realistic.metamorphic            # the full sweep, summarised
    .venv/bin/python -m tests.realistic.metamorphic -v         # ... with every failing case
    .venv/bin/python -m tests.realistic.metamorphic --only pentana_export --rewrite shift

The test (``test_metamorphic.py``) runs a deterministic sample of the cases; with
``SCRUTINEER_METAMORPHIC=full`` it runs them all.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils.cell import column_index_from_string as col_index
from openpyxl.utils.cell import coordinate_from_string, get_column_letter
from openpyxl.worksheet.cell_range import MultiCellRange
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
    """Move every cell of ``ws`` (value, style, merges, hidden rows, tables) to ``where(r, c)``."""
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


def reorder_columns(book: Workbook, expected: Expected) -> Expected | None:
    """The columns that are not periods put in the reverse order, from the heading row down."""

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
            col = max(c for (r, c) in sh.values if r >= head) + 1
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
}


# --- running a case -----------------------------------------------------------------------


def fixtures() -> list[catalogue.Fixture]:
    """The development fixtures a workbook rewrite applies to (the .xlsx ones)."""
    return [f for f in catalogue.development() if f.filename.endswith(".xlsx")]


def cases() -> list[tuple[str, str]]:
    return [(f.name, r) for f in fixtures() for r in REWRITES]


def sample(every: int = 5) -> list[tuple[str, str]]:
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


class Runner:
    """Imports rewritten fixtures in process, each into a fresh copy of one empty store."""

    def __init__(self, work: Path) -> None:
        from db.store import Store

        self.work = work
        empty = work / "empty.sqlite"
        Store.open(empty).close()
        self.empty = empty.read_bytes()
        self.count = 0

    def run(self, fixture_name: str, rewrite_name: str) -> Result:
        from db.store import Store
        from desktop.export.gather import gather
        from desktop.export.json_export import export_document
        from desktop.scorecard.importer import import_file

        fixture = catalogue.by_name(fixture_name)
        self.count += 1
        folder = self.work / f"{self.count:05d}"
        folder.mkdir()
        path, expected = fixture.build(folder)
        book = load_workbook(path)
        changed = REWRITES[rewrite_name](book, expected)
        if changed is None:
            return Result(fixture_name, rewrite_name, "not-applicable")
        book.save(path)
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


def _option(options: Sequence[str], name: str) -> str | None:
    if name in options:
        i = list(options).index(name)
        return options[i + 1] if i + 1 < len(options) else None
    return None


# --- the sweep ----------------------------------------------------------------------------


def sweep(pairs: Iterable[tuple[str, str]], work: Path) -> list[Result]:
    runner = Runner(work)
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
