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

A figure column whose cells (nearly all) carry their own period before or after the figure
('Q2 24/25: 56.8%', 'Sep 2024 – 1,204', '(Aug 24) 12 days'; ``parse.dated_cells``) is read
the same way, each cell at its own period, one column or several ('Previous' | 'Latest
data'). A cell of such a column whose period does not read, or that has none, is asked about
at the cell and left out; an actual column where only some cells carry a period is asked
about at the first of them (which period the others are, the sheet does not say).

One such pair is enough beside a column headed 'Same period last year': that column's
figure is for the row's own period a year earlier (``last_year_rows``), read from the copy as
a previous figure is.

A period cell holding a real date ('Data as at' 30/09/2024) is read with the row's
frequency (see ``dated_figures``): each figure gets the period of its row's frequency that
ends on its own date, and a date that ends none is asked about at the cell.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import dated_figures, last_year_rows
from desktop.scorecard.layout.evidence import sample
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.layout.rearranged import Rearranged, carry
from desktop.scorecard.layout.row_roles import RowRole
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells, dated_cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

MIN_PAIRS = 2
NEARLY_ALL = 0.8  # share of a column's filled cells that carry their own period
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
    return _holds_figures(header, column)


def _holds_figures(header: Header, column: Column) -> bool:
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


def _own_periods(header: Header, column: Column) -> tuple[int, int, int | None]:
    """How many of a figure column's sampled cells carry their own period, how many hold
    something other than a no-data word, and the row of the first that carries one."""
    dated = filled = 0
    first: int | None = None
    for index in range(header.first_data, min(len(header.sheet.rows), header.first_data + SCAN)):
        row = header.sheet.rows[index]
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        if dated_cells.split(value) is not None:
            dated += 1
            first = index if first is None else first
        elif str(value).strip().lower() in cells.MISSING_MARKERS:
            continue
        filled += 1
    return dated, filled, first


def _self_dated(header: Header, column: Column) -> bool:
    """A column of figures whose cells (nearly all) name their own period: 'Q2 24/25: 56.8%'."""
    if column.field not in (None, "actual") or column.code or column.series:
        return False
    if column.period is not None and cells.period_header(column.header) is not None:
        return False  # dated by its own heading
    dated, filled, _ = _own_periods(header, column)
    return dated >= 2 and dated >= NEARLY_ALL * filled


def self_dated(header: Header, taken: set[int], notes: Notes | None) -> list[Column]:
    """The figure columns whose cells name their own periods, left to right; an actual column
    where only some do is asked about at the first of them."""
    found: list[Column] = []
    for column in header.columns:
        if column.index in taken:
            continue
        if _self_dated(header, column):
            found.append(column)
            continue
        if column.field != "actual" or notes is None:
            continue
        dated, filled, first = _own_periods(header, column)
        if dated and first is not None and dated < NEARLY_ALL * filled:
            notes.doubt(
                header.sheet.name,
                first,
                column.index,
                f"'{text_of(header.sheet.rows[first][column.index])}' names its own period, but "
                f"only {dated} of {filled} cells of '{column.header}' do — which period the "
                "others are, the sheet does not say: write the period in every cell or in the "
                "heading",
                kind="some cells dated",
            )
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


def _own(
    header: Header, index: int, column: Column, value: CellValue, notes: Notes | None
) -> tuple[str, str] | None:
    """A cell of a column whose cells name their own periods, as its figure and its period's
    label; None where it is blank or a bare no-data word, or (asked about) names no period it
    can be read at."""
    if cells.is_blank(value) or str(value).strip().lower() in cells.MISSING_MARKERS:
        return None
    found = dated_cells.split(value)
    if found is not None:
        return found[1], found[0].label
    if notes is not None:
        why = (
            "is typed as a period and its figure, but the period does not read"
            if dated_cells.labelled(value)
            else "names no period, unlike the other cells of its column"
        )
        notes.doubt(
            header.sheet.name,
            index,
            column.index,
            f"'{text_of(value)}' {why} — write the period as the others are ('Q2 2024/25: "
            "56.8%', 'Sep 2024 – 1,204')",
            kind="cell's own period not read",
        )
    return None


def view(header: Header, lines: list[str], notes: Notes | None = None) -> Rearranged | None:
    """The table as one row per figure and its period, when it pairs two or more figure
    columns with period columns; else None (read as it is)."""
    twos = pairs(header)
    ones = self_dated(header, {c.index for p in twos for c in p}, notes)
    found: list[tuple[Column, Column | None]] = sorted(
        [*twos, *((c, None) for c in ones)], key=lambda p: p[0].index
    )
    if not found:
        return None
    latest = next((p for p in found if not _is_earlier(p[0])), found[-1])
    # 'Same period last year' beside the latest figure's period cell: that period a year back
    taken = {c.index for p in found for c in p if c is not None}
    back = [
        c
        for c in (last_year_rows.columns(header, taken) if latest[1] is not None else [])
        if _holds_figures(header, c)
    ]
    if len(twos) < MIN_PAIRS and not ones and not back:
        return None
    found = sorted([*found, *((c, latest[1]) for c in back)], key=lambda p: p[0].index)
    paired = {c.index for p in found for c in p if c is not None}
    frequency = _frequency(header, paired)
    name = header.one("name")
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
            shown: CellValue = at(figure)
            when: CellValue = None
            if period is None:
                split = _own(header, index, figure, shown, notes)
                if split is None:
                    continue
                shown, when = split
            elif cells.is_blank(shown) or _says_nothing(shown, at(period)):
                continue
            else:
                settled, when = _dated(header, index, period, at(period), role, notes)
                if not settled:
                    continue
                if figure in back:
                    when = last_year_rows.label(header, index, period, when, notes)
                    if when is None:
                        continue
            own = (figure, period) == latest
            sources = [figure, period or figure, *(c for c in kept if own or _carried(c))]
            out = len(rows)
            line: list[CellValue] = [shown, when]
            for c in kept:
                line.append(at(c) if c in sources else None)
            rows.append(line)
            placed = [figure, period or figure, *kept]
            carry(
                sheet, index, out, [c.index if c in sources else -1 for c in placed], origin, styles
            )
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin)
