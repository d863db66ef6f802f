"""What any match of a regular expression must contain: a cheap test before searching.

Rules searched in order (the units a heading or an indicator's name states) run a dozen
expressions over every text, and most texts hold none of the words they look for. From an
expression itself this works out literal pieces one of which every match contains; where
an ASCII text contains none of them the search is skipped, its answer known. Where the
expression gives no such pieces (only classes of characters, or parts that may be absent),
or the text is not ASCII, the expression is always searched: the answer never changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

Pieces = frozenset[str]
T = TypeVar("T")
# per expression: (pieces, compared with the text lower-cased) or None to always search
_KNOWN: dict[re.Pattern[str], tuple[Pieces, bool] | None] = {}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def may_match(pattern: re.Pattern[str], text: str, lowered: str) -> bool:
    """False only where ``pattern`` cannot match ``text`` (``lowered``: ``text.lower()``)."""
    if not text.isascii():
        return True
    try:
        known = _KNOWN[pattern]
    except KeyError:
        known = _KNOWN[pattern] = needles(pattern)
    if known is None:
        return True
    pieces, ignore_case = known
    within = lowered if ignore_case else text
    for piece in pieces:  # noqa: SIM110 - a generator here costs a third of what is saved
        if piece in within:
            return True
    return False


class Screened(Generic[T]):
    """Rules searched in order for the first that matches a text, each searched only where
    ``may_match`` allows (the same answers as searching every rule, sooner)."""

    __slots__ = ("_rules",)

    def __init__(self, rules: Iterable[tuple[re.Pattern[str], T]]) -> None:
        self._rules = [(pattern, said, needles(pattern)) for pattern, said in rules]

    def first(self, text: str) -> T | None:
        """What the first rule whose pattern matches ``text`` says, or None."""
        plain = text.isascii()
        lowered = text.lower() if plain else text
        for pattern, said, known in self._rules:
            if plain and known is not None:  # ``may_match``, inline: this runs per rule
                pieces, ignore_case = known
                within = lowered if ignore_case else text
                for piece in pieces:  # (a generator here costs a third of what is saved)
                    if piece in within:
                        break
                else:
                    continue
            if pattern.search(text):
                return said
        return None


def needles(pattern: re.Pattern[str]) -> tuple[Pieces, bool] | None:
    """Pieces one of which every match of ``pattern`` in an ASCII text contains (lower-cased
    where the pattern ignores case, the bool), or None when the pattern gives none."""
    if not isinstance(pattern.pattern, str):
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a form this reading does not know: always search
        return None
    found = _sequence(list(parsed), pattern.flags)
    if not found:
        return None
    return frozenset(piece.lower() for piece in found) if ignore_case else found, ignore_case


def _sequence(items: list[tuple[Any, Any]], flags: int) -> Pieces | None:
    """The best pieces given by any one part every match of the sequence has, or None."""
    best: Pieces | None = None
    run = ""

    def consider(found: Pieces | None) -> None:
        nonlocal best
        if found and (best is None or _shortest(found) > _shortest(best)):
            best = found

    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        consider(_literal(run, flags))
        run = ""
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            if (add_flags | del_flags) & re.IGNORECASE:
                continue  # a part matched with other case rules: left out of the test
            consider(_sequence(list(inner), flags))
        elif op is sre.BRANCH:
            consider(_branch(value[1], flags))
        elif op in _REPEATS and value[0] >= 1:
            consider(_sequence(list(value[2]), flags))
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            consider(_sequence(list(value), flags))
        # anything else (a class, a boundary, a look-around) adds no piece
    consider(_literal(run, flags))
    return best


def _branch(alternatives: list[Any], flags: int) -> Pieces | None:
    pieces: set[str] = set()
    for alternative in alternatives:
        found = _sequence(list(alternative), flags)
        if not found:
            return None  # one alternative without pieces: any text may match
        pieces |= found
    return frozenset(pieces)


def _literal(run: str, flags: int) -> Pieces | None:
    """A run of literal characters as a piece, unless (ignoring case) one of its characters
    beyond ASCII could match an ASCII one ('K', the Kelvin sign, matches 'k')."""
    if not run:
        return None
    if flags & re.IGNORECASE:
        for char in run:
            if not char.isascii() and any(
                re.fullmatch(re.escape(char), chr(code), flags) for code in range(128)
            ):
                return None
    return frozenset({run})


def _shortest(pieces: Pieces) -> int:
    return min(len(piece) for piece in pieces)
