"""A count and a rate side by side for each indicator: 'No.' | 'Rate per 10,000' columns.

Crime, health and social care tables give two measures of each indicator in each period: a
count and a rate ('No.' | 'Rate', 'Number' | '%', 'Count' | 'per 1,000'), under a period
heading merged over both ('2023/24' over 'No.' | 'Rate'), or once, with the period in the
title ('Indicator | No. | Rate | Target | RAG').

A target, rating, direction or comparator column beside the two measures belongs to one of
them: to the one its heading names ('Rate target'), else to the one whose figures its
numbers are the size of, on every row that tells them apart (a target of 12.0 beside 1,200
incidents and a rate of 12.1). A rating goes with the target's measure. A column headed
with a period no pair stands under ('Target 2024/25' beside the year's quarters, 'Annual
target') is weighed with the latest pair. When nothing tells which measure such a column
belongs to, the file is held for review at its heading, and the column is left out of both
measures.

Where nothing beside the pair is the count's, the count is the rate's numerator: the rate is
the figure (``rate_numerators``). Where a target, rating or comparator is the count's, the
sheet treats it as a measure in its own right, and each measure is an indicator of its own,
named as a name written over a 'Number' row and a 'Rate' row is ('Anti-social behaviour
(No.)', 'Anti-social behaviour (Rate)'): the table is read from a copy with one row per
measure, every figure keeping the reference of its own cell.

A count sub-heading ('No.') heads reference numbers in many tables; it is read as a count
only beside a rate sub-heading under the same period, right of the names, over figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import rate_numerators
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import (
    Column,
    Header,
    classify,
    names_a_measure,
    text_of,
)
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged, carry
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

SCAN = 60  # data rows looked at to weigh a column's figures
MEASURES = ("count", "rate")
# said of one measure's figure in a period, not of the indicator
_OF_A_MEASURE: frozenset[Role | None] = frozenset({"target", "rag", "direction", "comparator"})
# carried to both measures' rows: what describes the indicator
_OF_THE_INDICATOR: frozenset[Role | None] = frozenset(
    {"code", "name", "portfolio", "service", "polarity", "description", "owner", "area",
     "commentary", "exempt"}
)  # fmt: skip
_TIMES_APART = math.log10(3)  # a target this many times nearer one measure's figure is its


@dataclass(slots=True)
class _Group:
    """The columns under one period (or under none): each measure's, and the others."""

    label: str  # the period's heading in the copy ('' for none)
    measures: dict[str, Column] = field(default_factory=dict)
    written: dict[str, str] = field(default_factory=dict)  # each measure's sub-heading
    others: list[Column] = field(default_factory=list)  # target, RAG … of one measure
    roles: dict[int, Role] = field(default_factory=dict)  # each other column's role
    # others from beyond the pairs, each with the period its own heading names ('' for none):
    # 'Annual target', 'Target 2024/25' beside pairs of that year's quarters
    own: dict[int, str] = field(default_factory=dict)


def _sub_heading(header: Header, column: Column) -> str:
    """The heading under the period as written ('No.' under '2023/24'), or the heading."""
    if header.first_data - 1 > header.top:
        below = text_of(_at(header.sheet.rows[header.first_data - 1], column.index))
        if below:
            return below
    text = column.header
    dated = cells.period_header(text)
    if dated is None or not dated[1]:
        return text
    rest = dated[1]
    start = text.lower().find(rest.lower())
    return text[start : start + len(rest)] if start >= 0 else rest


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def _period_label(column: Column) -> str:
    if column.period is not None:
        return column.period.label
    dated = cells.period_header(column.header)
    return dated[0].label if dated is not None else ""


def _figures(header: Header, column: Column) -> bool:
    """Most filled cells of the column are figures."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    filled = [v for r in rows if not cells.is_blank(v := _at(r, column.index))]
    numbers = sum(1 for v in filled if cells.number(v).value is not None)
    missing = sum(1 for v in filled if vocabulary.normalise(v) in cells.MISSING_MARKERS)
    return numbers >= 1 and (numbers + missing) * 3 >= len(filled) * 2


def _empty(header: Header, column: Column) -> bool:
    """No cell of the column holds anything."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    return all(cells.is_blank(_at(r, column.index)) for r in rows)


def _groups(header: Header, name: Column) -> list[_Group] | None:
    """The period groups holding a count and a rate side by side, or None."""
    groups: dict[str, _Group] = {}
    # 'Count' beside 'Rate' is a measure of its own; beside a denominator, the rate's numerator
    counts_as: set[Role | None] = {None, "code", "actual", "ignore"}
    if header.one("denominator") is None:
        counts_as.add("numerator")
    two_rows = header.first_data - 1 > header.top
    carried = ""
    for column in header.columns:
        if column.index <= name.index:
            continue
        sub = _sub_heading(header, column)
        measure = names_a_measure(sub)
        if column.field in _OF_THE_INDICATOR and not (measure and column.field == "code"):
            continue
        label = _period_label(column)
        top = text_of(_at(header.sheet.rows[header.top], column.index)) if two_rows else "x"
        if not label and not top and carried:
            label = carried  # '2023/24' typed over the first of its sub-columns only
        carried = label
        group = groups.setdefault(label, _Group(label))
        role = _role_beside_measure(sub) if measure is None else None
        if measure is not None and column.field in counts_as:
            if measure in group.measures:
                return None  # two counts under one period: not this shape
            group.measures[measure] = column
            group.written[measure] = sub
        elif role is not None or column.field in _OF_A_MEASURE:
            group.others.append(column)
            group.roles[column.index] = role or column.field or "target"
        elif column.field == "actual":
            return None  # a figure of neither measure: not this shape
    paired = [g for g in groups.values() if len(g.measures) == 2]
    if not paired or any(len(g.measures) == 1 for g in groups.values()):
        return None
    for group in paired:
        count, rate = group.measures["count"], group.measures["rate"]
        between = range(min(count.index, rate.index) + 1, max(count.index, rate.index))
        if any(i not in group.roles for i in between):
            return None  # side by side (their targets between them), or not this shape
        if not (_figures(header, count) and (_figures(header, rate) or _empty(header, rate))):
            return None  # (a period whose rates are not worked out yet is still a pair)
    for other in groups.values():
        if other in paired:
            continue
        # columns under no pair's period beside dated pairs ('Annual target', 'RAG', 'Target
        # 2024/25' beside its quarters): the latest pair's, weighed the same way
        paired[-1].others.extend(other.others)
        paired[-1].roles.update(other.roles)
        paired[-1].own.update(dict.fromkeys(other.roles, other.label))
    return paired


def _role_beside_measure(text: str) -> Role | None:
    """What a heading naming a measure and a role says the column holds: 'Rate target' and
    'Target (No.)' a target, 'No. RAG' a rating; None for a heading naming no measure."""
    words = vocabulary.normalise(text).split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            if names_a_measure(" ".join(words[start : start + size])) is None:
                continue
            rest = " ".join(words[:start] + words[start + size :])
            role = classify(rest).field if rest else None
            return role if role in _OF_A_MEASURE else None
    return None


def _named_measure(header: Header, column: Column) -> str | None:
    """The measure a target's or rating's heading names ('Rate target', 'Target (No.)')."""
    words = vocabulary.normalise(_sub_heading(header, column)).split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            measure = names_a_measure(" ".join(words[start : start + size]))
            if measure is not None:
                return measure
    return None


def _by_size(header: Header, column: Column, group: _Group) -> str | None:
    """The measure whose figures the column's numbers are the size of, on every row that
    tells the two apart; None when no row does or the rows disagree."""
    votes = {m: 0 for m in MEASURES}
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        given = cells.number(_at(row, column.index)).value
        if not given:
            continue
        apart: dict[str, float] = {}
        for measure, source in group.measures.items():
            figure = cells.number(_at(row, source.index)).value
            if figure:
                apart[measure] = abs(math.log10(abs(given) / abs(figure)))
        if len(apart) < 2:
            continue
        if apart["count"] - apart["rate"] >= _TIMES_APART:
            votes["rate"] += 1
        elif apart["rate"] - apart["count"] >= _TIMES_APART:
            votes["count"] += 1
    won = [m for m in MEASURES if votes[m]]
    return won[0] if len(won) == 1 else None


def _owners(header: Header, groups: list[_Group], notes: Notes) -> dict[int, str]:
    """column -> the measure it belongs to; a column no evidence places is doubted."""
    owners: dict[int, str] = {}
    for group in groups:
        role = group.roles
        targets = [c for c in group.others if role[c.index] in ("target", "comparator")]
        for column in targets:
            found = _named_measure(header, column) or _by_size(header, column, group)
            if found is not None:
                owners[column.index] = found
        placed = {
            owners[c.index] for c in targets if role[c.index] == "target" and c.index in owners
        }
        for column in group.others:
            if column.index in owners:
                continue
            found = _named_measure(header, column)
            if found is None and role[column.index] in ("rag", "direction") and len(placed) == 1:
                found = next(iter(placed))  # a rating goes with the target's measure
            if found is not None:
                owners[column.index] = found
                continue
            count, rate = group.written["count"], group.written["rate"]
            notes.doubt(
                header.sheet.name,
                header.top,
                column.index,
                f"column '{short(column.header)}' may be for '{short(count, 20)}' or for "
                f"'{short(rate, 20)}' — name the measure in its heading ('{rate} target'), "
                "or import with --accept to leave it out",
                kind=f"measure of column unsure:{column.index}",
            )
    return owners


def _copy_heading(header: Header, column: Column, group: _Group) -> str:
    """A target's, rating's or comparator's heading in the copy: its role (a comparator its
    own words), under the period it stood under or its heading names ('2023/24 target')."""
    role = group.roles[column.index]
    said = _sub_heading(header, column) if role == "comparator" else role
    label = group.own.get(column.index, group.label)
    if label and cells.period_header(said) is None:
        return f"{label} {said}"
    return said


def view(header: Header, lines: list[str], notes: Notes) -> Rearranged | None:
    """The table as one row per indicator (the count the rate's numerator) or per indicator
    and measure (the count given something of its own), when it gives a count and a rate
    side by side; else None (read as it is)."""
    name = header.one("name")
    if name is None:
        return None
    groups = _groups(header, name)
    if groups is None:
        return None
    owners = _owners(header, groups, notes)
    in_groups = {c.index for g in groups for c in (*g.measures.values(), *g.others)}
    kept = [
        c
        for c in header.columns
        if c.index not in in_groups and c.field in _OF_THE_INDICATOR and c.field != "commentary"
    ]
    notes_cols = [c for c in header.columns if c.field == "commentary" and c.index not in in_groups]
    labels = {m: groups[0].written[m] for m in MEASURES}
    placed_all = all(c.index in owners for g in groups for c in g.others)
    if placed_all and "count" not in owners.values():
        # nothing on the row is said of the count: it is the rate's numerator
        pairs = [
            rate_numerators.Pair(
                g.label,
                g.measures["count"],
                g.measures["rate"],
                [(_copy_heading(header, c, g), c) for c in g.others],
            )
            for g in groups
        ]
        written = (labels["count"], labels["rate"])
        return rate_numerators.view(header, lines, kept, notes_cols, pairs, written, notes)
    # the copy: the indicator's columns, then per period its figure and what belongs to it
    heading: list[CellValue] = [*(c.header for c in kept), "Unit"]
    placed: list[tuple[str, Column]] = []  # (measure or '' for both, source column)
    for group in groups:
        heading.append(group.label or "Value")
        placed.append(("figure", group.measures["count"]))
        for column in group.others:
            if column.index in owners:
                heading.append(_copy_heading(header, column, group))
                placed.append((owners[column.index], column))
    heading.extend(c.header for c in notes_cols)
    placed.extend(("", c) for c in notes_cols)
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    sheet = header.sheet
    figures = {g.measures[m].index for g in groups for m in MEASURES}
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        if all(cells.is_blank(_at(row, i)) for i in figures):
            rows.append([_at(row, c.index) for c in kept])  # sections, notes: as they are
            continue
        for measure in MEASURES:
            out = len(rows)
            line: list[CellValue] = []
            sources: list[int] = []
            for column in kept:
                value = _at(row, column.index)
                if column.field in ("name", "code") and not cells.is_blank(value):
                    value = f"{text_of(value)} ({labels[measure]})"
                line.append(value)
                sources.append(column.index)
            line.append(labels[measure])  # each measure's unit, as its sub-heading says
            sources.append(-1)
            figure_at = 0
            for owner, column in placed:
                source = column.index
                if owner == "figure":
                    source = groups[figure_at].measures[measure].index
                    figure_at += 1
                elif owner and owner != measure:
                    source = -1
                line.append(_at(row, source))
                sources.append(source)
            carry(sheet, index, out, sources, origin, styles)
            rows.append(line)
    how = f"a count and a rate for each indicator, from {a1(header.top, name.index)}"
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin, how)
