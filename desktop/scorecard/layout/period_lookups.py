"""A long table's periods given as a warehouse's numeric keys, named on a lookup sheet.

A data warehouse's fact table gives each row its period only as a surrogate key ('PERIOD_ID'
297, 298 ...), and the workbook saved from it carries the period dimension on a sheet of its
own: 'Periods' with 'PeriodID', 'PeriodName' ('Q3 2023/24', '2023/24'), 'StartDate' and
'EndDate'. A careful reader joins the two. Such a sheet is read from a copy whose key cells
are written out as the periods the lookup gives them; every cell stays where it was, so cell
references need no pointing back.

The join is made only where the file plainly means it: the table's column is headed as a
period's key ('PERIOD_ID', 'TimePeriodKey') and holds whole numbers only, another sheet has a
column of the same keys (headed as a period's key, or 'ID' on a sheet named for periods),
each key once, and beside it names that read as periods or first and last days that make
one. A key the table uses that the lookup lacks, a key with no period, or a name whose days
say otherwise, holds the file for review, naming the first such cell.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import day_numbers, joined_words
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

SCAN = 10  # rows looked at for a heading row
MAX_DIGITS = 9  # a surrogate key, not a figure written with its digits run together


@dataclass(frozen=True, slots=True)
class Joined:
    """A sheet read through a period lookup."""

    sheet: Sheet  # the copy, its key cells written out as period labels
    heading: str  # the key column's heading, read as the period of each row
    column: int
    why: str  # for ``import --explain``: where the periods came from


@dataclass(slots=True)
class _Lookup:
    sheet: Sheet
    top: int
    key_col: int
    rows: dict[int, int]  # key -> row of its entry
    periods: dict[int, Period]  # key -> its period, where the lookup gives one
    problems: dict[int, tuple[int, int, str]]  # key -> (row, col, why it has no period)
    said_by: str  # 'names', 'first and last days', or both


def period_key_heading(heading: str) -> bool:
    """'PERIOD_ID', 'PeriodID', 'Time period key', 'DateKey': a period's key."""
    words = vocabulary.normalise(joined_words.split(heading)).split()
    return (
        len(words) >= 2
        and words[-1] in vocabulary.PERIOD_KEY_ENDINGS
        and any(w in vocabulary.PERIOD_KEY_WORDS for w in words[:-1])
    )


def _keys_below(sheet: Sheet, top: int, col: int) -> dict[int, int] | None:
    """Row -> key for the filled cells of a column under its heading, or None when one of
    them is not a whole number (or none is filled)."""
    found: dict[int, int] = {}
    for index in range(top + 1, len(sheet.rows)):
        row = sheet.rows[index]
        value = row[col] if col < len(row) else None
        if cells.is_blank(value):
            continue
        key = day_numbers.whole(value, digits=MAX_DIGITS)
        if key is None:
            return None
        found[index] = key
    return found or None


def _key_column(sheet: Sheet, *, bare: bool) -> tuple[int, int] | None:
    """(heading row, column) of the first column headed as a period's key whose cells are
    whole numbers; ``bare``: a heading of 'ID' or 'Key' alone will do."""
    for top in range(min(SCAN, len(sheet.rows))):
        for col, cell in enumerate(sheet.rows[top]):
            heading = text_of(cell)
            if not heading or not (
                period_key_heading(heading)
                or (bare and vocabulary.normalise(heading) in vocabulary.PERIOD_KEY_ENDINGS)
            ):
                continue
            if _keys_below(sheet, top, col) is not None:
                return top, col
    return None


def _names_periods(name: str) -> bool:
    """'Periods', 'Dim_Period', 'DimDate': a sheet named for periods."""
    words = vocabulary.normalise(joined_words.split(name)).split()
    return any(w in vocabulary.PERIOD_KEY_WORDS for w in words)


def _label_column(sheet: Sheet, top: int, rows: list[int], skip: int) -> int | None:
    """The column whose text on every entry row reads as a period ('Q1 2024/25')."""
    width = max((len(sheet.rows[i]) for i in (top, *rows)), default=0)
    for col in range(width):
        if col == skip:
            continue
        values = [sheet.rows[i][col] if col < len(sheet.rows[i]) else None for i in rows]
        if all(isinstance(v, str) and cells.period(v) is not None for v in values):
            return col
    return None


def _day_columns(sheet: Sheet, top: int, rows: list[int]) -> tuple[int, int] | None:
    """(first day, last day) columns: headed as a period's start and end, holding dates."""
    heads = [vocabulary.normalise(joined_words.split(text_of(c))) for c in sheet.rows[top]]

    def dated(col: int) -> bool:
        return all(
            col < len(sheet.rows[i]) and isinstance(sheet.rows[i][col], dt.date) for i in rows
        )

    starts = [i for i, h in enumerate(heads) if vocabulary.DAY_NUMBER_START.search(h)]
    ends = [i for i, h in enumerate(heads) if vocabulary.DAY_NUMBER_END.search(h)]
    first = next((i for i in starts if dated(i)), None)
    last = next((i for i in ends if i != first and dated(i)), None)
    return (first, last) if first is not None and last is not None else None


def _read_lookup(sheet: Sheet) -> _Lookup | None:
    """The sheet as a period lookup (keys, each once, beside periods), or None."""
    found = _key_column(sheet, bare=_names_periods(sheet.name))
    if found is None:
        return None
    top, key_col = found
    keyed = _keys_below(sheet, top, key_col) or {}
    if len(set(keyed.values())) != len(keyed):
        return None  # a key twice: a table of facts, not a lookup
    entries = list(keyed)
    label = _label_column(sheet, top, entries, key_col)
    days = _day_columns(sheet, top, entries)
    if label is None and days is None:
        return None
    lookup = _Lookup(sheet, top, key_col, {k: i for i, k in keyed.items()}, {}, {}, "")
    lookup.said_by = " and ".join(
        s for s, used in (("names", label), ("first and last days", days)) if used is not None
    )
    for index, key in keyed.items():
        period, problem = _entry(sheet.rows[index], label, days)
        if period is not None:
            lookup.periods[key] = period
        else:
            lookup.problems[key] = (index, days[1] if days else key_col, problem)
    return lookup


def is_lookup(sheet: Sheet) -> bool:
    """The sheet is a lookup of period keys ('Periods': PeriodID, PeriodName ...)."""
    return _read_lookup(sheet) is not None


def _entry(
    row: list[CellValue], label: int | None, days: tuple[int, int] | None
) -> tuple[Period | None, str]:
    """One key's period, from its name and its first and last days; or None and why not."""
    named = cells.period(row[label]) if label is not None and label < len(row) else None
    between = None
    if days is not None:
        first, last = (row[i] if i < len(row) else None for i in days)
        if isinstance(first, dt.date) and isinstance(last, dt.date):
            between = cells.period_between(first, last)
    if named is None:
        return between, "no period its days make"
    if between is not None and (named.start, named.end) != (between.start, between.end):
        return None, f"the name '{named.label}' but days that make {between.label}"
    return named, ""


def relabel(sheets: list[Sheet], sheet: Sheet, notes: Notes) -> Joined | None:
    """The sheet with its period keys written out as the periods a lookup sheet among
    ``sheets`` names, or None where it has no such column or no sheet looks it up."""
    found = _key_column(sheet, bare=False)
    if found is None:
        return None
    top, col = found
    used = _keys_below(sheet, top, col) or {}
    lookups = [
        lookup
        for other in sheets
        if other.name != sheet.name and (lookup := _read_lookup(other)) is not None
    ]
    lookups = [lk for lk in lookups if any(k in lk.rows for k in used.values())]
    if not lookups:
        return None
    lookup = max(lookups, key=lambda lk: sum(k in lk.rows for k in used.values()))
    heading = text_of(sheet.rows[top][col])
    name = lookup.sheet.name
    rows = list(sheet.rows)
    for index, key in used.items():
        if key not in lookup.rows:
            notes.doubt(
                sheet.name,
                index,
                col,
                f"period key {key} under '{short(heading)}' is not on sheet '{name}', where the "
                "other keys are named — its period is unknown; add it there, or import with "
                "--accept to leave such rows out",
                kind="period key not looked up",
            )
            continue
        if key in lookup.problems:
            at, where, why = lookup.problems[key]
            notes.doubt(
                name,
                at,
                where,
                f"period key {key} has {why} — the rows of '{sheet.name}' keyed {key} land "
                "in no period; correct the lookup, or import with --accept to leave them out",
                kind="period key unplaced",
            )
            continue
        new = list(rows[index])
        new[col] = lookup.periods[key].label
        rows[index] = new
    cell = a1(lookup.top, lookup.key_col)
    why = (
        f"cells: period keys, each looked up on sheet '{name}' ({cell} down) and read as "
        f"the period its {lookup.said_by} give"
    )
    notes.warn(
        f"{sheet.name}: the period of each row read from its key under '{short(heading)}', "
        f"looked up on sheet '{name}'",
        kind=f"period lookup:{name}",
    )
    return Joined(dataclasses.replace(sheet, rows=rows), heading, col, why)
