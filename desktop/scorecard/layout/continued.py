"""A long table cut for printing: a later sheet carries on its rows without the heading row.

When a scorecard is too long for one page, the rows that do not fit go on a sheet of their
own ('KPIs (cont)', 'Sheet1 (2)', 'Page 2'), often under a one-line 'continued' title but
without the heading row again. Such a sheet is read with the columns of the table on the
sheet before it when its rows fit those columns (a name or code where the names are, figures
where the figures are, ratings where the ratings are). Rows that fit but that nothing calls
a continuation (the sheet's name, a line on it, or a 'continued on next sheet' under the
table before) are read the same way and held for review at their first cell.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.evidence import kind_of
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

_FIGURES = frozenset({"actual", "target", "numerator", "denominator", "comparator"})
_LABELS = frozenset({"code", "name"})
MIN_ROWS = 2


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None


def _fits(previous: Header, row: list[CellValue]) -> bool:
    """A data row of ``previous``'s table: its label, figures and ratings where those are."""
    known = {c.index for c in previous.columns}
    if any(text_of(v) and i not in known for i, v in enumerate(row)):
        return False
    labelled = figures = False
    for column in previous.columns:
        value = _at(row, column.index)
        kind = kind_of(value, target=column.field == "target")
        if column.field in _LABELS and kind is not None:
            if kind in ("number", "missing") and column.field == "name":
                return False
            labelled = True
        elif column.field in _FIGURES:
            if kind not in (None, "number", "missing"):
                return False
            figures = figures or kind == "number"
        elif column.field == "rag" and kind not in (None, "rag", "missing"):
            return False
    return labelled and figures


def named_as_continuation(name: str) -> bool:
    """'KPIs (cont)', 'Sheet1 (2)', 'Page 2': a sheet named as carrying on another."""
    shown = name.strip()
    return bool(
        vocabulary.CONTINUED_COPY.search(shown)
        or vocabulary.CONTINUED_SHEET.search(vocabulary.normalise(shown))
    )


def same_table(previous: Header, header: Header) -> bool:
    """The two tables have the same headings in the same columns (a heading row repeated)."""
    ours = [(c.index, vocabulary.normalise(c.header)) for c in previous.columns]
    theirs = [(c.index, vocabulary.normalise(c.header)) for c in header.columns]
    return ours == theirs


def _said(previous: Header, sheet: Sheet, start: int) -> bool:
    """The sheet's name, a line above its rows, or a line under the table before says so."""
    if named_as_continuation(sheet.name):
        return True
    lines = [text_of(v) for row in sheet.rows[:start] for v in row if text_of(v)]
    if any(vocabulary.CONTINUED_SHEET.search(vocabulary.normalise(t)) for t in lines):
        return True
    below = previous.sheet.rows[previous.first_data :]
    texts = [vocabulary.normalise(text_of(v)) for row in below for v in row if isinstance(v, str)]
    return any(vocabulary.CONTINUES_ELSEWHERE.search(t) for t in texts)


def view(previous: Header, sheet: Sheet, notes: Notes) -> tuple[Header, Rearranged | None] | None:
    """``sheet``'s rows read with ``previous``'s columns (the header, and the copy's way back
    to the file when the heading row had to be put in a row of its own), or None."""
    fitting = [i for i, row in enumerate(sheet.rows) if _fits(previous, row)]
    if len(fitting) < MIN_ROWS:
        return None
    start, end = fitting[0], fitting[-1]
    body = [i for i in range(start, end + 1) if any(text_of(v) for v in sheet.rows[i])]
    if len(fitting) * 5 < len(body) * 4:
        return None  # rows of another shape among them: not the same columns
    columns = [replace(c) for c in previous.columns]
    heading: list[CellValue] = [None] * (max(c.index for c in columns) + 1)
    for column in columns:
        heading[column.index] = column.header
    if not _said(previous, sheet, start):
        first = min(c.index for c in columns if c.field in _LABELS)
        notes.doubt(
            sheet.name,
            start,
            first,
            f"the rows from {a1(start, first)} have no heading row and are read in the "
            f"columns of the table on '{previous.sheet.name}' — copy its heading row above "
            "them, or name the sheet as its continuation (e.g. 'KPIs (cont)')",
            kind="continued without saying so",
        )
    above = sheet.rows[start - 1] if start > 0 else None
    if above is not None and not any(text_of(v) for v in above):
        rows = [*sheet.rows[: start - 1], heading, *sheet.rows[start:]]
        copy = replace(sheet, rows=rows)
        return _header(previous, copy, columns, start - 1), None
    rows = [*sheet.rows[:start], heading, *sheet.rows[start:]]
    styles: dict[tuple[int, int], CellStyle] = {
        (_below(r, start), c): s for (r, c), s in sheet.styles.items()
    }
    errors = {(_below(r, start), c): e for (r, c), e in sheet.errors.items()}
    hidden = {_below(r, start) for r in sheet.hidden_rows}
    formulas = {(_below(r, start), c): f for (r, c), f in sheet.formulas.items()}
    origin = {
        a1(r + 1, c): a1(r, c)
        for r in range(start, len(sheet.rows))
        for c in range(len(sheet.rows[r]))
    }
    copy = replace(
        sheet,
        rows=rows,
        styles=styles,
        errors=errors,
        hidden_rows=hidden,
        merged=[],
        formulas=formulas,
    )
    return _header(previous, copy, columns, start), Rearranged(copy, origin)


def _header(previous: Header, sheet: Sheet, columns: list[Column], top: int) -> Header:
    return Header(sheet, top, top + 1, columns, previous.signature)


def _below(row: int, start: int) -> int:
    """Where a row of the sheet is in the copy with the heading row put in before ``start``."""
    return row + 1 if row >= start else row
