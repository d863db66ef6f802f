"""Tables unpivoted to one cell per row: key columns, then 'Attribute' | 'Value'.

Reshaping a wide scorecard with 'Unpivot Other Columns' (Power Query, pandas ``melt``,
R ``pivot_longer``) leaves the key columns (code, name, unit) and two more: one holding the
heading each cell came from ('2023/24 Actual', 'Q1 2024/25 Target', 'RAG Q2 2024/25'), one
holding the cell. When most cells of a column are such headings (a period and a field word,
in either order), the table is read from a copy with one row per key and period and a
column per field, so the row reader sees the long table it knows. Every cell reference
read from the copy is pointed back at the file.

A long export may instead keep the period in columns of its own and say in one column only
what each row's value is: 'Value Type' (or 'Measure_Type') of Actual, Target, RAG,
Numerator or Denominator beside one 'Value' column, a row per indicator, period and value
type. When most cells of a column are such words (``vocabulary.VALUE_TYPE_WORDS``), two or
more kinds among them, the figure ('Actual') one of them, the rows are gathered the same
way: one row per indicator and period, a column per value type, so the Actual row gives the
figure, the Target row its target, the RAG row the rating and the Numerator and Denominator
rows the figure's parts. A row whose value type is none of those words, or is blank beside
a value, is left out and the file asked about, naming the cell.
"""

from __future__ import annotations

import dataclasses
import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, classify, is_bare_period, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

SCAN = 60  # data rows looked at to tell a column of headings
MAX_LABEL = 200  # a longer cell is a note or commentary, not a heading an unpivot left
# what a heading of a wide table can say about one period's figure
_FIELDS: frozenset[Role | None] = frozenset(
    {"actual", "target", "rag", "commentary", "direction", "numerator", "denominator", "comparator"}
)


def label(value: CellValue) -> tuple[Period, str] | None:
    """('2023/24', 'actual') for a cell '2023/24 Actual' or 'RAG 2023/24'; None for a cell
    naming no period or no field word (a bare 'Q1 2024/25' is a long table's own period)."""
    if not isinstance(value, str) or len(value) > MAX_LABEL:
        return None  # each cut below joins the words again: a long text would cost its square
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
    """Most of its cells are headings of a wide table, in at least two periods, the figures'
    own among them: a column of periods each with one other word ('Apr 2022 – Mar 2023
    cohort', the group a reoffending figure follows) names each row's period, not headings."""
    found = others = 0
    seen: set[str] = set()
    fields: set[str] = set()
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
        fields.add(said[1])
    return len(seen) >= 2 and "actual" in fields and found * 10 >= (found + others) * 9


def _value_column(header: Header, labels: Column) -> Column | None:
    """The column of the cells: one headed 'Value' or 'Amount', else the next on the right."""
    others = [c for c in header.columns if c is not labels]
    for column in others:
        if vocabulary.normalise(column.header) in vocabulary.UNPIVOTED_VALUE_HEADINGS:
            return column
    return next((c for c in others if c.index == labels.index + 1), None)


def _value_type(value: CellValue) -> str | None:
    """The field a 'Value Type' cell names ('Actual': 'actual', 'RAG': 'rag'), or None."""
    if not isinstance(value, str):
        return None
    return vocabulary.VALUE_TYPE_WORDS.get(vocabulary.normalise(value))


def _is_type_column(header: Header, column: Column) -> bool:
    """Most of its cells name a row's value type, of two kinds or more, the figure among
    them, and the table's period lies in a column of its own."""
    if column.field == "period" or not any(
        c.field == "period" and c.period is None and c is not column for c in header.columns
    ):
        return False
    found = others = 0
    kinds: set[str] = set()
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        kind = _value_type(value)
        if kind is None:
            others += 1
            continue
        found += 1
        kinds.add(kind)
    return "actual" in kinds and len(kinds) >= 2 and found * 4 >= (found + others) * 3


def _named_value_column(header: Header, labels: Column) -> Column | None:
    """The column of the values beside a column of value types: the one headed 'Value' (or
    'Amount'), else the one other column read as figures ('Result')."""
    others = [c for c in header.columns if c is not labels]
    for column in others:
        if vocabulary.normalise(column.header) in vocabulary.UNPIVOTED_VALUE_HEADINGS:
            return column
    figures = [c for c in others if c.field == "actual" and c.period is None]
    return figures[0] if len(figures) == 1 else None


@dataclasses.dataclass(slots=True)
class _Copy:
    """Cells copied from the sheet into the rearranged copy, each remembered with its
    source (for the way back to the file) and its style."""

    sheet: Sheet
    origin: dict[str, str] = dataclasses.field(default_factory=dict)
    styles: dict[tuple[int, int], CellStyle] = dataclasses.field(default_factory=dict)

    def __call__(self, out: int, position: int, source: int, column: int) -> CellValue:
        """The cell (source, column), copied to (out, position) of the copy."""
        self.origin[a1(out, position)] = a1(source, column)
        style = self.sheet.styles.get((source, column))
        if style is not None:
            self.styles[(out, position)] = style
        row = self.sheet.rows[source]
        return row[column] if column < len(row) else None


def _heading(field: str) -> str:
    """A heading the row reader reads as ``field``."""
    return {"rag": "RAG", "actual": "Actual"}.get(field, field.replace(":", " ").capitalize())


def view(header: Header, lines: list[str], notes: Notes) -> Rearranged | None:
    """The table with a row per key and period, when a column holds a wide table's headings
    beside a column of its cells, or value types beside periods of their own; else None
    (read as it is)."""
    labels = next((c for c in header.columns if _is_label_column(header, c)), None)
    if labels is None:
        return _by_value_type(header, lines, notes)
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
    copy = _Copy(sheet)

    for first, when, by_field in groups:
        out = len(rows)
        if when is None:
            source = sheet.rows[first]
            rows.append([*(source[c.index] if c.index < len(source) else None for c in kept)])
            continue
        line: list[CellValue] = [copy(out, p, first, c.index) for p, c in enumerate(kept)]
        line.append(when.label)
        copy.origin[a1(out, len(kept))] = a1(first, labels.index)
        for position, field in enumerate(fields, start=len(kept) + 1):
            source_row = by_field.get(field)
            line.append(
                None if source_row is None else copy(out, position, source_row, values.index)
            )
        rows.append(line)
    how = (
        f"{len(fields)} fields unpivoted in column {labels.header or a1(header.top, labels.index)}"
    )
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=copy.styles), copy.origin, how)


def _by_value_type(header: Header, lines: list[str], notes: Notes) -> Rearranged | None:
    """A long export with a row per indicator, period and value type, as a copy with a row
    per indicator and period and a column per value type; None when it is not one."""
    types = next((c for c in header.columns if _is_type_column(header, c)), None)
    if types is None:
        return None
    values = _named_value_column(header, types)
    if values is None:
        return None
    kept = [c for c in header.columns if c not in (types, values)]
    keyed = [c for c in kept if c.field != "ignore"]  # a 'Frequency' copied, not compared
    code = header.one("code")
    sheet = header.sheet
    fields: list[str] = []
    # the copy's rows: (first source row, each field -> its source row); {} keeps a row as it
    # is (a section or a note)
    groups: list[tuple[int, dict[str, int]]] = []
    open_group: dict[tuple[str, ...], int] = {}
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        said = row[types.index] if types.index < len(row) else None
        field = _value_type(said)
        if field is None:
            value = row[values.index] if values.index < len(row) else None
            if cells.is_blank(said) and cells.is_blank(value):
                groups.append((index, {}))  # a section or a note: kept as it is
            else:  # left out
                _unknown_type(notes, sheet.name, index, types, said)
            continue
        if field not in fields:
            fields.append(field)
        key = _row_key(row, keyed, code)
        at = open_group.get(key)
        if at is None or field in groups[at][1]:  # a second cell for one field: a row of its own
            open_group[key] = len(groups)
            groups.append((index, {field: index}))
        else:
            groups[at][1][field] = index
    if "actual" not in fields:
        return None
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append([*(c.header for c in kept), *map(_heading, fields)])
    copy = _Copy(sheet)
    for first, by_field in groups:
        out = len(rows)
        line: list[CellValue] = [copy(out, p, first, c.index) for p, c in enumerate(kept)]
        for position, field in enumerate(fields, start=len(kept)):
            source_row = by_field.get(field)
            line.append(
                None if source_row is None else copy(out, position, source_row, values.index)
            )
        rows.append(line)
    name = types.header or a1(header.top, types.index)
    how = f"{len(fields)} value types in column {name} gathered into a row per period"
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=copy.styles), copy.origin, how)


# a footnote mark after a name ('Rent collected (a)', 'Rent collected *', '... ¹')
_TRAILING_MARK = re.compile(
    r"(?:\s*(?:\([A-Za-z0-9]{1,2}\)|\[[^\]]{1,12}\]|\*+|[†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+))+$"
)


def _row_key(row: list[CellValue], keyed: list[Column], code: Column | None) -> tuple[str, ...]:
    """What says which indicator and period a value-type row is of: its cells but the value's,
    the name left out where the row has a code (a footnote mark after the name on some rows
    only, or a name spelt two ways, is the same indicator) and compared without a mark at its
    end where it has none."""
    coded = code is not None and not cells.is_blank(
        row[code.index] if code.index < len(row) else None
    )
    key: list[str] = []
    for column in keyed:
        text = text_of(row[column.index] if column.index < len(row) else None)
        if column.field == "name":
            text = "" if coded else _TRAILING_MARK.sub("", text)
        key.append(text)
    return tuple(key)


def _unknown_type(notes: Notes, sheet: str, row: int, types: Column, said: CellValue) -> None:
    """A row whose value is of a type the importer does not know: left out, and asked about."""
    if cells.is_blank(said):
        reason = (
            f"a value with no value type in column '{types.header}' — it is not read; say "
            "which it is (Actual, Target, RAG, Numerator or Denominator)"
        )
    else:
        reason = (
            f"value type '{text_of(said)}' in column '{types.header}' not understood — its "
            "row's value is not read; it reads Actual, Target, RAG, Numerator and Denominator"
        )
    notes.doubt(sheet, row, types.index, reason, kind=f"value type {text_of(said)}")
