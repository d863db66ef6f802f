"""Conditional formats of an OpenDocument sheet, as the rules the .xlsx reader evaluates.

LibreOffice keeps a sheet's conditional formats after its rows (``calcext:conditional-format``
over a range, each ``calcext:condition`` naming the cell style it applies and a test such as
``formula-is(AND(ISNUMBER([.G5]);[.G5]>=[.$D5]))`` or ``>=[.$D5]``). They are turned into the
same rules an .xlsx file gives, so a sheet coloured by rules reads the same in either format.
"""

from __future__ import annotations

import re

from desktop.scorecard.read.sheetxml import CfRule, cell_ref

# '[.G5]', '[.$D$5]' -> 'G5', '$D$5'; a reference to another sheet ('[$Targets.B2]') is kept
# as it is, which the formula reader does not know and so leaves the rule unevaluated
_REFERENCE = re.compile(r"\[\.(\$?[A-Za-z]{1,3}\$?\d{1,7})\]")
_OPERATORS = {"<=": "lessThanOrEqual", ">=": "greaterThanOrEqual", "!=": "notEqual",
              "=": "equal", "<": "lessThan", ">": "greaterThan"}  # fmt: skip
_BETWEEN = re.compile(r"^(not-)?between\((.*)\)$", re.S)


def excel_formula(text: str) -> str:
    """An OpenDocument formula in the notation the formula reader reads."""
    return _REFERENCE.sub(r"\1", text).replace(";", ",")


_SHEET = r"(?:'(?:[^']|'')*'|[^\s.:']+)?"
_CELL = r"\.(\$?[A-Za-z]{1,3}\$?\d{1,7})"
# one range of a range list: "'Waste dashboard'.G5:'Waste dashboard'.G9" (sheet names quoted
# when they hold spaces; ranges separated by spaces)
_RANGE = re.compile(rf"{_SHEET}{_CELL}(?::{_SHEET}{_CELL})?")


def _addresses(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """ "'Waste dashboard'.G5:'Waste dashboard'.G9" -> ((4, 6, 8, 6),)."""
    out: list[tuple[int, int, int, int]] = []
    for found in _RANGE.finditer(text):
        first = cell_ref(found[1])
        last = cell_ref(found[2]) if found[2] else first
        if first is not None and last is not None:
            out.append((min(first[0], last[0]), min(first[1], last[1]),
                        max(first[0], last[0]), max(first[1], last[1])))  # fmt: skip
    return tuple(out)


def _split(arguments: str) -> list[str]:
    """Two operands of 'between(a;b)', split at the separator outside brackets and quotes."""
    depth, quoted, start = 0, False, 0
    parts: list[str] = []
    for index, char in enumerate(arguments):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "([":
            depth += 1
        elif not quoted and char in ")]":
            depth -= 1
        elif not quoted and depth == 0 and char in ",;":
            parts.append(arguments[start:index])
            start = index + 1
    parts.append(arguments[start:])
    return parts


def rule(value: str, ranges: str, style: int, priority: int) -> CfRule | None:
    """The rule one condition states, its format the cell style numbered ``style``."""
    spans = _addresses(ranges)
    if not spans:
        return None
    test = value.strip()
    if test.startswith("formula-is(") and test.endswith(")"):
        formula = excel_formula(test[len("formula-is(") : -1])
        return CfRule("expression", None, style, priority, None, (formula,), spans)
    between = _BETWEEN.match(test)
    if between is not None:
        operands = tuple(excel_formula(p) for p in _split(between[2]))
        if len(operands) != 2:
            return None
        operator = "notBetween" if between[1] else "between"
        return CfRule("cellIs", operator, style, priority, None, operands, spans)
    for sign in sorted(_OPERATORS, key=len, reverse=True):
        if test.startswith(sign):
            operand = excel_formula(test[len(sign) :])
            return CfRule("cellIs", _OPERATORS[sign], style, priority, None, (operand,), spans)
    return None
