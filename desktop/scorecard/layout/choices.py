"""What a picker offers when a file needs a choice: the areas of a many-area table, the sheets."""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import area as layout_area
from desktop.scorecard.layout import find as layout
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import Workbook

__all__ = ["is_group", "list_areas", "list_sheets"]


def is_group(name: str) -> bool:
    """True for a row that stands for a group (England, a region, a family group), not a council."""
    return vocabulary.area_comparator(name) is not None


def list_areas(workbook: Workbook, *, sheet: str | None = None) -> list[str]:
    """Every area named in the workbook's many-area tables: councils sorted, then groups sorted.

    Empty when the tables have no area column (a single council's scorecard). Totals rows are
    left out; group rows (England, regions, family groups) come last so they are easy to tell
    apart. A sheet name that is not in the workbook raises ScorecardError.
    """
    seen: dict[str, str] = {}
    for header in layout.tables(workbook, sheet):
        columns = layout_area.area_columns(header)
        if not columns:
            continue
        for name in layout_area._values(header, columns[0]):
            key = vocabulary.normalise(name)
            if key and key not in vocabulary.NOT_AREAS:
                seen.setdefault(key, name)
    names = list(seen.values())
    worded = [n for n in names if any(c.isalpha() for c in n)]
    names = worded or names  # a stray '1' beside council names is not an area to offer
    councils = sorted((n for n in names if not is_group(n)), key=_sort_key)
    groups = sorted((n for n in names if is_group(n)), key=_sort_key)
    return councils + groups


def list_sheets(workbook: Workbook) -> list[tuple[str, bool]]:
    """Each sheet's name in workbook order, with whether it looks like the scorecard.

    A sheet looks like one when it holds an indicator table and is neither hidden nor one an
    import without a choice sets aside (a cover, notes or lookup sheet, or plan actions).
    """
    found: list[tuple[str, bool]] = []
    for sheet in workbook.sheets:
        try:
            data = bool(layout.tables(workbook, sheet.name))
        except ScorecardError:
            data = False
        usual = not sheet.hidden and layout.set_aside(sheet) is None
        found.append((sheet.name, data and usual))
    return found


def _sort_key(name: str) -> tuple[str, str]:
    # "Family Group 10" after "Family Group 9": compare digit runs by value
    words = [w.zfill(6) if w.isdigit() else w for w in vocabulary.normalise(name).split()]
    return " ".join(words), name
