"""A count beside a rate under one period, with nothing of its own: the rate's numerator.

Children's social care, public health and community safety tables give each indicator a
count and a rate in each period ('2023/24' merged over 'No.' | 'Rate per 10,000', 'Number' |
'%'). Where every other number on the row is said of the rate (the target, the England and
neighbours' figures, the rating) and none of the count, the rate is the period's figure
and the count is what it was worked out from: the table is read from a copy with one row
per indicator, the rate under each period and the count kept as that figure's numerator
(so a small number behind a rate stays in view), never a figure of its own.

A row with no rate in any period (a count from a source with no population base) is read
as its counts, the only figures it has; such a row with a target or comparator said of the
rate is asked about at that cell, which then stands beside no rate. A count whose rate is
blank on a row that has rates elsewhere is no figure: it is left out, with a warning naming
the cell. (``measure_columns`` decides when a table gives a count and a rate side by side,
and reads them as two measures where a target or rating is the count's own.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rearranged import Rearranged, carry
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet


@dataclass(frozen=True, slots=True)
class Pair:
    """One period's count and rate, and the columns said of its rate ((copy heading,
    column): its target, rating, comparators)."""

    label: str  # the period's heading in the copy ('' for none: the title's period)
    count: Column
    rate: Column
    others: Sequence[tuple[str, Column]]


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def view(
    header: Header,
    lines: list[str],
    kept: Sequence[Column],
    notes_cols: Sequence[Column],
    pairs: Sequence[Pair],
    written: tuple[str, str],
    notes: Notes,
) -> Rearranged:
    """The table as one row per indicator: each period's rate its figure, the count its
    numerator. ``kept`` are the indicator's own columns (code, name …), ``notes_cols`` its
    commentary, ``written`` the count's and the rate's sub-headings as the sheet has them."""
    sheet = header.sheet
    count_said, rate_said = written
    heading: list[CellValue] = [*(c.header for c in kept), "Unit"]
    for pair in pairs:
        heading.append(pair.label or "Value")
        heading.append(f"{pair.label} numerator".strip())
        heading.extend(said for said, _ in pair.others)
    heading.extend(c.header for c in notes_cols)
    rows: list[list[CellValue]] = [[line] for line in lines]
    rows.append(heading)
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    rates = [p.rate.index for p in pairs]
    figures = {*rates, *(p.count.index for p in pairs)}
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        if all(cells.is_blank(_at(row, i)) for i in figures):
            rows.append([_at(row, c.index) for c in kept])  # sections, notes: as they are
            continue
        counts_only = all(cells.is_blank(_at(row, i)) for i in rates)
        line: list[CellValue] = []
        sources: list[int] = []
        for column in kept:
            line.append(_at(row, column.index))
            sources.append(column.index)
        line.append(count_said if counts_only else rate_said)
        sources.append(-1)
        for pair in pairs:
            count = _at(row, pair.count.index)
            if counts_only:
                placed = [pair.count.index, -1]
            elif cells.is_blank(_at(row, pair.rate.index)):
                placed = [-1, -1]
                if not cells.is_blank(count):
                    notes.warn(
                        f"{sheet.name}!{a1(index, pair.count.index)}: the count "
                        f"'{short(text_of(count), 20)}' under {pair.label or 'its heading'} has no "
                        f"'{short(rate_said, 20)}' beside it, and the row's figures are rates "
                        "— left out",
                        kind="count beside no rate",
                    )
            else:
                placed = [pair.rate.index, pair.count.index]
            for _, column in pair.others:
                value = _at(row, column.index)
                if counts_only and not cells.is_blank(value):
                    notes.doubt(
                        sheet.name,
                        index,
                        column.index,
                        f"'{short(column.header)}' is given on a row of counts with no "
                        f"'{short(rate_said, 20)}' — is it the count's, or the rate's with the "
                        "rate missing? Fill in the rate, or import with --accept to leave it out",
                        kind="rate's column beside no rate",
                    )
                placed.append(-1 if counts_only else column.index)
            for source in placed:
                line.append(_at(row, source) if source >= 0 else None)
                sources.append(source)
        for column in notes_cols:
            line.append(_at(row, column.index))
            sources.append(column.index)
        carry(sheet, index, len(rows), sources, origin, styles)
        rows.append(line)
    name = next((c for c in kept if c.field == "name"), kept[0] if kept else None)
    where = a1(header.top, name.index) if name is not None else a1(header.top, 0)
    how = f"a rate for each indicator with its count as the numerator, from {where}"
    return Rearranged(Sheet(name=sheet.name, rows=rows, styles=styles), origin, how)
