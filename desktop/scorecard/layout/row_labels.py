"""A column saying what each row of an indicator's block holds, where an indicator takes
several rows under one name (merged down over them, typed on the first, or on each).

Two kinds of label column:

* field words — 'Actual' | 'Target' | 'RAG' ('Status', 'Numerator', 'Denominator', 'Plan'),
  or spans — 'In quarter' | 'Year to date' ('Cumulative'): every label in the column is
  such a word, and at least one row without a name of its own carries one. A row labelled
  with a field holds that field of the figure in the same column of the block's figure row;
  a span row holds figures of its own, for the period alone or from April to its end.
* a breakdown — 'Breakdown' | 'All' (or 'Total', 'All ages', 'All people') then 'Male',
  'Female' …: the column is headed as a breakdown, or two or more named rows are labelled
  as totals, and rows without a name carry other labels. The total row is the measure's
  figure; the sub-group rows split it and are left out. A column headed as the team,
  locality or age band of each row ('Team' | 'All teams' then 'North', 'South' …) is one
  only where its labels show it: totals on named rows, or one label under several of them.

This module tells the column and each row's label; ``shapes/labelled.py`` reads the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

# what a row of a block holds: its figures ('actual', or 'in_period' / 'to_date' figures, or
# a breakdown's 'total'), a field of those figures, a breakdown's 'part', or nothing to
# import ('worked_out': a variance)
Kind = Literal[
    "actual",
    "in_period",
    "to_date",
    "total",
    "target",
    "rag",
    "numerator",
    "denominator",
    "direction",
    "commentary",
    "part",
    "worked_out",
]
FIGURES: frozenset[Kind] = frozenset({"actual", "in_period", "to_date", "total"})
FIELDS: frozenset[Kind] = frozenset(
    {"target", "rag", "numerator", "denominator", "direction", "commentary"}
)

SCAN_ROWS = 2000  # table rows looked at to tell the column (a block repeats within them)
# the roles a label column may have been given by its heading's words ('Measure' read as a
# description) before its cells showed what it is
_LOOSE_ROLES = frozenset({None, "ignore", "description"})
# a column headed as the team or service each row is for ('Team') that labels indicators'
# rows as totals ('All teams') and the rows under them by team: a breakdown by team
_TEAM_ROLES = frozenset({"service"})


def field_kind(text: CellValue) -> Kind | None:
    """The kind a field word or span names ('Target' -> target, 'YTD' -> to_date), or None."""
    if not isinstance(text, str):
        return None
    key = vocabulary.normalise(text)
    if not key:
        return None
    found = vocabulary.ROW_LABEL_FIELDS.get(key)
    if found is not None:
        return found  # type: ignore[return-value]  # every field it names is a Kind
    if key in vocabulary.TO_DATE_SUBHEADINGS:
        return "to_date"
    if key in vocabulary.IN_PERIOD_SUBHEADINGS:
        return "in_period"
    if key in vocabulary.ROW_LABELS_WORKED_OUT:
        return "worked_out"
    return None


def total_label(text: CellValue) -> bool:
    """'All', 'Total', 'All ages': a breakdown's total row."""
    return isinstance(text, str) and vocabulary.normalise(text) in vocabulary.BREAKDOWN_TOTAL_LABELS


@dataclass(slots=True)
class RowLabels:
    """The table's label column, and whether it labels a breakdown."""

    column: int
    breakdown: bool
    heading: str

    def label(self, row: list[CellValue]) -> tuple[Kind, str] | None:
        """The row's label and its text, or None for a row without one."""
        value = row[self.column] if self.column < len(row) else None
        if not isinstance(value, str) or not value.strip():
            return None
        text = value.strip()
        if self.breakdown:
            return ("total" if total_label(text) else "part"), text
        kind = field_kind(text)
        return (kind, text) if kind is not None else None

    def describe(self) -> str:
        if self.breakdown:
            return (
                "cells: which group each row of a measure covers — its total row ('All', "
                "'Total') is read, the rows of its sub-groups are left out"
            )
        return "cells: what each row of an indicator's block holds (Actual, Target, RAG …)"


def find(header: Header) -> RowLabels | None:
    """The label column of a wide table whose indicators take blocks of rows, or None."""
    keys = [c.index for c in (header.one("name"), header.one("code")) if c is not None]
    periods = [c.index for c in header.columns if c.field == "actual" and c.period is not None]
    if not keys or not periods:
        return None
    taken = {c.index for c in header.columns if c.field not in _LOOSE_ROLES | _TEAM_ROLES}
    headings = {c.index: c for c in header.columns}
    width = max(len(r) for r in header.sheet.rows[header.first_data :] or [[]])
    candidates = [i for i in range(width) if i not in taken]
    if not candidates:
        return None
    rows = _table_rows(header, periods)
    if not rows:
        return None
    named = [_names(row, keys) for _, row in rows]
    # a row under the one above that names nothing new: no name, or the same one again
    under = [
        not name or (k > 0 and name == named[k - 1] and _filled(rows[k - 1][1], periods))
        for k, name in enumerate(named)
    ]
    for column in candidates:
        heading = headings.get(column)
        found = _field_words(rows, under, column) or _breakdown(rows, named, under, column, heading)
        if found is not None:
            return found
    return None


def settle(header: Header) -> None:
    """Before the table's columns are reported: its label column, if it has one, is read as
    what it is (a column of labels, imported as nothing), not as an unknown heading."""
    labels = find(header)
    if labels is not None:
        take(header, labels)


def take(header: Header, labels: RowLabels) -> None:
    """Read the label column as what it is: a column of its own, imported as nothing."""
    header.unplaced[:] = [c for c in header.unplaced if c.index != labels.column]
    for column in header.columns:
        if column.index == labels.column:
            column.field = "ignore"
            column.why = labels.describe()
            return
    place = next((k for k, c in enumerate(header.columns) if c.index > labels.column), None)
    added = Column(labels.column, labels.heading, "ignore", why=labels.describe())
    header.columns.insert(len(header.columns) if place is None else place, added)


def _table_rows(header: Header, periods: list[int]) -> list[tuple[int, list[CellValue]]]:
    """The data rows with something under a period column (a figure, a rating, a '-')."""
    found: list[tuple[int, list[CellValue]]] = []
    rows = header.sheet.rows
    for index in range(header.first_data, len(rows)):
        row = rows[index]
        if _filled(row, periods):
            found.append((index, row))
            if len(found) >= SCAN_ROWS:
                break
    return found


def _filled(row: list[CellValue], columns: list[int]) -> bool:
    return any(i < len(row) and not cells.is_blank(row[i]) for i in columns)


def _names(row: list[CellValue], keys: list[int]) -> tuple[str, ...]:
    """The row's name and code as written, () where both are blank."""
    texts = tuple(text_of(row[i]) if i < len(row) else "" for i in keys)
    return texts if any(texts) else ()


def _texts(
    rows: list[tuple[int, list[CellValue]]], column: int
) -> list[tuple[int, str | None]] | None:
    """Each table row's label text in the column (None: blank); None where a cell holds a
    figure or a date (no column of labels)."""
    found: list[tuple[int, str | None]] = []
    for k, (_, row) in enumerate(rows):
        value = row[column] if column < len(row) else None
        if cells.is_blank(value):
            found.append((k, None))
        elif isinstance(value, str):
            found.append((k, value.strip()))
        else:
            return None
    return found


def _field_words(
    rows: list[tuple[int, list[CellValue]]], under: list[bool], column: int
) -> RowLabels | None:
    """Every label in the column a field word or span, two different ones, and one on a row
    under its indicator's first."""
    texts = _texts(rows, column)
    if texts is None:
        return None
    kinds: set[Kind] = set()
    labelled_under = False
    for k, text in texts:
        if text is None:
            continue
        kind = field_kind(text)
        if kind is None:
            return None
        kinds.add(kind)
        labelled_under = labelled_under or under[k]
    if not labelled_under or (len(kinds) < 2 and not kinds & FIELDS):
        return None
    return RowLabels(column, False, "")


def _breakdown(
    rows: list[tuple[int, list[CellValue]]],
    named: list[tuple[str, ...]],
    under: list[bool],
    column: int,
    heading: Column | None,
) -> RowLabels | None:
    """A column headed as a breakdown, or labelling two or more named rows as totals, whose
    rows under a named one carry labels of their own. A column headed as the team, locality
    or age band each row is for ('Team', 'Locality') is one by its labels: totals on two or
    more named rows, or the same label under two or more of them whose own rows carry none
    (or a total)."""
    team = heading is not None and heading.field in _TEAM_ROLES
    if heading is not None and heading.field not in (None, "ignore") and not team:
        return None
    texts = _texts(rows, column)
    if texts is None:
        return None
    words = vocabulary.normalise(heading.header) if heading is not None else ""
    headed = not team and words in vocabulary.BREAKDOWN_HEADINGS
    grouped = team or words in vocabulary.BREAKDOWN_GROUP_HEADINGS
    totals = sum(
        1 for k, t in texts if t is not None and named[k] and not under[k] and total_label(t)
    )
    parts = sum(1 for k, t in texts if t is not None and under[k] and not total_label(t))
    if not parts or not (headed or totals >= 2 or (grouped and _repeated(texts, under))):
        return None
    return RowLabels(column, True, heading.header if heading is not None else "")


def _repeated(texts: list[tuple[int, str | None]], under: list[bool]) -> bool:
    """One label stands under two or more named rows ('North' under each indicator), and no
    named row carries a label other than a total: each named row is its measure's total."""
    owners: dict[str, set[int]] = {}
    owner: int | None = None
    for k, text in texts:
        if not under[k]:
            if text is not None and not total_label(text):
                return False
            owner = k
        elif owner is not None and text is not None:
            owners.setdefault(vocabulary.normalise(text), set()).add(owner)
    return any(len(named) >= 2 for named in owners.values())
