"""Ratings shown by shading that is no rating's colour, read through a key of swatches.

A committee appendix photocopied in black and white cannot show red, amber and green, so
its rating cells hold no word and no colour: each is shaded with a pattern that survives a
mono printer (Excel's 'darkTrellis' cross-hatching for red, 'lightGray' dots for amber) or a
plain grey, and a key above or below the table shows a swatch of each shading beside what it
means ('Red – off target', 'Green – on target'). Each swatch is learned as the key learns a
symbol: a blank cell shaded on its own (neither cell beside it in its row shaded alike), the
next cell on its right (or the one after) saying what it means. A row of such entries holds
nothing but them (a 'Key' label apart), so a table's row — a blank rating cell beside its
comment — is never read as a key; and a key gives two meanings at least, on one sheet.

A rating cell shaded so is rated as the key says. A shading the key does not show, in a file
whose key relies on such shadings, is held for review naming the cell. A shading of a
rating's own hue is read by its hue as before, and without a key a pattern or a grey is no
rating. A column headed as ratings whose every cell beside a figure is blank but shaded in
ways no key explains is never read as unrated without a word: two or more kinds of shading
hold the reading for review naming its heading cell, one kind is warned of.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.scorecard.layout import keys
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells
from desktop.scorecard.read.cellrefs import column_letters
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook

# a shading ('D9D9D9', or a pattern 'darkTrellis:000000:FFFFFF') -> what the key says it means
Swatches = dict[str, keys.Meaning]

LONGEST = 100  # a swatch's meaning is a phrase or a short sentence
REACH = 2  # the meaning is in the next cell on the swatch's right, or the one after
_MIN_ENTRIES = 2
_WHITE = "FFFFFF"
_KIND_CELL = "shading not in the key"
_KIND_COLUMN = "rating shading not keyed"


def shading(style: CellStyle | None) -> str | None:
    """What a cell is shaded with: its solid fill ('D9D9D9'), else its pattern
    ('darkTrellis:000000:FFFFFF'); None for neither (a white fill is no shading)."""
    if style is None:
        return None
    fill = style.fill if style.fill and style.fill.upper() != _WHITE else None
    return fill or style.pattern


def describe(shade: str) -> str:
    """A shading as a message names it: 'a darkTrellis pattern', '#D9D9D9'."""
    if ":" in shade:
        return f"a {shade.split(':', 1)[0]} pattern"
    return f"#{shade}"


def has_hue(shade: str | None) -> bool:
    """A shading that is a colour of a rating (read by its hue, key or not)."""
    return shade is not None and ":" not in shade and cells.rag_fill(shade) is not None


def meaning(swatches: Swatches, shade: str | None) -> keys.Meaning | None:
    """What the key says a shading means; None where it does not say, or where the shading
    is a rating's colour (read by its hue)."""
    if not swatches or shade is None or has_hue(shade):
        return None
    return swatches.get(shade)


def relies(swatches: Swatches) -> bool:
    """The key rates by shadings that are no rating's colour (a pattern, a grey)."""
    return any(not has_hue(s) and m not in ("none", "unclear") for s, m in swatches.items())


def own_shading(sheet: Sheet, row: int, col: int) -> str | None:
    """The cell's shading where it is its own: not the band or section shading most of the
    rest of its row carries (styling, no rating)."""
    shade = shading(sheet.styles.get((row, col)))
    if shade is None:
        return None
    values = sheet.rows[row] if row < len(sheet.rows) else []
    others = [shading(sheet.styles.get((row, c))) for c in range(len(values)) if c != col]
    if others and sum(1 for s in others if s == shade) * 2 >= len(others):
        return None
    return shade


def read_swatches(workbook: Workbook) -> Swatches:
    """Every key of swatches printed in the workbook: each shading with its meaning (a
    shading given two meanings is unclear)."""
    found: Swatches = {}
    for sheet in workbook.sheets:
        entries = list(_entries(sheet))
        if len(entries) < _MIN_ENTRIES or len({m for _, m in entries}) < 2:
            continue
        for shade, said in entries:
            known = found.setdefault(shade, said)
            if known != said:
                found[shade] = "unclear"
    return found


def _entries(sheet: Sheet) -> Iterable[tuple[str, keys.Meaning]]:
    """(shading, meaning) of each swatch on the sheet that stands in a row of key entries."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    rows = sheet.rows
    for (r, c), style in sheet.styles.items():
        shade = shading(style)
        if shade is None or r >= len(rows) or not _blank(rows[r], c):
            continue
        if len(rows) > keys.FULL_SCAN_ROWS and keys.EDGE_ROWS <= r < len(rows) - keys.EDGE_ROWS:
            continue  # a long sheet's key is at its top or bottom
        if any(shading(sheet.styles.get((r, n))) == shade for n in (c - 1, c + 1)):
            continue  # shaded with its neighbours: a band, a section row, no swatch
        by_row.setdefault(r, []).append((c, shade))
    for r, swatches in sorted(by_row.items()):
        yield from _row_entries(rows[r], sorted(swatches))


def _row_entries(
    row: list[CellValue], swatches: list[tuple[int, str]]
) -> list[tuple[str, keys.Meaning]]:
    """The swatches of one row with the meaning written after each, where every filled cell
    of the row is such a meaning (or a 'Key' label): a row of the table is no key."""
    out: list[tuple[str, keys.Meaning]] = []
    described: set[int] = set()
    for col, shade in swatches:
        at = next((n for n in range(col + 1, col + 1 + REACH) if not _blank(row, n)), None)
        if at is None:
            continue
        text = row[at]
        if not isinstance(text, str) or len(text) > LONGEST:
            continue
        said = keys.meaning_of(text_of(text))
        if said is None:
            continue
        out.append((shade, said))
        described.add(at)
    filled = [n for n in range(len(row)) if not _blank(row, n)]
    if any(n not in described and not keys.is_key_label(row[n]) for n in filled):
        return []
    return out


def _blank(row: list[CellValue], col: int) -> bool:
    return not 0 <= col < len(row) or cells.is_blank(row[col])


def doubt_unkeyed(header: Header, notes: Notes, swatches: Swatches) -> None:
    """Ask about each column headed as ratings whose every cell beside a figure is blank but
    shaded in ways no key explains: the shading may be the ratings."""
    figures = [c.index for c in header.columns if c.field == "actual"]
    if not figures:
        return
    for column in header.of("rag"):
        _doubt_column(header, column, figures, notes, swatches)


def _doubt_column(
    header: Header, column: Column, figures: list[int], notes: Notes, swatches: Swatches
) -> None:
    sheet = header.sheet
    rows = sheet.rows
    # a shading the heading carries too marks out the column: styling, no rating
    heading = {
        shading(sheet.styles.get((r, column.index))) for r in range(header.top, header.first_data)
    }
    shaded: dict[str, list[int]] = {}
    for r in range(header.first_data, len(rows)):
        row = rows[r]
        if all(_blank(row, f) for f in figures):
            continue  # a section, note or key row: no rating is due
        if not _blank(row, column.index):
            return  # the column holds ratings (or words) of its own
        raw = shading(sheet.styles.get((r, column.index)))
        if has_hue(raw):
            return  # a rating's colour: read by its hue
        own = own_shading(sheet, r, column.index)
        if own is None or own in heading or meaning(swatches, own) is not None:
            continue
        shaded.setdefault(own, []).append(r)
    count = sum(len(r) for r in shaded.values())
    if count < _MIN_ENTRIES:
        return
    first = min(r for found in shaded.values() for r in found)
    kinds = ", ".join(describe(s) for s in shaded)
    named = f"the rating column {column_letters(column.index)} '{text_of(column.header)}'"
    if len(shaded) >= 2:
        notes.doubt(
            sheet.name,
            first,
            column.index,
            f"{named} is blank in every rated row, but its cells are shaded in {len(shaded)} "
            f"ways ({kinds}) that no key explains — the shading may be the rating; add a key "
            "showing each shading beside its meaning, or write Red/Amber/Green in the cells",
            kind=_KIND_COLUMN,
        )
        return
    notes.warn(
        f"{sheet.name}!{a1(first, column.index)}: {named} is blank in every rated row, but "
        f"{count} of its cells are shaded ({kinds}) — no key explains the shading, so no "
        "rating is read from it",
        kind=_KIND_COLUMN,
    )


def doubt_cell(
    notes: Notes, sheet: Sheet, row: int, col: int, shade: str, what: str = "rating cell"
) -> None:
    """A cell rated by its shading, shaded in a way the file's key of shadings does not show."""
    _doubt(
        notes,
        sheet,
        row,
        col,
        shade,
        what,
        "does not show — write Red/Amber/Green in the rating or add it to the key",
    )


def doubt_unclear(
    notes: Notes, sheet: Sheet, row: int, col: int, shade: str, what: str = "rating cell"
) -> None:
    """A cell rated by its shading, shaded in a way the file's key gives two meanings."""
    _doubt(
        notes,
        sheet,
        row,
        col,
        shade,
        what,
        "gives more than one meaning — write Red/Amber/Green in the rating",
    )


def _doubt(
    notes: Notes, sheet: Sheet, row: int, col: int, shade: str, what: str, key_says: str
) -> None:
    where = a1(row, col)
    message = (
        f"the {what} {where} is shaded with {describe(shade)}, which the file's key {key_says}"
    )
    notes.doubt(sheet.name, row, col, message, kind=_KIND_CELL)
