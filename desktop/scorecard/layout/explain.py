"""Say in plain lines how one table was read: where it is, its shape, each column's role and why."""

from __future__ import annotations

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import a1, from_a1
from desktop.scorecard.layout.rows import RowReader, SheetResult, TableShape
from desktop.scorecard.model import Role
from desktop.scorecard.read.cellrefs import column_letters

_ROLES: dict[Role, str] = {
    "code": "indicator code",
    "name": "indicator name",
    "actual": "values",
    "target": "targets",
    "rag": "RAG rating",
    "polarity": "polarity (which way is good)",
    "direction": "direction of travel",
    "commentary": "commentary",
    "period": "period of each row",
    "ignore": "not imported",
    "numerator": "numerator",
    "denominator": "denominator",
    "description": "description",
    "portfolio": "portfolio",
    "service": "service",
    "unit": "unit",
    "owner": "owner",
    "area": "area",
    "exempt": "exempt (Part 2)",
    "measure": "a measure",
}


_SHAPES: dict[TableShape, str] = {
    "benchmark": "benchmark (one row per area, one column per indicator and period)",
    "measures": "measures (one column per measure, one row per period)",
    "long": "long (one row per indicator and period)",
    "wide": "wide (one row per indicator, one column per period)",
}


def shape(reader: RowReader) -> str:
    return _SHAPES[reader.shape]


def describe(
    header: Header,
    reader: RowReader,
    result: SheetResult,
    origin: dict[str, str] | None = None,
    rows_from: dict[int, tuple[int, int]] | None = None,
) -> list[str]:
    """The table's lines for ``import --explain``. ``origin``: for a table read from a
    rearranged copy, each reference of the copy -> the file's cell, so the lines name the
    file's cells (a column that came from elsewhere by its heading's own cell); ``rows_from``:
    each row of such a copy -> the file's first and last row it came from, so the lines name
    the file's rows (a heading of several rows folded into one by all of them)."""
    sheet = header.sheet
    own = origin or {}
    mapped = rows_from or {}

    def first(row: int) -> int:
        return mapped.get(row, (row, row))[0]

    def last(row: int) -> int:
        return mapped.get(row, (row, row))[1]

    used = [c.index for c in header.columns]
    first_col = min(used, default=0)
    last_col = max(used, default=0)
    last_row = _last_row(header)
    corners = (a1(header.top, first_col), a1(last_row, last_col))
    span = ":".join(own.get(c, c) for c in corners)
    if header.top in mapped:  # the heading's first row, not the row of its cell read
        corner = from_a1(own.get(corners[0], corners[0]))[1]
        span = f"{a1(first(header.top), corner)}:{span.split(':')[1]}"
    observations = sum(len(i.observations) for i in result.indicators)
    top, bottom = first(header.top), last(header.first_data - 1)
    # a copy whose heading row the file never had (an export saved without one)
    implied = bool(own) and header.top not in mapped and not _in_copy_row(own, header.top)
    headings = (
        "no heading row in the file"
        if implied
        else f"heading row{'s' if bottom > top else ''} "
        f"{top + 1}{f'–{bottom + 1}' if bottom > top else ''}"
    )
    lines = [
        f"table on sheet '{sheet.name}' {span}: {shape(reader)}",
        f"  {headings}; data rows {first(header.first_data) + 1}–{last(last_row) + 1}"
        + _rows_elsewhere(header, own, mapped),
    ]
    hidden = {id(c) for c in header.hidden}
    for column in sorted([*header.columns, *header.hidden], key=lambda c: c.index):
        heading = a1(header.first_data - 1, column.index)
        where = own.get(heading)
        if id(column) in hidden:
            letter = where or column_letters(column.index)
            lines.append(
                f"  {letter} '{short(column.header, 30)}' -> left out (hidden in the sheet)"
            )
            continue
        lines.append("  " + _column_line(header, column, where, implied))
    roles = sorted([*reader.row_roles, *((i, "indicator values") for i in reader.value_rows)])
    lines.extend("  " + line for line in _row_lines([(first(i), role) for i, role in roles]))
    skipped = reader.skipped_rows
    lines.append(
        f"  rows: {reader.rows_read} read as indicator values ({len(result.indicators)} "
        f"indicators, {observations} observations), {len(skipped)} left out"
        + (f" (first at row {first(skipped[0]) + 1})" if skipped else "")
    )
    marked = len(reader.cellread.marked)
    if marked:
        lines.append(
            f"  figures typed with a mark saying how sure they are (approximate, estimated, "
            f"provisional, revised, low reliability): {marked}, each read as its number"
        )
    return lines


ROW_LINES = 20  # beyond this many runs of rows, the rest are counted


def _row_lines(roles: list[tuple[int, str]]) -> list[str]:
    """Runs of rows read the same way: 'rows 7–8: indicator values'."""
    runs: list[tuple[int, int, str]] = []
    for index, role in roles:
        if runs and runs[-1][2] == role and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index, role)
        else:
            runs.append((index, index, role))
    shown = [
        f"row {first + 1}: {role}" if first == last else f"rows {first + 1}–{last + 1}: {role}"
        for first, last, role in runs[:ROW_LINES]
    ]
    if len(runs) > ROW_LINES:
        shown.append(f"… and {len(runs) - ROW_LINES} more runs of rows")
    return shown


def _column_line(
    header: Header, column: Column, where: str | None = None, implied: bool = False
) -> str:
    letter = where or column_letters(column.index)
    if column.field == "comparator":
        role = f"comparator {column.comparator}"
    else:
        role = _ROLES.get(column.field, column.field) if column.field else "not recognised"
    if column.fills_target:  # 'National target' beside 'Local target' (``other_targets``)
        filled = "targets where the council's own is blank"
        role = filled if column.field == "ignore" else f"{role}, and {filled}"
    if column.period is not None:
        role = f"{role} for {column.period.label}"
    if column.code:
        role = f"{role} of {column.code}"
    if column.why:
        why = column.why if column.why.startswith("cells") else f"by {column.why}"
    elif column.field is None:
        why = "no heading word known — not imported"
    elif implied:
        return f"{letter} -> {role} (told by what its cells hold)"
    else:
        why = f"heading '{short(column.header)}'"
    return f"{letter} '{short(column.header, 30)}' -> {role} ({why})"


def _in_copy_row(origin: dict[str, str], row: int) -> bool:
    """Whether any cell of the copy's ``row`` came from the file."""
    return any(from_a1(cell)[0] == row for cell in origin)


def _last_row(header: Header) -> int:
    rows = header.sheet.rows
    for index in range(len(rows) - 1, header.first_data - 1, -1):
        if any(v is not None and (v.__class__ is not str or v.strip()) for v in rows[index]):
            return index
    return header.first_data


def _rows_elsewhere(
    header: Header, origin: dict[str, str], rows_from: dict[int, tuple[int, int]]
) -> str:
    """For a table read from a copy: the file's rows its cells came from besides its own
    ('; also rows 7–8', the rows of a panel continued below)."""
    own = set(range(header.first_data, len(header.sheet.rows)))
    in_file = {rows_from.get(r, (r, r))[0] for r in own}
    rows = sorted(
        {
            found
            for copy, cell in origin.items()
            if from_a1(copy)[0] in own and (found := from_a1(cell)[0]) not in in_file
        }
    )
    if not rows:
        return ""
    shown = f"{rows[0] + 1}" if len(rows) == 1 else f"{rows[0] + 1}–{rows[-1] + 1}"
    return f"; also row{'s' if len(rows) > 1 else ''} {shown}"
