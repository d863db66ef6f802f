"""A column saying which kind of year each row's bare-year figures are: 'Basis', 'Reporting basis'.

A trend table headed by bare years ('2021' .. '2024') gathers measures counted over different
years: most by financial year, road casualties and recorded crime by calendar year, school
results by academic year, a ministry's release by 'year ending 31 March'. Where a note over
the table says how its bare years are named (``year_banners``: 'financial years shown by the
year they begin, 2023 = 2023/24', or 'years ending 31 March'), a column whose cells name a
kind of year says, row by row, which year each figure is:

- 'Financial year' (or 'FY', 'April to March'): the year the note gives the heading;
- 'Calendar year' (or 'January to December'): the calendar year the heading names;
- 'Academic year' (or 'School year', 'Sep–Aug'): the academic year named as the note names
  years (by the year it begins: 2023 is 2023/24; by the year it ends: 2024 is 2023/24);
- 'Year ending 31 March' (or 'FYE'): the financial year ending in the year the heading names.

A row whose basis names its years otherwise than the note does (a 'Year ending 31 March' row
under a note naming years by their start) is read as its own cell says, and held for review
on that cell: one of the two is wrong, and nothing says which. A cell of that column saying
no kind of year is held for review there too. With no note saying how the bare years are
named, the bare years are read as they were (calendar years) and the column is not used.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import year_banners
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period
from desktop.scorecard.parse import periods

MIN_ROWS = 2  # cells naming a kind of year before a column is read as the rows' basis
SHARE = 0.8  # of its filled cells in the rows read


def kind_of(text: str) -> str | None:
    """'financial', 'calendar', 'academic' or 'ends_march' for a basis cell's words."""
    for kind, pattern in vocabulary.YEAR_BASIS_KINDS:
        if pattern.search(text):
            return kind
    return None


def _naming(header: Header) -> str | None:
    """How the table's note names its bare years: 'start', 'end' or None (nothing says)."""
    titles = year_banners.titles_of(header)
    if year_banners.says_years_end_march(header.columns, titles):
        return "end"
    if year_banners.named_by_start(titles):
        return "start"
    return None


def _bare_columns(header: Header, naming: str) -> dict[int, int]:
    """Column index -> the bare year its heading names, for figure columns the note dated."""
    out: dict[int, int] = {}
    for column in header.columns:
        if column.field != "actual" or column.period is None:
            continue
        if vocabulary.YEAR_KIND_WORDS.search(column.header):
            continue
        year = year_banners.bare_year_in(column.header)
        if year is None or column.period.kind != "financial_year":
            continue
        if column.period.start.year == (year if naming == "start" else year - 1):
            out[column.index] = year
    return out


def _basis_column(header: Header, rows: set[int]) -> int | None:
    """The column of no role whose cells, in the rows read, name kinds of year."""
    for column in header.columns:
        if column.field is not None or column.period is not None:
            continue
        texts = [
            text_of(header.sheet.rows[r][column.index])
            for r in rows
            if column.index < len(header.sheet.rows[r])
        ]
        filled = [t for t in texts if t]
        named = [t for t in filled if kind_of(t) is not None]
        if len(named) >= MIN_ROWS and len(named) >= SHARE * len(filled):
            return column.index
    return None


def _period(kind: str, year: int, naming: str, own: Period) -> Period:
    if kind == "calendar":
        return periods.calendar_year(year)
    if kind == "academic":
        return periods.academic_year(year if naming == "start" else year - 1)
    if kind == "ends_march":
        return periods.financial_year(year - 1)
    return own


def settle(header: Header, indicators: list[ParsedIndicator], notes: Notes) -> None:
    """Give each figure under a bare-year heading the year its row's basis cell says."""
    naming = _naming(header)
    if naming is None:
        return
    bare = _bare_columns(header, naming)
    if not bare:
        return
    sheet = header.sheet
    placed: list[tuple[ParsedIndicator, ParsedObservation, int, int]] = []
    for indicator in indicators:
        for observation in indicator.observations:
            if observation.sheet != sheet.name or not observation.cell:
                continue
            row, col = from_a1(observation.cell)
            if col in bare and 0 <= row < len(sheet.rows):
                placed.append((indicator, observation, row, col))
    basis = _basis_column(header, {row for _, _, row, _ in placed})
    if basis is None:
        return
    doubted: set[int] = set()
    changed: set[int] = set()
    for indicator, observation, row, col in placed:
        cells = sheet.rows[row]
        text = text_of(cells[basis]) if basis < len(cells) else ""
        if not text:
            continue
        kind = kind_of(text)
        if kind is None or (kind == "ends_march" and naming == "start"):
            if row not in doubted:
                doubted.add(row)
                notes.doubt(sheet.name, row, basis, _why(text, kind), kind="year basis")
            if kind is None:
                continue
        observation.period = _period(kind, bare[col], naming, observation.period)
        changed.add(id(indicator))
    for indicator in indicators:
        if id(indicator) in changed:
            indicator.observations.sort(key=lambda o: (o.period.start, o.period.end))


def _why(text: str, kind: str | None) -> str:
    if kind is None:
        return (
            f"basis '{text}' names no kind of year — write 'Financial year', 'Calendar year' "
            "or 'Academic year' so the bare years of its row can be placed"
        )
    return (
        f"basis '{text}' names its years by the March they end in, but the note over the "
        "table names them by the year they begin: read as the row says (the year ending March 2024 is 2023/24) — "
        "check which is meant"
    )
