"""What a custom number format shows in place of a number: words, where a section is text only.

A template may store a status as 1, 2 or 3 and show it as words through the format
'[=1]"On track";[=2]"At risk";"Off track"', or a direction of travel as 1, -1 or 0 through
'[>0]"▲ Improving";[<0]"▼ Worsening";"► No change"'. The sheet shows the words, never the
number. The section a number is shown by is picked as Excel picks it: where the format has
conditions ('[=1]', '[>0]', '[<0]'), the first section whose condition the number meets, else
the section after the conditional ones; without conditions, the positive, negative and zero
sections ('"Met";"Not met";"n/a"'). A section shows words only when it is nothing but quoted
text ('"On track"'), characters escaped with a backslash ('\\Y') or plain signs ('-'), with
its colour ('[Red]'); one with a digit placeholder ('0.0" days"', '#,##0" pts"'), a date or
time code or 'General' shows the number, and is not words.

Where the format is not understood, its conditions leave the number uncovered, or Excel might
put a minus sign before the words (a negative number shown by a section not meant for
negatives), no words are given: the number is read as it was stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# a colour ('[Red]', '[Color10]') or a locale with no currency sign ('[$-809]'): shown nowhere
_SILENT = re.compile(
    r"\[(?:black|blue|cyan|green|magenta|red|white|yellow|colou?r\s*\d{1,2}|\$-[0-9a-f]+)\]",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"\[(<=|>=|<>|=|<|>)\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\]")
# signs Excel shows as typed without quotes; anything else unquoted (digit placeholders,
# '.', ',', '%', '@', 'E+', date and time letters, 'General') shows the number or the text
_PLAIN_SIGNS = frozenset("$-+():!^&'~{}<>= ")


@dataclass(frozen=True, slots=True)
class _Section:
    condition: tuple[str, float] | None  # ('=', 1.0) for '[=1]'
    words: str | None  # the text it shows, where it shows nothing but text; else None


def sections(code: str) -> list[str]:
    """A format code's sections, split at the semicolons outside quotes and escapes."""
    out: list[str] = []
    start = 0
    quoted = False
    i = 0
    while i < len(code):
        ch = code[i]
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and not quoted:
            i += 1
        elif ch == ";" and not quoted:
            out.append(code[start:i])
            start = i + 1
        i += 1
    out.append(code[start:])
    return out


def _section(text: str) -> _Section | None:
    """One section's condition and the words it shows; None where it cannot be read."""
    condition: tuple[str, float] | None = None
    rest = text
    while rest.startswith("["):
        silent = _SILENT.match(rest)
        if silent:
            rest = rest[silent.end() :]
            continue
        test = _CONDITION.match(rest)
        if test is None:
            break  # '[h]', '[DBNum1]', '[$€-2]': the body decides (it is no words)
        if condition is not None:
            return None  # two conditions on one section
        condition = (test.group(1), float(test.group(2)))
        rest = rest[test.end() :]
    return _Section(condition, _words(rest))


def _words(body: str) -> str | None:
    """The text a section's body shows, where it shows nothing but text."""
    shown: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == '"':
            end = body.find('"', i + 1)
            if end < 0:
                return None
            shown.append(body[i + 1 : end])
            i = end + 1
        elif ch == "\\":
            if i + 1 >= len(body):
                return None
            shown.append(body[i + 1])
            i += 2
        elif ch in "_*":
            i += 2  # a space as wide as the next character, or a fill repeating it
        elif ch in _PLAIN_SIGNS:
            shown.append(ch)
            i += 1
        else:
            return None
    words = " ".join("".join(shown).split())
    return words or None


@lru_cache(maxsize=1024)
def _parsed(code: str) -> tuple[_Section, ...] | None:
    """The number sections of a format (the fourth is for text), or None where any of them
    cannot be read."""
    found: list[_Section] = []
    for part in sections(code)[:3]:
        section = _section(part)
        if section is None:
            return None
        found.append(section)
    return tuple(found)


@lru_cache(maxsize=1024)
def shows_words(code: str) -> bool:
    """True when some number section of the format shows words instead of the number."""
    parsed = _parsed(code)
    return parsed is not None and any(s.words for s in parsed)


def _holds(condition: tuple[str, float], value: float) -> bool:
    op, bound = condition
    if op == "=":
        return value == bound
    if op == "<>":
        return value != bound
    if op == "<":
        return value < bound
    if op == ">":
        return value > bound
    if op == "<=":
        return value <= bound
    return value >= bound


def _for_negatives(condition: tuple[str, float]) -> bool:
    """A condition only negatives (and perhaps zero) meet: its section shows them unsigned."""
    op, bound = condition
    return (op == "<" and bound <= 0) or (op == "<=" and bound < 0)


def _pick(parsed: tuple[_Section, ...], value: float) -> _Section | None:
    """The section Excel shows ``value`` by, where that is sure and shows it without a sign."""
    if not parsed:
        return None
    conditions = [s.condition for s in parsed]
    if not any(conditions):
        if len(parsed) == 1:
            return parsed[0] if value >= 0 else None  # '-' before the words
        if len(parsed) == 2:
            return parsed[0] if value >= 0 else parsed[1]
        return parsed[0] if value > 0 else parsed[1] if value < 0 else parsed[2]
    first = conditions[0]
    if first is None:
        return None  # a condition on a later section only: not a form Excel reads
    if _holds(first, value):
        return parsed[0] if value >= 0 or _for_negatives(first) else None
    if len(parsed) == 1:
        return None  # the number meets no condition
    second = conditions[1]
    if second is not None:
        if _holds(second, value):
            return parsed[1] if value >= 0 or _for_negatives(second) else None
        if len(parsed) == 2:
            return None
        rest = parsed[2]
    elif len(parsed) == 2:
        rest = parsed[1]
    else:
        return None  # '[=1]..;..;..': the second section unconditional before a third
    if rest.condition is not None:
        return None
    return rest if value >= 0 else None


def shown_words(code: str | None, value: object) -> str | None:
    """The words ``code`` shows for the number ``value`` in place of it, or None where the
    cell shows the number (or the format cannot be followed): see the module's note."""
    if not code or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value:  # NaN
        return None
    parsed = _parsed(code)
    if parsed is None or not any(s.words for s in parsed):
        return None
    section = _pick(parsed, float(value))
    return section.words if section is not None else None
