"""Indicators named by a title row, with their periods as rows beneath: one block per indicator.

Annual reports often give each indicator a title row (often shaded and merged across the
table: 'HSG01 - Rent collected as a percentage of rent due'), then one row per period
under headings such as 'Year | Outturn | Target | Status', then a blank row before the
next indicator. The headings may be printed once at the top or again under every title.

    Year     | Outturn | Target | Status
    HSG01 - Rent collected (%)
    2022/23  | 98.3    | 98.0   | Green
    2023/24  | 98.6    | 98.5   | Green

A revenues report does the same with a month a row under columns of years ('Month end |
2024/25 | 2023/24 | Profile 2024/25', then 'April' … 'March'): a bare month (or quarter)
that the years heading the figure columns place is a period row too, and the gathered
table is read as ``row_periods`` reads it, each month in each column's year.

The table has a period column and figures but no column naming the indicator: its name
is the title above the rows. The blocks are gathered into an ordinary long table (the
title in an 'Indicator' column of each period row) that the row reader reads like any
other; every cell reference is then pointed back at the cell in the file.
"""

from __future__ import annotations

import re

from desktop.scorecard.layout import row_periods
from desktop.scorecard.layout.header import Header, classify, find, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

MIN_BLOCKS = 2  # one title over rows is a table with a caption, not blocks
MAX_ROWS = 3000  # a report's pages, not an export
MAX_TITLE = 200
_FIGURES = frozenset({"actual", "target"})
_LABELLED = re.compile(r"^\s*(?P<label>[^:]{2,30}?)\s*:\s*(?P<rest>\S.*)$")
_CODE = re.compile(r"[A-Za-z]{1,8}[ ._/-]?\d{1,4}[A-Za-z]?")  # "HSG01", "PAM/012", "CS 3a"


def gather(sheet: Sheet) -> Rearranged | None:
    """The sheet's titled blocks as one long table, or None when it is not laid out so."""
    if len(sheet.rows) > MAX_ROWS:
        return None
    header = find(sheet)
    if header is None or header.one("code") is not None:
        return None
    if not any(c.field in _FIGURES for c in header.columns):
        return None
    for at in _period_columns(header):
        gathered = _blocks(sheet, header, at)
        if gathered is not None:
            return gathered
    return None


def _period_columns(header: Header) -> list[int]:
    """Where the periods may stand: the period column, else a column whose cells prove it —
    one headed by nothing. A table with a names column names its own indicators: only that
    column may hold titles and periods ('Measure' over 'HSG01 - Rent…' and '2022/23')."""
    names = [c.index for c in header.columns if c.field == "name"]
    if names:
        return names[:1]
    found = [c.index for c in header.columns if c.field == "period"]
    if found:
        return found
    headed = {c.index for c in [*header.columns, *header.unplaced]}
    first = min((c.index for c in header.columns if c.field in _FIGURES), default=0)
    return [c for c in range(first) if c not in headed]


def _blocks(sheet: Sheet, header: Header, at: int) -> Rearranged | None:
    rows = sheet.rows
    headings = [text_of(v) for v in rows[header.first_data - 1]]
    title = _title_above(rows, header.top)
    # 'April' … 'March' under '2024/25' | '2023/24': a bare month (or quarter) the years
    # heading the figure columns place is a period row too (``row_periods``)
    year = row_periods.heading_year(header)
    out: list[tuple[tuple[str, tuple[int, int]] | None, int]] = []
    titles = 0 if title is None else 1
    for index in range(header.first_data, len(rows)):
        row = rows[index]  # a hidden row is read too, as in any other table
        filled = [(c, v) for c, v in enumerate(row) if not cells.is_blank(v)]
        if not filled:
            continue
        if [text_of(v) for v in row] == headings:
            continue  # the headings printed again under each title
        alone = _title(filled)
        if alone is not None:
            title = alone, (index, filled[0][0])
            titles += 1
            continue
        if title is None and _is_period_row(row, at, year):
            return None  # period rows before any title: an ordinary long table
        out.append((title if _is_period_row(row, at, year) else None, index))
    named = {t[0] for t, _ in out if t is not None}
    others = sum(1 for t, _ in out if t is None)
    if titles < MIN_BLOCKS or len(named) < MIN_BLOCKS or others * 5 > len(out):
        return None
    return _as_table(sheet, header, out, at)


def _is_period_row(row: list[CellValue], at: int, year: Period | None) -> bool:
    value = row[at] if at < len(row) else None
    if cells.is_blank(value):
        return False
    return cells.period(value) is not None or (year is not None and row_periods.placed(year, value))


def _title(filled: list[tuple[int, CellValue]]) -> str | None:
    """One text alone on its row (or the same text in each cell of a merged row), no period;
    or a code and a name side by side ('HSG01 | Rent collected')."""
    if not all(isinstance(v, str) for _, v in filled):
        return None
    texts = list(dict.fromkeys(text_of(v) for _, v in filled))
    if len(texts) == 2 and _CODE.fullmatch(texts[0]) and cells.period(texts[1]) is None:
        texts = [f"{texts[0]} - {texts[1]}"]
    if len(texts) != 1:
        return None
    text = texts[0]
    if len(text) > MAX_TITLE or cells.period(text) is not None:
        return None
    labelled = _LABELLED.match(text)  # "Indicator: Missed bins" names 'Missed bins'
    if labelled is not None and classify(labelled["label"]).field in ("name", "code"):
        return labelled["rest"]
    return text


def _title_above(rows: list[list[CellValue]], top: int) -> tuple[str, tuple[int, int]] | None:
    """The title printed just above the first headings, when the headings repeat per block."""
    for index in range(top - 1, -1, -1):
        filled = [(c, v) for c, v in enumerate(rows[index]) if not cells.is_blank(v)]
        if not filled:
            continue
        text = _title(filled)
        if text is None or text.endswith("."):  # a sentence under the report's title
            return None
        return text, (index, filled[0][0])
    return None


def _as_table(
    sheet: Sheet,
    header: Header,
    out: list[tuple[tuple[str, tuple[int, int]] | None, int]],
    at: int,
) -> Rearranged:
    rows = sheet.rows
    above: list[list[CellValue]] = [
        [text_of(v)] for row in rows[: header.top] for v in row if isinstance(v, str) and v.strip()
    ]
    width = max(len(r) for r in rows)
    heading: list[CellValue] = [None] * width
    for column in [*header.columns, *header.unplaced]:
        if 0 <= column.index < width:
            heading[column.index] = column.header
    if header.one("period") is None:
        heading[at] = "Period"  # the column the periods were found in, whatever it was headed
    table: list[list[CellValue]] = [*above, ["Indicator", *heading]]
    origin: dict[str, str] = {}
    styles: dict[tuple[int, int], CellStyle] = {}
    for title, index in out:
        r = len(table)
        row = rows[index]
        table.append([title[0] if title else None, *row])
        if title is not None:
            origin[a1(r, 0)] = a1(*title[1])
        for c in range(len(row)):
            origin[a1(r, c + 1)] = a1(index, c)
            style = sheet.styles.get((index, c))
            if style is not None:
                styles[(r, c + 1)] = style
    made = Sheet(name=sheet.name, rows=table, hidden=sheet.hidden, styles=styles)
    # the notes under the last block ('Collection rates are cumulative from 1 April') are
    # still the sheet's notes beside the table: kept as its note lines, not as rows
    made.boxes = [*sheet.boxes, *_lines_below(rows, max(index for _, index in out))]
    made.hidden_cols = {c + 1 for c in sheet.hidden_cols}
    titled = [t for t, _ in out if t is not None]
    names = len({t[0] for t in titled})
    how = f"{names} indicators named by title rows over their period rows, from {a1(*titled[0][1])}"
    return Rearranged(made, origin, how)


def _lines_below(rows: list[list[CellValue]], last: int) -> list[str]:
    """The text of each row under the last block row that holds one text and nothing else."""
    found: list[str] = []
    for row in rows[last + 1 :]:
        filled = [v for v in row if not cells.is_blank(v)]
        if len(filled) == 1 and isinstance(filled[0], str):
            found.append(text_of(filled[0]))
    return found
