"""Read the key (legend) a workbook prints for its status symbols: '● = On track', '▲ | Green'.

A council that rates with shapes or its own words says what they mean somewhere: a key
row under the table, a legend block beside it, or a 'Key' sheet. Each entry pairs a short
token (a symbol, or one word) with a meaning that names a rating ("On track", "(Green)",
"Data only"). The key is read before the tables and wins over the shared vocabulary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal, cast

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import text_of
from desktop.scorecard.layout.heading_notes import heading_note_lines
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

# 'unclear': the file's key gives the token more than one meaning (three coloured '●' told
# apart only by their colour, which a key's text does not carry), so the token alone says none
Meaning = Rag | Literal["none", "unclear"]
Key = dict[str, Meaning]

FULL_SCAN_ROWS = 2000  # sheets longer than this are searched at their top and bottom only
EDGE_ROWS = 60
_COLOURS = re.compile(rf"\b({vocabulary.alternatives(vocabulary.COLOUR_WORDS)})\b", re.I)
_SEPARATORS = " \t=:–—-|"
_DESCRIPTIONS = tuple((re.compile(p), rag) for p, rag in vocabulary.KEY_MEANING_PATTERNS)
# a rating word whose meaning varies by council, given its meaning in the file's own key
_WORD_ENTRY = re.compile(
    r"(?<!\w)(?P<word>"
    + "|".join(sorted(vocabulary.AMBIGUOUS_RATINGS, key=len, reverse=True))
    + r")\s*[=:–—-]\s*(?P<meaning>[^,;=]+?)(?=\s*(?:[,;]|$|\b[A-Za-z]+\s*[=:]))",
    re.I,
)


# 'Achieving = Green; Slightly below = Amber; Not achieving = Red': a council's own phrases,
# several to a colour with commas between ('On track, target met = Green')
_PHRASE_ENTRY = re.compile(
    r"(?P<phrase>[^\W\d_][^=;:,\n()]{0,48}?(?:\s*,\s*[^=;:,\n()]{1,48}?)*)\s*=\s*\(?\s*"
    rf"(?P<colour>{vocabulary.alternatives(vocabulary.COLOUR_WORDS)})\b",
    re.I,
)
_PHRASE_ALTERNATIVES = re.compile(r"\s+/\s+")
MAX_PHRASE_WORDS = 6


def phrase_entries(text: str) -> list[tuple[str, Meaning]]:
    """A key line giving phrases their colours, two colours at least ('On course = Green,
    Some slippage = Amber, Stalled = Red'): each phrase (each of 'A / B', and each of a list
    'A, B = Green') with its meaning. One 'X = Red' alone in a sentence is no key."""
    found = list(_PHRASE_ENTRY.finditer(text))
    if len(found) < 2:
        return []
    meanings = [vocabulary.COLOUR_WORDS[m["colour"].lower()] for m in found]
    if len({m for m in meanings if m != "none"}) < 2:
        return []
    out: list[tuple[str, Meaning]] = []
    for match, meaning in zip(found, meanings, strict=True):
        listed = _listed_phrases(match["phrase"])
        if listed and text[: match.start()].rstrip().endswith("="):
            listed = listed[1:]  # 'Red = not started, Slipping = Amber': 'not started' is red's
        listed = [p for p in listed if not _is_key_label(p)]  # 'Key, On track = Green'
        if len(listed) > 1:
            listed.append(", ".join(listed))  # a cell may say all of it: 'Complete, on time'
        for phrase in (alt for p in listed for alt in _PHRASE_ALTERNATIVES.split(p)):
            words = phrase.split()
            if not words or len(words) > MAX_PHRASE_WORDS:
                continue
            if phrase.lower() in vocabulary.COLOUR_WORDS:
                continue
            out.append((" ".join(words).casefold(), meaning))
    return out


def _listed_phrases(text: str) -> list[str]:
    """'On track, target met' -> two phrases; 'Below target, but within 5%' -> one: a part
    after a comma is a phrase of its own unless it carries on the one before (it starts with
    'but', 'within', 'or', a figure …). A lead-in that carries on nothing is left out."""
    phrases: list[str] = []
    for part in text.split(","):
        part = part.strip(" ;/")
        if not part:
            continue
        first = part.split()[0].casefold()
        if first in vocabulary.KEY_PHRASE_CONTINUATIONS or not part[0].isalpha():
            if phrases:
                phrases[-1] = f"{phrases[-1]}, {part}"
            continue
        phrases.append(part)
    return phrases


# a level between two ratings keyed to one colour in a line of text: 'Amber/Green = Green',
# 'R/A = red' (only '=' joins them: 'Amber/Green: slipping' is a status with its reason)
_BETWEEN_ENTRY = re.compile(
    r"(?<![\w/])([A-Za-z]+\s*[/&+-]\s*[A-Za-z]+)\s*=\s*\(?\s*"
    rf"({vocabulary.alternatives(vocabulary.COLOUR_WORDS)})\b",
    re.I,
)


# a level between two ratings in a line of text ('A/G', 'Amber / Green', 'R-A'), then what
# the line says it counts as ('counted as Green'), or for a further level only 'as Red'
_LEVEL = re.compile(r"(?<![\w/])[A-Za-z]+\s*[/&+\u2013\u2014-]\s*[A-Za-z]+(?![\w/])")
_COLOUR_ALONE = (
    rf"\(?\s*(?P<colour>{vocabulary.alternatives(vocabulary.COLOUR_WORDS)})\b"
    r"(?!\s*[/&+\u2013\u2014-]\s*[A-Za-z])"  # 'as Red/Amber' names a level, no colour
)
_COUNTED = re.compile(rf"^[^\n]{{0,80}}?\b(?:{vocabulary.KEY_COUNTED_AS})\s+{_COLOUR_ALONE}", re.I)
_COUNTED_AGAIN = re.compile(
    rf"^\W{{0,3}}(?:{vocabulary.KEY_COUNTED_AS_AGAIN})\s+{_COLOUR_ALONE}", re.I
)
KEY_TABLE_ROWS = 12  # rows under a key table's 'Counts as' heading read as its entries


def counted_entries(text: str) -> list[tuple[str, Meaning]]:
    """'A/G counted as Green, R/A as Red', 'Amber/Green – reported as green': each level
    between two ratings with the colour the line says it counts as (a denial, 'not counted
    as Green', places none)."""
    levels = [(m, lv) for m in _LEVEL.finditer(text) if (lv := cells.rag_between(m[0]))]
    out: list[tuple[str, Meaning]] = []
    said = False  # the line has said 'counted as' once: a further level may say only 'as'
    for n, (match, level) in enumerate(levels):
        end = next((m.start() for m, other in levels[n + 1 :] if other != level), len(text))
        segment = text[match.end() : end]
        counted = _COUNTED.match(segment)
        if counted is not None:
            said = True
        elif said:
            counted = _COUNTED_AGAIN.match(segment)
        if counted is None or vocabulary.KEY_NEGATION.search(counted[0]):
            continue
        colour = vocabulary.COLOUR_WORDS[counted["colour"].lower()]
        if colour != "none":
            out.append((between_token(level), colour))
    return out


# a code a template rates with ('1 = Target met', 'G: on target', 'A - within 5%'): one or
# two digits or letters standing alone, then what it means, up to the next code, a comma or
# the end of its sentence ('R – short of target. Grey cells: not reported': grey keys no R)
_CODE_ENTRY = re.compile(
    r"(?<![\w.%/])(?P<code>\d{1,2}|[A-Za-z]{1,2})\s*[=:–—-]\s*(?P<meaning>[^,;=]+?)"
    r"(?=\s*(?:[,;]|$|\.\s+[A-Z]|(?<![\w.%/])(?:\d{1,2}|[A-Za-z]{1,2})\s*[=:–—-]\s))"
)
_CODE = re.compile(r"^(?:\d{1,2}|[A-Za-z]{1,2})$")


def code_entries(text: str) -> tuple[tuple[str, Meaning], ...]:
    """'Status key: 1 = Target met, 2 = Within tolerance, 3 = Target missed': each code with
    its rating, when the text pairs two or more distinct codes with ratings (one alone may be
    a sentence)."""
    found: dict[str, Meaning] = {}
    for entry in _CODE_ENTRY.finditer(text):
        meaning = meaning_of(entry["meaning"])
        if meaning is not None:
            found.setdefault(entry["code"].casefold(), meaning)
    if len(found) < 2 or len(set(found.values())) < 2:
        return ()
    return tuple(found.items())


def _code_text(value: CellValue) -> str | None:
    """A cell that may be a code in a key: '1', 1, 'G', 'NA'."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() and 0 <= value < 100 else None
    if isinstance(value, str) and _CODE.match(value.strip()):
        return value.strip().casefold()
    return None


def is_symbol(char: str) -> bool:
    """A pictograph or shape (●, ▲, ✓, ⚠), not a letter, digit, sign or punctuation."""
    return unicodedata.category(char) == "So"


def meaning_of(text: str) -> Meaning | None:
    """What a key's description says: a rating, 'none' (data only, completed), or None."""
    text = text.strip(_SEPARATORS + ".,;()")
    if not text:
        return None
    colours = {vocabulary.COLOUR_WORDS[c.lower()] for c in _COLOURS.findall(text)}
    if len(colours) == 1:
        return colours.pop()  # "Below target but within 5% (Amber)": the colour named
    if cells.rag_not_rated(text):
        return "none"
    lowered = " ".join(text.lower().split())
    for pattern, rag in _DESCRIPTIONS:
        if pattern.search(lowered):
            return rag  # "Below target but within 5%": the tolerance decides, not 'below'
    return cells.rag_text(text)


@lru_cache(maxsize=4096)
def entries_in_text(text: str) -> tuple[tuple[str, Meaning], ...]:
    """'● = On track   ▲ = At risk': each symbol with the meaning written after it."""
    positions = [i for i, ch in enumerate(text) if is_symbol(ch)]
    if not positions:
        return ()
    found: list[tuple[str, Meaning]] = []
    for n, at in enumerate(positions):
        if n + 1 < len(positions) and positions[n + 1] == at + 1:
            continue  # a symbol written with a variation selector or doubled: keep the last
        end = positions[n + 1] if n + 1 < len(positions) else len(text)
        meaning = meaning_of(text[at + 1 : end])
        if meaning is not None:
            found.append((text[at], meaning))
    return tuple(found)


def read_key(workbook: Workbook) -> Key:
    """Every key entry printed anywhere in the workbook (a token given two meanings is unclear)."""
    key: Key = {}
    graded = _Graded()
    for sheet in workbook.sheets:
        legend = vocabulary.normalise(sheet.name) in vocabulary.KEY_SHEETS
        label: tuple[int, int] | None = None  # a 'Status key' label: (its column, rows left)
        counted: tuple[int, int] | None = None  # a key table's 'Counts as': (column, rows left)
        for row in _rows(sheet):
            _row_entries(row, key, words=legend)
            if counted is not None:
                _counted_row(row, counted[0], key)
                counted = (counted[0], counted[1] - 1) if counted[1] > 1 else None
            heading = _counted_heading(row)
            if heading is not None:
                counted = (heading, KEY_TABLE_ROWS)
            graded.see(row)
            if legend:
                filled = [v for v in row if not cells.is_blank(v)]
                _code_row(filled, key)
                _between_row(filled, key)
            elif label is not None:  # '1 | Target met' rows under the label, in its column
                beside = [v for v in row[label[0] + 1 : label[0] + 3] if not cells.is_blank(v)]
                pair = [row[label[0]] if label[0] < len(row) else None, *beside][:2]
                _code_row(pair, key)
                _between_row(pair, key)
                label = (label[0], label[1] - 1) if label[1] > 1 else None
            at = next((i for i, v in enumerate(row) if _is_key_label(v)), None)
            if at is not None:
                label = (at, 6)
    graded.enter(key)
    return key


_INTENSE = {
    f"{word} {base}": base
    for base in vocabulary.GRADED_BASES
    for word in vocabulary.GRADE_INTENSIFIERS
}


class _Graded:
    """'Below target' beside 'Significantly below target' in one file: a scale of levels,
    whose plain phrase is the middle one (amber), not the red it is on its own."""

    def __init__(self) -> None:
        self.plain: set[str] = set()
        self.strong: set[str] = set()

    def see(self, row: list[CellValue]) -> None:
        for value in row:
            if not isinstance(value, str) or len(value) > 40:
                continue
            text = " ".join(value.split()).casefold().rstrip(".")
            if text in vocabulary.GRADED_BASES:
                self.plain.add(text)
            elif text in _INTENSE:
                self.strong.add(_INTENSE[text])

    def enter(self, key: Key) -> None:
        for base in self.plain & self.strong:
            key.setdefault(base, "amber")


def _enter(key: Key, token: str, meaning: Meaning) -> None:
    """A key entry; a token the key has already given another meaning is unclear."""
    known = key.setdefault(token, meaning)
    if known != meaning:
        key[token] = "unclear"


def _is_key_label(value: CellValue) -> bool:
    """'Key', 'Status key:', 'RAG key', 'Legend': the label above a block of key rows."""
    if not isinstance(value, str) or len(value) > 24:
        return False
    text = vocabulary.normalise(value)
    return text in vocabulary.KEY_LABELS or text in vocabulary.CODE_KEY_LABELS


def _code_row(filled: list[CellValue], key: Key) -> None:
    """'1 | Target met' on a key sheet or under a 'Key' label: a code beside its meaning."""
    if len(filled) < 2:
        return
    code = _code_text(filled[0])
    if code is None or not isinstance(filled[1], str):
        return
    if len(filled[1]) > 60:
        return  # a note beside a number, not what a code means
    meaning = meaning_of(filled[1])
    if meaning is not None:
        _enter(key, code, meaning)


def between_token(levels: tuple[Rag, Rag]) -> str:
    """How a level between two ratings is keyed, however it is spelt ('A/G', 'Amber / Green')."""
    return f"{levels[0]}/{levels[1]}"


def _between_row(filled: list[CellValue], key: Key) -> None:
    """'Amber/Green | Counted as Green' in a key block: a level between two ratings placed
    on the red/amber/green scale. Only a description naming one colour places it: a meaning
    of its own ('Below target by less than 5%') is not a rating the app has."""
    if len(filled) < 2 or not isinstance(filled[0], str) or not isinstance(filled[1], str):
        return
    levels = cells.rag_between(filled[0]) if len(filled[0]) <= 25 else None
    if levels is None or len(filled[1]) > 80:
        return
    colours = {vocabulary.COLOUR_WORDS[c.lower()] for c in _COLOURS.findall(filled[1])}
    if len(colours) == 1 and (found := colours.pop()) != "none":
        _enter(key, between_token(levels), found)


def _counted_heading(row: list[CellValue]) -> int | None:
    """The column of a key table headed with what each rating counts as ('Counted in the
    corporate summary as', 'RAG equivalent'), or None."""
    for index, value in enumerate(row):
        if (
            isinstance(value, str)
            and len(value) <= 60
            and vocabulary.KEY_COUNTED_AS_HEADING.search(vocabulary.normalise(value))
        ):
            return index
    return None


def _counted_row(row: list[CellValue], column: int, key: Key) -> None:
    """'A/G | Amber/Green | Missed by less than 5% | Green' under a 'Counts as' heading: the
    level between two ratings the row names, counted as the one colour in that column."""
    value = row[column] if column < len(row) else None
    if not isinstance(value, str) or len(value) > 40 or cells.rag_between(value) is not None:
        return
    if vocabulary.KEY_NEGATION.search(value):
        return
    colours = {vocabulary.COLOUR_WORDS[c.lower()] for c in _COLOURS.findall(value)}
    if len(colours) != 1 or (colour := colours.pop()) == "none":
        return
    levels = {
        found
        for index, cell in enumerate(row)
        if index != column
        and isinstance(cell, str)
        and len(cell) <= 25
        and (found := cells.rag_between(cell)) is not None
    }
    if len(levels) == 1:
        _enter(key, between_token(levels.pop()), colour)


def _rows(sheet: Sheet) -> list[list[CellValue]]:
    """The rows searched for key entries; a text box's lines (a key drawn beside the table)
    and the lines of the notes on heading cells after them, each a row of one cell."""
    rows = sheet.rows
    if len(rows) > FULL_SCAN_ROWS:
        rows = rows[:EDGE_ROWS] + rows[-EDGE_ROWS:]
    drawn = [*sheet.boxes, *heading_note_lines(sheet)]
    if drawn:
        rows = [*rows, *([cast(CellValue, line)] for line in drawn)]
    return rows


def _row_entries(row: list[CellValue], key: Key, *, words: bool = False) -> None:
    """Key entries in one row; on a key sheet also a status word beside its meaning
    ('Exceeding | Above target (Green)')."""
    texts = [text_of(v) if isinstance(v, str) else "" for v in row]
    if words:
        filled = [t for t in texts if t]
        if (
            len(filled) >= 2
            and len(filled[0]) <= 25
            and cells.rag_text(filled[0]) is None
            and cells.rag_between(filled[0]) is None  # placed only by a colour: _between_row
        ):
            meaning = meaning_of(filled[1])
            if meaning is not None:
                _enter(key, filled[0].casefold(), meaning)
    for index, text in enumerate(texts):
        if not text:
            continue
        if _symbol_alone(text):
            # a symbol alone in its cell: its meaning is in the next filled cell, unless
            # the symbol stands in a run of them (a row of ratings, one per period: '⚠ | ✔
            # | ⚠ | Not due' keys nothing)
            following = next((t for t in texts[index + 1 : index + 3] if t), "")
            before = next((t for t in reversed(texts[max(0, index - 2) : index]) if t), "")
            if _symbol_alone(following) or _symbol_alone(before):
                continue
            meaning = meaning_of(following) if following else None
            if meaning is not None:
                _enter(key, text.replace("\ufe0f", ""), meaning)
            continue
        for token, meaning in entries_in_text(text):
            _enter(key, token, meaning)
        for token, meaning in code_entries(text):  # "1 = Target met, 2 = Within tolerance"
            _enter(key, token, meaning)
        for level, colour in _BETWEEN_ENTRY.findall(text):  # "Amber/Green = Green"
            levels = cells.rag_between(level)
            if levels is not None and colour.lower() in vocabulary.COLOUR_WORDS:
                found_colour = vocabulary.COLOUR_WORDS[colour.lower()]
                if found_colour != "none":
                    _enter(key, between_token(levels), found_colour)
        for token, meaning in counted_entries(text):  # "A/G counted as Green, R/A as Red"
            _enter(key, token, meaning)
        if "=" in text:
            for token, meaning in phrase_entries(text):  # "Achieving = Green; ..."
                _enter(key, token, meaning)
        for found in _WORD_ENTRY.finditer(text):  # "Blue = completed", "B: target exceeded"
            meaning = meaning_of(found["meaning"])
            if meaning is not None:
                _enter(key, found["word"].casefold(), meaning)


def _symbol_alone(text: str) -> bool:
    return 0 < len(text) <= 2 and all(is_symbol(ch) or ch == "\ufe0f" for ch in text)


def rating(key: Key, value: object) -> Meaning | None:
    """A cell's rating through the key, or None when the key does not say."""
    if not key:
        return None
    if isinstance(value, int | float):  # a status coded 1/2/3 in a column of numbers
        code = _code_text(value)
        return key.get(code) if code is not None else None
    if not isinstance(value, str):
        return None
    text = value.strip().replace("\ufe0f", "")
    return key.get(text) or key.get(text.casefold())


def is_key_text(text: str) -> bool:
    """A cell that is itself a key ('● = On track ▲ = At risk'), not an indicator's name."""
    return len(entries_in_text(text)) >= 2


def is_key_label(value: CellValue) -> bool:
    """'Key', 'Status key:', 'Legend': the label over a block of key entries."""
    return _is_key_label(value)
