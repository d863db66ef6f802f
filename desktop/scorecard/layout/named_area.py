"""The council a many-area table is about, as the file's own lines above the table name it.

An open-data extract or benchmarking download gives every indicator for the council and
its comparators, one row per area ('Area name', 'Local authority', 'Organisation', often
beside an area code such as E08000004). The lines above the table usually say whose extract
it is: 'Report: Oldham in context', 'Prepared by: Oldham Council', 'Local authority:
Oldham'. Where they name exactly one of the table's areas, that area's rows are the
observations and the others are its comparators, as if ``--area`` had named it.

What the lines say about comparators does not count: a line labelled so ('Comparators:
England; Bolton, Bury') and the words of a title from such a word on ('Oldham compared with
its neighbours') list the other areas. A line naming three or more of the areas lists them
and singles none out. A name counts only as a proper noun standing on its own ('Sutton' in
'Jane Sutton' is a person's).

Where the lines name two of the areas, the first is read and the cell of the second held
for review; where they name a council whose rows are not in the table ('Prepared by: Wigan
Council' over Bolton, Bury and Oldham), its cell is held and no area is read. Where they
name none, the file is refused as before: which area to import is the user's choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.read.grid import CellValue

MAX_LINES = 30  # rows above the table looked at
MAX_CELLS = 4  # a row with more filled cells is a table's, not a title or metadata line
LISTING = 3  # a cell naming this many of the areas lists them, naming none as the council
_LABELLED = re.compile(r"^\s*(?P<label>[^\W\d][\w ()/&'-]{0,40}?)\s*:\s*(?P<value>.*)$")
_WORD_BEFORE = re.compile(r"([^\W\d][\w'’-]*)\s+$")


@dataclass(frozen=True, slots=True)
class Naming:
    """One council a line names as the file's: the key of one of the table's areas, or
    ``among`` False for a council the table has no rows for."""

    key: str
    shown: str  # as the table's rows write it (else as the line does)
    row: int
    col: int
    text: str  # the whole line, for the message
    among: bool


def namings(
    rows: list[list[CellValue]], areas: dict[str, str], codes: dict[str, str]
) -> list[Naming]:
    """Each council the lines ``rows`` (those above the table) name as the file's, in reading
    order, once each. ``areas``: the table's councils by ``area_key`` -> as written;
    ``codes``: their codes (E08000004) -> ``area_key``."""
    found: list[Naming] = []
    for index, row in enumerate(rows[-MAX_LINES:], start=max(0, len(rows) - MAX_LINES)):
        filled = [(c, text_of(v)) for c, v in enumerate(row) if isinstance(v, str) and v.strip()]
        if not filled or sum(1 for v in row if v is not None and str(v).strip()) > MAX_CELLS:
            continue
        line = " ".join(t for _, t in filled)
        for col, text, label in _own_parts(filled):
            named = _in_cell(text, label, line, areas, codes, index, col)
            if len({n.key for n in named if n.among}) >= LISTING:
                continue  # 'Areas: Bolton, Bury, Oldham': a list of them, none singled out
            for naming in named:
                if all(n.key != naming.key for n in found):
                    found.append(naming)
    return found


def _own_parts(filled: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(column, text, its label) of each cell of a line that may name the council: up to the
    first word saying what follows are comparators, none after a comparators label. A cell
    ending in a colon ('Local authority:') labels the cell after it."""
    parts: list[tuple[int, str, str]] = []
    label = ""
    for col, text in filled:
        cue = vocabulary.COMPARATOR_WORDS.search(text)
        own = text[: cue.start()] if cue is not None else text
        if own.strip():
            parts.append((col, own, label))
        if cue is not None:
            break  # the rest of the line lists comparators
        label = text[:-1] if text.rstrip().endswith(":") else ""
    return parts


def _in_cell(
    text: str,
    label: str,
    line: str,
    areas: dict[str, str],
    codes: dict[str, str],
    row: int,
    col: int,
) -> list[Naming]:
    spans: list[tuple[int, int, str, str, bool]] = []  # start, end, key, shown, among
    words = set(vocabulary.normalise(text).split())
    for key, shown in areas.items():
        if not words.issuperset(key.split()):
            continue  # (a download may hold thousands of areas)
        for found in _name_pattern(key).finditer(text):
            if _proper(text, found.start()):
                spans.append((found.start(), found.end(), key, shown, True))
    for code, key in codes.items():
        if code not in text:
            continue
        for found in re.finditer(rf"(?<![\w]){re.escape(code)}(?![\w])", text):
            spans.append((found.start(), found.end(), key, areas[key], True))
    for found in vocabulary.COUNCIL_NAMED.finditer(text):
        name = _council(found)
        key = vocabulary.area_key(name)
        if not key or vocabulary.area_comparator(name) is not None:
            continue
        among = _among(key, areas)
        if among is not None:
            spans.append((found.start(), found.end(), among, areas[among], True))
        else:
            spans.append((found.start(), found.end(), key, name, False))
    labelled = _LABELLED.match(f"{label}: {text}" if label else text)
    if labelled is not None and vocabulary.normalise(labelled["label"]) in (
        vocabulary.AREA_LINE_LABELS
    ):
        spans.extend(_labelled(labelled["value"], areas, codes))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str, str, bool]] = []
    for span in spans:  # 'Bristol' inside 'Bristol City Council' is one naming
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return [Naming(key, shown, row, col, line, among) for _, _, key, shown, among in kept]


def _labelled(
    value: str, areas: dict[str, str], codes: dict[str, str]
) -> list[tuple[int, int, str, str, bool]]:
    """'Local authority: Wigan' names Wigan whether or not the table has its rows."""
    value = value.strip()
    name = re.sub(r"\s*\([^)]*\)\s*$", "", value)  # 'Oldham (E08000004)'
    if name in codes:  # 'Area code: E08000004', found by the codes already
        return []
    key = vocabulary.area_key(name)
    words = set(key.split())
    if not key or vocabulary.area_comparator(name) is not None:
        return []
    if words & vocabulary.GROUP_WORDS or words <= (
        vocabulary.OWN_AREA_WORDS | vocabulary.NOT_COUNCIL_NAMES
    ):
        return []  # 'Area: All councils', 'Authority: Local authority'
    among = _among(key, areas)
    if among is not None:
        return [(0, 0, among, areas[among], True)]
    return [(0, 0, key, name, False)]


def _council(found: re.Match[str]) -> str:
    """The name in 'Oldham Council' or 'London Borough of Sutton', without 'The' or 'Report'."""
    name = found["before"] or found["after"] or ""
    words = name.split()
    while words and words[0].lower() in vocabulary.NOT_COUNCIL_NAMES:
        words.pop(0)
    return " ".join(words)


def _among(key: str, areas: dict[str, str]) -> str | None:
    """The table's area ``key`` is, or ends with ('Report Oldham' is Oldham)."""
    words = key.split()
    for first in range(len(words)):
        tail = " ".join(words[first:])
        if tail in areas:
            return tail
    return None


def _name_pattern(key: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in key.split()]
    return re.compile(r"(?<![\w])" + r"[\s,.'’&-]+".join(words) + r"(?![\w])", re.IGNORECASE)


def _proper(text: str, start: int) -> bool:
    """A name written as one ('Oldham', 'OLDHAM'), not inside a longer one ('Jane Sutton')."""
    if not text[start].isupper():
        return False
    before = _WORD_BEFORE.search(text[:start])
    if before is None:
        return True
    word = before.group(1)
    return not word[0].isupper() or word.lower() in vocabulary.BEFORE_AREA_NAME
