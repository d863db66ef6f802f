"""Benchmarking tables of councils as rows and indicators as columns, named in full.

A benchmarking appendix built from LG Inform prints one row per council (the council,
its nearest neighbours, then their average and England) and one column per indicator,
headed by the indicator's name, with rows of labels under the names giving each column's
period and which way is better:

    Local authority | Council tax collected (%) | Residual waste (kg) | Rough sleepers
    Period          | 2023/24                   | 2022/23             | Autumn 2023
    Good is         | High                      | Low                 | Low
    Burnley         | 95.1                      | 512                 | 6
    Tamworth        | 96.4                      | 487                 | 4

No heading holds a period or a field word, so no ordinary table is found. Such a table is
read as the long table it stands for (area, measure, period, good is, value), one row per
council and indicator, so the many-area rules apply as to any area table: ``--area``
chooses the council, the other councils are left out, the average and England are its
comparators, and without ``--area`` the file is refused saying which council its lines
name. A column whose period cell cannot be read as a period for sure ('Autumn 2023': a
season? a school term?) is not read and its period cell is held for review.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.scorecard.layout import term_years
from desktop.scorecard.layout.header import SCAN_ROWS, classify, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

MIN_AREAS = 3  # the council and at least two others
MIN_INDICATORS = 2
_LABEL_FIELDS = ("period", "polarity", "unit")  # label rows under the names, in this order


@dataclass(slots=True)
class _PeriodCell:
    header: str
    period: Period | None
    why: str = ""


@dataclass(slots=True)
class CouncilRows:
    """The long copy of the table, and the cells (row, col, why) held for review."""

    view: Rearranged
    doubts: list[tuple[int, int, str]] = field(default_factory=list)


def view(sheet: Sheet) -> CouncilRows | None:
    """The table turned into a long one, when the sheet holds councils as rows under
    indicator names; else None."""
    found = _heading(sheet)
    if found is None:
        return None
    top, col, names = found
    rows = sheet.rows
    labels: dict[str, int] = {}
    at = top + 1
    while at < len(rows) and at < top + 1 + len(_LABEL_FIELDS):
        role = classify(_cell(rows[at], col)).field
        if role not in _LABEL_FIELDS or role in labels:
            break
        labels[role] = at
        at += 1
    areas = [
        r
        for r in range(at, len(rows))
        if isinstance(_cell(rows[r], col), str)
        and any(not cells.is_blank(_cell(rows[r], c)) for c in names)
    ]
    if len(areas) < MIN_AREAS or not _figures(rows, areas, names):
        return None
    doubts: list[tuple[int, int, str]] = []
    kept = list(names)
    if "period" in labels:
        kept, doubts = _dated(sheet, labels["period"], names)
    return CouncilRows(_long(sheet, top, col, labels, kept, areas), doubts)


def _heading(sheet: Sheet) -> tuple[int, int, list[int]] | None:
    """The row of indicator names headed by an area heading ('Local authority'), its area
    column and the columns of the names."""
    for index, row in enumerate(sheet.rows[:SCAN_ROWS]):
        filled = [c for c, v in enumerate(row) if not cells.is_blank(v)]
        if len(filled) <= MIN_INDICATORS or classify(row[filled[0]]).field != "area":
            continue
        names = filled[1:]
        if all(_names_indicator(row[c]) for c in names):
            return index, filled[0], names
        return None
    return None


def _names_indicator(value: CellValue) -> bool:
    """A heading naming an indicator in words: no field, no period, several words."""
    if not isinstance(value, str) or len(value.split()) < 2:
        return False
    heading = classify(value)
    return heading.field is None and heading.period is None and not heading.code


def _figures(rows: list[list[CellValue]], areas: list[int], names: list[int]) -> bool:
    """Most of the table's filled cells are figures."""
    filled = [_cell(rows[r], c) for r in areas for c in names]
    filled = [v for v in filled if not cells.is_blank(v)]
    return sum(1 for v in filled if cells.is_figure(v)) * 4 >= len(filled) * 3


def _dated(
    sheet: Sheet, row: int, names: list[int]
) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The columns whose period cell is read for sure, and the others' cells, asked about."""
    said = {c: _PeriodCell(text_of(_cell(sheet.rows[row], c)), None) for c in names}
    for each in said.values():
        each.period = cells.period(each.header) if each.header else None
    context = [sheet.name, *(text_of(_cell(sheet.rows[row - 1], c)) for c in names)]
    term_years.place(said.values(), context)
    kept: list[int] = []
    doubts: list[tuple[int, int, str]] = []
    for c, each in said.items():
        if each.period is not None or not each.header:
            kept.append(c)
            continue
        why = each.why or "no period the scorecard knows"
        doubts.append(
            (
                row,
                c,
                f"period '{each.header}' of '{text_of(_cell(sheet.rows[row - 1], c))}': {why} "
                "— its figures are not read; write the period it is filed under (a year, a "
                "quarter or a month) in the cell",
            )
        )
    return kept, doubts


def _long(
    sheet: Sheet, top: int, col: int, labels: dict[str, int], kept: list[int], areas: list[int]
) -> Rearranged:
    rows = sheet.rows
    turned: list[list[CellValue]] = [
        [v] for row in rows[:top] for v in row if isinstance(v, str) and v.strip()
    ]
    roles = [r for r in _LABEL_FIELDS if r in labels]
    turned.append(
        [_cell(rows[top], col), "Measure", *(_cell(rows[labels[r]], col) for r in roles), "Value"]
    )
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    for r in areas:
        for c in kept:
            out = len(turned)
            sources = [(r, col), (top, c), *((labels[role], c) for role in roles), (r, c)]
            turned.append([_cell(rows[sr], sc) for sr, sc in sources])
            for out_col, (sr, sc) in enumerate(sources):
                origin[a1(out, out_col)] = a1(sr, sc)
                style = sheet.styles.get((sr, sc))
                if style is not None:
                    styles[(out, out_col)] = style
    return Rearranged(
        Sheet(name=sheet.name, rows=turned, hidden=sheet.hidden, styles=styles),
        origin,
        how=f"councils as rows, {len(kept)} indicators as columns, read as a long table",
    )


def _cell(row: list[CellValue], col: int) -> CellValue:
    return row[col] if col < len(row) else None
