"""Figures that only the file's own date (or the clock) would date: held for review.

When no heading, title row, sheet name or file name names a period, the importer can read
the figures as at the day the file was last saved — but that is the day someone saved it,
not the period the figures are for, and a column headed 'Latest (as at month end)' or
'Current' says there is a period it does not name. Such a reading is held for review at
the column's heading cell. A column whose heading says nothing of a period ('Actual',
'Value', '% achieved') is read as a snapshot at the file's date with a warning, as before.

One indicator on several rows with different figures, where nothing names a period, is a
long table whose period column was not read (or a stale copy): the file's date would date
every row alike, so the rows are held for review naming the second row, never dated so.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import dated_relative
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.rows import SheetResult
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period


def doubt(header: Header, result: SheetResult, day: Period, notes: Notes) -> None:
    """One doubt per value column whose figures were dated by ``day``, the file's date."""
    sheet = header.sheet.name
    by_index = {c.index: c for c in header.columns}
    seen: set[int] = set()
    for indicator in result.indicators:
        for observation in indicator.observations:
            if observation.period is not day or observation.sheet not in (None, sheet):
                continue
            index = from_a1(observation.cell)[1] if observation.cell else -1
            column = by_index.get(index)
            if column is None or index in seen or is_plain(column):
                continue
            seen.add(index)
            cell = a1(header.top, index)
            if notes.doubted(sheet, cell):
                continue  # already held: its figures are in no period
            notes.doubt(
                sheet,
                header.top,
                index,
                f"the figures under '{column.header}' would be dated by the file's date "
                f"({day.label}) — nothing names their period; add it to the heading or a "
                "title row (e.g. 'Dec 2024', 'Q3 2024/25'), or import with --accept to read "
                "them as at that date",
                kind="figures at the file's date",
            )


def is_plain(column: Column) -> bool:
    """A heading that says nothing of a period ('Actual', 'Value', '% achieved'): a snapshot.
    One with relative words ('Latest', 'Current position') or an aside it could not read
    ('Latest (as at month end)') says there is a period it does not name."""
    shown = column.header
    if any(ch.isdigit() or ch in "()[]:" for ch in shown):
        return False
    key = vocabulary.normalise(shown)
    first = key.split(" ", 1)[0]
    return not dated_relative.is_relative(key) and first not in vocabulary.RELATIVE_LEADS


def rows_in_no_period(
    notes: Notes,
    sheet: str,
    indicator: ParsedIndicator,
    observation: ParsedObservation,
    day: Period,
) -> bool:
    """Doubt a second row of ``indicator`` giving another figure where both would be dated
    by ``day``, the file's date. True when the figures differ (and the doubt was noted)."""
    if observation.period is not day:
        return False
    first = next((o for o in indicator.observations if o.period is day), None)
    if first is None or (first.actual, first.actual_text) == (
        observation.actual,
        observation.actual_text,
    ):
        return False
    row, col = from_a1(observation.cell or "")
    notes.doubt(
        sheet,
        row,
        col,
        f"'{indicator.code or indicator.name}' is on two rows with different figures (here "
        f"and at {first.cell}) and nothing names a period for either — they would both be "
        f"dated by the file's date ({day.label}); if each row is a period, head the column "
        "that says which ('Period', 'Quarter'), or import with --accept to keep the first "
        "row as at that date",
        kind="rows in no period",
    )
    return True
