"""Headings that are only a report tool's default control names: 'Textbox27', 'Label4', 'Field1'.

A report designer (Reporting Services, Access, Crystal) names every new text box, label or
field 'Textbox27', 'Text12', 'Label4', 'Field1' until someone labels it; a column added to a
report late and never labelled is exported to Excel under that name. Such a heading says
nothing of the column, so the column is read as unheaded: its role comes from what its cells
hold and where it stands, as ``unheaded_columns`` reads a column with no heading at all.

* nothing in its cells (markers aside): a spacer, or the other part of a merged heading;
* every filled cell a rating (two or more): right after a dated value column (spacers and
  other such columns between allowed), that period's rating, as an unheaded column's; after
  every dated value column (where a 'Status' column stands), the row's rating, which goes
  with its latest figure; among the figures after no dated value column, nobody can say
  whose, so the file is held;
* every filled cell a direction of travel: that period's or the row's trend, the same way;
* cells of several words each, after every dated value column, in a table with no
  commentary column: the commentary;
* anything else is not guessed at: the file is held for review naming the heading cell,
  rather than the column dropped without a word.

A heading that says anything more than such a name ('Textbox27 RAG', a period above it) is
read as any other heading is.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import evidence, keys
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, spread_merged
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.layout.unheaded_columns import find_owner
from desktop.scorecard.model import Period, Role

_PLACE = "a report tool's default name for a text box or field, which says nothing of the column"


def is_control_name(text: str) -> bool:
    """'Textbox27', 'TextBox3', 'Text12', 'Label4', 'Field1', 'Column1': a default name."""
    return vocabulary.CONTROL_NAME_HEADING.fullmatch(vocabulary.normalise(text)) is not None


def settle(header: Header, notes: Notes, key: keys.Key | None = None) -> None:
    """Give each column headed only by a default control name the role its cells prove; hold
    the file where they prove none."""
    named = [c for c in header.columns if _named_only(header, c)]
    if not named:
        return
    width = max(c.index for c in header.columns) + 1
    by_index = {c.index: c for c in header.columns}
    silent = {
        i for i in range(width) if i not in by_index and i not in header.sheet.hidden_cols
    } | {c.index for c in named}  # spacers and the columns of default names
    dated = [c.index for c in header.columns if c.field == "actual" and c.period is not None]
    last_dated = max(dated, default=-1)
    for column in named:
        found = evidence.sample(header, Column(column.index, "", None), key)
        filled = found.total - found.counts["missing"]
        if not filled:
            column.take("ignore")
            column.why = f"cells: none filled; the heading '{short(column.header)}' is {_PLACE}"
            continue
        after = find_owner(column.index, silent, by_index)
        period = after.period if after is not None else None
        at_end = column.index > last_dated
        kind = _kind(header, column, found, filled)
        if kind in ("rag", "direction") and (period is not None or at_end):
            if kind == "rag" and period is not None and _rated(header, period, column):
                said = f"its ratings are {period.label}'s, which is already rated"
                _hold(header, column, notes, said)
                continue
            column.take(kind)
            column.period = period
            where = f"right after the {period.label} figures" if period else "after the figures"
            column.why = (
                f"cells: {found.describe(kind)}, {where}; the heading '{short(column.header)}' "
                f"is {_PLACE}"
            )
        elif kind == "commentary" and at_end and not header.of("commentary"):
            column.take("commentary")
            column.why = (
                f"cells: notes of several words each, after the figures; the heading "
                f"'{short(column.header)}' is {_PLACE}"
            )
        else:
            _hold(header, column, notes, f"its cells: {_described(found)}")
    header.unplaced = [c for c in header.unplaced if c.field is None and c.period is None]


def _named_only(header: Header, column: Column) -> bool:
    """Not read by its heading, and every heading cell over it blank or a default name."""
    if column.field is not None or column.period is not None or column.why:
        return False
    sheet = header.sheet
    width = column.index + 1
    over = (
        spread_merged(sheet, r, width)[column.index] for r in range(header.top, header.first_data)
    )
    texts = [t.strip() for t in over if t.strip()]
    return bool(texts) and all(is_control_name(t) for t in texts)


def _kind(header: Header, column: Column, found: evidence.Evidence, filled: int) -> Role | None:
    """What every filled cell is: ratings, directions of travel, notes; None when mixed."""
    if found.counts["rag"] == filled and filled >= 2:
        return "rag"
    if found.counts["direction"] == filled and filled >= 2:
        return "direction"
    if evidence.sentences(header, column):
        return "commentary"
    return None


def _rated(header: Header, period: Period, column: Column) -> bool:
    """Another column already rates ``period``."""
    return any(c.period == period for c in header.of("rag") if c is not column)


def _hold(header: Header, column: Column, notes: Notes, said: str) -> None:
    """Held at the heading cell: the column is left unread, and said so."""
    column.take("ignore")
    column.why = f"cells: not settled; the heading '{short(column.header)}' is {_PLACE}"
    notes.doubt(
        header.sheet.name,
        _heading_row(header, column.index),
        column.index,
        f"column '{short(column.header)}' is headed only by {_PLACE} ({said}), and where it "
        "stands and what it holds do not settle what it is — head it ('RAG', 'Commentary') "
        "or map it with a saved profile",
        kind=f"default control name:{column.index}",
    )


def _described(found: evidence.Evidence) -> str:
    kinds: list[evidence.Kind] = [k for k, _ in found.counts.most_common() if k != "missing"]
    return "; ".join(found.describe(k) for k in kinds[:2])


def _heading_row(header: Header, col: int) -> int:
    """The lowest heading row holding text in the column: the cell that names it."""
    for row in range(header.first_data - 1, header.top - 1, -1):
        line = header.sheet.rows[row]
        if col < len(line) and str(line[col] or "").strip():
            return row
    return header.top
