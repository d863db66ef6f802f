"""A row per indicator per year: the year in a column of its own ('Year', 'Financial year',
'Period'), the quarters or months across under headings that name no year ('Q1' … 'Q4',
'Quarter 1', 'Apr' … 'Mar'), often with the year's own figure ('Full year', 'Annual', 'Year
end', 'Outturn').

A trend table kept over several years gives each year a row, so each figure is dated by its
row's year and its column's heading together: 'Q2' on the 2023/24 row is Q2 2023/24, 'Apr' on
it April 2023, 'Full year' the year itself. The table is read from a copy with one row per
figure ('Period' | 'Actual' | the row's other cells): a single target on the row applies to
each of the row's periods (targets change from year to year), a rating, trend, commentary,
comparators or counts only to the row's latest figure. A code or name left blank under the row
above (written once over an indicator's years) is that row's.

A row whose year cell names no year has its figures held for review naming that cell, and so
has a heading that is no part of the row's year (a quarter beside a calendar year '2023',
unless the year's heading says 'Calendar year'). Every cell reference read from the copy is
pointed back at the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import finance_periods
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout.header import MIN_SCORE, PERIOD_FIELDS, Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.layout.regions import text_lines
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.parse.period_spans import quarter
from desktop.scorecard.parse.school_terms import term_of_year
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

SCAN = 60  # data rows looked at to tell a column of years
MIN_PARTS = 2  # one 'Q1' beside a year column is a long table's value heading, not a run
_YEAR_KINDS = frozenset({"financial_year", "academic_year", "calendar_year"})
# what is said about the row's latest figure, not about each of its periods
_OF_LATEST: frozenset[Role | None] = frozenset(
    {"rag", "direction", "commentary", "numerator", "denominator", "comparator"}
)
_ACADEMIC = re.compile(vocabulary.ACADEMIC_YEAR_MARK, re.I)
_LABELS: frozenset[Role | None] = frozenset({"code", "name"})
_FINANCE_PART = re.compile(r"^p\d+$")  # a finance period's part as _across writes it: 'p7'


@dataclass(frozen=True, slots=True)
class _Across:
    """A column across whose heading names a part of a year and no year."""

    column: Column
    part: str | None  # 'q1', 'quarter 2', 'apr', 'h1'; None: the year's own figure
    field: Role


def _across(column: Column) -> _Across | None:
    if not column.header or periods.parse_period(column.header) is not None:
        return None  # 'Q1 2024/25' names its own year
    key = vocabulary.normalise(column.header)
    if key in vocabulary.YEAR_FIGURE_WORDS or key in vocabulary.YEAR_ROW_FIGURE_WORDS:
        return _Across(column, None, "actual")
    found = vocabulary.QUARTER_OR_MONTH.match(key) or vocabulary.TRAILING_QUARTER.search(key)
    numbered = vocabulary.FINANCE_PERIOD_HEADING.match(key) if found is None else None
    if numbered is not None:  # 'P1' … 'P12': months of the row's financial year
        part, rest = f"p{int(numbered['n'])}", (numbered["rest"] or "").split()
    elif found is None:  # 'Autumn', 'Spring term': that school year's term
        return _Across(column, key, "actual") if term_of_year(key, 2000) is not None else None
    else:
        part, rest = found.group(1), f"{key[: found.start()]} {key[found.end() :]}".split()
    words = " ".join(w for w in rest if w not in vocabulary.HEADING_FILLER)
    if not words:
        return _Across(column, part, "actual")
    sub = vocabulary.match(words)  # 'Q1 Target', 'Actual Q2', 'Q3 RAG'
    if sub is None or sub.score < MIN_SCORE or sub.field not in PERIOD_FIELDS:
        return None
    return _Across(column, part, sub.field)


def _numbered_run(across: list[_Across], header: Header) -> list[_Across]:
    """Finance periods ('P1' …) count only as a run in order (P1, P2, P3 …): a lone 'P1'
    or 'P3' beside 'P1' is a code or a priority, and a row reaching 'P13' counts four-week
    periods."""
    numbered = [a for a in across if a.part is not None and _FINANCE_PART.match(a.part)]
    if not numbered:
        return across
    run = finance_periods.numbered([(c.index, c.header) for c in header.columns])
    return [a for a in across if a not in numbered or a.column.index in run]


def _year(value: CellValue, academic: bool = False) -> Period | None:
    """The year a cell names; '2023/24' under an 'Academic year' heading is that school year."""
    found = cells.period(value)
    if found is None or found.kind not in _YEAR_KINDS:
        return None
    if academic and found.kind == "financial_year":
        return periods.parse_period(text_of(value), hint="academic_year") or found
    return found


def _year_column(header: Header, taken: set[int]) -> Column | None:
    """The column most of whose cells are years ('2023/24', '2023-24', 'FY2023/24', 2023),
    under a heading that says they date the row ('Year', 'Financial year', 'Period')."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    for column in header.columns:
        if column.index in taken:
            continue
        if vocabulary.normalise(column.header) not in vocabulary.YEAR_ROW_HEADINGS:
            continue  # 'Year introduced', 'Start year': a year dating no figure on the row
        years = others = 0
        for row in rows:
            value = row[column.index] if column.index < len(row) else None
            if cells.is_blank(value):
                continue
            if _year(value) is not None:
                years += 1
            elif vocabulary.normalise(value) not in cells.MISSING_MARKERS:
                others += 1
        if years >= 2 and years * 5 >= (years + others) * 3:
            return column
    return None


def _says_calendar(*texts: str) -> bool:
    return any(
        word in vocabulary.normalise(text)
        for text in texts
        for word in vocabulary.CALENDAR_YEAR_WORDS
    )


def _forward(across: list[_Across]) -> bool:
    """The months across run forward within a calendar year (not April round to March)."""
    numbers = [vocabulary.MONTHS[a.part] for a in across if a.part in vocabulary.MONTHS]
    return all(a < b for a, b in pairwise(numbers))


def _dated(year: Period, across: _Across, calendar: bool, forward: bool) -> Period | None:
    """The period of a figure under ``across`` on a row of ``year``; None when the heading
    is no part of that year (a quarter of a calendar year not said to be one, months that
    come round again beside a calendar year)."""
    if across.part is None:
        return year
    if year.kind == "calendar_year" and across.part in vocabulary.MONTHS and not forward:
        return None  # 'Apr' … 'Mar' beside '2023': which March?
    if year.kind == "calendar_year" and vocabulary.BARE_QUARTER.match(across.part):
        if not calendar:
            return None  # 'Q1' beside '2023': January to March, or April to June?
        number = int(across.part[-1])
        start = year.start.year
        return quarter(start - 1, 4) if number == 1 else quarter(start, number - 1)
    found = periods.combine_period(year, across.part)
    if found is None or cells.period(found.label) != found:
        return None  # a period whose label would read back as another
    return found


def _heading(field: Role) -> str:
    """A heading the row reader reads as ``field``."""
    return {"rag": "RAG", "actual": "Actual"}.get(field, field.capitalize())


def _parts(header: Header) -> list[_Across]:
    """The columns across naming parts of a year and no year, when two or more parts do."""
    across = [a for c in header.columns if c.field not in _LABELS and (a := _across(c)) is not None]
    across = _numbered_run(across, header)
    if len({a.part for a in across if a.part is not None}) < MIN_PARTS:
        return []
    return across


def parts_across(header: Header) -> list[Column]:
    """The columns whose headings name a part of a year and no year ('Q1' … 'Q4', 'Apr',
    'Full year'), when two or more parts do; else none."""
    return [a.column for a in _parts(header)]


def view(
    sheet: Sheet,
    mapping: dict[str, str] | None,
    lines: tuple[str, ...],
    notes: Notes,
    where: str | None = None,
) -> Rearranged | None:
    """The table as one row per figure and its period, when a column of years stands beside
    two or more period headings that name no year; else None (read as it is). ``where``
    says where the years were written, when the column of years was gathered from them."""
    header = layout_header.find(sheet, mapping)
    if header is None or (header.one("name") is None and header.one("code") is None):
        return None
    across = _parts(header)
    if not across:
        return None
    year_col = _year_column(header, {a.column.index for a in across})
    if year_col is None:
        return None
    fields: list[Role] = ["actual"]
    fields += sorted({a.field for a in across} - {"actual"})
    if not any(a.field == "actual" for a in across):
        return None
    taken = {year_col.index, *(a.column.index for a in across)}
    kept = [c for c in header.columns if c.index not in taken and c.field != "ignore"]
    if any(c.field in fields for c in kept):
        return None  # 'Q1 Target' beside a 'Target' column: not one reading
    lines = lines or text_lines(sheet.rows[: header.top])
    calendar = _says_calendar(year_col.header, *lines)
    academic = _ACADEMIC.search(year_col.header) is not None
    forward = _forward(across)
    heading: list[CellValue] = ["Period", *map(_heading, fields), *(c.header for c in kept)]
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    labels = [c for c in kept if c.field in _LABELS]
    above: dict[int, tuple[int, CellValue]] | None = None  # the labels of the row above
    width = 1 + len(fields)
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]

        def at(column: Column, row: list[CellValue] = row) -> CellValue:
            return row[column.index] if column.index < len(row) else None

        year_cell = at(year_col)
        filled = [a for a in across if not cells.is_blank(at(a.column))]
        if all(cells.is_blank(v) for v in row):  # a spacer between rows: ends no indicator
            rows.append([])
            continue
        own = _filled_down(labels, index, at, above) if not cells.is_blank(year_cell) else None
        above = own
        if not filled:  # sections, notes, a year with no figures: as they are
            rows.append([None] * width + [at(c) for c in kept])
            continue
        if labels and own is not None and all(cells.is_blank(v) for _, v in own.values()):
            notes.doubt(
                sheet.name,
                index,
                labels[0].index,
                "figures on a row with no code or name, under no indicator's row — write "
                "the indicator's name on the row",
                kind="row of a year with no indicator",
            )
            continue
        year = _year(year_cell, academic)
        if year is None:
            said = text_of(year_cell)
            notes.doubt(
                sheet.name,
                index,
                year_col.index,
                (f"'{said}' names no year" if said else "no year is given")
                + f", so the figures on its row (under '{filled[0].column.header}' …) cannot be "
                f"dated — write the year in the '{year_col.header}' column (2024/25)",
                kind="year of a row",
            )
            continue
        by_period: dict[str, tuple[Period, dict[Role, Column]]] = {}
        for a in filled:
            period = _dated(year, a, calendar, forward)
            if period is None:
                notes.doubt(
                    sheet.name,
                    index,
                    a.column.index,
                    f"'{a.column.header}' on a row of {year.label}: the heading and the year "
                    "do not say which period it is (a calendar or a financial quarter? which "
                    "year's March?) — write the period in full in the heading ('Q1 2024/25', "
                    "'Mar 2024') or the year as it is meant ('2023/24')",
                    kind="period of a row's year",
                )
                continue
            by_period.setdefault(period.label, (period, {}))[1].setdefault(a.field, a.column)
        figures = [(p, got) for p, got in by_period.values() if "actual" in got]
        if not figures:
            continue
        latest = max(figures, key=lambda f: (f[0].end, f[0].kind in _YEAR_KINDS, f[0].start))
        for period, got in figures:
            out = len(rows)
            line: list[CellValue] = [period.label]
            origin[a1(out, 0)] = a1(index, year_col.index)
            sources: list[tuple[int, int] | None] = [None]
            for f in fields:
                column = got.get(f)
                line.append(at(column) if column is not None else None)
                sources.append((index, column.index) if column is not None else None)
            for column in kept:
                if column.field in _OF_LATEST and period is not latest[0]:
                    line.append(None)
                    sources.append(None)
                elif own is not None and column.index in own:
                    source_row, value = own[column.index]
                    line.append(value)
                    sources.append((source_row, column.index))
                else:
                    line.append(at(column))
                    sources.append((index, column.index))
            for position, source in enumerate(sources):
                if source is None:
                    continue
                origin.setdefault(a1(out, position), a1(*source))
                style = sheet.styles.get(source)
                if style is not None:
                    styles[(out, position)] = style
            rows.append(line)
    how = (
        "a row per indicator per year: the year "
        + (where or f"in '{year_col.header}' ({a1(header.top, year_col.index)})")
        + " dated with the headings across "
        f"('{across[0].column.header}' … '{across[-1].column.header}')"
    )
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin, how)


def _filled_down(
    labels: list[Column],
    index: int,
    at: Callable[[Column], CellValue],
    above: dict[int, tuple[int, CellValue]] | None,
) -> dict[int, tuple[int, CellValue]]:
    """The row's code and name, each as (the row it was written on, its value): a blank one
    taken from the row above when the labels the row does write agree with that row's."""
    own = {c.index: (index, at(c)) for c in labels}
    if above is None:
        return own
    written = {i: v for i, (_, v) in own.items() if not cells.is_blank(v)}
    if len(written) == len(own):
        return own
    if any(
        vocabulary.normalise(text_of(v)) != vocabulary.normalise(text_of(above[i][1]))
        for i, v in written.items()
        if i in above
    ):
        return own  # another indicator, one of whose labels is blank
    return {i: above[i] if i not in written and i in above else own[i] for i in own}
