"""The periods a yearly template has not reached yet: formulas showing 0 or an error.

A council may keep its scorecard in a workbook built once a year, every quarter's (or
month's) figure a formula over input cells filled in as the year goes on. Saved part-way
through the year, the periods not yet reported show what the formulas give over blank
inputs: 0, 0.0% or '#DIV/0!'. These are not figures. Where the reader says which cells are
formulas, a period column whose cells are all formula results of zero or an error (or
blank), after the latest period some row has a figure for (typed, or a formula's non-zero
result), is such a period: its cells give no observation. The same column between periods
with figures may be a period of real zeros or one left unfilled: it is held for review. A
typed 0 is always a figure, and so is a formula's 0 in a period with figures in other rows.

A year column ('Year end', 'Outturn', 'Annual') worked out by formula while some of that
year's periods are not yet reported adds up part of the year: it is not the year's
outturn and gives no observation (headed as year to date, 'YTD 2024/25', it is read as
April to the latest period with figures). A rating column the table gives no period of its own
then rates the latest period with figures, as it would were the template's columns blank.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import to_date
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.parse import periods as periods_text
from desktop.scorecard.read.grid import Sheet

_ERROR = re.compile(vocabulary.FORMULA_ERROR, re.I)
_PARTS = ("quarter", "month")
_YEARS = ("financial_year", "academic_year", "calendar_year")

WHY_TO_DATE = "a year-to-date column of a template part-filled: April to its latest period"

# what a cell shows: a figure, what a formula over blank inputs shows, or neither
_FIGURE, _TEMPLATE, _OTHER = "figure", "template", "other"


def settle(header: Header, notes: Notes, bottom: int | None = None) -> None:
    """Blank the template's not-yet-reported period cells (and a year column worked out
    from part of its year) in the table's rows, saying so; hold a formula-zero period
    between periods with figures for review. ``bottom``: the row the next table starts."""
    sheet = header.sheet
    if not sheet.formulas:
        return  # the usual case: a file of typed figures, or a reader that cannot say
    periods = [c for c in header.columns if c.field == "actual" and c.period is not None]
    parts = [c for c in periods if c.period is not None and c.period.kind in _PARTS]
    if len(parts) < 2:
        return
    rows = range(header.first_data, min(bottom or len(sheet.rows), len(sheet.rows)))
    shown = {c.index: [(r, _shown(sheet, r, c.index)) for r in rows] for c in parts}
    with_figures = [c for c in parts if any(k == _FIGURE for _, k in shown[c.index])]
    if not with_figures:
        return  # nothing typed anywhere: no period to count from
    latest = max(c.period.end for c in with_figures if c.period is not None)
    unfilled = [
        c for c in parts if c not in with_figures and any(k == _TEMPLATE for _, k in shown[c.index])
    ]
    later = [c for c in unfilled if c.period is not None and c.period.end > latest]
    for column in unfilled:
        if column in later:
            continue
        r = next(r for r, k in shown[column.index] if k == _TEMPLATE)
        notes.doubt(
            sheet.name,
            r,
            column.index,
            f"'{column.header}' shows only formula results of 0 or errors, between periods "
            "with figures: a period of real zeros, or one the template has not been filled "
            "in for? Check the figures and type them in",
            kind=f"template period between figures:{sheet.name}",
        )
    if not later:
        return
    for column in later:
        for r, kind in shown[column.index]:
            if kind == _TEMPLATE:
                _blank(sheet, r, column.index)
    reported = next(c.period for c in with_figures if c.period and c.period.end == latest)
    names = ", ".join(f"'{c.header}'" for c in later)
    notes.warn(
        f"{sheet.name}!{a1(header.top, later[0].index)}: {names} show only formula results "
        f"of 0 or errors after {reported.label}, the latest period with figures — periods the "
        "template has not reached, not read",
        kind=f"template periods:{sheet.name}",
    )
    for column in periods:
        if not _partial_year(column, later):
            continue
        formulas = [r for r in rows if (r, column.index) in sheet.formulas]
        so_far = to_date.span(reported) if periods_text.is_year_to_date(column.header) else None
        where = f"{sheet.name}!{a1(header.top, column.index)}"
        year = column.period
        if formulas and so_far is not None and year is not None and _within(so_far, year):
            column.period = so_far  # 'YTD 2024/25' at Q2: April to September
            column.why = WHY_TO_DATE
            notes.warn(
                f"{where}: '{column.header}' is worked out by formula while periods of its "
                f"year are not yet reported — read as the year to {reported.label}",
                kind=f"template year:{sheet.name}",
            )
            continue
        for r in formulas:
            _blank(sheet, r, column.index)
        if formulas:
            notes.warn(
                f"{where}: '{column.header}' is worked out by formula while periods of its "
                "year are not yet reported — not the year's outturn, not read",
                kind=f"template year:{sheet.name}",
            )


def _within(part: Period, whole: Period) -> bool:
    return whole.start <= part.start and part.end <= whole.end


def _partial_year(column: Column, later: list[Column]) -> bool:
    """A year column spanning a period not yet reported."""
    year = column.period
    if year is None or year.kind not in _YEARS:
        return False
    return any(c.period is not None and _within(c.period, year) for c in later)


def _shown(sheet: Sheet, r: int, c: int) -> str:
    """Whether a cell holds a figure, a formula's 0 or error (what a template shows over
    blank inputs), or neither (blank, words, a marker)."""
    row = sheet.rows[r]
    value = row[c] if c < len(row) else None
    error = sheet.errors.get((r, c))
    formula = (r, c) in sheet.formulas
    if error is not None:
        return _TEMPLATE if formula else _OTHER
    if isinstance(value, bool) or value is None:
        return _OTHER
    if isinstance(value, int | float):
        return _TEMPLATE if formula and value == 0 else _FIGURE
    if isinstance(value, str):
        text = value.strip()
        if formula and _ERROR.fullmatch(text):
            return _TEMPLATE
        if cells.is_blank(text) or not any(ch.isdigit() for ch in text):
            return _OTHER
        return _FIGURE
    return _OTHER


def _blank(sheet: Sheet, r: int, c: int) -> None:
    row = sheet.rows[r]
    if c < len(row):
        row[c] = None
    sheet.errors.pop((r, c), None)
