"""Columns that break a period's figure down by the parts of the council's area.

A council that runs services through area offices prints each measure for the whole
area and again for each part, so members can see where a problem sits:

    Ref | Measure | Quarter 2 (Jul-Sep) ...............  | Quarter 3 (Oct-Dec) ...
                  | North | Central | South | Borough    | North | Central | South | Borough

The parts are not councils, so the file needs no ``--area``: each period's column headed
as the whole (Borough, District, County, Council-wide, All areas, Total, Overall, or the
council's own name from the title) is that period's figure, and the part columns (compass
areas, 'Area 1', 'Locality B', 'Ward 3', 'Hub 2') are set aside, said in ``--explain``.
Parts named otherwise (towns) count only where the whole's figures sit among or add up
to theirs, as a whole's do. Where no column can be told to be the whole, or two can, one
column is read and the heading cell is held for review: the choice is the user's.

The areas may also stand over the periods ('North' over 'Q2 | Q3'), and a table with one
row of headings and the period in its title reads alike. A comparator beside them
(England, statistical neighbours) says the compass names are regions of a benchmark, not
parts of the council: such a table is left to the comparator rules.

Names no vocabulary knows under each period ('Boys | Girls'), none headed as the whole, are
asked about the same way once the many-area rules have not taken them for councils and the
table's headings leave one of their columns unplaced; never read as a series of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import month_years
from desktop.scorecard.layout.area_subcolumns import columns_copy
from desktop.scorecard.layout.header import SCAN_ROWS, classify, spread_merged, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.layout.regions import text_lines
from desktop.scorecard.parse import cells, ratings
from desktop.scorecard.read.grid import CellValue, Sheet

SAMPLE_ROWS = 40  # data rows looked at for the whole's figures against its parts'
AGREEING = 0.8  # share of rows whose whole sits among or near the sum of its parts
SUM_SLACK = 0.1  # a whole may count a little its parts do not (homes no area office holds)
MAX_NAME = 40
# a sheet wider than this is a data download, not a table printed for members
MAX_WIDTH = 250
Doubt = tuple[int, int, str]  # a heading cell (row, column) to hold for review, and why


@dataclass(slots=True)
class _Group:
    """The columns of one period heading that name the whole or parts of the area."""

    heading: str  # the period heading over (or under) them; '' with one row of headings
    heading_cell: tuple[int, int]  # where that heading (or the first area heading) is
    columns: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)  # column -> area heading
    kinds: dict[int, str] = field(default_factory=dict)  # column -> whole / part / other
    own: list[int] = field(default_factory=list)  # columns headed by the council's name


def _council_names(texts: list[str]) -> frozenset[str]:
    """The names a title gives its council ('Rotherham' from 'Rotherham Metropolitan
    Borough Council'), with the one, two or three words before the council's words."""
    names: set[str] = set()
    for text in texts:
        key = vocabulary.normalise(text)
        for found in re.finditer(rf"\b{vocabulary.COUNCIL_TITLE_WORDS}\b", key):
            words = key[: found.start()].split()
            names.update(" ".join(words[-n:]) for n in (1, 2, 3) if len(words) >= n)
    return frozenset(names)


class _TitlesAbove:
    """``_council_names`` of the given titles and the lines of text above each row
    (``text_lines``), added up row by row as they are asked for: the names of several texts
    are those of each text put together."""

    def __init__(self, sheet: Sheet, titles: list[str]) -> None:
        self.rows = sheet.rows
        self.names = _council_names(titles)
        self.above = [self.names]  # the names above row 0, row 1 ...

    def __call__(self, row: int) -> frozenset[str]:
        while len(self.above) <= row:
            line = text_lines(self.rows[len(self.above) - 1 : len(self.above)])
            if line:
                self.names = self.names | _council_names(list(line))
            self.above.append(self.names)
        return self.above[row]


@lru_cache(maxsize=8192)
def _heading(text: str) -> tuple[str | None, bool]:
    """What the vocabulary makes of a heading: its role, and whether it names a period."""
    column = classify(text)
    return column.field, column.period is not None


def _kind(text: str, titles: frozenset[str]) -> str | None:
    """'whole', 'part', 'other' (a name no vocabulary knows), or None: no area heading."""
    key, settled, kind = _kind_of(text)
    if settled or key not in titles:
        return kind
    return "named"  # 'Rotherham' under the title 'Rotherham Metropolitan Borough Council'


@lru_cache(maxsize=8192)
def _kind_of(text: str) -> tuple[str, bool, str | None]:
    """``_kind`` without the titles, once per text (a long table repeats its names): the
    heading's key, whether its kind is settled before the titles are asked, and the kind
    (when settled, or else when the titles do not name it)."""
    key = vocabulary.normalise(text)
    if not key or len(text) > MAX_NAME:
        return key, True, None
    if key in vocabulary.WHOLE_AREA_HEADINGS or vocabulary.WHOLE_HEADING.match(key):
        return key, True, "whole"
    if vocabulary.AREA_PART_HEADING.match(key):
        return key, True, "part"
    if any(ch.isdigit() for ch in key) or ratings.rag_exact(text) is not None:
        return key, False, None  # 'Green | Amber | Red' counts ratings, not places
    if month_years.month_of(text) is not None or key in vocabulary.SCHOOL_TERMS:
        return key, False, None  # 'Apr | May | Jun' or 'Autumn | Spring' under a year are periods
    return key, False, "other" if _heading(text) == (None, False) else None


def _own_name(group: _Group) -> None:
    """The council's own name is the whole beside parts ('North | South | Rotherham'), but
    one of several councils beside other names ('St Helens | Halton | Knowsley')."""
    beside = "other" if "other" in group.kinds.values() else "whole"
    for col, kind in group.kinds.items():
        if kind == "named":
            group.kinds[col] = beside
            group.own.append(col)


def _is_period(text: str) -> bool:
    role, dated = _heading(text)
    return dated or role == "period"


def _benchmark(texts: list[str]) -> bool:
    """A comparator heading (England, neighbours) or a rank beside the area headings."""
    for text in texts:
        key = vocabulary.normalise(text)
        if not key or vocabulary.AREA_PART_HEADING.match(key):
            continue  # 'North East' is a part of the council as much as a region
        if key in vocabulary.WHOLE_AREA_HEADINGS or vocabulary.WHOLE_HEADING.match(key):
            continue  # 'All areas', 'Total'
        words = set(key.split())
        if words & vocabulary.GROUP_WORDS or words & vocabulary.RANK_WORDS:
            return True  # 'LCR average', 'Rank of 16'
        if _heading(text)[0] == "comparator":
            return True
    return False


def _band(sheet: Sheet, row: int, width: int, titles: frozenset[str]) -> list[_Group] | None:
    """The groups of a two-row band: period headings over area headings, or the other way
    up."""
    top, sub = spread_merged(sheet, row, width), spread_merged(sheet, row + 1, width)
    if sum(1 for t in top if t) == 1 and top[0]:
        return None  # a title over the table, not headings over its columns
    for lower in (True, False):
        above = list(top)
        for col in range(1, width):  # a heading typed once over the run to its right
            under = _kind(sub[col], titles) is not None if lower else _is_period(sub[col])
            if not above[col] and above[col - 1] and under:
                above[col] = above[col - 1]
        periods, areas = (above, sub) if lower else (sub, above)
        groups: list[_Group] = []
        for col in range(width):
            kind = _kind(areas[col], titles)
            if kind is None or not periods[col] or periods[col] == areas[col]:
                continue
            if not _is_period(periods[col]):
                continue
            group = next((g for g in groups if g.heading == periods[col]), None)
            if group is None:
                group = _Group(periods[col], (row if lower else row + 1, col))
                groups.append(group)
            group.columns.append(col)
            group.names[col] = areas[col]
            group.kinds[col] = kind
        for group in groups:
            _own_name(group)
        # a whole beside one other heading ('Completed | Total') breaks nothing down
        groups = [g for g in groups if sum(1 for k in g.kinds.values() if k != "whole") >= 2]
        if groups and _alike(groups, single=lower):
            return None if _benchmark(top + sub) else groups
    return None


def _alike(groups: list[_Group], single: bool) -> bool:
    """Each group names different parts, and every group the same ones; one group will do
    only for period headings over the parts."""
    names = [[vocabulary.area_key(n) for n in g.names.values()] for g in groups]
    if any(len(set(n)) != len(n) for n in names):
        return False
    return (single or len(groups) >= 2) and all(set(n) == set(names[0]) for n in names)


def _one_row(sheet: Sheet, row: int, width: int, titles: frozenset[str]) -> _Group | None:
    """A single heading row with a run of area headings, the period in the title."""
    texts = spread_merged(sheet, row, width)
    if sum(1 for t in texts if t) < 3:
        return None
    if not any(_heading(t)[0] in ("name", "code") for t in texts if t):
        return None
    if any(_heading(t)[0] == "actual" for t in texts if t):
        return None  # the figures have a column of their own ('Actual', 'Q3 2024/25')
    group: _Group | None = None
    for col, text in enumerate(texts):
        kind = _kind(text, titles)
        if kind is None:
            if group is not None:
                break
            continue
        if group is None:
            group = _Group("", (row, col))
        group.columns.append(col)
        group.names[col] = text
        group.kinds[col] = kind
    if group is None or len(group.columns) < 2:
        return None
    _own_name(group)
    wholes = [c for c in group.columns if group.kinds[c] == "whole"]
    parts = [c for c in group.columns if group.kinds[c] == "part"]
    if len(wholes) != 1 or not parts or len(parts) + 1 != len(group.columns):
        return None  # one row of headings: only the plain case, every other name a part
    return None if _benchmark(texts) else group


def _number(value: CellValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _adds_up(sheet: Sheet, first: int, whole: int, parts: list[int]) -> bool:
    """The whole's figures sit among its parts' (a rate) or near their sum (a count)."""
    agree = seen = 0
    for row in sheet.rows[first : first + SAMPLE_ROWS]:
        total = _number(row[whole]) if whole < len(row) else None
        shares = [_number(row[c]) for c in parts if c < len(row)]
        figures = [s for s in shares if s is not None]
        if total is None or len(figures) < 2:
            continue
        seen += 1
        among = min(figures) <= total <= max(figures)
        summed = abs(sum(figures) - total) <= SUM_SLACK * abs(total)
        agree += among or summed
    return seen >= 2 and agree >= AGREEING * seen


def _settle(group: _Group, sheet: Sheet, first: int) -> tuple[int, str | None]:
    """The column read as the group's figure, and why it is doubted (None: it is not)."""
    wholes = [c for c in group.columns if group.kinds[c] == "whole"]
    parts = [c for c in group.columns if group.kinds[c] == "part"]
    others = [c for c in group.columns if group.kinds[c] == "other"]
    named = ", ".join(f"'{group.names[c]}'" for c in group.columns)
    if len(wholes) == 1:
        whole = wholes[0]
        rest = [c for c in group.columns if c != whole]
        if not others or _adds_up(sheet, first, whole, rest):
            return whole, None
        beside = ", ".join(f"'{group.names[c]}'" for c in rest)
        return whole, (
            f"'{group.names[whole]}' was read as the whole area's figure beside {beside} — "
            "their figures neither sit around nor add up to it; check the columns are parts "
            "of the council's area, or choose one with --area NAME"
        )
    if len(wholes) > 1:
        return wholes[-1], (
            f"{named}: more than one column is headed as the whole area — "
            f"'{group.names[wholes[-1]]}' was read; choose one with --area NAME"
        )
    if group.own:  # the council's own name among its neighbours'
        pick = group.own[0]
    elif len(others) == 1 and parts:  # one name no vocabulary knows beside 'North', 'South'
        pick = others[0]
    else:  # the last, where a total is printed
        pick = group.columns[-1]
    return pick, (
        f"{named}: no column is headed as the whole area (Borough, Total, All areas) — "
        f"'{group.names[pick]}' was read as its figure; choose one with --area NAME"
    )


def _worded(row: list[CellValue]) -> bool:
    """A row that may hold headings: words, and no more figures than words."""
    words = sum(1 for v in row if isinstance(v, str) and v.strip())
    figures = sum(1 for v in row if isinstance(v, int | float) and not isinstance(v, bool))
    return words >= 2 and figures <= words


def _found(
    sheet: Sheet, titles_of: list[str], names_only: bool
) -> tuple[int, int, list[_Group]] | None:
    """(first heading row, area heading row, groups) of the first band of area columns;
    ``names_only``: instead, a band of names none known as a part or the whole."""
    width = max(map(len, sheet.rows), default=0)
    if width > MAX_WIDTH:
        return None
    start = sheet.first_row
    end = min(len(sheet.rows) - 1, start + SCAN_ROWS)
    worded = [_worded(sheet.rows[r]) for r in range(end + 1)]
    titles = _TitlesAbove(sheet, titles_of)
    for row in range(start, end):
        if not (worded[row] or worded[row + 1]):
            continue
        if sum(1 for v in sheet.rows[row + 1] if not cells.is_blank(v)) < 3:
            continue
        groups = _band(sheet, row, width, titles(row))
        if groups is None:
            continue
        if any(g.kinds[c] == "part" for g in groups for c in g.columns) or any(
            sum(1 for c in g.columns if g.kinds[c] == "whole") == 1 for g in groups
        ):
            return None if names_only else (row, row + 1, groups)
        # names only (councils, pupils' groups, none the whole): asked about, once the
        # many-area rules have not taken them as councils
        return (row, row + 1, groups) if names_only else None
    if names_only:
        return None
    for row in range(start, end):
        if not worded[row]:
            continue
        group = _one_row(sheet, row, width, titles(row))
        if group is not None:
            return row, row, [group]
    return None


class Parts(NamedTuple):
    copy: Rearranged  # the table with one column per period, the parts left out
    doubts: list[Doubt]  # heading cells to hold for review
    area: str | None  # the part --area chose, when it named one


def view(
    sheet: Sheet, titles: list[str], area: str | None, placed: frozenset[int] | None = None
) -> Parts | None:
    """The whole area's column of each period as a one-row-heading table; None when the
    sheet has no area columns. ``titles``: the sheet's and the file's names; ``area``: the
    --area chosen, read instead where it names one of the columns; ``placed``: instead
    read (held for review) a band of names of which no column can be told to be the whole,
    unless the table's headings place every column of it (these columns: 'Discrete |
    Cumulative' under each quarter are the quarter's figure and the figure to date)."""
    found = _found(sheet, titles, names_only=placed is not None)
    if found is None:
        return None
    top, bottom, groups = found
    if placed is not None and all(c in placed for g in groups for c in g.columns):
        return None
    if area is not None and not any("part" in g.kinds.values() for g in groups):
        return None  # --area names a council among councils: the many-area rules read it
    first = bottom + 1
    width = max(map(len, sheet.rows), default=0)
    chosen: dict[int, str] = {}  # column -> its heading in the copy
    set_aside: list[int] = []
    doubts: list[Doubt] = []
    wanted = vocabulary.area_key(area) if area else None
    picked: str | None = None
    for group in groups:
        named = [c for c in group.columns if vocabulary.area_key(group.names[c]) == wanted]
        picked = group.names[named[0]] if named else picked
        column, doubt = (named[0], None) if named else _settle(group, sheet, first)
        chosen[column] = group.heading or "Actual"
        set_aside += [c for c in group.columns if c != column]
        if doubt is not None:
            doubts.append((*group.heading_cell, doubt))
    upper, lower = spread_merged(sheet, top, width), spread_merged(sheet, bottom, width)
    kept = [c for c in range(width) if c not in set_aside]
    heading: list[CellValue] = []
    for col in kept:
        if col in chosen:
            heading.append(chosen[col])
            continue
        below, over = lower[col], upper[col]
        heading.append(below if not over or over == below else f"{over} {below}".strip())
    origin = {a1(top, position): a1(bottom, col) for position, col in enumerate(kept)}
    rows_from: dict[int, tuple[int, int]] = {}
    rows, styles = columns_copy(sheet, kept, top, heading, first, origin, rows_from)
    copy = Sheet(name=sheet.name, rows=rows, styles=styles, first_row=sheet.first_row)
    shift = first - top - 1
    copy.hidden_rows = {r - shift for r in sheet.hidden_rows if r >= first} | {
        r for r in sheet.hidden_rows if r < top
    }
    how = _how(sheet, bottom, groups, chosen)
    return Parts(Rearranged(copy, origin, how, rows_from), doubts, picked)


def _how(sheet: Sheet, row: int, groups: list[_Group], chosen: dict[int, str]) -> str:
    wholes = sorted({text_of(g.names[c]) for g in groups for c in g.columns if c in chosen})
    parts: list[str] = []
    for group in groups:
        for col in group.columns:
            if col not in chosen and group.names[col] not in parts:
                parts.append(group.names[col])
    cells_of = ", ".join(a1(row, c) for g in groups for c in g.columns if c in chosen)
    return (
        f"the {' / '.join(repr(w) for w in wholes)} column of each period ({cells_of}) as "
        f"the whole area's figure; {', '.join(repr(p) for p in parts)} set aside on "
        f"'{sheet.name}' — parts of the area, which are not kept"
    )
