"""Benchmark tables: a row per area, a column per indicator code and period (LGBF-style), or
one indicator per sheet with a column per period (LAIT-style)."""

from __future__ import annotations

import re

from desktop.scorecard.layout import title_lines
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.rows import RowReader, SheetContext
from desktop.scorecard.read.grid import CellValue


class BenchmarkReader(RowReader):
    shape = "benchmark"

    def __init__(self, header: Header, context: SheetContext) -> None:
        super().__init__(header, context)
        self.coded, self.series_name = coded_columns(header)
        self.coded_names = _coded_names(header)
        self.coded = _under_their_titles(header, self.coded, self.notes)

    def _row(self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]) -> None:
        keep, comparator = self._area_decision(index, row)
        if not keep:
            return
        portfolio = self.context.portfolio
        for column in self.coded:
            code = column.code or None
            named = self.coded_names.get(_code_key(code or ""))
            name = column.series or self.series_name or named or code or ""
            period = column.period or self.context.fallback_period
            observation = self.cellread.observation(index, row, column, period)
            if observation is None:
                continue
            self._add_one(portfolio, code, name, observation, comparator, (index, column.index))


def coded_columns(header: Header) -> tuple[list[Column], str | None]:
    """The value columns of a table whose rows name no indicator, and the indicator a
    one-indicator sheet holds: none when the rows name their indicators."""
    if header.one("name") is not None or header.one("code") is not None:
        return [], None
    coded = [c for c in header.columns if (c.code or c.series) and c.field == "actual"]
    if coded or header.one("area") is None:
        return coded, None
    # one indicator per sheet: a row per area, a column per period (LAIT-style tables)
    return [c for c in header.columns if c.field == "actual" and c.period], _series_name(header)


def _series_name(header: Header) -> str:
    """The indicator a one-indicator sheet holds: its title above the table (not the report's
    own title or prose), else the sheet name."""
    lines = [
        text
        for row in header.sheet.rows[: header.top]
        for value in row
        if (text := text_of(value)) and len(text) <= 200
    ]
    return title_lines.naming_line(lines) or header.sheet.name


def _coded_names(header: Header) -> dict[str, str]:
    """Titles written above coded headings: 'CHN1 - Cost per primary pupil' names CHN1."""
    names: dict[str, str] = {}
    if header.top == 0:
        return names
    for value in header.sheet.rows[header.top - 1]:
        found = _CODE_TITLE.match(text_of(value))
        if found is not None:
            names[_code_key(found["code"])] = found["title"].strip()
    return names


def _under_their_titles(header: Header, coded: list[Column], notes: Notes) -> list[Column]:
    """Of two columns headed alike ('SW4 2010-14' twice), keep the one under its code's title.

    A benchmark workbook may title each indicator's run of columns once, above its first
    column ('SW4 - % of adults satisfied …' over 'SW4 2012-15', 'SW4 2013-16'). When a
    heading is repeated and only one of the columns sits under its own code's title, the
    other is a mislabelled neighbour (under SW3's title, its figures run on from SW3's): it
    is left out and said, instead of holding the file over two figures for one period.
    With no title to tell them apart, both stay and the reading goes to review.
    """
    if header.top == 0 or not coded:
        return coded
    alike: dict[tuple[str, str], list[Column]] = {}
    for column in coded:
        if column.code and column.period is not None:
            alike.setdefault((_code_key(column.code), column.period.label), []).append(column)
    repeated = [group for group in alike.values() if len(group) > 1]
    if not repeated:
        return coded
    block = _title_blocks(header, max(c.index for c in coded))
    left_out: set[int] = set()
    for group in repeated:
        own = [c for c in group if block.get(c.index) == _code_key(c.code or "")]
        if len(own) != 1:
            continue
        for column in group:
            if column is own[0]:
                continue
            left_out.add(column.index)
            notes.warn(
                f"{header.sheet.name}!{a1(header.top, column.index)}: '{column.header}' is "
                f"headed again at {a1(header.top, own[0].index)}, which sits under "
                f"{block[own[0].index]}'s title while this one sits under "
                f"{block.get(column.index) or 'no title'} — left out; correct the heading in "
                "the file to import it"
            )
    return [c for c in coded if c.index not in left_out]


def _title_blocks(header: Header, last: int) -> dict[int, str]:
    """Column -> the code of the nearest title at or before it in the row above the headings."""
    titles = header.sheet.rows[header.top - 1]
    block: dict[int, str] = {}
    current: str | None = None
    for index in range(min(last + 1, len(titles))):
        found = _CODE_TITLE.match(text_of(titles[index]))
        if found is not None:
            current = _code_key(found["code"])
        if current is not None:
            block[index] = current
    return block


# "CHN1 - Cost per pupil", "SW4a -Percentage of adults", "CORP-ASSET1 - Proportion of …"
_CODE_TITLE = re.compile(r"(?P<code>\S.{0,11}?)\s+[-–]\s*(?P<title>\S.*)")


def _code_key(code: str) -> str:
    return code.strip().upper().replace(" ", "")
