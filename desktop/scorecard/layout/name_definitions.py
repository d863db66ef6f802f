"""An indicator's short name and its definition typed in one name cell, a line break between.

To keep a printed table narrow, some councils put what a measure counts inside its own cell:
'Direct payments' on the first line (often in bold), then 'People receiving long-term
community support who get some or all of it as a direct payment (%).' below it. The first
line names the indicator; the rest is its definition, kept as its description.

A cell is read so only when the first line is a whole name (words, not a code, not ending on
a word that carries the name on to the next line) and the rest reads as a sentence of its own
(a capital or a figure first, at least six words, no shorter than the name, not in Title
Case). Anything else ('Households in temporary accommodation' over 'at the end of the
quarter', a unit such as '(per 1,000 population)' below the name, a Title Case name carried
on) stays one name, as today. And a table is read so
only when the style is the table's: at least two of its name cells, and most of those that
break over lines, split this way, and no two indicators would be left with the same name.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.parse import cells

__all__ = ["Definitions", "decide", "split"]

_SCAN = 3000  # rows looked at: enough for any scorecard, bounded for long exports
_MIN_WORDS = 6  # a definition is a sentence, not a qualifier ('Older people')
_MOST = 2 / 3  # of the name cells that break over lines, the share that must split
WHY = "cells: each name cell holds a short name, then its definition — the first line taken"


def split(text: str) -> tuple[str, str] | None:
    """(name, definition) of a name cell whose first line names the indicator and whose
    other lines define it; None for any other cell."""
    if "\n" not in text and "\r" not in text:
        return None
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return None
    first, rest = lines[0].rstrip(":").strip(), " ".join(lines[1:])
    if not _whole_name(first) or not _sentence(rest, first):
        return None
    return first, rest


def _whole_name(line: str) -> bool:
    words = line.split()
    if not any(w.isalpha() and len(w) >= 3 and not w.isupper() for w in words):
        return False  # 'HC01', 'NI 192': a code, with the name below it
    if line[-1] in vocabulary.NAME_CARRIES_ON_MARKS:
        return False
    return words[-1].lower() not in vocabulary.NAME_CARRIES_ON_WORDS


def _sentence(rest: str, name: str) -> bool:
    lead = rest[0]
    if not (lead.isupper() or lead.isdigit()):
        return False  # 'at the end of the quarter', '(per 1,000 population)': the name's own
    words = rest.split()
    if len(words) < _MIN_WORDS or len(rest) < len(name):
        return False
    # 'Delivered in the Year by Registered Providers': a Title Case name carried on, where
    # a sentence capitalises only its first word, names and initials
    long_words = [w for w in words[1:] if w.isalpha() and len(w) >= 4]
    capitals = sum(1 for w in long_words if w[0].isupper() and w[1:].islower())
    return len(long_words) < 2 or capitals * 2 < len(long_words)


@dataclass(frozen=True, slots=True)
class Definitions:
    """The name cells of one table that hold a name and its definition, by their text."""

    found: dict[str, tuple[str, str]]

    def of(self, value: object) -> tuple[str, str] | None:
        """(name, definition) of a name cell, or None when it is read whole."""
        return self.found.get(value) if isinstance(value, str) else None


def decide(header: Header, name: Column | None) -> Definitions | None:
    """How this table's name cells are read, when most hold a name and its definition."""
    if name is None:
        return None
    rows = header.sheet.rows[header.first_data : header.first_data + _SCAN]
    values = [r[name.index] if name.index < len(r) else None for r in rows]
    if sum(1 for v in values if isinstance(v, str) and ("\n" in v or "\r" in v)) < 2:
        return None  # the usual case: names on one line each
    texts = [
        v
        for r, v in zip(rows, values, strict=True)
        if isinstance(v, str) and v.strip() and any(cells.is_figure(x) for x in r)
    ]
    broken = [t for t in texts if "\n" in t.strip() or "\r" in t.strip()]
    found = {t: s for t in broken if (s := split(t)) is not None}
    if len(found) < 2 or len(found) < _MOST * len(broken):
        return None
    named: dict[str, str] = {}
    for text in texts:
        short = found[text][0] if text in found else text_of(text)
        if named.setdefault(vocabulary.normalise(short), text) != text:
            return None  # two indicators would be left with one name
    if name.why != "the saved mapping":
        name.why = WHY
    return Definitions(found)
