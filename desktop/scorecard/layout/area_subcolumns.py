"""Areas as sub-columns: a heading per period (or per status) over one column per council.

Councils that share services report side by side: a merged 'Q1 2024/25' over an 'Adur' and
a 'Worthing' column, the same names again under 'Q2 2024/25' and under 'Q2 status', and one
target both councils share. Such a file holds two councils' figures, so it is read for the
one ``--area`` names: the copy keeps, under each heading, that council's column (headed by
the heading above it) and every column no area is named under (the code, the name, the
shared target); the other councils' columns are left out. Without ``--area`` it is refused
with the names to choose from, as any file of several areas is.

The sub-headings are taken for areas when the same two or more names, none a heading word
the scorecard vocabulary knows, stand under two or more headings, and either ``--area``
names one of them or the title above names them all. The other way up (each council's name
over the same run of period headings) is read alike.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import restated
from desktop.scorecard.layout.header import SCAN_ROWS, classify, spread_merged, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

MIN_GROUPS = 2


def _is_area_word(text: str) -> bool:
    if not text or any(ch.isdigit() for ch in text) or len(text) > 40:
        return False
    if restated.standing(text) is not None or restated.revision(text) is not None:
        return False  # 'Local' | 'Published': one council's figure twice, not two areas
    column = classify(text)
    return column.field is None and column.period is None


def _groups(top: list[str], sub: list[str]) -> dict[int, tuple[str, str]] | None:
    """column -> (heading above, area) for the area sub-columns, or None when the row
    under the headings is not one of areas repeated under each heading ('Q1 2024/25' over
    'Adur' | 'Worthing', 'Q2 2024/25' over the same)."""
    # a blank top cell over an area carries the heading to its left (typed once, not merged)
    above = list(top)
    for col in range(1, len(above)):
        if not above[col] and above[col - 1] and _is_area_word(sub[col]):
            above[col] = above[col - 1]
    under: dict[str, set[str]] = {}
    for col, name in enumerate(sub):
        if above[col] and above[col] != name and _is_area_word(name):
            under.setdefault(above[col], set()).add(vocabulary.area_key(name))
    shared = [names for names in under.values() if len(names) >= 2]
    if len(shared) < MIN_GROUPS or any(names != shared[0] for names in shared):
        return None
    areas = shared[0]
    return {
        col: (above[col], name)
        for col, name in enumerate(sub)
        if above[col] in under and vocabulary.area_key(name) in areas
    }


def _is_known(text: str) -> bool:
    column = classify(text)
    return column.field is not None or column.period is not None


def _groups_over(top: list[str], sub: list[str]) -> dict[int, tuple[str, str]] | None:
    """column -> (heading below, area) when each area is a heading over the same run of
    known headings ('Adur' over 'Q1 2024/25' | 'Q2 2024/25', 'Worthing' over the same)."""
    runs: dict[str, list[int]] = {}
    for col, name in enumerate(top):
        if name and sub[col] and name != sub[col] and _is_area_word(name):
            runs.setdefault(name, []).append(col)
    shapes = {
        name: tuple(vocabulary.normalise(sub[c]) for c in cols)
        for name, cols in runs.items()
        if len(cols) >= 2
    }
    if len(shapes) < 2 or len(set(shapes.values())) != 1:
        return None
    if not all(_is_known(sub[c]) for c in runs[next(iter(shapes))]):
        return None
    return {col: (sub[col], name) for name in shapes for col in runs[name]}


def _find(sheet: Sheet) -> tuple[int, dict[int, tuple[str, str]]] | None:
    width = max(map(len, sheet.rows), default=0)
    start = sheet.first_row
    for row in range(start, min(len(sheet.rows) - 1, start + SCAN_ROWS)):
        sub = spread_merged(sheet, row + 1, width)
        if sum(1 for t in sub if t) < 3:
            continue
        top = spread_merged(sheet, row, width)
        found = _groups(top, sub) or _groups_over(top, sub)
        if found is not None:
            return row, found
    return None


def _looks_like_areas(sheet: Sheet, top: int, names: list[str]) -> bool:
    """The title above names every one of them ('Adur & Worthing Councils'), or one is a
    place the vocabulary knows (England, a region): sub-headings such as 'Boys' and 'Girls'
    under each year are no areas."""
    if any(vocabulary.area_comparator(n) is not None for n in names):
        return True
    words = " ".join(
        text_of(v) for row in sheet.rows[sheet.first_row : top] for v in row if v is not None
    )
    said = f" {vocabulary.normalise(words)} "
    return all(f" {vocabulary.normalise(n)} " in said for n in names)


def view(sheet: Sheet, area: str | None, file_name: str) -> Rearranged | None:
    """The chosen area's columns as a one-row-heading table; None when the sheet has no
    areas as sub-columns. Raises ScorecardError when no area, or an unknown one, is named."""
    found = _find(sheet)
    if found is None:
        return None
    top, groups = found
    names: list[str] = []
    for _, name in groups.values():
        if name not in names:
            names.append(name)
    wanted = vocabulary.area_key(area) if area else None
    if wanted not in {vocabulary.area_key(n) for n in names}:
        if not _looks_like_areas(sheet, top, names):
            return None
        listed = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
        if area is None:
            raise ScorecardError(
                f"{file_name} holds figures for {len(names)} areas in its columns ({listed}) "
                "— choose one with --area NAME"
            )
        raise ScorecardError(
            f"area '{area}' is not a column of {file_name} — it holds {listed}; check the "
            "spelling with --area NAME"
        )
    width = max(map(len, sheet.rows), default=0)
    upper, lower = spread_merged(sheet, top, width), spread_merged(sheet, top + 1, width)
    kept: list[int] = []
    heading: list[CellValue] = []
    for col in range(width):
        if col in groups:
            own_heading, name = groups[col]
            if vocabulary.area_key(name) != wanted:
                continue
            heading.append(own_heading)
        else:
            bottom, over = lower[col], upper[col]
            heading.append(bottom if not over or over == bottom else f"{over} {bottom}".strip())
        kept.append(col)
    # each heading by the cell of the area's name (or the heading's own, lower cell)
    origin = {a1(top, position): a1(top + 1, col) for position, col in enumerate(kept)}
    rows_from: dict[int, tuple[int, int]] = {}
    rows, styles = columns_copy(sheet, kept, top, heading, top + 2, origin, rows_from)
    copy = Sheet(name=sheet.name, rows=rows, styles=styles, first_row=sheet.first_row)
    copy.hidden_rows = {r - 1 for r in sheet.hidden_rows if r > top + 1} | {
        r for r in sheet.hidden_rows if r < top
    }
    return Rearranged(copy, origin, rows=rows_from)


def columns_copy(
    sheet: Sheet,
    kept: list[int],
    top: int,
    heading: list[CellValue],
    first: int,
    origin: dict[str, str],
    rows_from: dict[int, tuple[int, int]],
) -> tuple[list[list[CellValue]], dict[tuple[int, int], CellStyle]]:
    """The rows above ``top``, one ``heading`` row, and the rows from ``first`` down, each
    with only the ``kept`` columns, with their styles; ``origin`` gets each copied cell's
    reference in the file, ``rows_from`` each copied row's rows in the file."""
    rows: list[list[CellValue]] = [
        [r[c] if c < len(r) else None for c in kept] for r in sheet.rows[:top]
    ]
    rows_from.update((index, (index, index)) for index in range(top))
    rows_from[top] = (top, first - 1)  # the heading rows, folded into one
    rows.append(heading)
    styles: dict[tuple[int, int], CellStyle] = {}
    for index in range(first, len(sheet.rows)):
        row = sheet.rows[index]
        out = len(rows)
        rows_from[out] = (index, index)
        rows.append([row[c] if c < len(row) else None for c in kept])
        for position, col in enumerate(kept):
            if col < len(row) and not cells.is_blank(row[col]):
                origin[a1(out, position)] = a1(index, col)
            style = sheet.styles.get((index, col))
            if style is not None:
                styles[(out, position)] = style
    return rows, styles
