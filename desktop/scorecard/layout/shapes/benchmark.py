"""Benchmark tables: a row per area, a column per indicator code and period (LGBF-style), or
one indicator per sheet with a column per period (LAIT-style)."""

from __future__ import annotations

import re

from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.rows import RowReader, SheetContext
from desktop.scorecard.read.grid import CellValue


class BenchmarkReader(RowReader):
    shape = "benchmark"

    def __init__(self, header: Header, context: SheetContext) -> None:
        super().__init__(header, context)
        self.coded, self.series_name = coded_columns(header)
        self.coded_names = _coded_names(header)

    def _row(self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]) -> None:
        keep, comparator = self._area_decision(row)
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
    """The indicator a one-indicator sheet holds: its title above the table, else the sheet name."""
    for row in header.sheet.rows[: header.top]:
        for value in row:
            text = text_of(value)
            if text and len(text) <= 200:
                return text
    return header.sheet.name


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


# "CHN1 - Cost per pupil", "SW4a -Percentage of adults", "CORP-ASSET1 - Proportion of …"
_CODE_TITLE = re.compile(r"(?P<code>\S.{0,11}?)\s+[-–]\s*(?P<title>\S.*)")


def _code_key(code: str) -> str:
    return code.strip().upper().replace(" ", "")
