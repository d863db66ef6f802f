"""Periods listed line by line in one cell ('Q1: 85%' / 'Q2: 87%'), read as a column each.

A committee appendix kept as a Word table has one 'Performance' cell per indicator, and the
officer adds a line to it every quarter; pasted into Excel, the cell keeps its lines. Where
most of a figure column's cells (or a target column's) list periods so
(``parse.period_lines``), the table is read from a copy with a column per period listed
('Q1', 'Q2', 'Q3' in place of 'Performance'; 'Q1 Target' … in place of a target column),
each holding what its line gave. The copy's headings are then dated as headings naming
those periods would be: a bare 'Q1' by the year the title, the sheet's or file's name or a
target's heading names, or by the year the column's own heading names ('Performance
2024/25'). The row's single target and rating are read as in any wide table: the target for
each period, the rating for the latest one listed.

Doubts, each naming the file's cell: a line that names no period beside lines that do (or a
cell of such a column that lists none), and a period listed twice in one cell. A label no
year places is held for review by the usual check of figures in no period, at the column's
heading. Every cell read from the copy keeps the reference of the file's cell.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_lines, periods
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

SCAN = 60  # data rows looked at to tell a column of listed periods
_FIELDS = frozenset({"actual", "target"})
_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})


def view(
    header: Header, notes: Notes, table: Callable[[Sheet], Header | None]
) -> Rearranged | None:
    """The table with a column per period listed, where a figure or target column lists
    its periods line by line in each cell; else None (read as it is). ``table`` finds the
    copy's table as the import would (its headings dated by the title, the sheet's or
    file's name): a period listed that nothing dates is doubted at its first cell, and the
    table read as it stands."""
    listed: dict[int, list[str]] = {}  # column -> the periods its cells list
    headings: dict[int, list[str]] = {}  # column -> the copy's heading for each
    for column in header.columns:
        labels = _labels(header, column)
        if labels is not None:
            listed[column.index] = labels
            headings[column.index] = _headings(column, labels)
    if not listed:
        return None
    sheet = header.sheet
    width = max((len(r) for r in sheet.rows), default=0)
    places = _places(width, listed)
    copy = _Copy(sheet, header, places, listed, headings, notes)
    copied = sheet.rearranged(copy.rows(), dict(enumerate(places)), styles=copy.styles)
    origin = {
        a1(r, p): a1(r, c)
        for r in range(header.top, len(sheet.rows))
        for c in range(width)
        for p in places[c]
        if p != c
    }
    if _undated(header, table(copied), listed, places, notes):
        return None
    first = header.first_data - 1
    how = "; ".join(
        f"the periods listed line by line in '{short(_heading(sheet, first, c), 30)}' "
        f"({a1(first, c)}) read as columns {', '.join(labels)}"
        for c, labels in headings.items()
    )
    return Rearranged(copied, origin, how)


def _undated(
    header: Header,
    found: Header | None,
    listed: dict[int, list[str]],
    places: list[list[int]],
    notes: Notes,
) -> bool:
    """True when a period listed is dated by nothing (said at the first cell listing it);
    ``found``: the copy's table, None where without its undated periods it is none."""
    dated = {c.index for c in found.columns if c.period is not None} if found else set()
    for c, labels in listed.items():
        for label, p in zip(labels, places[c], strict=True):
            if p in dated:
                continue
            row = _first_listing(header, c, label)
            notes.doubt(
                header.sheet.name,
                row,
                c,
                f"this cell lists '{label}' by itself, and no year is named for it in the "
                "title, the sheet's or file's name or the column's heading — name the year "
                "there ('Performance 2024/25') or on each line ('Q1 2024/25: 85%')",
                kind="listed period undated",
            )
            return True
    return False


def _first_listing(header: Header, col: int, label: str) -> int:
    """The first data row whose cell in ``col`` lists ``label``."""
    for r in range(header.first_data, len(header.sheet.rows)):
        row = header.sheet.rows[r]
        value = row[col] if col < len(row) else None
        listing = period_lines.split(value) if isinstance(value, str) else None
        if listing is not None and any(line.label == label for line in listing.lines):
            return r
    return header.first_data


def _heading(sheet: Sheet, row: int, col: int) -> str:
    value = sheet.rows[row][col] if col < len(sheet.rows[row]) else None
    return str(value) if value is not None else ""


def _places(width: int, listed: dict[int, list[str]]) -> list[list[int]]:
    """Each column of the file -> its columns in the copy (one per period listed)."""
    places: list[list[int]] = []
    at = 0
    for col in range(width):
        size = len(listed.get(col, [""]))
        places.append(list(range(at, at + size)))
        at += size
    return places


def _outer(period: Period) -> Period | None:
    """The year a column's heading names, in which the periods its cells list fall: the
    year itself, or the financial year of a quarter, half or month it names."""
    if period.kind in _YEARS:
        return period
    if period.kind in ("quarter", "month", "range"):
        return periods.financial_year(period.start.year - (period.start.month < 4))
    return None


def _headings(column: Column, labels: list[str]) -> list[str]:
    """The copy's heading for each period listed: the label, in the year the column's own
    heading names ('Q1 2024/25' under 'Performance 2024/25'), a target's with its word."""
    outer = _outer(column.period) if column.period is not None else None
    found: list[str] = []
    for label in labels:
        heading = label
        if outer is not None:
            placed = periods.combine_period(outer, label)
            heading = placed.label if placed is not None else f"{label} {outer.label}"
        found.append(f"{heading} Target" if column.field == "target" else heading)
    return found


class _Copy:
    """The rows of the copy, with the doubts its listed cells raise."""

    def __init__(
        self,
        sheet: Sheet,
        header: Header,
        places: list[list[int]],
        listed: dict[int, list[str]],
        headings: dict[int, list[str]],
        notes: Notes,
    ) -> None:
        self.sheet = sheet
        self.header = header
        self.places = places
        self.listed = listed
        self.headings = headings
        self.notes = notes
        self.styles: dict[tuple[int, int], CellStyle] = {}
        self.total = places[-1][-1] + 1 if places else 0

    def rows(self) -> list[list[CellValue]]:
        heading = self.header.first_data - 1
        found: list[list[CellValue]] = []
        for r, row in enumerate(self.sheet.rows):
            copy: list[CellValue] = [None] * self.total
            for c, value in enumerate(row):
                at = self.places[c]
                style = self.sheet.styles.get((r, c))
                if c not in self.listed or r < self.header.top:
                    self._put(copy, r, at[0], value, style)
                elif r < heading:  # a band over the column: over each period listed
                    for p in at:
                        self._put(copy, r, p, value, style)
                elif r == heading:
                    for p, text in zip(at, self.headings[c], strict=True):
                        self._put(copy, r, p, text, style)
                else:
                    self._listed(copy, r, c, value, style)
            found.append(copy)
        return found

    def _put(
        self, copy: list[CellValue], r: int, p: int, value: CellValue, style: CellStyle | None
    ) -> None:
        copy[p] = value
        if style is not None:
            self.styles[(r, p)] = style

    def _listed(
        self, copy: list[CellValue], r: int, c: int, value: CellValue, style: CellStyle | None
    ) -> None:
        """One listed cell: each line's figure under its period; the cell's fill and ink
        with the last line (a colour rates the latest figure, as a single rating does)."""
        if cells.is_blank(value):
            return
        listing = period_lines.split(value) if isinstance(value, str) else None
        name = self.sheet.name
        if listing is None:
            text = " ".join(str(value).split())
            if vocabulary.normalise(text) in cells.MISSING_MARKERS or text in cells.MISSING_MARKERS:
                self.notes.warn(
                    f"{name}!{a1(r, c)}: '{short(text)}' lists no period — no figure read",
                    kind="listed periods: none",
                )
                return
            self._unlabelled(r, c, text)
            return
        at = self.places[c]
        labels = dict(zip(self.listed[c], at, strict=True))
        last = None
        for line in listing.lines:
            p = labels[line.label]
            copy[p] = line.figure or None
            last = p
        if style is not None and last is not None:
            self.styles[(r, last)] = style
        if listing.unlabelled:
            self._unlabelled(r, c, listing.unlabelled[0])
        if listing.repeated:
            self.notes.doubt(
                name,
                r,
                c,
                f"this cell lists {listing.repeated[0]} on two lines, so which figure is "
                f"{listing.repeated[0]}'s cannot be told — keep one line per period",
                kind="listed period twice",
            )

    def _unlabelled(self, r: int, c: int, text: str) -> None:
        self.notes.doubt(
            self.sheet.name,
            r,
            c,
            f"'{short(text)}' names no period, where this column lists a figure per period "
            "on each line ('Q1: 85%') — put the period before the figure, or move the "
            "words to a comment column",
            kind="listed line without a period",
        )


def _labels(header: Header, column: Column) -> list[str] | None:
    """The periods a column lists, in the order the cells first give them; None where its
    cells do not list periods line by line."""
    if column.field not in _FIELDS or column.code or column.series:
        return None
    if column.period is not None and _outer(column.period) is None:
        return None
    rows = header.sheet.rows
    index = column.index
    sampled = [
        row[index]
        for row in rows[header.first_data : header.first_data + SCAN]
        if index < len(row) and not cells.is_blank(row[index])
    ]
    if not any(isinstance(v, str) and "\n" in v for v in sampled):
        return None  # the usual case: no cell of several lines
    listings = [period_lines.split(v) if isinstance(v, str) else None for v in sampled]
    found = sum(1 for each in listings if each is not None)
    others = sum(
        1
        for value, each in zip(sampled, listings, strict=True)
        if each is None and vocabulary.normalise(value) not in cells.MISSING_MARKERS
    )
    several = any(each is not None and len(each.lines) > 1 for each in listings)
    if not several or found <= others:
        return None
    labels: dict[str, None] = {}
    for row in rows[header.first_data :]:
        value = row[index] if index < len(row) else None
        listing = period_lines.split(value) if isinstance(value, str) else None
        if listing is not None:
            labels.update((line.label, None) for line in listing.lines)
    return list(labels)
