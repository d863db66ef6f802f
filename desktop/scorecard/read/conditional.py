"""Evaluate simple conditional-format rules (cellIs, text rules, A1="x" expressions) to fills."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from desktop.scorecard.read import cf_formula
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.sheetxml import CfRule, cell_ref

Grid = list[list[CellValue]]
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_MAX_RULE_CELLS = 200_000


class _Unknown(Exception):
    """The rule's operand cannot be worked out without a formula engine."""


def _operand(formula: str, grid: Grid) -> CellValue:
    text = formula.strip()
    if text.startswith("=") and len(text) > 1:
        text = text[1:].strip()
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        return text[1:-1].replace('""', '"')
    if _NUMBER.match(text):
        return float(text)
    if text.upper() in ("TRUE", "FALSE"):
        return text.upper() == "TRUE"
    if text.count("$") == 2:  # an absolute reference like $B$2 on the same sheet
        ref = cell_ref(text)
        if ref is not None:
            r, c = ref
            return grid[r][c] if r < len(grid) and c < len(grid[r]) else None
    raise _Unknown(text)


def _key(value: CellValue) -> tuple[int, float | str] | None:
    """Excel's ordering: numbers < text < booleans; text compares case-insensitively."""
    if value is None:
        return None
    if isinstance(value, bool):
        return (2, float(value))
    if isinstance(value, int | float):
        return (0, float(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return None
    return (1, str(value).lower())


def _cell_is(rule: CfRule, grid: Grid) -> Callable[[CellValue], bool] | None:
    try:
        operands = [_key(_operand(f, grid)) for f in rule.formulas]
    except _Unknown:
        return None
    op = rule.operator or ""
    if not operands or any(o is None for o in operands):
        return None
    a = operands[0]
    assert a is not None
    if op in ("between", "notBetween"):
        if len(operands) < 2 or operands[1] is None:
            return None
        b = operands[1]
        lo, hi = min(a, b), max(a, b)
        inside = op == "between"
        return lambda v: (k := _key(v)) is not None and k[0] == lo[0] and (lo <= k <= hi) == inside
    compare: dict[str, Callable[[tuple[int, float | str]], bool]] = {
        "equal": lambda k: k == a,
        "notEqual": lambda k: k != a,
        "greaterThan": lambda k: k[0] == a[0] and k > a,
        "lessThan": lambda k: k[0] == a[0] and k < a,
        "greaterThanOrEqual": lambda k: k[0] == a[0] and k >= a,
        "lessThanOrEqual": lambda k: k[0] == a[0] and k <= a,
    }
    test = compare.get(op)
    if test is None:
        return None
    return lambda v: (k := _key(v)) is not None and test(k)


def _text_rule(rule: CfRule) -> Callable[[CellValue], bool] | None:
    if rule.kind == "containsBlanks":
        return lambda v: v is None or (isinstance(v, str) and not v.strip())
    if rule.kind == "notContainsBlanks":
        return lambda v: not (v is None or (isinstance(v, str) and not v.strip()))
    needle = (rule.text or "").lower()
    if not needle:
        return None
    tests: dict[str, Callable[[str], bool]] = {
        "containsText": lambda s: needle in s,
        "notContainsText": lambda s: needle not in s,
        "beginsWith": lambda s: s.startswith(needle),
        "endsWith": lambda s: s.endswith(needle),
    }
    test = tests.get(rule.kind)
    if test is None:
        return None
    return lambda v: v is not None and test(_as_text(v))


def _as_text(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).lower()


_COMPARE = re.compile(r"^(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})\s*(<>|>=|<=|=|>|<)\s*(.+)$")
_OPERATORS = {
    "=": "equal",
    "<>": "notEqual",
    ">": "greaterThan",
    "<": "lessThan",
    ">=": "greaterThanOrEqual",
    "<=": "lessThanOrEqual",
}
PositionTest = Callable[[int, int], bool]


def _expression(rule: CfRule, grid: Grid) -> PositionTest | None:
    """Rules like ``$F2="Red"``: compare a (relatively shifted) cell with a constant."""
    if len(rule.formulas) != 1 or not rule.ranges:
        return None
    m = _COMPARE.match(rule.formulas[0].strip())
    if m is None:
        return None
    col_abs, letters, row_abs, digits, op, constant = m.groups()
    ref = cell_ref(letters + digits)
    if ref is None:
        return None
    as_cell_is = CfRule("cellIs", _OPERATORS[op], rule.dxf, rule.priority, None, (constant,), ())
    test = _cell_is(as_cell_is, grid)
    if test is None:
        return None
    anchor_r, anchor_c = rule.ranges[0][0], rule.ranges[0][1]
    ref_r, ref_c = ref

    def at(r: int, c: int) -> bool:
        rr = ref_r if row_abs else ref_r + r - anchor_r
        cc = ref_c if col_abs else ref_c + c - anchor_c
        if 0 <= rr < len(grid) and 0 <= cc < len(grid[rr]):
            return test(grid[rr][cc])
        return False

    return at


def _formula(rule: CfRule, grid: Grid) -> PositionTest | None:
    """Any other formula rule ('AND(ISNUMBER(G5),G5>=$D5)'), worked out cell by cell."""
    if len(rule.formulas) != 1 or not rule.ranges:
        return None
    try:
        node = cf_formula.compile_formula(rule.formulas[0])
    except cf_formula.Unknown:
        return None
    return _at_each(rule, grid, lambda shift: cf_formula.truthy(_value(node, grid, shift)))


def _value(node: cf_formula.Node, grid: Grid, shift: tuple[int, int]) -> cf_formula.Value:
    try:
        return cf_formula.evaluate(node, grid, shift)
    except (cf_formula.Unknown, ValueError, OverflowError):
        return None  # an error value in Excel: the rule does not apply


def _at_each(rule: CfRule, grid: Grid, test: Callable[[tuple[int, int]], bool]) -> PositionTest:
    anchor_r, anchor_c = rule.ranges[0][0], rule.ranges[0][1]
    return lambda r, c: test((r - anchor_r, c - anchor_c))


_CELL_IS = {"equal": "=", "notEqual": "<>", "greaterThan": ">", "lessThan": "<",
            "greaterThanOrEqual": ">=", "lessThanOrEqual": "<="}  # fmt: skip


def _between(cell: cf_formula.Node, one: cf_formula.Node, two: cf_formula.Node) -> cf_formula.Node:
    """The cell lies between two bounds, whichever is the lower (as Excel reads 'between')."""

    def within(low: cf_formula.Node, high: cf_formula.Node) -> cf_formula.Node:
        return ("call", "AND", [("cmp", ">=", cell, low), ("cmp", "<=", cell, high)])

    return ("call", "OR", [within(one, two), within(two, one)])


def _cell_is_formula(rule: CfRule, grid: Grid) -> PositionTest | None:
    """'Cell value >= $D5': a comparison with a formula that moves with the cell."""
    if not rule.ranges or not rule.formulas:
        return None
    try:
        operands = [cf_formula.compile_formula(f) for f in rule.formulas]
    except cf_formula.Unknown:
        return None
    anchor = ("ref", cf_formula.anchor(rule.ranges[0][0], rule.ranges[0][1]))
    op = rule.operator or ""
    if op in ("between", "notBetween") and len(operands) >= 2:
        node: cf_formula.Node = _between(anchor, operands[0], operands[1])
        if op == "notBetween":
            node = ("call", "NOT", [node])
    elif op in _CELL_IS:
        node = ("cmp", _CELL_IS[op], anchor, operands[0])
    else:
        return None

    def test(shift: tuple[int, int]) -> bool:
        r, c = rule.ranges[0][0] + shift[0], rule.ranges[0][1] + shift[1]
        value = grid[r][c] if r < len(grid) and c < len(grid[r]) else None
        if value is None or (isinstance(value, str) and not value.strip()):
            return False  # a blank cell is never coloured by a 'cell value' rule here
        return cf_formula.truthy(_value(node, grid, shift))

    return _at_each(rule, grid, test)


def predicate(rule: CfRule, grid: Grid) -> PositionTest | None:
    """A test of grid positions for the rule if it is simple enough to evaluate, else None."""
    if rule.kind == "expression":
        return _expression(rule, grid) or _formula(rule, grid)
    value_test = _cell_is(rule, grid) if rule.kind == "cellIs" else _text_rule(rule)
    if value_test is None:
        return _cell_is_formula(rule, grid) if rule.kind == "cellIs" else None
    return lambda r, c: value_test(grid[r][c])


def conditional_fills(
    rules: list[CfRule], dxf_fills: list[str | None], grid: Grid
) -> dict[tuple[int, int], str]:
    """Cell -> fill colour from the highest-priority matching rule that has a fill."""
    out: dict[tuple[int, int], str] = {}
    height = len(grid)
    width = len(grid[0]) if grid else 0
    budget = _MAX_RULE_CELLS
    for rule in sorted(rules, key=lambda r: r.priority):
        if rule.dxf is None or not (0 <= rule.dxf < len(dxf_fills)):
            continue
        fill = dxf_fills[rule.dxf]
        test = predicate(rule, grid) if fill else None
        if fill is None or test is None:
            continue
        for r0, c0, r1, c1 in rule.ranges:
            for r in range(r0, min(r1, height - 1) + 1):
                for c in range(c0, min(c1, width - 1) + 1):
                    budget -= 1
                    if budget < 0:
                        return out
                    if (r, c) not in out and test(r, c):
                        out[(r, c)] = fill
    return out


# icon sets of three whose icons are a red, an amber and a green light (or sign, symbol,
# flag), in Excel's order: the first icon shows below the second threshold
_LIGHTS = ("red", "amber", "green")
RAG_ICON_SETS = frozenset(
    {"3TrafficLights1", "3TrafficLights2", "3Signs", "3Symbols", "3Symbols2", "3Flags"}
)
# a rated cell's icon as a fill, for readers that take a rating from a cell's colour
ICON_FILLS = {"red": "FF0000", "amber": "FFC000", "green": "00B050"}


def _number(value: CellValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _percentile(ordered: list[float], share: float) -> float:
    """Excel's PERCENTILE.INC of sorted numbers (share 0..1)."""
    at = share * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def _threshold(kind: str, text: str, numbers: list[float], grid: Grid) -> float | None:
    """One icon threshold's value over the rule's cells; None when it cannot be worked out."""
    if kind in ("min", "max"):
        return (min if kind == "min" else max)(numbers)
    try:
        value = _operand(text, grid) if kind in ("num", "formula") else float(text)
    except (_Unknown, ValueError):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if kind in ("num", "formula"):
        return float(value)
    if kind == "percent" and 0 <= value <= 100:
        low, high = min(numbers), max(numbers)
        return low + (high - low) * float(value) / 100
    if kind == "percentile" and 0 <= value <= 100:
        return _percentile(sorted(numbers), float(value) / 100)
    return None


def icon_ratings(rules: list[CfRule], grid: Grid) -> dict[tuple[int, int], str | None]:
    """Cell -> the light an icon-set rule draws in it ('red', 'amber', 'green'), or None
    where an icon is drawn but cannot be read as a light (a set of four or five, arrows, a
    threshold given by a formula). A blank or text cell gets no icon, as in Excel; where
    rules overlap, the one of highest priority draws."""
    out: dict[tuple[int, int], str | None] = {}
    height = len(grid)
    for rule in sorted(rules, key=lambda r: r.priority):
        icons = rule.icons
        if rule.kind != "iconSet" or icons is None:
            continue
        places = [
            (r, c, value)
            for r0, c0, r1, c1 in rule.ranges
            for r in range(r0, min(r1, height - 1) + 1)
            for c in range(c0, min(c1, len(grid[r]) - 1) + 1)
            if (value := _number(grid[r][c])) is not None and (r, c) not in out
        ]
        if not places:
            continue
        numbers = [value for _, _, value in places]
        limits = [_threshold(kind, text, numbers, grid) for kind, text, _ in icons.cfvo[1:]]
        readable = (
            icons.name in RAG_ICON_SETS
            and len(icons.cfvo) == len(_LIGHTS)
            and all(limit is not None for limit in limits)
        )
        lights = _LIGHTS[::-1] if icons.reverse else _LIGHTS
        for r, c, value in places:
            if not readable:
                out[(r, c)] = None
                continue
            shown = 0
            for step, (limit, (_, _, gte)) in enumerate(zip(limits, icons.cfvo[1:], strict=True)):
                assert limit is not None
                if value >= limit if gte else value > limit:
                    shown = step + 1
            out[(r, c)] = lights[shown]
    return out
