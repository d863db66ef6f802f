"""A wide table wrapped into panels to fit a page: the same names repeated over later periods.

A table with a column for every month is too wide for an agenda page, so whoever prepared it
cuts it in two and stacks the halves: April to September in a first panel, then a second
panel below it repeating the Ref and Indicator columns over October to March,
often with the Target and RAG printed only once, at the end. Read as two tables, the first
panel's months lose the row's target and the RAG may land on the wrong month.

Two tables stacked on one sheet are one table continued when the second repeats the first's code
(or name) column with exactly the same indicators, its period columns are others than the
first's, and no row-level column (target, RAG, polarity …) is printed in both. They are then
read from one copy of the table: the first panel's rows with the second panel's other
columns added to the right, each figure keeping the reference of its own cell. When the
names only partly match and one panel carries row-level columns the other lacks, the reading
is held for review at the second panel's heading. A table under a heading saying it compares
the council with others ('Benchmarking', 'Comparators') is a table of its own, never a panel.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import later_tables
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.layout.regions import text_lines
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue

_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})
# what describes an indicator rather than a period's figure: repeated in each panel
_REPEATED: frozenset[Role | None] = frozenset(
    {"code", "name", "description", "portfolio", "service", "unit", "polarity", "owner"}
)
# said once per row, of the row's latest figure or of the indicator
_ROW_LEVEL: frozenset[Role | None] = frozenset(
    {"target", "rag", "polarity", "unit", "direction", "commentary", "owner"}
)


def join(
    first: Header, second: Header, notes: Notes, origin: dict[str, str]
) -> tuple[Header, Rearranged] | None:
    """``first`` and ``second`` read as one table (its header, and the copy it is read
    from), or None when they are two tables.

    ``origin`` maps references of ``first``'s sheet back to the file (empty when it is the
    file's own sheet); the copy's map extends it."""
    if first.sheet.name != second.sheet.name:
        return None
    key = _key_field(first, second)
    if key is None:
        return None
    ours, theirs = _periods(first), _periods(second)
    if not ours or ours & theirs or not (theirs or rows_only(second)):
        return None
    upper, lower = _rows(first, key), _rows(second, key)
    if upper is None or lower is None or max(upper.values()) >= second.top:
        return None  # side by side (last year's beside this year's): two tables, not a wrap
    if not _same_year(first, second, max(upper.values())):
        return None
    if _benchmarking_between(second, max(upper.values())):
        return None  # 'Benchmarking' over it: a table of its own, not the one above continued
    added = _continued(first, second)
    own_rows = _row_roles(first.columns)
    other_rows = _row_roles(added)
    if set(upper) != set(lower):
        if set(upper) & set(lower) and own_rows != other_rows:
            notes.doubt(
                second.sheet.name,
                second.top,
                second.columns[0].index,
                f"the table at {a1(second.top, second.columns[0].index)} repeats the "
                f"{key}s of the table above it over other periods, but only "
                f"{_matching(upper, lower)} — is it the same table continued? Make the rows "
                "match, or give each table its own target and status columns",
                kind="panels partly match",
            )
        return None
    if own_rows & other_rows:
        return None  # each panel complete in itself: read as two tables
    return _copy(first, second, added, upper, lower, origin)


def _matching(upper: dict[str, int], lower: dict[str, int]) -> str:
    """How far two tables' rows match: '1 of its 3 rows match', or, where all of the lower
    table's rows are above but the table above has more, 'its 3 rows match 3 of the 5 above'."""
    shared = len(set(upper) & set(lower))
    if shared == len(lower):
        return f"its {len(lower)} rows match {shared} of the {len(upper)} above"
    return f"{shared} of its {len(lower)} rows match"


def _same_year(first: Header, second: Header, last_row: int) -> bool:
    """No title between the tables names a year the first table's periods are not in ('2024/25'
    over a table below one of 2023/24 quarters: a year's table of its own, not a wrap)."""
    periods = [c.period for c in first.columns if c.field == "actual" and c.period is not None]
    for line in text_lines(second.sheet.rows[last_row + 1 : second.top]):
        year = cells.period_in_text(line)
        if year is None or year.kind not in _YEARS:
            continue
        if any(not (year.start <= p.start and p.end <= year.end) for p in periods):
            return False
    return True


def _benchmarking_between(second: Header, last_row: int) -> bool:
    """A heading between the tables saying the second compares the council with others
    ('Benchmarking', 'Comparators'): no panel goes under such a heading."""
    lines = text_lines(second.sheet.rows[last_row + 1 : second.top])
    return any(later_tables.says_benchmarking(line) for line in lines)


def _key_field(first: Header, second: Header) -> Role | None:
    for field in ("code", "name"):
        if first.one(field) is not None and second.one(field) is not None:
            return field
    return None


def _periods(header: Header) -> set[str]:
    return {c.period.label for c in header.columns if c.field == "actual" and c.period}


def _row_roles(columns: list[Column]) -> set[Role | None]:
    return {c.field for c in columns if c.field in _ROW_LEVEL and c.period is None}


def _continued(first: Header, second: Header) -> list[Column]:
    """The second panel's columns that are not the first's repeated."""
    shown = {vocabulary.normalise(c.header) for c in first.columns}
    return [
        c
        for c in second.columns
        if not (c.field in _REPEATED and vocabulary.normalise(c.header) in shown)
    ]


def _rows(header: Header, key: Role) -> dict[str, int] | None:
    """Each data row's key (its code or name) and row, or None when a key repeats."""
    column = header.one(key)
    assert column is not None
    found: dict[str, int] = {}
    rows = header.sheet.rows
    for index in range(header.first_data, len(rows)):
        row = rows[index]
        if index in header.sheet.hidden_rows or sum(not cells.is_blank(v) for v in row) < 2:
            continue  # a note, a section title, a blank row
        text = vocabulary.normalise(text_of(row[column.index])) if column.index < len(row) else ""
        if not text:
            continue
        if text in found:
            return None
        found[text] = index
    return found or None


def _copy(
    first: Header,
    second: Header,
    added: list[Column],
    upper: dict[str, int],
    lower: dict[str, int],
    origin: dict[str, str],
) -> tuple[Header, Rearranged]:
    sheet, other = first.sheet, second.sheet
    rows: list[list[CellValue]] = [list(r) for r in sheet.rows]
    width = max((c.index for c in first.columns), default=0) + 1
    styles: dict[tuple[int, int], CellStyle] = dict(sheet.styles)
    errors = dict(sheet.errors)
    mapped = dict(origin)
    moved = {id(c): replace(c, index=width + n) for n, c in enumerate(added)}
    for column in added:
        if not moved[id(column)].why:
            moved[id(column)].why = (
                f"heading '{column.header}' at {a1(second.top, column.index)}, in the table "
                "continued there"
            )

    def put(at: int, source: int) -> None:
        line = rows[at]
        line[width:] = [None] * len(added)  # cells right of the table hold no figure of it
        line.extend([None] * (width + len(added) - len(line)))
        for stale in [k for k in (*styles, *errors) if k[0] == at and k[1] >= width]:
            styles.pop(stale, None)  # nor their formats: a '0.0%' left on a blank cell there
            errors.pop(stale, None)  # would make a continued figure a fraction
        for n, column in enumerate(added):
            value = (
                other.rows[source][column.index] if column.index < len(other.rows[source]) else None
            )
            line[width + n] = value
            mapped[a1(at, width + n)] = a1(source, column.index)
            style = other.styles.get((source, column.index))
            if style is not None:
                styles[(at, width + n)] = style
            error = other.errors.get((source, column.index))
            if error is not None:
                errors[(at, width + n)] = error

    put(first.first_data - 1, second.first_data - 1)  # the heading row nearest the figures
    for text, index in upper.items():
        put(index, lower[text])
    formulas = {k: f for k, f in sheet.formulas.items() if k[1] < width}  # its own only
    copy = replace(sheet, rows=rows, styles=styles, errors=errors, formulas=formulas)
    columns = [*first.columns, *(moved[id(c)] for c in added)]
    unplaced = [*first.unplaced, *(moved[id(c)] for c in second.unplaced if id(c) in moved)]
    header = Header(
        copy, first.top, first.first_data, columns, first.signature, unplaced, first.hidden
    )
    labels = sorted(_periods(second))
    over = f"over {len(labels)} other periods" if labels else "with their targets or statuses"
    how = (
        f"the table at {a1(second.top, second.columns[0].index)} repeats its "
        f"{len(upper)} rows {over}: read as its continuation"
    )
    return header, Rearranged(copy, mapped, how)


def rows_only(header: Header) -> bool:
    """A table of names (or codes) with targets or statuses but no figures: 'Ref | Indicator
    | Target | RAG' printed below the panels of figures it completes."""
    key = header.one("code") or header.one("name")
    fields = {c.field for c in header.columns}
    return key is not None and "actual" not in fields and bool(fields & {"target", "rag"})
