"""Tables unpivoted to one cell per row: key columns, then 'Attribute' | 'Value'.

Reshaping a wide scorecard with 'Unpivot Other Columns' (Power Query, pandas ``melt``,
R ``pivot_longer``) leaves the key columns (code, name, unit) and two more: one holding the
heading each cell came from ('2023/24 Actual', 'Q1 2024/25 Target', 'RAG Q2 2024/25'), one
holding the cell. When most cells of a column are such headings (a period and a field word,
in either order), the table is read from a copy with one row per key and period and a
column per field, so the row reader sees the long table it knows. Every cell reference
read from the copy is pointed back at the file.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, classify, is_bare_period, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

SCAN = 60  # data rows looked at to tell a column of headings
# what a heading of a wide table can say about one period's figure
_FIELDS: frozenset[Role | None] = frozenset(
    {"actual", "target", "rag", "commentary", "direction", "numerator", "denominator", "comparator"}
)


def label(value: CellValue) -> tuple[Period, str] | None:
    """('2023/24', 'actual') for a cell '2023/24 Actual' or 'RAG 2023/24'; None for a cell
    naming no period or no field word (a bare 'Q1 2024/25' is a long table's own period)."""
    if not isinstance(value, str):
        return None
    words = value.split()
    for cut in range(1, len(words)):
        for said, rest in ((words[:cut], words[cut:]), (words[cut:], words[:cut])):
            period = cells.period(" ".join(said))
            if period is None:
                continue
            field = _field(" ".join(rest))
            if field is not None:
                return period, field
    return None


def _field(text: str) -> str | None:
    """The field a heading's words name, when they name no period of their own, as a saved
    mapping writes it ('target', 'comparator:England')."""
    if is_bare_period(text) or cells.period(text) is not None:
        return None
    column = classify(text)
    if column.period is not None or column.field not in _FIELDS:
        return None
    return column.role_name


def _is_label_column(header: Header, column: Column) -> bool:
    """Most of its cells are headings of a wide table, in at least two periods."""
    found = others = 0
    seen: set[str] = set()
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        said = label(value)
        if said is None:
            others += 1
            continue
        found += 1
        seen.add(said[0].label)
    return len(seen) >= 2 and found * 10 >= (found + others) * 9


def _value_column(header: Header, labels: Column) -> Column | None:
    """The column of the cells: one headed 'Value' or 'Amount', else the next on the right."""
    others = [c for c in header.columns if c is not labels]
    for column in others:
        if vocabulary.normalise(column.header) in vocabulary.UNPIVOTED_VALUE_HEADINGS:
            return column
    return next((c for c in others if c.index == labels.index + 1), None)


def _heading(field: str) -> str:
    """A heading the row reader reads as ``field``."""
    return {"rag": "RAG", "actual": "Actual"}.get(field, field.replace(":", " ").capitalize())


def view(header: Header, lines: list[str]) -> Rearranged | None:
    """The table with a row per key and period, when a column holds a wide table's headings
    beside a column of its cells; else None (read as it is)."""
    labels = next((c for c in header.columns if _is_label_column(header, c)), None)
    if labels is None:
        return None
    values = _value_column(header, labels)
    if values is None:
        return None
    kept = [c for c in header.columns if c not in (labels, values) and c.field != "ignore"]
    sheet = header.sheet
    fields: list[str] = []
    # (key cells, period) -> the rows of the copy, each field -> its source row
    groups: list[tuple[int, Period | None, dict[str, int]]] = []
    open_group: dict[tuple[tuple[str, ...], str], int] = {}
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        said = label(row[labels.index] if labels.index < len(row) else None)
        if said is None:  # sections, notes: kept as they are
            groups.append((index, None, {}))
            continue
        period, field = said
        if field not in fields:
            fields.append(field)
        key = tuple(text_of(row[c.index] if c.index < len(row) else None) for c in kept)
        at = open_group.get((key, period.label))
        if at is None or field in groups[at][2]:  # a second cell for one field: a row of its own
            open_group[(key, period.label)] = len(groups)
            groups.append((index, period, {field: index}))
        else:
            groups[at][2][field] = index
    heading: list[CellValue] = [*(c.header for c in kept), "Period", *map(_heading, fields)]
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}

    def copy(out: int, position: int, source: int, column: int) -> CellValue:
        origin[a1(out, position)] = a1(source, column)
        style = sheet.styles.get((source, column))
        if style is not None:
            styles[(out, position)] = style
        row = sheet.rows[source]
        return row[column] if column < len(row) else None

    for first, when, by_field in groups:
        out = len(rows)
        if when is None:
            source = sheet.rows[first]
            rows.append([*(source[c.index] if c.index < len(source) else None for c in kept)])
            continue
        line: list[CellValue] = [copy(out, p, first, c.index) for p, c in enumerate(kept)]
        line.append(when.label)
        origin[a1(out, len(kept))] = a1(first, labels.index)
        for position, field in enumerate(fields, start=len(kept) + 1):
            source_row = by_field.get(field)
            line.append(
                None if source_row is None else copy(out, position, source_row, values.index)
            )
        rows.append(line)
    how = (
        f"{len(fields)} fields unpivoted in column {labels.header or a1(header.top, labels.index)}"
    )
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin, how)
