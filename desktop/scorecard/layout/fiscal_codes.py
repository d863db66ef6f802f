"""Headings in a finance or BI system's fiscal-year codes ('FY24', 'Q4 FY24', 'FY25 Q1',
'FY2025 Q3', 'FY25 Target'), read by the year a note on the sheet says a code means.

'FY25' names a financial year by one number: most UK councils' finance systems mean the
year ending in March 2025 (2024/25), but a code counted from the year it starts (2025/26)
is as easy to write, and the heading does not say which. Where a title or note over the
table equates a code with a year ('FY25 = 2024/25', 'FY2025 means 2024-25', 'FY25 (April
2024 – March 2025)'), every code of the table is read the same way: 'Q4 FY24' is Q4 2023/24,
'FY25 Target' the target for 2024/25. Where no note says (or notes disagree), the codes are
read as the years they end, the usual reading, and the file is held for review at the first
such heading: ``--accept`` imports that reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import periods

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header


ENDING = -1  # 'FY25' is the year ending March 2025: 2024/25, as UK councils' systems use it


def _full_year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _second_follows(first: int, second: str) -> bool:
    """'2024/25', '2024-2025': the second year is the one after the first."""
    return _full_year(second) == first + 1 if len(second) == 4 else int(second) == (first + 1) % 100


def naming(titles: list[str]) -> int | None:
    """How many years the first year of a code's financial year lies from its number: -1
    when the titles say 'FY25' is 2024/25 (named by the year it ends), 0 when they say it is
    2025/26 (named by the year it starts), None when nothing says or the notes disagree."""
    offsets: set[int] = set()
    for text in titles:
        for found in vocabulary.FISCAL_YEAR_CODE_EQUATION.finditer(text):
            if found["a"] is not None:
                first = int(found["a"])
                if not _second_follows(first, found["b"]):
                    continue
            else:
                first = int(found["from"])
            offsets.add(first - _full_year(found["y"]))
    if len(offsets) == 1 and offsets <= {-1, 0}:
        return offsets.pop()
    return None


def has_code(text: str) -> bool:
    """Whether a heading holds a fiscal-year code ('FY25', 'FY2025')."""
    return vocabulary.FISCAL_YEAR_CODE.search(text) is not None


def spelt_out(text: str, offset: int) -> str:
    """The text with each code written as the year it means: 'Q4 FY24' -> 'Q4 FY 2023/24'."""

    def year_of(found: re.Match[str]) -> str:
        return f"FY {periods.financial_year(_full_year(found['y']) + offset).label}"

    return vocabulary.FISCAL_YEAR_CODE.sub(year_of, text)


def doubt(header: Header, notes: Notes) -> None:
    """Columns whose code no note explained, read as the year it ends: asked about."""
    for index in header.fiscal_guessed:
        column = next((c for c in header.columns if c.index == index), None)
        if column is None or column.period is None:
            continue
        found = vocabulary.FISCAL_YEAR_CODE.search(column.header)
        if found is None:
            continue
        code, year = found.group(0), _full_year(found["y"])
        ending = periods.financial_year(year + ENDING).label
        starting = periods.financial_year(year).label
        notes.doubt(
            header.sheet.name,
            header.first_data - 1,
            index,
            f"'{column.header}' names its year by the code '{code}': {ending} (the year ending "
            f"March {year}) or {starting}? — read as {ending}; say which in a note (e.g. "
            f"'{code} = {ending}') or write the year in the heading, or import with --accept",
            kind="fiscal year code",
        )
