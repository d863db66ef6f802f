"""A period's own figure beside its figure to date, both dated by the title ('In quarter
actual' | 'Year to date actual' under 'Quarter 3 2024/25'): targets and ratings marked for one
of them ('In quarter target', 'Year to date target') go with that figure.

An unmarked rating ('RAG') beside targets marked for one figure goes with that figure; beside
targets marked for both, with the one a note on the sheet says it compares ('RAG compares the
year to date actual with the year to date target'), and where nothing says which it is held
for review, not guessed. Beside one unmarked target it goes with the figure such a note
names, and with the row's latest figure where none does. A rating of the figure to date, on
a row with no figure to date (a quarter-end snapshot), rates the row's own figure
(``Column.to_date``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import relative
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import PlacedColumn
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet

Side = Literal["own", "to_date"]


class _Column(PlacedColumn, Protocol):
    code: str | None
    to_date: bool


class _Table(Protocol):
    @property
    def sheet(self) -> Sheet: ...
    @property
    def top(self) -> int: ...
    @property
    def first_data(self) -> int: ...
    @property
    def columns(self) -> Sequence[_Column]: ...


def mark(heading: str) -> Side | None:
    """Which figure a target's or rating's heading names: 'to_date' ('YTD target',
    'Cumulative RAG'), 'own' ('In quarter target', 'Monthly target') or None."""
    if vocabulary.LONG_TO_DATE_MARK.search(heading):
        return "to_date"
    if vocabulary.LONG_IN_PERIOD_MARK.search(heading):
        return "own"
    return None


def _figure_side(column: _Column) -> Side | None:
    key = vocabulary.normalise(column.header)
    if key in vocabulary.YEAR_TO_DATE or key in vocabulary.TO_DATE_SUBHEADINGS:
        return "to_date"
    said = relative.meaning(column.header)
    if (
        key in vocabulary.IN_PERIOD_SUBHEADINGS
        or key in vocabulary.OWN_PERIOD_HEADINGS  # 'Month' | 'YTD'
        or (said is not None and said[1] == 0)
    ):
        return "own"
    return None


def figures(columns: Sequence[_Column]) -> dict[Side, _Column] | None:
    """The dated figure for the period alone and the one to date, one of each, the second
    running from April to the end of the first; None where the table has no such pair."""
    found: dict[Side, list[_Column]] = {"own": [], "to_date": []}
    for column in columns:
        if column.field != "actual" or column.period is None or column.code:
            continue
        side = _figure_side(column)
        if side is not None:
            found[side].append(column)
    if len(found["own"]) != 1 or len(found["to_date"]) != 1:
        return None
    own, to_date = found["own"][0].period, found["to_date"][0].period
    assert own is not None and to_date is not None
    if own == to_date or to_date.end != own.end or to_date.start >= own.start:
        return None
    return {"own": found["own"][0], "to_date": found["to_date"][0]}


def pair_targets(columns: Sequence[_Column]) -> None:
    """Give each target marked for one of the two figures that figure's period; then a
    whole year's target ('Annual target') beside targets for both is no figure's target."""
    pair = figures(columns)
    if pair is None:
        return
    paired: set[Side] = set()
    for column in columns:
        if column.field != "target" or column.period is not None:
            continue
        side = mark(column.header)
        if side is None:
            continue
        figure = pair[side]
        column.period = figure.period
        column.to_date = side == "to_date"  # not also the target of the period's own figure
        column.why = f"its heading: the target of the figure under '{figure.header}'"
        paired.add(side)
    if paired != {"own", "to_date"}:
        return
    for column in columns:
        if column.field == "target" and column.period is None and _whole_year(column.header):
            column.field = "ignore"
            column.why = (
                "its heading: the whole year's target, beside a target of each figure's own"
            )


def _whole_year(heading: str) -> bool:
    key = f" {vocabulary.normalise(heading)} "
    return any(f" {w} " in key for w in vocabulary.WHOLE_YEAR_TARGET_WORDS)


def pair_ratings(table: _Table, notes: Notes) -> None:
    """Give a rating the period of the figure it rates: the one its heading marks, else the
    one the marked targets go with, else the one a note says; else hold it for review."""
    columns = table.columns
    pair = figures(columns)
    if pair is None:
        return
    marked: set[Side] = set()
    for column in columns:
        side = mark(column.header) if column.field == "target" else None
        if side is not None and column.period == pair[side].period:
            marked.add(side)
    for column in columns:
        if column.field != "rag" or column.period is not None:
            continue
        side = mark(column.header)
        if side is None and len(marked) == 1:
            side = next(iter(marked))
        if side is None:  # one target for both, or one marked for each: a note may say
            side = noted(table)
        if side is None and marked:
            column.field = "ignore"
            notes.doubt(
                table.sheet.name,
                table.top,
                column.index,
                f"'{column.header}' may rate the figure under '{pair['own'].header}' or "
                f"the one to date under '{pair['to_date'].header}' — nothing says which; "
                f"name it in the heading (e.g. 'YTD {column.header}'), or map the column",
                kind="rating of which figure",
            )
            continue
        if side is None:
            continue
        figure = pair[side]
        column.period = figure.period
        column.to_date = side == "to_date"
        column.why = f"the figure it rates, under '{figure.header}'"


_NOTE_LEN = 400
_CLAUSES = re.compile(r"[.;]\s")


def noted(table: _Table) -> Side | None:
    """The figure a note above or under the table says the rating compares ('RAG compares
    the year to date actual with the year to date target'), if one note says so."""
    said: set[Side] = set()
    for text in _note_texts(table):
        for clause in _CLAUSES.split(" ".join(text.split())):
            found = vocabulary.RATING_COMPARES.search(clause)
            if found is None:
                continue
            rest = clause[found.end() :]
            to_date = vocabulary.LONG_TO_DATE_MARK.search(rest)
            own = vocabulary.LONG_IN_PERIOD_MARK.search(rest)
            if to_date and (own is None or to_date.start() < own.start()):
                said.add("to_date")
            elif own is not None:
                said.add("own")
    return said.pop() if len(said) == 1 else None


def _note_texts(table: _Table) -> list[str]:
    """The title lines over the table, and the one text cell of each row under its heading."""
    rows = table.sheet.rows
    texts = [v for row in rows[: table.top] for v in row if isinstance(v, str)]
    for row in rows[table.first_data :]:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) == 1 and isinstance(filled[0], str):
            texts.append(filled[0])
    return [t for t in texts if len(t) <= _NOTE_LEN]
