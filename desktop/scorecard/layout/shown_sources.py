"""A data sheet whose every figure the scorecard shows, cell by cell, through its formulas.

Services often type their figures on a plain 'Data' tab under the headings they work with
('Q1', 'Q2', 'Target', 'RAG', no year anywhere), and the scorecard that goes to committee
shows each through a formula reading that one cell: '=Data!E7', or
'=IF(Data!E7="","",Data!E7)' so that an empty data cell shows blank rather than 0. Read on
its own, the data sheet's 'Q1' names no period and the file would be held for it. But the
scorecard's own headings ('Q1 2024/25') place each of those figures: where every figure,
target and rating on the data sheet is shown by a formula reading that cell alone, with
the same saved value, in a column of a table the scorecard is read from that reads it as
the same thing (a figure under an unread heading in a column of figures, a rating in a
rating column), nothing on the data sheet is lost by not reading it, and it is set aside
with a warning.

A data sheet holding anything the scorecard does not show so (a row it does not draw, a
quarter shown only through a lookup over a range, a figure shown changed) is held for
review as before: its unread headings may be all that stands between a figure and the
store.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout import own_area, unread_figures
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.formula_refs import one_cell_read
from desktop.scorecard.read.grid import CellValue, Workbook

# what a column of figures holds (an unread heading over figures must be shown as one)
_FIGURES: frozenset[Role | None] = frozenset(
    {"actual", "target", "numerator", "denominator", "comparator"}
)
# what a data sheet's column holds that the scorecard must show, as the same, for it to go
# unread
_SHOWN: frozenset[Role | None] = _FIGURES | {"rag"}


@dataclass(frozen=True, slots=True)
class _Showing:
    """A scorecard cell showing one cell of the data sheet through its formula."""

    sheet: str
    cell: tuple[int, int]
    role: Role | None  # what the scorecard's column is read as
    value: CellValue  # what the formula was saved with


def settle(
    workbook: Workbook, found: list[Header], notes: Notes, mapping: dict[str, str] | None
) -> list[str]:
    """Lift the doubt on each sheet held for figures under unread headings whose every figure
    a table read from another sheet shows through its formulas; a line for --explain on each."""
    lines: list[str] = []
    for sheet in workbook.sheets:
        if not notes.held(sheet.name, unread_figures.KIND):
            continue
        drawers = [
            h for h in found if h.sheet.name != sheet.name and sheet.name in _draws_on(workbook, h)
        ]
        header = layout_header.find(sheet, mapping) if drawers else None
        if header is None:
            continue
        wanted = sorted(_figure_cells(header), key=lambda w: (w[1] is not None, w[0]))
        shown = _shown(drawers, sheet.name)
        showing = [
            _showing(sheet.rows[r][c], role, shown.get((r, c), [])) for (r, c), role in wanted
        ]
        places = [p for p in showing if p is not None]
        if not wanted or len(places) < len(wanted):
            continue
        notes.lift(sheet.name, unread_figures.KIND)
        first, (r, c) = places[0], wanted[0][0]  # a figure under an unread heading, if any
        names = "', '".join(dict.fromkeys(p.sheet for p in places))
        said = (
            f"not read as a table of its own — '{names}' shows each of its figures through "
            f"formulas reading them cell by cell ({first.sheet}!{a1(*first.cell)} reads "
            f"{sheet.name}!{a1(r, c)}), under headings of its own"
        )
        notes.warn(f"{sheet.name}: {said}", kind="shown source")
        lines.append(f"sheet '{sheet.name}': {said}")
    return lines


def _draws_on(workbook: Workbook, header: Header) -> frozenset[str]:
    """The other sheets the formulas of the header's sheet read (a copy of a sheet made to
    read a table carries its formulas, but the workbook's sheet says what it draws on)."""
    for sheet in workbook.sheets:
        if sheet.name == header.sheet.name:
            return sheet.draws_on
    return header.sheet.draws_on


def _figure_cells(header: Header) -> Iterable[tuple[tuple[int, int], Role | None]]:
    """The data sheet's cells holding something, below the heading row, under a heading
    read as figures, targets or ratings (with that role) or under an unread heading over
    figures (None)."""
    sheet = header.sheet
    columns: dict[int, Role | None] = {
        c.index: c.field for c in header.columns if c.field in _SHOWN
    }
    for column in header.unplaced:
        if own_area.holds_figures(header, column.index):
            columns[column.index] = None
    for r in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[r]
        for c, role in columns.items():
            if c < len(row) and not cells.is_blank(row[c]):
                yield (r, c), role


def _shown(drawers: list[Header], source: str) -> dict[tuple[int, int], list[_Showing]]:
    """Each cell of ``source`` that a formula, in a column a drawing table reads, shows alone
    -> the cells showing it."""
    out: dict[tuple[int, int], list[_Showing]] = {}
    named = source.lower()
    for header in drawers:
        sheet = header.sheet
        roles = {c.index: c.field for c in header.columns if c.field not in (None, "ignore")}
        for (r, c), text in sheet.formulas.items():
            if r < header.first_data or c not in roles or named not in text.lower():
                continue
            cell = one_cell_read(text, source)
            if cell is None:
                continue
            row = sheet.rows[r] if r < len(sheet.rows) else []
            value = row[c] if c < len(row) else None
            out.setdefault(cell, []).append(_Showing(sheet.name, (r, c), roles[c], value))
    return out


def _showing(value: CellValue, role: Role | None, places: list[_Showing]) -> _Showing | None:
    """The first scorecard cell showing the data sheet's ``value`` as what it is: saved with
    the same value, in a column read as the same role (a figure under an unread heading: in
    a column of figures)."""
    for place in places:
        if (place.role == role if role is not None else place.role in _FIGURES) and _equal(
            value, place.value
        ):
            return place
    return None


def _equal(first: CellValue, second: CellValue) -> bool:
    if isinstance(first, bool) or isinstance(second, bool):
        return first == second
    if isinstance(first, int | float) and isinstance(second, int | float):
        return math.isclose(first, second, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(first, str) and isinstance(second, str):
        return first.strip() == second.strip()
    if isinstance(first, dt.date | dt.datetime | dt.time):
        return first == second
    return False
