"""Several measures-across tables stacked on one sheet, as statistics releases print them.

A release sheet often holds one small table per breakdown ("Land type", "Waste type",
"Size"), each under its short title, with its own measure headings over the same period
rows. Their heading rows carry no heading words (the measures are named, not "Indicator"
or "Q1"), so they are found by shape: a row of measure headings over a column of periods,
the table ending at the first row that is neither a period nor blank.

Each table is then read on its own. Its title becomes the service of its indicators, and a
measure whose name an earlier table of the sheet already used ("Other unidentified" land
and "Other unidentified" waste) is told apart by that title: "Other unidentified (Waste type)".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from desktop.scorecard.layout import measures as layout_measures
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import ParsedIndicator
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet

Label = Callable[[list[ParsedIndicator]], None]


def heading_rows(sheet: Sheet) -> list[int]:
    """The heading row of each measures-across table on the sheet, top to bottom."""
    found: list[int] = []
    start = sheet.first_row
    while start < len(sheet.rows):
        header = layout_measures.find(replace(sheet, first_row=start))
        if header is None or (found and header.top <= found[-1]):
            break
        found.append(header.top)
        start = _end(header)
    return found


def _end(header: Header) -> int:
    """The first row under the table that is neither one of its periods nor blank."""
    period = header.one("period")
    assert period is not None  # a measures-across header always has its period column
    rows = header.sheet.rows
    for index in range(header.first_data, len(rows)):
        row = rows[index]
        if all(cells.is_blank(v) for v in row):
            continue
        value = row[period.index] if period.index < len(row) else None
        if cells.period(value) is None:
            return index
    return len(rows)


def labellers(sections: list[str | None]) -> list[Label | None]:
    """For each table of one sheet (by its section title): what to do to its indicators."""
    if not any(sections):
        return [None] * len(sections)
    used: set[str] = set()
    return [_labeller(section, used) for section in sections]


def _labeller(section: str | None, used: set[str]) -> Label:
    def label(indicators: list[ParsedIndicator]) -> None:
        names = []
        for indicator in indicators:
            if section is not None:
                indicator.service = indicator.service or section
                key = " ".join(indicator.name.lower().split())
                if key in used and not indicator.code:
                    indicator.name = f"{indicator.name} ({section})"
            names.append(" ".join(indicator.name.lower().split()))
        used.update(names)

    return label
