"""Financial years written as six digits ('202324') and their parts ('202425Q1'), as a data
warehouse's extract writes them.

A fact table's period columns often hold the year as one number, its two years run together
('202324' for 2023/24), and a quarter, half or period as that number with the part after it
('202425Q1', '202425 H2', '202425P07'). Such a sheet is read from a copy whose code cells are
written out ('2023/24', 'Q1 2024/25', 'P7 2024/25'); every cell stays where it was, so cell
references need no pointing back.

A six-digit number is a financial year only where the file says so: its column is headed as
one ('FIN_YEAR', 'Financial year', 'FY'), or the same column, or a column so headed in the
table, codes quarters or periods of it (which number a financial year, as '2024/25 Q1' does).
Then every column of the table made of such codes is read alike. Elsewhere the digits are
left as they are: '202324' beside 'Academic year' is a school year (``tidy_periods``), and
'202406' a month.
"""

from __future__ import annotations

import dataclasses
import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.read.grid import CellValue, Sheet

SCAN = 10  # rows looked at for the heading row
SHARE = 0.8  # of a column's filled cells below the heading that must be codes


def _code(value: CellValue) -> re.Match[str] | None:
    """The code's parts when the cell is a six-digit year (with a part), the second pair the
    year after the first."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    found = vocabulary.SIX_DIGIT_YEAR_CODE.match(text_of(value).strip())
    if found is None or int(found["b"]) != (int(found["a"]) + 1) % 100:
        return None
    return found


def written(found: re.Match[str]) -> str:
    """'2023/24' for 202324, 'Q1 2024/25' for 202425Q1, 'P7 2024/25' for 202425P07."""
    year = f"{found['a']}/{found['b']}"
    if found["part"] is None:
        return year
    return f"{found['part'].upper()}{int(found['n'])} {year}"


def _coded_columns(sheet: Sheet, top: int) -> dict[int, bool]:
    """Column index -> whether it codes parts of years, for columns (below the heading row
    ``top``) whose filled cells are almost all six-digit codes."""
    width = max((len(r) for r in sheet.rows[top + 1 :]), default=0)
    coded: dict[int, bool] = {}
    for index in range(width):
        filled = [
            r[index] for r in sheet.rows[top + 1 :] if index < len(r) and text_of(r[index]).strip()
        ]
        codes = [found for v in filled if (found := _code(v)) is not None]
        if filled and len(codes) >= SHARE * len(filled):
            coded[index] = any(found["part"] is not None for found in codes)
    return coded


def _heading_row(sheet: Sheet) -> tuple[int, dict[int, bool]] | None:
    """The heading row over the coded columns, and those columns, where the file says the
    codes are financial years."""
    for top in range(min(SCAN, len(sheet.rows))):
        coded = _coded_columns(sheet, top)
        if not coded:
            continue
        heads = sheet.rows[top]
        named = any(
            index < len(heads)
            and vocabulary.normalise(text_of(heads[index]))
            in vocabulary.FINANCIAL_YEAR_CODE_HEADINGS
            for index in coded
        )
        if named or any(coded.values()):
            return top, coded
    return None


def relabel(sheet: Sheet) -> Sheet:
    """The sheet with its six-digit year codes written out, or the sheet itself."""
    head = sheet.rows[: SCAN + 1]
    if not any(_code(v) is not None for row in head for v in row):
        return sheet  # no code where the first rows of a table would show one
    found = _heading_row(sheet)
    if found is None:
        return sheet
    top, coded = found
    rows = list(sheet.rows)
    changed = False
    for index in range(top + 1, len(rows)):
        row = rows[index]
        new = list(row)
        for col in coded:
            code = _code(row[col]) if col < len(row) else None
            if code is not None:
                new[col] = written(code)
        if new != row:
            rows[index] = new
            changed = True
    return dataclasses.replace(sheet, rows=rows) if changed else sheet
