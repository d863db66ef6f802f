"""Work out the small formulas conditional-format rules are written in, cell by cell.

Rules that rate a figure against its row's target are formulas: ``AND(ISNUMBER(G5),
G5>=$D5)``, ``G5<$D5*0.95``, ``OR(G5="Red",G5="R")``, ``ABS(G5-$D5)/$D5<=0.05``. This
reads references (relative ones moving with the cell the rule is applied to, as Excel moves
them), numbers, text, TRUE/FALSE, arithmetic, comparisons and the few functions such rules
use. Anything else (another sheet, a name, a function not listed) is :class:`Unknown`, and
the rule is left unevaluated rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from desktop.scorecard.read.grid import CellValue

Grid = list[list[CellValue]]
_MAX_LENGTH = 400
_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
    r"|(?P<string>\"(?:[^\"]|\"\")*\")"
    r"|(?P<ref>\$?[A-Za-z]{1,3}\$?\d{1,7}(?![\w(]))"
    r"|(?P<name>[A-Za-z][A-Za-z0-9_.]*)"
    r"|(?P<op><>|>=|<=|[-+*/^&=<>(),%]))"
)
_COMPARISONS = ("=", "<>", "<", ">", "<=", ">=")


class Unknown(Exception):
    """The formula uses something this reader does not work out."""


@dataclass(frozen=True, slots=True)
class _Ref:
    row: int
    col: int
    row_fixed: bool
    col_fixed: bool


Node = tuple[object, ...]  # ("num", 1.0), ("ref", _Ref), ("call", name, [args]), ...
Value = float | str | bool | None


def anchor(row: int, col: int) -> _Ref:
    """A relative reference to the cell a rule is anchored at (it moves with the cell)."""
    return _Ref(row, col, False, False)


def _col(letters: str) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index - 1


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        found = _TOKEN.match(text, position)
        if found is None or found.end() == position:
            raise Unknown(text[position:])
        kind = found.lastgroup or ""
        out.append((kind, found[kind]))
        position = found.end()
        while position < len(text) and text[position].isspace():
            position += 1
    return out


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise Unknown("end of formula")
        self.at += 1
        return self.tokens[self.at - 1]

    def expect(self, text: str) -> None:
        if self.take()[1] != text:
            raise Unknown(f"expected {text}")

    def comparison(self) -> Node:
        left = self.concat()
        while self.peek() in _COMPARISONS:
            op = self.take()[1]
            left = ("cmp", op, left, self.concat())
        return left

    def concat(self) -> Node:
        left = self.additive()
        while self.peek() == "&":
            self.take()
            left = ("cat", left, self.additive())
        return left

    def additive(self) -> Node:
        left = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            left = ("arith", op, left, self.term())
        return left

    def term(self) -> Node:
        left = self.power()
        while self.peek() in ("*", "/"):
            op = self.take()[1]
            left = ("arith", op, left, self.power())
        return left

    def power(self) -> Node:
        left = self.unary()
        while self.peek() == "^":
            self.take()
            left = ("arith", "^", left, self.unary())
        return left

    def unary(self) -> Node:
        if self.peek() in ("-", "+"):
            op = self.take()[1]
            inner = self.unary()
            return ("arith", "*", ("num", -1.0), inner) if op == "-" else inner
        node = self.primary()
        while self.peek() == "%":
            self.take()
            node = ("arith", "/", node, ("num", 100.0))
        return node

    def primary(self) -> Node:
        kind, text = self.take()
        if kind == "number":
            return ("num", float(text))
        if kind == "string":
            return ("str", text[1:-1].replace('""', '"'))
        if kind == "ref":
            found = re.fullmatch(r"(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})", text)
            assert found is not None
            row = int(found[4]) - 1
            if row < 0:
                raise Unknown(text)
            return ("ref", _Ref(row, _col(found[2]), bool(found[3]), bool(found[1])))
        if kind == "name":
            name = text.upper()
            if self.peek() == "(":
                self.take()
                args: list[Node] = []
                if self.peek() != ")":
                    args.append(self.comparison())
                    while self.peek() == ",":
                        self.take()
                        args.append(self.comparison())
                self.expect(")")
                if name not in _FUNCTIONS:
                    raise Unknown(name)
                return ("call", name, args)
            if name in ("TRUE", "FALSE"):
                return ("bool", name == "TRUE")
            raise Unknown(name)  # a defined name or another sheet: not worked out
        if text == "(":
            node = self.comparison()
            self.expect(")")
            return node
        raise Unknown(text)


def compile_formula(text: str) -> Node:
    """The formula's tree; raises Unknown when it uses anything this reader cannot work out."""
    if len(text) > _MAX_LENGTH:
        raise Unknown("too long")
    body = text.strip()
    if body.startswith("="):
        body = body[1:]
    parser = _Parser(_tokens(body))
    node = parser.comparison()
    if parser.at != len(parser.tokens):
        raise Unknown("trailing text")
    return node


def _number(value: Value) -> float:
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, float):
        return value
    try:
        return float(value.strip())
    except ValueError as err:
        raise Unknown("text in arithmetic") from err


def _order(value: Value) -> tuple[int, float | str]:
    """Excel's comparison order: numbers < text < booleans, text without regard to case."""
    if isinstance(value, bool):
        return (2, float(value))
    if isinstance(value, float):
        return (0, value)
    return (1, (value or "").lower())


def _compare(op: str, a: Value, b: Value) -> bool:
    if a is None:  # a blank cell is 0 beside a number and "" beside text
        a = 0.0 if isinstance(b, float) else "" if isinstance(b, str) else False
    if b is None:
        b = 0.0 if isinstance(a, float) else "" if isinstance(a, str) else False
    x, y = _order(a), _order(b)
    tests: dict[str, Callable[[], bool]] = {
        "=": lambda: x == y,
        "<>": lambda: x != y,
        "<": lambda: x < y,
        ">": lambda: x > y,
        "<=": lambda: x <= y,
        ">=": lambda: x >= y,
    }
    return tests[op]()


def truthy(value: Value) -> bool:
    """Whether a rule's result applies its format (a number other than 0, or TRUE)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return value != 0
    return False


def _cell(value: CellValue) -> Value:
    if value is None or isinstance(value, bool | str):
        return value if not (isinstance(value, str) and value == "") else None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        raise Unknown("a date")
    return str(value)


def evaluate(node: Node, grid: Grid, shift: tuple[int, int]) -> Value:
    """The formula's value at the cell ``shift`` (rows, columns) away from the rule's anchor."""
    kind = node[0]
    if kind in ("num", "str", "bool"):
        return node[1]  # type: ignore[return-value]
    if kind == "ref":
        ref = node[1]
        assert isinstance(ref, _Ref)
        r = ref.row if ref.row_fixed else ref.row + shift[0]
        c = ref.col if ref.col_fixed else ref.col + shift[1]
        if 0 <= r < len(grid) and 0 <= c < len(grid[r]):
            return _cell(grid[r][c])
        return None
    if kind == "cmp":
        op, left, right = node[1], node[2], node[3]
        assert isinstance(op, str)
        return _compare(op, evaluate(left, grid, shift), evaluate(right, grid, shift))  # type: ignore[arg-type]
    if kind == "cat":
        parts = [evaluate(n, grid, shift) for n in node[1:]]  # type: ignore[arg-type]
        return "".join("" if p is None else _text(p) for p in parts)
    if kind == "arith":
        return _arith(node, grid, shift)
    if kind == "call":
        name, args = node[1], node[2]
        assert isinstance(name, str) and isinstance(args, list)
        return _FUNCTIONS[name](args, grid, shift)
    raise Unknown(str(kind))


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _arith(node: Node, grid: Grid, shift: tuple[int, int]) -> float:
    op, left, right = node[1], node[2], node[3]
    a = _number(evaluate(left, grid, shift))  # type: ignore[arg-type]
    b = _number(evaluate(right, grid, shift))  # type: ignore[arg-type]
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0:
            raise Unknown("division by zero")  # #DIV/0!: the rule does not apply
        return a / b
    try:
        return float(a**b)
    except (OverflowError, ZeroDivisionError, TypeError) as err:
        raise Unknown("power") from err


_Function = Callable[[list[Node], Grid, tuple[int, int]], Value]


def _and(args: list[Node], grid: Grid, shift: tuple[int, int]) -> bool:
    return bool(args) and all(truthy(evaluate(a, grid, shift)) for a in args)


def _or(args: list[Node], grid: Grid, shift: tuple[int, int]) -> bool:
    return any(truthy(evaluate(a, grid, shift)) for a in args)


def _one(args: list[Node]) -> Node:
    if len(args) != 1:
        raise Unknown("arguments")
    return args[0]


def _if(args: list[Node], grid: Grid, shift: tuple[int, int]) -> Value:
    if len(args) not in (2, 3):
        raise Unknown("arguments")
    if truthy(evaluate(args[0], grid, shift)):
        return evaluate(args[1], grid, shift)
    return evaluate(args[2], grid, shift) if len(args) == 3 else False


_FUNCTIONS: dict[str, _Function] = {
    "AND": _and,
    "OR": _or,
    "NOT": lambda a, g, s: not truthy(evaluate(_one(a), g, s)),
    "ISNUMBER": lambda a, g, s: isinstance(evaluate(_one(a), g, s), float),
    "ISTEXT": lambda a, g, s: isinstance(evaluate(_one(a), g, s), str),
    "ISBLANK": lambda a, g, s: evaluate(_one(a), g, s) is None,
    "ABS": lambda a, g, s: abs(_number(evaluate(_one(a), g, s))),
    "VALUE": lambda a, g, s: _number(evaluate(_one(a), g, s)),
    "UPPER": lambda a, g, s: _text(evaluate(_one(a), g, s) or "").upper(),
    "LOWER": lambda a, g, s: _text(evaluate(_one(a), g, s) or "").lower(),
    "TRIM": lambda a, g, s: " ".join(_text(evaluate(_one(a), g, s) or "").split()),
    "IF": _if,
}
