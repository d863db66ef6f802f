"""Read RAG ratings (words, letters, fills), polarity and direction-of-travel from cells.

Decisions worth knowing:

* A level between two ratings ("Red/Amber", "Amber/Green", "A-G": a five-level scale) is no
  rating of its own: ``between_levels`` names its two sides, and only a key in the file that
  says which rating it counts as can place it on the red/amber/green scale.
* A status typed with its reason ("Red - recruitment delays", "R – see note 3", "AMBER
  (improving)") is rated by the word or letter before the reason.
* A status written as a sentence is rated by the status phrase leading it ('Unlikely to
  achieve target by year end' red), never through a negation ('Not currently on track' is
  no rating), and not at all where the rest names another rating (``status_sentences``).
* "Blue"/"Completed" (the B of BRAG: finished, no longer judged) gives no RAG, even
  over a coloured fill.
* Ranking words follow benchmarking usage, where "Ascending" ranks the smallest value
  first (LGBF ranks costs "Ascending"), so ascending is lower-is-better and
  descending higher-is-better; LGBF's "Goldilocks" is on-target.
"""

from __future__ import annotations

import colorsys
import re
import unicodedata
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Polarity, Rag
from desktop.scorecard.parse import status_sentences
from desktop.scorecard.parse.marks import unmark
from desktop.scorecard.read.grid import CellValue

__all__ = [
    "Direction",
    "between_levels",
    "parse_direction",
    "parse_polarity",
    "parse_rag",
    "rag_exact",
    "rag_from_fill",
    "rag_from_ink",
    "says_not_rated",
    "split_reason",
]

Direction = Literal["improving", "worsening", "up", "down", "same"]

_MAX_TEXT = 200


def _clean(text: str) -> str:
    return _clean_short(text) if len(text) <= _MAX_TEXT else _cleaned(text)


def _cleaned(text: str) -> str:
    cleaned = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", unmark(text))).strip()
    return icon_words(cleaned) or cleaned


# a status, a heading or a key's word is asked about by several checks, and a file repeats
# a few of them on every row: each is cleaned once
_clean_short = lru_cache(maxsize=16384)(_cleaned)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def icon_words(text: str) -> str | None:
    """What an icon's file name or alt text shows, in words ('traffic_light_red.png' ->
    'red', 'IconAmber' -> 'amber', 'arrow_up.gif' -> 'up'); None for anything else."""
    if len(text) > 80:
        return None
    found = vocabulary.ICON_FILE.match(text) or vocabulary.ICON_ALT.match(text)
    if found is None:
        return _shape_colour(_icon_split(text)) if _ICON_NAME.fullmatch(text) else None
    words = [w for w in _icon_split(found["stem"]) if w not in vocabulary.ICON_NOISE_WORDS]
    kept = " ".join(words)
    return (
        (_shape_colour(words) if len(words) > 1 else None)
        or vocabulary.ICON_SYMBOL_WORDS.get(kept, kept)
        or None
    )


_ICON_NAME = re.compile(r"[A-Za-z]{1,20}(?:[ _.-]?[A-Za-z]{1,20}){1,3}")


def _icon_split(text: str) -> list[str]:
    return [w for w in re.split(r"[\s_.-]+", _CAMEL.sub(" ", text).lower()) if w]


def _shape_colour(words: list[str]) -> str | None:
    """The colour of an icon named by its shape and colour ('cross red', 'Tick_Green',
    'circle_red'): one colour word, every other word a shape; None for anything else."""
    colours = {w for w in words if w in vocabulary.ICON_COLOUR_WORDS}
    shapes = [w for w in words if w not in vocabulary.ICON_COLOUR_WORDS]
    if len(colours) != 1 or not shapes:
        return None
    if not all(w in vocabulary.ICON_SHAPE_WORDS for w in shapes):
        return None
    return colours.pop()


# ---------------------------------------------------------------- RAG

_RAG_WORDS: dict[str, Rag] = vocabulary.RAG_WORDS
_RAG_SYMBOLS: dict[str, Rag] = vocabulary.RAG_SYMBOLS
_RAG_PHRASES: dict[str, Rag] = vocabulary.RAG_PHRASES
_NO_RAG = vocabulary.NOT_RATED
_MAX_RAG_TEXT = 60


def _rag_words(text: str) -> str:
    cleaned = re.sub(r"[^a-z/ ]+", " ", _clean(text).lower())
    cleaned = re.sub(r"\s+", " ", cleaned).strip()
    return vocabulary.RAG_SHADE.sub("", cleaned)


def says_not_rated(value: CellValue) -> bool:
    """ "Blue", "Completed", "n/a" in a RAG cell: deliberately no rating, not a misreading."""
    return isinstance(value, str) and len(value) <= 4 * _MAX_RAG_TEXT and _says_not_rated(value)


def _says_not_rated(text: str) -> bool:
    """ "Blue", "Completed", "n/a", "N/A – contextual measure": the cell says there is no
    rating, whatever its colour."""
    if _rag_words(text) in _NO_RAG:
        return True
    head = _head(text)
    if head is not None and _rag_words(head) in _NO_RAG:
        return True
    return status_sentences.lead(_clean(text)) == "none"  # "No target set, for information"


def _head(text: str) -> str | None:
    """What stands before the reason typed after a rating ('Red' of 'Red - recruitment
    delays', 'R' of 'R – see note 3', 'N/A' of 'N/A (contextual)'); None without a reason."""
    split = split_reason(text)
    return None if split is None else split[0]


def split_reason(text: str) -> tuple[str, str] | None:
    """A rating and the reason typed after it ('Red', 'recruitment delays' of 'Red -
    recruitment delays'), or None when nothing is typed after a separator."""
    cleaned = _clean(text)
    found = vocabulary.RAG_REASON_SEPARATOR.search(cleaned)
    if found is None or found.start() == 0 or found.end() >= len(cleaned):
        return None
    return cleaned[: found.start()], cleaned[found.end() :]


_RAG_TOKEN = r"[a-z]+"
_BETWEEN = re.compile(
    rf"^(?P<a>{_RAG_TOKEN})(?:{vocabulary.RAG_BETWEEN_JOINER}|(?P<space>"
    rf"{vocabulary.RAG_BETWEEN_SPACE_JOINER}))(?P<b>{_RAG_TOKEN})(?P<rest>.*)$"
)


def between_levels(value: CellValue) -> tuple[Rag, Rag] | None:
    """The two ratings a level between them joins ("Amber/Green" -> amber, green; "R/A",
    "Red / Amber", "Amber-Green", "Green to Amber"), or None for anything else.

    Such a level is a rating of its own on a five-level scale, not a shade of either side."""
    if not isinstance(value, str) or len(value) > 4 * _MAX_RAG_TEXT:
        return None
    return _between(value)


def _between(text: str) -> tuple[Rag, Rag] | None:
    cleaned = vocabulary.RAG_SHADE.sub("", _clean(text).lower())
    found = _BETWEEN.match(cleaned)
    if found is None:
        return None
    a, b, rest = found["a"], found["b"], found["rest"].strip()
    if found["space"] is not None and (len(a) == 1 or len(b) == 1):
        return None  # 'R A' is no level; 'Red Amber' is
    if a not in _RAG_WORDS or b not in _RAG_WORDS or _RAG_WORDS[a] == _RAG_WORDS[b]:
        return None
    if rest and not vocabulary.RAG_REASON_SEPARATOR.match(rest):
        return None  # 'Green amber risk' reads as words after a rating, not a level
    return _RAG_WORDS[a], _RAG_WORDS[b]


def rag_exact(text: str) -> Rag | None:
    """A RAG rating only when the whole text is one ("Red", "On track"), not a phrase
    that merely starts like one ("Missed bins")."""
    shown = _clean(text)  # a symbol, or the one an icon's name shows ('tick.png')
    if shown in _RAG_SYMBOLS:
        return _RAG_SYMBOLS[shown]
    cleaned = _rag_words(text)
    return _RAG_WORDS.get(cleaned) or _RAG_PHRASES.get(cleaned)


_DESCRIPTIONS = tuple((re.compile(p), rag) for p, rag in vocabulary.KEY_MEANING_PATTERNS)


def _rag_from_text(text: str) -> Rag | None:
    shown = _clean(text)
    if shown in _RAG_SYMBOLS:
        return _RAG_SYMBOLS[shown]
    cleaned = _rag_words(text)
    if not cleaned:
        return None
    if cleaned in _RAG_WORDS:
        return _RAG_WORDS[cleaned]
    if cleaned in _RAG_PHRASES:
        return _RAG_PHRASES[cleaned]
    if _between(text) is not None:
        return None  # "Amber/Green": a level of its own, placed only by a key
    head = _head(text)
    if head is not None:  # "R – see note 3", "Green: on target", "On track (see comment)"
        if head.strip() in _RAG_SYMBOLS:
            return _RAG_SYMBOLS[head.strip()]  # "✗ - see note 2"
        said = _rag_words(head)  # (however long the reason after it)
        if said in _RAG_WORDS or said in _RAG_PHRASES:
            return _RAG_WORDS.get(said) or _RAG_PHRASES[said]
    if len(cleaned) <= _MAX_RAG_TEXT:
        parts = cleaned.split(" ")
        if len(parts[0]) > 1 and parts[0] in _RAG_WORDS:
            return _RAG_WORDS[parts[0]]  # "Green on track"
        lowered = _clean(text).lower()
        for pattern, rag in _DESCRIPTIONS:
            if pattern.search(lowered):
                return rag  # "Within 5%", "More than 10% below target": a tolerance described
    led = status_sentences.lead(shown)  # "Unlikely to achieve target by year end"
    if led == "none" or led == "mixed":
        return None
    return led


def _rgb(fill: str) -> tuple[int, int, int] | None:
    code = fill.strip().lstrip("#")
    if len(code) == 8:
        code = code[2:]  # ARGB: drop alpha
    if not re.fullmatch(r"[0-9A-Fa-f]{6}", code):
        return None
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def rag_from_fill(fill: str | None) -> Rag | None:
    """Classify a "RRGGBB" (or "AARRGGBB") fill as red, amber or green; None for others.

    Hue decides: reds and pinks (Excel "Bad" FFC7CE) are red, oranges and yellows
    (FFC000, FFFF00, "Neutral" FFEB9C) amber, greens ("Good" C6EFCE, 00B050, 92D050)
    green. Greys, white, black, blues and purples give None.
    """
    if not fill:
        return None
    rgb = _rgb(fill)
    if rgb is None:
        return None
    r, g, b = (c / 255 for c in rgb)
    hue, lightness, _ = colorsys.rgb_to_hls(r, g, b)
    chroma = max(r, g, b) - min(r, g, b)
    if chroma < 0.06 or lightness < 0.08 or lightness > 0.97:
        return None
    degrees = hue * 360
    if degrees < 18 or degrees >= 330:
        return "red"
    if degrees < 70:
        return "amber"
    if degrees < 170:
        return "green"
    return None


def rag_from_ink(colour: str | None) -> Rag | Literal["none"] | None:
    """A symbol's rating from its font colour: red, amber or green as for a fill; grey (the
    grey of 'not rated') gives 'none'; any other colour (blue, purple, black) None."""
    found = rag_from_fill(colour)
    if found is not None or not colour:
        return found
    rgb = _rgb(colour)
    if rgb is None:
        return None
    _, lightness, _ = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    if max(rgb) - min(rgb) < 16 and 0.2 <= lightness <= 0.9:
        return "none"
    return None


def parse_rag(value: CellValue, *, fill: str | None = None) -> Rag | None:
    """A RAG rating from the cell's words or letters, else from its fill colour.

    Text wins when it names a rating; compare with ``rag_from_fill`` to spot a cell
    whose colour disagrees with its words.
    """
    try:
        if isinstance(value, str) and len(value) <= 4 * _MAX_RAG_TEXT:
            if _says_not_rated(value) or _between(value) is not None:
                return None  # no rating, or a level no colour of the cell can place
            from_text = _rag_from_text(value)
            if from_text is not None:
                return from_text
        return rag_from_fill(fill)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------- polarity and trend

_POLARITY: dict[str, Polarity] = vocabulary.POLARITY_WORDS
_POLARITY_PHRASES: list[tuple[str, Polarity]] = vocabulary.POLARITY_PHRASES

_DIRECTION_WORDS: dict[str, Direction] = vocabulary.DIRECTION_WORDS
_ARROWS: dict[str, Direction] = vocabulary.DIRECTION_ARROWS


def _words(value: CellValue) -> str | None:
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        return None
    cleaned = _clean(value).lower()
    return re.sub(r"[.:;!]+$", "", cleaned).strip() or None


def parse_polarity(value: CellValue) -> Polarity | None:
    """Polarity from words ("Higher is better", "Low", "↓", "Ascending"); None if unknown."""
    text = _words(value)
    if text is None:
        return None
    if text in _POLARITY:
        return _POLARITY[text]
    text = vocabulary.POLARITY_PREFIX.sub("", text)
    text = re.sub(r"\s+", " ", re.sub(r"[()\[\],]", " ", text)).strip()
    if text in _POLARITY:
        return _POLARITY[text]
    # "Higher is better (good)", "Smaller is better - aim to reduce"
    found = [p for phrase, p in _POLARITY_PHRASES if re.search(rf"\b{phrase}\b", text)]
    return found[0] if len(set(found)) == 1 else None


def parse_direction(value: CellValue) -> Direction | None:
    """Direction of travel from words or arrows; "improving"/"worsening" kept apart from up/down."""
    text = _words(value)
    if text is None:
        return None
    words = re.sub(r"[^a-z ]+", " ", text)
    words = re.sub(r"\s+", " ", words).strip()
    if words in _DIRECTION_WORDS:
        return _DIRECTION_WORDS[words]
    first = words.split(" ")[0] if words else ""
    if first in ("improving", "improved", "worsening", "worsened", "declining", "deteriorating"):
        return _DIRECTION_WORDS[first]
    symbols = re.sub(r"[a-z0-9\s]+", "", text)
    if symbols in _ARROWS:
        return _ARROWS[symbols]
    if symbols and all(ch in _ARROWS for ch in symbols) and len(set(symbols)) == 1:
        return _ARROWS[symbols[0]]
    return None
