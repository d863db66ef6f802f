"""A sheet whose figures another sheet draws by formulas: the source, not a portfolio of its own.

Councils often paste the performance system's extract into a sheet of its own ('Data', 'Raw',
'Extract') and build the printed scorecard on another sheet from it by formulas: one
'=Data!F7' a cell, lookups ('=INDEX(...)', '=XLOOKUP(...)'), or in Excel 365 a few dynamic
array formulas ('=SORT(UNIQUE(Data!A2:C40))') whose results spill down whole columns, only
each spill's top-left cell holding the formula. Both sheets list the same indicators, so
read as two portfolios each indicator would be imported twice.

Where one sheet's formulas read one other sheet read as a table, and no other sheet's
formulas read that one, and it reads nothing back, the two are one scorecard: the drawing
sheet is read first (it is what was published: its layout, ratings and notes), and the
source's listings are joined to its indicators as another table of one sheet's would be: a
figure both give alike is a repeat, skipped with a warning; a figure they give differently is
a doubt naming both cells; what only the source gives is kept. A sheet drawing on several
sheets (a dashboard over portfolio sheets) is left as it is: each of those is a portfolio.
"""

from __future__ import annotations

from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.read.grid import Workbook


def sources(workbook: Workbook, names: set[str]) -> dict[str, str]:
    """Source sheet -> the one sheet drawing on it, among the sheets named in ``names``."""
    draws = {s.name: s.draws_on & names for s in workbook.sheets if s.name in names}
    drawn_by: dict[str, list[str]] = {}
    for sheet, read in draws.items():
        for other in read:
            drawn_by.setdefault(other, []).append(sheet)
    out: dict[str, str] = {}
    for source, drawers in drawn_by.items():
        if len(drawers) != 1:
            continue
        drawer = drawers[0]
        if draws[drawer] != {source} or draws.get(source):
            continue  # a dashboard over several sheets, or sheets reading each other
        out[source] = drawer
    return out


def read_after(
    workbook: Workbook, found: list[Header], sheet_of: dict[int, str], notes: Notes
) -> tuple[list[Header], list[str]]:
    """The tables with each source sheet's read after the sheet drawing on it, under that
    sheet (``sheet_of`` updated); a line for ``--explain`` on each source."""
    names = {h.sheet.name for h in found}
    source_of = sources(workbook, names)
    if not source_of:
        return found, []
    lines: list[str] = []
    drawer_sheet = {h.sheet.name: sheet_of[id(h)] for h in found}
    for source, drawer in sorted(source_of.items()):
        for header in found:
            if header.sheet.name == source:
                sheet_of[id(header)] = drawer_sheet[drawer]
        said = (
            f"sheet '{drawer}' draws its figures from this sheet by formulas — read as one "
            f"scorecard, '{drawer}' first"
        )
        notes.warn(f"{source}: {said}", kind="source sheet")
        lines.append(f"sheet '{source}': {said}")
    drawn = [h for h in found if h.sheet.name not in source_of]
    return drawn + [h for h in found if h.sheet.name in source_of], lines
