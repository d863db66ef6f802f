"""A one-sheet workbook written from rows and read by the importer's layout stage."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook


def detect_rows(
    path: Path, rows: Sequence[Sequence[object]], merged: Sequence[str] = ()
) -> ParsedScorecard:
    """Write ``rows`` to a sheet called 'Scorecard' at ``path`` (``merged`` the ranges to
    merge, 'D1:I1') and read it, explaining."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in rows:
        sheet.append(list(row))
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None]]]:
    """Each indicator's name with its (period label, actual) pairs."""
    return {i.name: [(o.period.label, o.actual) for o in i.observations] for i in parsed.indicators}
