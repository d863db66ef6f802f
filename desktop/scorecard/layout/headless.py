"""Long tables with no heading row: each column's role told from what every one of its cells holds.

A performance system's scheduled extract saved with 'include column headings' left unticked
starts with data on its first line:

    ASC01 | Adults aged 65+ admitted to care homes ... | Q1 2024/25 | 138.4 | 140 | On Track | Rate

Such a table is read only when every column's role follows from its contents, the first row
as much as the rest: one column every cell of which is a period label, one of names (several
words to a cell), at most one of codes ('ASC01', 'NI 192'), one or two of figures, at most one
of rating words and one of unit words; a column that fits none of these (or a second of a
kind) leaves the sheet unread. The table is then read from a copy with the heading row the
export left out.

Of two figure columns, which is the value and which the target is settled only by the file:
the target is the one that stays the same from period to period of most measures, or the one
blank where the status says there is none to meet ('Data only'). Where the file does not say,
or its evidence points both ways, the columns are read in their order (value, then target)
and the file is held for review naming them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import code_name
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.parse import cells, values
from desktop.scorecard.parse.ratings import rag_exact, says_not_rated
from desktop.scorecard.read.grid import CellValue, Sheet

MIN_ROWS = 3  # fewer rows say too little of what each column holds
_NAME_WORDS = 3  # a name of several words ('Invoices paid within 30 days')


@dataclass(slots=True)
class Headless:
    """The copy with its heading row, and the cells (row, col, why) held for review."""

    view: Rearranged
    doubts: list[tuple[int, int, str]] = field(default_factory=list)


def view(sheet: Sheet) -> Headless | None:
    """The sheet read as a long table under the heading row its cells imply; None unless
    every column's role follows from what all its cells hold."""
    rows = _rows(sheet)
    if rows is None:
        return None
    width = max(map(len, rows))
    roles: dict[int, str] = {}
    for col in range(width):
        column = [r[col] if col < len(r) else None for r in rows]
        if all(cells.is_blank(v) for v in column):
            continue  # a spacer column: no role, no heading
        role = _role(column)
        if role is None:
            return None
        roles[col] = role
    kinds = list(roles.values())
    figures = [c for c, role in roles.items() if role == "figure"]
    if (
        kinds.count("name") != 1
        or kinds.count("period") != 1
        or not 1 <= len(figures) <= 2
        or any(kinds.count(k) > 1 for k in ("code", "rag", "unit"))
    ):
        return None
    doubts: list[tuple[int, int, str]] = []
    fields = {c: role for c, role in roles.items() if role != "figure"}
    why = ""
    if len(figures) == 1:
        fields[figures[0]] = "actual"
    else:
        first, second = figures
        target, why = _target_of(rows, roles, first, second)
        fields[first] = "actual" if target != first else "target"
        fields[second] = "target" if target != first else "actual"
        if target is None:
            doubts.append((0, first, _undecided(first, second)))
    return Headless(_copy(sheet, fields, why), doubts)


def _rows(sheet: Sheet) -> list[list[CellValue]] | None:
    """The sheet's rows when they start on its first line and run without a gap."""
    rows = list(sheet.rows)
    while rows and all(cells.is_blank(v) for v in rows[-1]):
        rows.pop()
    if len(rows) < MIN_ROWS or any(all(cells.is_blank(v) for v in r) for r in rows):
        return None
    return rows


def _role(column: list[CellValue]) -> str | None:
    """What every cell of a column holds: the first role all its cells fit."""
    filled = [v for v in column if not cells.is_blank(v)]
    full = len(filled) == len(column)
    tests: tuple[tuple[str, bool, Callable[[list[CellValue]], bool]], ...] = (
        ("period", full, _periods),
        ("rag", True, _ratings),
        ("unit", True, _units),
        ("figure", 2 * len(filled) >= len(column), _figures),
        ("code", full, _codes),
        ("name", full, _names),
    )
    for role, enough, test in tests:
        if enough and test(filled):
            return role
    return None


def _periods(filled: list[CellValue]) -> bool:
    """Period labels all ('Q1 2024/25', '2023/24'), not a column of bare numbers."""
    return all(cells.period(v) is not None for v in filled) and any(
        isinstance(v, str) and not v.strip().isdigit() for v in filled
    )


def _ratings(filled: list[CellValue]) -> bool:
    """Rating words all ('On Track', 'Off Track', 'Data Only'), at least one a rating."""
    texts = [v for v in filled if isinstance(v, str)]
    return (
        len(texts) == len(filled)
        and all(rag_exact(t) is not None or says_not_rated(t) for t in texts)
        and any(rag_exact(t) is not None for t in texts)
    )


def _units(filled: list[CellValue]) -> bool:
    """Unit words or signs all ('%', 'Number', 'Days', '£', 'Rate')."""
    return bool(filled) and all(isinstance(v, str) and values.is_unit_word(v) for v in filled)


def _figures(filled: list[CellValue]) -> bool:
    """Numbers, or a 'no figure' marker ('n/a') here and there."""
    numbers = [values.parse_number(v).value for v in filled]
    marked = [
        isinstance(v, str) and values.is_missing_marker(v)
        for v, n in zip(filled, numbers, strict=True)
        if n is None
    ]
    return all(marked) and len(marked) < len(filled)


def _codes(filled: list[CellValue]) -> bool:
    return all(isinstance(v, str) and code_name.is_code(v) for v in filled)


def _names(filled: list[CellValue]) -> bool:
    """Text, most of it several words to a cell."""
    texts = [text_of(v) for v in filled if isinstance(v, str)]
    if len(texts) != len(filled) or any(values.parse_number(t).value is not None for t in texts):
        return False
    return 2 * sum(1 for t in texts if len(t.split()) >= _NAME_WORDS) >= len(texts)


def _target_of(
    rows: list[list[CellValue]], roles: dict[int, str], first: int, second: int
) -> tuple[int | None, str]:
    """Which of two figure columns is the target, and why; None where the file does not say."""
    votes: dict[int, list[str]] = {first: [], second: []}
    key = next(c for c, role in roles.items() if role in ("code", "name"))
    steady = {c: _steady(rows, key, c) for c in (first, second)}
    groups = _groups(rows, key, first, second)
    for col, other in ((first, second), (second, first)):
        if steady[col] * 2 >= groups > 0 and steady[col] >= 3 * steady[other] + 1:
            votes[col].append(
                f"{_letter(col)} the same from period to period for {steady[col]} of "
                f"{groups} measures"
            )
    rag = next((c for c, role in roles.items() if role == "rag"), None)
    for col, other in ((first, second), (second, first)):
        if rag is not None and _blank_where_no_target(rows, col, other, rag):
            votes[col].append(f"{_letter(col)} blank where the status says there is no target")
    if bool(votes[first]) == bool(votes[second]):
        return None, ""
    target = first if votes[first] else second
    value = second if target == first else first
    return target, f"{_letter(value)} the value, {_letter(target)} the target: " + "; ".join(
        votes[target]
    )


def _number(row: list[CellValue], col: int) -> float | None:
    return values.parse_number(row[col] if col < len(row) else None).value


def _by_key(rows: list[list[CellValue]], key: int, col: int) -> dict[str, list[float]]:
    found: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        number = _number(row, col)
        if number is not None:
            found[text_of(row[key])].append(number)
    return found


def _steady(rows: list[list[CellValue]], key: int, col: int) -> int:
    """How many measures of two or more figures in the column hold one figure throughout."""
    return sum(
        1 for got in _by_key(rows, key, col).values() if len(got) >= 2 and len(set(got)) == 1
    )


def _groups(rows: list[list[CellValue]], key: int, first: int, second: int) -> int:
    """How many measures hold two or more figures in either column."""
    lengths = [_by_key(rows, key, c) for c in (first, second)]
    keys = set(lengths[0]) | set(lengths[1])
    return sum(1 for k in keys if max(len(lengths[0].get(k, [])), len(lengths[1].get(k, []))) >= 2)


def _blank_where_no_target(rows: list[list[CellValue]], col: int, other: int, rag: int) -> bool:
    """A row with a figure in ``other``, none in ``col``, and a status saying there is no
    target to meet ('Data only', 'No target', 'Contextual')."""
    return any(
        _number(row, other) is not None
        and _number(row, col) is None
        and _says_no_target(row[rag] if rag < len(row) else None)
        for row in rows
    )


def _says_no_target(value: CellValue) -> bool:
    return isinstance(value, str) and " ".join(value.lower().split()) in vocabulary.NO_TARGET


def _letter(col: int) -> str:
    return a1(0, col).rstrip("0123456789")


def _undecided(first: int, second: int) -> str:
    return (
        f"no heading row, and nothing in the file says which of columns {_letter(first)} and "
        f"{_letter(second)} is the value and which the target — read {_letter(first)} as the "
        f"value and {_letter(second)} as the target; add a heading row or map the columns with "
        "a saved profile"
    )


def _copy(sheet: Sheet, fields: dict[int, str], why: str) -> Rearranged:
    """The sheet with the heading row its cells imply on top; references point back a row."""
    width = max(fields) + 1
    heading: list[CellValue] = [
        vocabulary.HEADLESS_HEADINGS.get(fields.get(c, ""), None) for c in range(width)
    ]
    rows = [heading, *(list(r) for r in sheet.rows)]
    table = Sheet(name=sheet.name, rows=rows, hidden=sheet.hidden)
    table.styles = {(r + 1, c): s for (r, c), s in sheet.styles.items()}
    table.errors = {(r + 1, c): e for (r, c), e in sheet.errors.items()}
    table.hidden_rows = {r + 1 for r in sheet.hidden_rows}
    table.hidden_cols = set(sheet.hidden_cols)
    origin = {a1(r + 1, c): a1(r, c) for r, row in enumerate(sheet.rows) for c in range(len(row))}
    said = ", ".join(
        f"{_letter(c)} {vocabulary.HEADLESS_HEADINGS[f].lower()}" for c, f in sorted(fields.items())
    )
    how = f"no heading row: each column read by what its cells hold ({said})"
    return Rearranged(
        table,
        origin,
        how=how + (f"; {why}" if why else ""),
        rows={r + 1: (r, r) for r in range(len(sheet.rows))},
    )
