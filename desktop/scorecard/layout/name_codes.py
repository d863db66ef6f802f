"""Codes written inside the name cells of a table that has no code column.

'Rent collected as % of rent due (HSG 04)', '[RB/01] Council tax collected',
'PAM/012 - Households prevented from homelessness', 'NI 192: Household waste recycled':
where at least half the named rows (and at least three) carry a code-shaped token leading
the name or trailing it (in brackets, or after a dash or colon; one table may mix the two
forms), and no code stands for two names, the token is the code and the rest of the cell the name. A unit or word in
brackets ('(%)', '(number)'), a period ('(Q2)', '(2024/25)') or a plain number is no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.parse import cells

_CODE = vocabulary.CODE_IN_NAME
_LEADING = re.compile(
    rf"^\s*(?:\[(?P<b>{_CODE})\]|\((?P<p>{_CODE})\)|(?P<c>{_CODE}))"
    r"(?:\s*[-–—:.|]\s*|\s+)(?P<name>\S.*?)\s*$"
)
_TRAILING = re.compile(
    rf"^\s*(?P<name>\S.*?)\s*(?:\((?P<p>{_CODE})\)|\[(?P<b>{_CODE})\]|[-–—:|]\s*(?P<c>{_CODE}))\s*$"
)
_KINDS = {"leading": _LEADING, "trailing": _TRAILING}
_SCAN = 3000  # rows looked at: enough for any scorecard, bounded for long exports
WHY = "cells: the names carry their codes — codes taken from the names"


@dataclass(frozen=True)
class NameCodes:
    """How a table's name cells carry their codes: where ('leading', 'trailing' or both),
    and the patterns that find them, the form most names use first."""

    kind: str
    patterns: tuple[re.Pattern[str], ...]

    def split(self, text: str) -> tuple[str, str] | None:
        """(code, name) of one name cell, or None when it carries no code."""
        return _split_any(self.patterns, text)


def _split_any(patterns: tuple[re.Pattern[str], ...], text: str) -> tuple[str, str] | None:
    for pattern in patterns:
        found = _split(pattern, text)
        if found is not None:
            return found
    return None


def _split(pattern: re.Pattern[str], text: str) -> tuple[str, str] | None:
    found = pattern.match(text)
    if found is None:
        return None
    code = found["b"] or found["p"] or found["c"]
    name = found["name"].strip(" -–—:|")
    if not name or vocabulary.NOT_CODE_IN_NAME.fullmatch(code.upper()) or not _wordy(name):
        return None
    return code, name


def _wordy(name: str) -> bool:
    return any(ch.isalpha() for ch in name)


def decide(header: Header, name: Column | None) -> NameCodes | None:
    """The way this table's names carry codes, when there is no code column and most do."""
    if name is None or header.one("code") is not None:
        return None
    rows = header.sheet.rows[header.first_data : header.first_data + _SCAN]
    texts = {
        t
        for r in rows
        if any(cells.is_figure(v) for v in r)
        for t in [text_of(r[name.index]) if name.index < len(r) else ""]
        if t
    }
    if len(texts) < 3:
        return None
    # the form most names use first; a table may mix them ('[RB/01] Council tax collected'
    # beside 'Rent collected (HSG 04)'), each name split by the first form it takes
    counts = {
        kind: sum(_split(pattern, t) is not None for t in texts) for kind, pattern in _KINDS.items()
    }
    kinds = sorted((k for k in _KINDS if counts[k]), key=lambda k: -counts[k])
    patterns = tuple(_KINDS[k] for k in kinds)
    splits = [s for s in (_split_any(patterns, t) for t in texts) if s is not None]
    if len(splits) < 3 or len(splits) * 2 < len(texts):
        return None
    names_of: dict[str, str] = {}
    codes_of: dict[str, str] = {}
    for code, rest in splits:
        key, label = code.upper(), vocabulary.normalise(rest)
        if names_of.setdefault(key, label) != label or codes_of.setdefault(label, key) != key:
            return None
    mark(name)
    return NameCodes(" and ".join(kinds), patterns)


def mark(name: Column) -> None:
    """Say, for ``import --explain``, that the name column's codes were taken from it."""
    if name.why != "the saved mapping":
        name.why = WHY
