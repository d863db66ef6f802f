"""Benchmark blocks with one column per area: a period per row, the council beside its peers.

LG Inform and similar downloads print one block per metric: its title (and "Unit: %"),
then a Period column and one column per area (the council, its neighbours, the region,
England). With ``--area`` naming one of those columns, the block is one indicator of that
area, named by the block's title; England, the region and a named group become its
comparators and the other councils are left out. Without ``--area`` such a file is refused:
which council's figures to import is the user's choice, not a guess.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

_LABELLED = re.compile(r"^\s*(?P<label>[A-Za-z][\w ]{0,30}?)\s*:\s*(?P<value>.+)$")
MIN_AREAS = 3  # the council and at least two others


def is_area_table(header: Header) -> bool:
    """A period column and value columns headed by area names, England or a region among them."""
    measures = header.of("measure")
    if header.one("period") is None or not measures:
        return False
    headings = [text_of(v) for v in header.sheet.rows[header.top]]
    named = [h for h in headings if h]
    areas = [h for h in named if vocabulary.area_comparator(h) is not None]
    return bool(areas) and len(named) - 1 >= MIN_AREAS


def series(header: Header, area: str | None, lines: list[str], file_name: str) -> Rearranged:
    """The block as one indicator of ``area``; refused when no area is named or found."""
    measures = header.of("measure")
    councils = [c.header for c in measures if vocabulary.area_comparator(c.header) is None]
    if area is None:
        raise ScorecardError(
            f"{file_name} holds figures for {len(councils)} areas in its columns "
            f"({', '.join(councils[:4])}{', …' if len(councils) > 4 else ''}) — "
            "choose one with --area NAME"
        )
    wanted = vocabulary.area_key(area)
    own = next((c for c in measures if vocabulary.area_key(c.header) == wanted), None)
    if own is None:
        raise ScorecardError(
            f"area '{area}' is not a column of {file_name} — it holds "
            f"{', '.join(councils[:4])}; check the spelling with --area NAME"
        )
    name, unit = _name_and_unit(lines, header.sheet.name)
    compared = [
        (c, vocabulary.area_comparator(c.header) or "")
        for c in measures
        if c is not own and vocabulary.area_comparator(c.header) is not None
    ]
    period = header.one("period")
    assert period is not None
    heading: list[CellValue] = ["Indicator", "Unit", "Period", "Actual"]
    heading += [label for _, label in compared]  # "England", "Regional": comparator headings
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    sheet = header.sheet
    sources = [period, own, *(c for c, _ in compared)]
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        values = [row[c.index] if c.index < len(row) else None for c in sources]
        if cells.is_blank(values[0]) or all(cells.is_blank(v) for v in values[1:]):
            continue  # a blank row, or a note under the block ("Source: LG Inform")
        out = len(rows)
        rows.append([name, unit, *values])
        for offset, column in enumerate(sources, start=2):
            origin[a1(out, offset)] = a1(index, column.index)
            style = sheet.styles.get((index, column.index))
            if style is not None:
                styles[(out, offset)] = style
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin)


def _name_and_unit(lines: list[str], fallback: str) -> tuple[str, str | None]:
    """The block's title (nearest line above that is no 'Label: value') and its unit."""
    unit: str | None = None
    name: str | None = None
    for line in reversed(lines):
        labelled = _LABELLED.match(line)
        if labelled is not None and vocabulary.normalise(labelled["label"]) in ("unit", "units"):
            unit = cells.canonical_unit(labelled["value"]) or labelled["value"].strip()
            continue
        if labelled is not None or name is not None:
            continue
        name = vocabulary.ID_ASIDE.sub("", text_of(line)).strip() or None
    return name or fallback, unit
