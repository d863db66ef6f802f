"""Figure columns typed by what they hold, one pair filled a row: 'Actual %' | 'Target %'.

A KPI tracker kept in a base of typed fields (Airtable, a SharePoint list) cannot hold a
percentage, a sum of money and a duration in one field, so its download gives each kind of
figure its own pair of columns ('Actual %' | 'Target %', 'Actual no.' | 'Target no.',
'Actual £' | 'Target £', 'Actual time' | 'Target time') and each record (one indicator in
one period) fills the pair its indicator's kind needs. The pairs are one figure and its
target, written in whichever pair the row fills.

Read so only in a long table (a period on each row), by headings and cells alike: two or
more figure headings that differ only by the kind they name, each target heading naming one
of those kinds, two kinds with figures, and no row filling the figures (or the targets) of
two kinds, nor a target of a kind other than its figure's. Otherwise the usual reading
stands (the first figure column, the others left out with a warning).
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

MAPPED = "the saved mapping"
# the roles the heading words may have given such a column before its cells were looked at
# (a second 'Target …' is left out as a duplicate, an unknown kind left unplaced)
_TAKEN = frozenset({"actual", "target", "ignore", None})


def kind_of(heading: str) -> tuple[str, str] | None:
    """('actual' | 'target', kind) for a heading naming a figure's role and the kind of
    figure it holds, either way round: 'Actual %' -> ('actual', '%'), 'No. Target' ->
    ('target', 'no'); None for any other heading."""
    words = vocabulary.normalise(heading).split()
    if len(words) < 2:
        return None
    for role_word, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        role = vocabulary.TYPED_FIELD_ROLES.get(role_word)
        kind = " ".join(rest)
        if role is not None and kind in vocabulary.TYPED_FIELD_KINDS:
            return role, kind
    return None


def settle(header: Header) -> None:
    """Read typed pairs of figure columns as one figure and its target (``Header.typed``)."""
    if not any(c.field == "period" and c.period is None for c in header.columns):
        return
    if any(c.to_date for c in header.columns):
        return
    actuals: dict[str, Column] = {}
    targets: dict[str, Column] = {}
    for column in header.columns:
        if column.period is not None or column.why == MAPPED or column.field not in _TAKEN:
            continue
        found = kind_of(column.header)
        if found is None:
            continue
        role, kind = found
        bucket = actuals if role == "actual" else targets
        if kind in bucket:
            return  # one kind twice: not a set of typed pairs
        bucket[kind] = column
    if len(actuals) < 2 or not set(targets) <= set(actuals):
        return
    rows = header.sheet.rows[header.first_data :]
    if not _one_kind_a_row(rows, actuals, targets):
        return
    with_figures = [
        c for c in actuals.values() if any(cells.is_figure(_at(r, c.index)) for r in rows)
    ]
    if len(with_figures) < 2:
        return
    kinds = ", ".join(f"'{c.header}'" for c in actuals.values())
    for kind, column in actuals.items():
        column.take("actual")
        column.why = f"cells: each row fills the figure of one kind of {kinds}"
        target = targets.get(kind)
        header.typed[column.index] = target.index if target is not None else -1
        if target is not None:
            target.take("target")
            target.why = f"cells: the target of the rows whose figure is under '{column.header}'"


def _one_kind_a_row(
    rows: list[list[CellValue]], actuals: dict[str, Column], targets: dict[str, Column]
) -> bool:
    """No row fills the figures or the targets of two kinds, or a target of another kind
    than its figure's."""
    for row in rows:
        figures = {k for k, c in actuals.items() if not cells.is_blank(_at(row, c.index))}
        aims = {k for k, c in targets.items() if not cells.is_blank(_at(row, c.index))}
        if len(figures) > 1 or len(aims) > 1 or (figures and not aims <= figures):
            return False
    return True


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None
