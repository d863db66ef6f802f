"""Indicator dictionaries: files of definitions (code, name, polarity, unit) with no values.

Benchmark downloads often carry only codes ("ECON6") and put each indicator's name, which
way is good ("Ascending/Descending", "High/Low") and unit in a separate file: LGBF indicator
information, the LAIT data dictionary, Fingertips metadata. Such a file is read here as a
list of definitions; the store stage fills them into indicators it already holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import classify, is_bare_period, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.model import Polarity
from desktop.scorecard.parse import cells, values
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

SCAN_ROWS = 10  # a dictionary's heading row is at the top
MIN_DEFINITIONS = 3


@dataclass(frozen=True, slots=True)
class Definition:
    code: str
    name: str | None
    polarity: Polarity
    unit: str | None
    description: str | None
    sheet: str
    cell: str  # where its code stands


@dataclass(frozen=True, slots=True)
class Dictionary:
    definitions: list[Definition]
    sheet: str


def read(workbook: Workbook) -> Dictionary | None:
    """The workbook's definitions, or None when it is not an indicator dictionary."""
    best: Dictionary | None = None
    for sheet in workbook.sheets:
        if sheet.hidden:
            continue
        found = _read_sheet(sheet)
        if found is not None and (best is None or len(found.definitions) > len(best.definitions)):
            best = found
    return best


def code_key(code: str) -> str:
    """Codes as different files write them: 'ENV 01a', 'ENV01a', 'env1a' and 4.0 are one."""
    text = code.strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    text = re.sub(r"[^0-9A-Z]+", "", text.upper())
    return re.sub(r"(?<=[A-Z])0+(?=\d)", "", text)


def _read_sheet(sheet: Sheet) -> Dictionary | None:
    for top in range(min(SCAN_ROWS, len(sheet.rows))):
        roles = _roles(sheet.rows[top])
        if _holds_figures(sheet.rows[top]):
            return None
        if "code" not in roles or not ({"polarity", "unit", "description"} & set(roles)):
            continue
        if "name" not in roles and "description" not in roles:
            continue
        definitions = [
            d
            for index in range(top + 1, len(sheet.rows))
            if (d := _definition(sheet, index, roles)) is not None
        ]
        if len(definitions) >= MIN_DEFINITIONS:
            return Dictionary(definitions, sheet.name)
    return None


def _holds_figures(row: list[CellValue]) -> bool:
    """A heading row with values, periods (with their year or without) or areas heads
    figures, not definitions."""
    for value in row:
        if not isinstance(value, str) or not value.strip():
            continue
        column = classify(value)
        if column.period is not None or column.field in _FIGURES or is_bare_period(value):
            return True  # 'Q1', 'M1-M3': a period whose year the title would give
    return False


_FIGURES = frozenset({"actual", "area"})


def _roles(row: list[CellValue]) -> dict[str, int]:
    """Which column holds what, by its heading: the first column of each kind wins."""
    roles: dict[str, int] = {}
    for index, value in enumerate(row):
        if not isinstance(value, str) or not value.strip():
            continue
        key = vocabulary.normalise(value)
        role = next(
            (r for r, words in vocabulary.DICTIONARY_HEADINGS.items() if key in words), None
        )
        if role is None:
            field = classify(value).field
            role = field if field in ("code", "polarity") else None
        if role is not None and role not in roles:
            roles[role] = index
    return roles


def _definition(sheet: Sheet, index: int, roles: dict[str, int]) -> Definition | None:
    row = sheet.rows[index]

    def at(role: str) -> CellValue:
        col = roles.get(role)
        return row[col] if col is not None and col < len(row) else None

    code = at("code")
    if cells.is_blank(code) or isinstance(code, bool):
        return None
    code_text = text_of(code)
    if len(code_text) > 40:
        return None
    name = at("name")
    polarity = at("polarity")
    description = at("description")
    return Definition(
        code=code_text,
        name=text_of(name) or None if isinstance(name, str) else None,
        polarity=cells.polarity(polarity) if not cells.is_blank(polarity) else "unknown",
        unit=_unit(at("unit"), at("number format"))
        or (cells.unit_from_header(name) if isinstance(name, str) else None),
        description=text_of(description) or None if isinstance(description, str) else None,
        sheet=sheet.name,
        cell=a1(index, roles["code"]),
    )


def _unit(unit: CellValue, number_format: CellValue) -> str | None:
    if isinstance(unit, str) and unit.strip():
        found = cells.canonical_unit(unit)
        if found and found.startswith("%"):
            return "%"  # "% of births": a percentage
        if found and len(found) <= 40:
            return found
    if isinstance(number_format, str) and number_format.strip():
        return values.unit_from_number_format(number_format.strip().strip("'"))
    return None
