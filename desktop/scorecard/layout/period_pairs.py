"""Figures dated by a cell of their own: 'Latest data' | 'Period' | 'Previous' | 'Previous period'.

Snapshot tables gather indicators from sources on different timetables (monthly calls,
quarterly returns, annual statistics by financial, calendar or academic year), so each
figure's period is typed in the cell beside it rather than in the heading. A column whose
cells are period labels gives the period of the figure column it pairs with: the one on its
left ('Latest data' | 'Period'), else the one on its right ('Period' | 'Value').

With two or more such pairs in a row, the table is read from a copy with one row per pair
(code, name and the other descriptive cells repeated), the status, comparators and
commentary kept with the latest figure only (they describe it, not the previous one). A
target whose heading names no period ('Target') is the measure's standing target and is
kept with every figure; one naming its period stays with the latest. Every cell reference
read from the copy is pointed back at the file.

A period cell holding a real date ('Data as at' 30/09/2024) is read with the row's
frequency (see ``dated_figures``): each figure gets the period of its row's frequency that
ends on its own date, and a date that ends none is asked about at the cell.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import dated_figures
from desktop.scorecard.layout.evidence import sample
from desktop.scorecard.layout.frequency_rows import RowRole
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

MIN_PAIRS = 2
SCAN = 60  # data rows looked at to tell a column of periods
# what is said about the latest figure, not about a previous one
_OF_LATEST: frozenset[Role | None] = frozenset(
    {"target", "rag", "direction", "commentary", "numerator", "denominator", "comparator"}
)


def _is_period_column(header: Header, column: Column) -> bool:
    """Most of its cells name a period ('Sep 2024', '2023/24', 'Jul-Sep 2024'); a column of
    bare numbers is figures, even when they could be years."""
    labels = others = 0
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value) or isinstance(value, int | float):
            others += not cells.is_blank(value)
            continue
        if cells.period(value) is not None:
            labels += 1
        elif vocabulary.normalise(value) not in cells.MISSING_MARKERS:
            others += 1
    return labels >= 2 and labels * 5 >= (labels + others) * 3


def _is_figure_column(header: Header, column: Column) -> bool:
    if column.field not in (None, "actual") or column.code or column.series:
        return False
    if column.period is not None and cells.period_header(column.header) is not None:
        return False  # dated by its own heading ('2023/24'), not by the cells beside it
    evidence = sample(header, column)
    numbers = evidence.counts["number"]
    return numbers >= 2 and numbers * 2 > evidence.total - evidence.counts["missing"]


def pairs(header: Header) -> list[tuple[Column, Column]]:
    """(figure column, the column of its periods), left to right."""
    by_index = {c.index: c for c in header.columns}
    found: list[tuple[Column, Column]] = []
    used: set[int] = set()
    for column in header.columns:
        if column.field not in (None, "period", "actual") or not _is_period_column(header, column):
            continue
        for side in (column.index - 1, column.index + 1):
            figure = by_index.get(side)
            if figure is None or side in used or not _is_figure_column(header, figure):
                continue
            found.append((figure, column))
            used |= {figure.index, column.index}
            break
    return found


def _says_nothing(figure: CellValue, period: CellValue) -> bool:
    """'n/a' beside a period cell that names none ('n/a - new survey'): no figure to date."""
    return vocabulary.normalise(figure) in cells.MISSING_MARKERS and cells.period(period) is None


def _carried(column: Column) -> bool:
    """A cell repeated beside an earlier figure: what describes the indicator, not the
    latest figure's status, trend or comparators; a target is the indicator's when its
    heading names no period."""
    if column.field == "target" and column.period is None:
        return cells.period_in_text(column.header) is None
    return column.field not in _OF_LATEST


def _is_earlier(column: Column) -> bool:
    said = vocabulary.RELATIVE_PERIODS.get(vocabulary.normalise(column.header))
    if said is not None:
        return said[1] < 0
    words = vocabulary.normalise(column.header).split()
    return any(w in ("previous", "prior", "last", "earlier", "before") for w in words)


def _frequency(header: Header, paired: set[int]) -> Column | None:
    """The one column saying how often each row is reported ('Frequency')."""
    found = [
        c
        for c in header.columns
        if c.index not in paired
        and c.period is None
        and vocabulary.normalise(c.header) in vocabulary.FREQUENCY_HEADINGS
    ]
    return found[0] if len(found) == 1 else None


def _dated(
    header: Header,
    index: int,
    period: Column,
    value: CellValue,
    role: RowRole | None,
    notes: Notes | None,
) -> tuple[bool, CellValue]:
    """The period cell as the copy gives it: a real date read with the row's frequency
    (its period's label); (False, …) where the date ends none of the row's periods, asked
    about at the cell."""
    day = dated_figures.day_of(value)
    if day is None or role is None:
        return True, value
    found, why = dated_figures.dated(day, role)
    if found is None:
        if notes is not None:
            notes.doubt(header.sheet.name, index, period.index, why, kind="date ends no period")
        return False, None
    return True, found.label


def view(header: Header, lines: list[str], notes: Notes | None = None) -> Rearranged | None:
    """The table as one row per figure and its period, when it pairs two or more figure
    columns with period columns; else None (read as it is)."""
    found = pairs(header)
    if len(found) < MIN_PAIRS:
        return None
    frequency = _frequency(header, {c.index for p in found for c in p})
    name = header.one("name")
    latest = next((p for p in found if not _is_earlier(p[0])), found[0])
    paired = {c.index for p in found for c in p}
    kept = [c for c in header.columns if c.index not in paired and c.field != "ignore"]
    # figures with their period first, then the rest as headed in the file
    heading: list[CellValue] = ["Value", "Period", *(c.header for c in kept)]
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    sheet = header.sheet
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]

        def at(column: Column, row: list[CellValue] = row) -> CellValue:
            return row[column.index] if column.index < len(row) else None

        if all(cells.is_blank(at(f)) for f, _ in found):
            rows.append([None, None, *(at(c) for c in kept)])  # sections, notes: as they are
            continue
        role = dated_figures.row_role(
            at(frequency) if frequency is not None else None,
            text_of(at(name)) if name is not None else "",
        )
        for figure, period in found:
            if cells.is_blank(at(figure)) or _says_nothing(at(figure), at(period)):
                continue
            settled, when = _dated(header, index, period, at(period), role, notes)
            if not settled:
                continue
            own = (figure, period) == latest
            sources = [figure, period, *(c for c in kept if own or _carried(c))]
            out = len(rows)
            line: list[CellValue] = [at(figure), when]
            for c in kept:
                line.append(at(c) if c in sources else None)
            rows.append(line)
            for position, column in enumerate([figure, period, *kept]):
                if column not in sources:
                    continue
                origin[a1(out, position)] = a1(index, column.index)
                style = sheet.styles.get((index, column.index))
                if style is not None:
                    styles[(out, position)] = style
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin)
