"""Rows shaded in bands: every other row of a table filled one colour from its label
across, as banded table styles and many councils' house styles shade them. Such a fill
is the table's styling, not a rating, whatever its colour (a pale green band is not
'green')."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

MIN_BANDS = 2  # fewer shaded rows than this do not make a pattern
MIN_PLAIN = 2  # nor fewer unshaded rows beside them
ACROSS = 0.5  # a band fills at least this share of its row's cells (and the label)


def band_colours(sheet: Sheet) -> frozenset[str]:
    """The fills that shade ``sheet``'s rows in bands: each on rows two apart (never on two
    rows running), on the row's first cell and most of the rest, the rows beside them
    holding cells but unshaded by any rating colour."""
    by_colour: dict[str, dict[int, set[int]]] = {}
    for (r, c), style in sheet.styles.items():
        if style.fill and cells.rag_fill(style.fill) is not None:
            by_colour.setdefault(style.fill, {}).setdefault(r, set()).add(c)
    found = set()
    for colour, rows in by_colour.items():
        if len(rows) < MIN_BANDS:
            continue
        ordered = sorted(rows)
        # counted in rows holding cells: a blank row between sections is not a row of the band
        place = {
            r: i for i, r in enumerate(r for r in range(len(sheet.rows)) if _filled(sheet.rows[r]))
        }
        if any(r not in place for r in ordered):
            continue
        gaps = [place[b] - place[a] for a, b in pairwise(ordered)]
        if 1 in gaps or sum(1 for g in gaps if g == 2) * 5 < len(gaps) * 4:
            continue
        if not all(_across(_row(sheet, r), cols) for r, cols in rows.items()):
            continue
        content = sorted(place, key=place.__getitem__)
        beside = {n for r in ordered for n in (place[r] - 1, place[r] + 1)}
        plain = [content[n] for n in beside if 0 <= n < len(content) and content[n] not in rows]
        if len(plain) < MIN_PLAIN or any(_label_rated(sheet, r) for r in plain):
            continue  # rows shaded by their status, a rating between every other
        found.add(colour)
    return frozenset(found)


def _row(sheet: Sheet, index: int) -> list[CellValue]:
    return sheet.rows[index] if index < len(sheet.rows) else []


def _filled(row: list[CellValue]) -> list[int]:
    return [
        c for c, v in enumerate(row) if v is not None and not (isinstance(v, str) and not v.strip())
    ]


def _across(row: list[CellValue], cols: set[int]) -> bool:
    filled = _filled(row)
    if not filled or filled[0] not in cols:
        return False
    return sum(1 for c in filled if c in cols) >= ACROSS * len(filled)


def _label_rated(sheet: Sheet, index: int) -> bool:
    filled = _filled(_row(sheet, index))
    if not filled:
        return False
    style = sheet.styles.get((index, filled[0]))
    return style is not None and cells.rag_fill(style.fill) is not None


def unshade(sheet: Sheet) -> None:
    """Take the band fills off ``sheet``'s cells, so no reading of the sheet takes a band
    for a rating (tables reshaped from it copy the cells' styles)."""
    colours = band_colours(sheet) if sheet.styles else frozenset()
    if colours:
        sheet.styles = {
            at: replace(style, fill=None) if style.fill in colours else style
            for at, style in sheet.styles.items()
        }
