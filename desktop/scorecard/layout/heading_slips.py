"""A heading word typed with one slip read as the heading word it was meant to be.

A scorecard kept by hand carries its typist's slips: 'Tagret 2024/25', '2023/24 Acutal',
'Q3 Perfromance', 'Comentary'. A reader is sure what each was meant to say when the word is
one letter away (a letter typed, dropped, changed, or two beside each other swapped) from
exactly one heading word of five or more letters, no list here knows it as a word of its
own, and the cells under it hold what that heading's column holds. ``mended`` gives the
heading with such words put right; ``weigh`` says whether a column's cells fit a role. A
word a letter away from two heading words, or from a short one ('Rat' is 'Rag'? 'Ref'?),
is left as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_WORD = re.compile(r"[A-Za-z]+")
_LETTERS = re.compile(r"[a-z]+")


def _words_in(value: object) -> Iterator[str]:
    """Every lower-case word in a list of the vocabulary (its keys and values too)."""
    if isinstance(value, str):
        yield from _LETTERS.findall(value.lower())
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _words_in(key)
            yield from _words_in(item)
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _words_in(item)


def _heading_words() -> frozenset[str]:
    """The words of the headings that name a column's role, by which a slip is read."""
    found: set[str] = set()
    for words in [*vocabulary.SYNONYMS.values(), *vocabulary.COMPARATOR_HEADINGS.values()]:
        for heading in words:
            found.update(vocabulary.normalise(heading).split())
    return frozenset(w for w in found if w.isalpha() and len(w) >= vocabulary.SLIP_WORD_MIN)


def _known_words() -> frozenset[str]:
    """Every word the vocabulary writes anywhere (Welsh headings, rating words, months...):
    each is a word of its own, never a slip."""
    found: set[str] = set(vocabulary.NOT_SLIPS)
    for name, value in vars(vocabulary).items():
        if name.isupper() and not isinstance(value, re.Pattern):
            found.update(_words_in(value))
    return frozenset(found)


HEADING_WORDS = _heading_words()
_KNOWN = _known_words()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _index(words: Iterable[str]) -> dict[str, set[str]]:
    """Each heading word, and each with one letter dropped -> the heading words it comes from."""
    found: dict[str, set[str]] = {}
    for word in words:
        for key in {word, *_deletions(word)}:
            found.setdefault(key, set()).add(word)
    return found


_BY_KEY = _index(HEADING_WORDS)


def one_slip(typed: str, word: str) -> bool:
    """True when ``typed`` is ``word`` with one letter typed, dropped, changed, or two letters
    beside each other swapped (and is not ``word``)."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == word[diff[1]]
            and typed[diff[1]] == word[diff[0]]
        )
    short, long = (typed, word) if len(typed) < len(word) else (word, typed)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def meant(typed: str) -> str | None:
    """The one heading word a lower-case word typed with a slip was meant to be, or None
    (a known word, no heading word a letter away, or more than one)."""
    if typed in _KNOWN or len(typed) < vocabulary.SLIP_WORD_MIN - 1:
        return None
    near: set[str] = set()
    for key in {typed, *_deletions(typed)}:
        near.update(w for w in _BY_KEY.get(key, ()) if one_slip(typed, w))
    return near.pop() if len(near) == 1 else None


@lru_cache(maxsize=4096)
def mended(text: str) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """``text`` with each slipped word put right ('Tagret 2024/25' -> 'Target 2024/25'), with
    the words put right as typed and as read, or None when no word was."""
    slips: list[tuple[str, str]] = []

    def put_right(found: re.Match[str]) -> str:
        typed = found.group(0)
        word = meant(typed.lower())
        if word is None:
            return typed
        read = word.capitalize() if typed[0].isupper() else word
        slips.append((typed, read))
        return read

    out = _WORD.sub(put_right, text)
    return (out, tuple(slips)) if slips else None


_FIGURES: frozenset[Role] = frozenset(
    {"actual", "target", "comparator", "numerator", "denominator"}
)
_TEXTS: frozenset[Role] = frozenset(
    {"name", "commentary", "description", "owner", "service", "portfolio"}
)
AGREEING = 0.75  # the share of a column's filled cells that must fit the role read
FEWEST = 2  # and at least this many


def _fits(role: Role, value: CellValue) -> bool | None:
    """Whether one filled cell fits ``role`` (None: it says nothing, as 'n/a' does)."""
    key = vocabulary.normalise(value) if isinstance(value, str) else ""
    if role in _FIGURES:
        if cells.is_figure(value):
            return True
        return None if key in vocabulary.MISSING_MARKERS or not key else False
    if not isinstance(value, str):
        return False
    shown = value.strip()
    if role == "rag":
        return (
            key in vocabulary.RAG_WORDS
            or shown in vocabulary.RAG_SYMBOLS
            or key in vocabulary.RAG_PHRASES
        )
    if role == "polarity":
        return key in vocabulary.POLARITY_WORDS or key in vocabulary.POLARITY_LETTERS
    if role == "direction":
        return key in vocabulary.DIRECTION_WORDS or shown in vocabulary.DIRECTION_ARROWS
    if role in _TEXTS:
        return bool(_LETTERS.search(key)) and not cells.is_figure(value)
    if role == "code":
        return 0 < len(shown) <= 20
    return False


def held(role: Role) -> str:
    """What a column of ``role`` holds, as a review line says it ('figures', 'rating words')."""
    if role in _FIGURES:
        return "figures"
    return {
        "rag": "rating words",
        "polarity": "polarity words",
        "direction": "direction-of-travel words or arrows",
        "code": "indicator codes",
    }.get(role, "text")


Verdict = Literal["agree", "some", "none"]


def weigh(role: Role, column: Iterable[CellValue]) -> Verdict:
    """Whether the filled cells of a column hold what ``role``'s column holds (figures under a
    value or target, rating words under a RAG, text under commentary): 'agree' when enough of
    them do, 'some' when some but not enough do, 'none' when none does ('n/a' and the like
    count for neither; a role whose cells say nothing of it, 'ignore' or 'period', fits none)."""
    if role not in _FIGURES | _TEXTS | {"rag", "polarity", "direction", "code"}:
        return "none"
    fit = unfit = 0
    for value in column:
        if cells.is_blank(value):
            continue
        said = _fits(role, value)
        if said is True:
            fit += 1
        elif said is False:
            unfit += 1
    if fit >= FEWEST and fit >= AGREEING * (fit + unfit):
        return "agree"
    return "some" if fit else "none"
