"""Read scorecard cell values: numbers ("54%", "£1,234", "*"), RAG ratings, polarity, trend.

Decisions worth knowing:

* Percentages are kept in points: "54%" and 0.54 in a "0%"-formatted cell both give 54.0.
* Anything that is not a number keeps its text ("*", "n/a", "10-12", "1.2e3"); a blank
  cell gives neither value nor text (no observation).
* A two-colour rating ("Red/Amber", "Amber/Green") takes its first colour.
  "Blue"/"Completed" (the B of BRAG: finished, no longer judged) gives no RAG.
* Ranking words follow benchmarking usage, where "Ascending" ranks the smallest value
  first (LGBF ranks costs "Ascending"), so ascending is lower-is-better and
  descending higher-is-better; LGBF's "Goldilocks" is on-target.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from desktop.scorecard.model import CellValue, Polarity, Rag

__all__ = [
    "Direction",
    "ParsedNumber",
    "canonical_unit",
    "is_missing_marker",
    "normalise_name",
    "parse_direction",
    "parse_number",
    "parse_polarity",
    "parse_rag",
    "rag_from_fill",
    "unit_from_header",
    "unit_from_number_format",
]

Direction = Literal["improving", "worsening", "up", "down", "same"]


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A cell read as a number: ``value`` None means no number (``text`` says what stood there)."""

    value: float | None
    text: str | None
    unit: str | None
    is_percent: bool


_BLANK = ParsedNumber(None, None, None, False)
_MAX_TEXT = 200
_SPACES = "\u00a0\u2007\u2009\u202f"

_MISSING = frozenset(
    {
        "*", "**", "***", "c", "x", "z", "u", "-", "--", "n/a", "na", "n.a.", "n.a", "nk",
        "..", "...", ":", "?", "[c]", "[x]", "[z]", "[u]", "[low]", "[w]", "#n/a", "#div/0!",
        "#value!", "#ref!", "#name?", "#num!", "#null!", "#getting_data", "#spill!", "#calc!",
        "tbc", "tba", "tbd", "not available", "not applicable", "no data", "not known",
        "unknown", "none", "nil return", "awaiting data", "data not available", "suppressed",
        "not yet available", "pending",
        # Welsh: amherthnasol (not applicable), ddim ar gael (not available)
        "amh", "amh.", "dd/g", "ddim ar gael", "dim data",
    }
)  # fmt: skip


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for space in _SPACES:
        text = text.replace(space, " ")
    return re.sub(r"\s+", " ", text).strip()


def is_missing_marker(text: str) -> bool:
    """True for the usual "no figure" markers: "*", "c", "n/a", "..", "[x]", "#N/A", "TBC"."""
    cleaned = _clean(text).lower()
    return cleaned in _MISSING or cleaned in {"\u2013", "\u2014", "\u2212"}


# ---------------------------------------------------------------- numbers

_CURRENCY = {"£": "£", "$": "$", "€": "€", "gbp": "£"}
_SCALE = r"(?P<scale>k|m|bn|mn|million|billion|thousand)?"
_NUM = r"(?P<num>\d[\d,. ]*|\.\d+)"
_NUMBER_RE = re.compile(
    rf"(?P<sign>[-+])?\s*(?P<cur>£|\$|€|gbp)?\s*(?P<sign2>[-+])?\s*{_NUM}\s*"
    rf"(?:(?<=\d)\s*{_SCALE}(?![a-z]))?\s*(?P<pct>%|per\s?cent|pct)?\s*(?P<rest>.*)",
    re.I,
)
_RATE_UNIT_RE = re.compile(r"(?:per|/)\s*(?:\d[\d,]*(?:\s?k)?|head|capita|fte)\b.*", re.I)
_WORD_UNIT_RE = re.compile(r"[a-z][a-z.]*(?:\s[a-z][a-z.]*){0,2}", re.I)
_PCT_FORMAT_RE = re.compile(r'"[^"]*"|\\.|%')


def _to_float(digits: str, decimal_comma: bool) -> float | None:
    """Read "1,234.5" / "13 210" (or "1.234,5" with a decimal comma); None when malformed."""
    digits = digits.strip()
    group, point = (".", ",") if decimal_comma else (",", ".")
    if digits.count(point) > 1:
        return None
    whole, _, fraction = digits.partition(point)
    lone_point = decimal_comma and point not in digits and group in digits
    if lone_point and not re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+", whole):
        # "1.5" in a decimal-comma file: a point not followed by groups of three is decimal
        return float(whole) if re.fullmatch(r"\d*\.\d+", whole) else None
    for separator in (group, " "):
        if separator in whole:
            if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+", whole):
                return None
            whole = whole.replace(separator, "")
    if not re.fullmatch(r"\d*", whole) or not re.fullmatch(r"\d*", fraction):
        return None
    if not whole and not fraction:
        return None
    return float(f"{whole or '0'}.{fraction or '0'}")


def _round(value: float) -> float:
    """Drop the binary noise of scaling a fraction to points (0.545 * 100 -> 54.5)."""
    return float(f"{value:.10g}")


def _text_number(text: str, decimal_comma: bool) -> ParsedNumber:
    original = text
    body = text
    negative = False
    accounting = re.fullmatch(r"\((.+)\)", body)
    if accounting:
        body, negative = accounting.group(1).strip(), True
    body = re.sub(r"^[\u2212\u2013\u2014]", "-", body)
    body = re.sub(r"(?<=[\d%])\s*[*\u2020\u2021]+$", "", body)  # footnote mark: "54%*"
    found = _NUMBER_RE.fullmatch(body)
    if not found:
        return ParsedNumber(None, original, None, False)
    number = _to_float(found["num"], decimal_comma)
    if number is None:
        return ParsedNumber(None, original, None, False)
    signs = (found["sign"] or "") + (found["sign2"] or "")
    if len(signs) > 1 or (negative and signs):
        return ParsedNumber(None, original, None, False)
    if signs == "-":
        negative = True
    unit = _unit_after(found, number)
    if unit is None:
        return ParsedNumber(None, original, None, False)
    value = -number if negative else number
    is_percent = bool(found["pct"])
    return ParsedNumber(value, None, unit or None, is_percent)


def _unit_after(found: re.Match[str], number: float) -> str | None:
    """The unit written around the number; "" for none; None when the text is not a number."""
    rest = found["rest"].strip()
    currency = _CURRENCY[found["cur"].lower()] if found["cur"] else None
    scale = (found["scale"] or "").lower()
    if found["pct"]:
        return "%" if not rest and not currency and not scale else None
    if scale and not currency:
        return None  # "1.2k", "3m": read as text, not silently rescaled
    if currency:
        if rest:  # "£12.50 per head"
            per = _RATE_UNIT_RE.fullmatch(rest) or re.fullmatch(r"per\s+[a-z ]{1,20}", rest, re.I)
            spaced = " ".join(rest.lower().split())
            return f"{currency} {spaced}" if per and not scale else None
        return currency + {"": "", "k": "k", "thousand": "k", "m": "m", "mn": "m"}.get(
            scale, "m" if scale == "million" else "bn"
        )
    if not rest:
        return ""
    if _RATE_UNIT_RE.fullmatch(rest):
        return re.sub(r"\s+", " ", rest).lower()
    if _WORD_UNIT_RE.fullmatch(rest) and len(rest) <= 30 and not re.search(r"\d", rest):
        word = rest.lower().rstrip(".")
        return _PLURAL_UNITS.get(word, word)
    return None


_PLURAL_UNITS = {
    "day": "days", "week": "weeks", "hour": "hours", "hr": "hours", "hrs": "hours",
    "min": "minutes", "mins": "minutes", "minute": "minutes", "month": "months",
    "year": "years", "yr": "years", "yrs": "years",
}  # fmt: skip
_RATE_WORDS_RE = re.compile(r"^(?:[£$€]\s*)?(?:per|/)\s*\d[\d,]*\s*k?$|^rate\b", re.I)


def canonical_unit(unit: str | None) -> str | None:
    """Map a unit as written ("per 1,000", "day", "£m", "%") to the export's vocabulary.

    Rates per N become "rate"; time units are plural ("days"); "£m"/"£k" and other
    units are kept (lower case), since rescaling them would change the figures.
    """
    if unit is None or not unit.strip():
        return None
    cleaned = " ".join(unit.strip().lower().split())
    if cleaned in ("%", "percent", "per cent", "percentage", "pct"):
        return "%"
    if _RATE_WORDS_RE.search(cleaned):
        return "rate"
    if cleaned in ("number", "no", "no.", "count", "#"):
        return "number"
    return _PLURAL_UNITS.get(cleaned, cleaned)


def _scales_percent(number_format: str | None) -> bool:
    """True when the format shows the value times 100 (an unquoted %)."""
    section = (number_format or "").split(";")[0]
    return "%" in _PCT_FORMAT_RE.findall(section)


def unit_from_number_format(number_format: str | None) -> str | None:
    """What an Excel number format says about units: "%", "£", or quoted text ("days")."""
    if not number_format:
        return None
    section = number_format.split(";")[0]
    if _scales_percent(section) or re.search(r'"\s*%\s*"|\\%', section):
        return "%"
    if "£" in section or "[$£" in section:
        return "£"
    if "€" in section:
        return "€"
    if "[$$" in section or '"$"' in section or "\\$" in section:
        return "$"
    quoted = re.findall(r'"([^"]+)"', section)
    words = " ".join(q.strip() for q in quoted if q.strip()).lower()
    if words:
        return words
    trailing = re.search(r"[0#?]\s+([A-Za-z]+)\s*$", section)
    return trailing.group(1).lower() if trailing else None


def parse_number(
    value: CellValue, *, number_format: str | None = None, decimal_comma: bool = False
) -> ParsedNumber:
    """Read one cell as a number. Never raises; see ``ParsedNumber``."""
    try:
        return _parse_number(value, number_format, decimal_comma)
    except (ValueError, OverflowError):  # e.g. an integer too large for a float
        return ParsedNumber(None, "(number out of range)", None, False)


def _parse_number(value: CellValue, number_format: str | None, decimal_comma: bool) -> ParsedNumber:
    if value is None:
        return _BLANK
    if isinstance(value, bool):
        return ParsedNumber(None, "TRUE" if value else "FALSE", None, False)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return ParsedNumber(None, value.isoformat(), None, False)
    if isinstance(value, int | float):
        number = float(value)
        if math.isnan(number):
            return _BLANK
        if math.isinf(number):
            return ParsedNumber(None, str(value), None, False)
        unit = unit_from_number_format(number_format)
        if unit == "%" and _scales_percent(number_format):
            return ParsedNumber(_round(number * 100), None, "%", True)
        return ParsedNumber(number, None, unit, unit == "%")
    text = _clean(value)
    if not text:
        return _BLANK
    if len(text) > _MAX_TEXT or is_missing_marker(text):
        return ParsedNumber(None, text, None, False)
    return _text_number(text, decimal_comma)


# ---------------------------------------------------------------- RAG

_RAG_WORDS: dict[str, Rag] = {
    "red": "red", "r": "red", "amber": "amber", "a": "amber", "yellow": "amber",
    "orange": "amber", "green": "green", "g": "green",
    # Welsh
    "coch": "red", "ambr": "amber", "oren": "amber", "melyn": "amber", "gwyrdd": "green",
}  # fmt: skip
_RAG_SYMBOLS: dict[str, Rag] = {
    "🔴": "red", "🟥": "red", "🟠": "amber", "🟡": "amber", "🟧": "amber", "🟨": "amber",
    "🟢": "green", "🟩": "green",
}  # fmt: skip
_RAG_PHRASES: dict[str, Rag] = {
    "off track": "red", "off target": "red", "not on track": "red", "not on target": "red",
    "significantly off target": "red", "significantly off track": "red", "not met": "red",
    "not achieved": "red", "target not met": "red", "target missed": "red", "missed": "red",
    "at risk": "amber", "slightly off target": "amber", "slightly off track": "amber",
    "close to target": "amber", "near target": "amber", "within tolerance": "amber",
    "some concerns": "amber", "partially met": "amber", "partially achieved": "amber",
    "on target": "green", "on track": "green", "achieved": "green", "met": "green",
    "exceeded": "green", "target met": "green", "target achieved": "green",
    "target exceeded": "green", "better than target": "green",
}  # fmt: skip
_NO_RAG = frozenset({"blue", "b", "completed", "complete", "grey", "gray", "no rag", "n/a"})
_MAX_RAG_TEXT = 60


def _rag_words(text: str) -> str:
    cleaned = re.sub(r"[^a-z/ ]+", " ", _clean(text).lower())
    return re.sub(r"\s+", " ", cleaned).strip()


def _says_not_rated(text: str) -> bool:
    """ "Blue", "Completed", "n/a": the cell says there is no rating, whatever its colour."""
    return _rag_words(text) in _NO_RAG


def _rag_from_text(text: str) -> Rag | None:
    if text.strip() in _RAG_SYMBOLS:
        return _RAG_SYMBOLS[text.strip()]
    cleaned = _rag_words(text)
    if not cleaned or len(cleaned) > _MAX_RAG_TEXT:
        return None
    if cleaned in _RAG_WORDS:
        return _RAG_WORDS[cleaned]
    if cleaned in _RAG_PHRASES:
        return _RAG_PHRASES[cleaned]
    parts = [p.strip() for p in re.split(r"[/ ]", cleaned) if p.strip()]
    if len(parts) == 2 and all(p in _RAG_WORDS for p in parts):
        return _RAG_WORDS[parts[0]]  # "Red/Amber", "A/G": the first colour
    first = parts[0] if parts else ""
    if len(first) > 1 and first in _RAG_WORDS:
        return _RAG_WORDS[first]  # "Green - on track"
    for phrase, rag in sorted(_RAG_PHRASES.items(), key=lambda item: -len(item[0])):
        if cleaned.startswith(phrase + " "):
            return rag
    return None


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


def parse_rag(value: CellValue, *, fill: str | None = None) -> Rag | None:
    """A RAG rating from the cell's words or letters, else from its fill colour.

    Text wins when it names a rating; compare with ``rag_from_fill`` to spot a cell
    whose colour disagrees with its words.
    """
    try:
        if isinstance(value, str) and len(value) <= 4 * _MAX_RAG_TEXT:
            if _says_not_rated(value):
                return None
            from_text = _rag_from_text(value)
            if from_text is not None:
                return from_text
        return rag_from_fill(fill)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------- polarity and trend

_POLARITY: dict[str, Polarity] = {
    "higher is better": "higher_is_better", "high is better": "higher_is_better",
    "high": "higher_is_better", "higher": "higher_is_better", "bigger is better":
    "higher_is_better", "more is better": "higher_is_better", "up": "higher_is_better",
    "↑": "higher_is_better", "▲": "higher_is_better", "⬆": "higher_is_better",
    "aim high": "higher_is_better", "aim higher": "higher_is_better",
    "good is high": "higher_is_better", "high is good": "higher_is_better",
    "maximise": "higher_is_better", "maximize": "higher_is_better",
    "increase": "higher_is_better", "increase is good": "higher_is_better",
    "descending": "higher_is_better", "desc": "higher_is_better",
    "lower is better": "lower_is_better", "low is better": "lower_is_better",
    "low": "lower_is_better", "lower": "lower_is_better", "smaller is better":
    "lower_is_better", "less is better": "lower_is_better", "down": "lower_is_better",
    "↓": "lower_is_better", "▼": "lower_is_better", "⬇": "lower_is_better",
    "aim low": "lower_is_better", "aim lower": "lower_is_better",
    "good is low": "lower_is_better", "low is good": "lower_is_better",
    "minimise": "lower_is_better", "minimize": "lower_is_better",
    "reduce": "lower_is_better", "decrease": "lower_is_better",
    "ascending": "lower_is_better", "asc": "lower_is_better",
    "on target": "on_target", "within range": "on_target", "in range": "on_target",
    "close to target is better": "on_target", "closer to target is better": "on_target",
    "neutral target": "on_target", "target": "on_target", "goldilocks": "on_target",
    "on target is better": "on_target", "range": "on_target",
    "-": "none", "n/a": "none", "na": "none", "none": "none", "no polarity": "none",
    "not applicable": "none", "context": "none", "contextual": "none", "neutral": "none",
    "monitor": "none", "monitoring": "none", "for information": "none", "data only": "none",
    # Welsh
    "uwch yn well": "higher_is_better", "uchel": "higher_is_better",
    "is yn well": "lower_is_better", "isel": "lower_is_better",
}  # fmt: skip
_POLARITY_PHRASES: list[tuple[str, Polarity]] = [
    ("higher is better", "higher_is_better"), ("high is good", "higher_is_better"),
    ("bigger is better", "higher_is_better"), ("more is better", "higher_is_better"),
    ("lower is better", "lower_is_better"), ("low is good", "lower_is_better"),
    ("smaller is better", "lower_is_better"), ("less is better", "lower_is_better"),
    ("close to target", "on_target"), ("within range", "on_target"),
]  # fmt: skip
_POLARITY_PREFIX_RE = re.compile(
    r"^(?:polarity|aim|good performance is|direction)\s*[:=-]?\s*", re.I
)

_DIRECTION_WORDS: dict[str, Direction] = {
    "improving": "improving", "improved": "improving", "improvement": "improving",
    "better": "improving", "getting better": "improving",
    "worsening": "worsening", "worsened": "worsening", "worse": "worsening",
    "declining": "worsening", "declined": "worsening", "deteriorating": "worsening",
    "deteriorated": "worsening", "deterioration": "worsening", "getting worse": "worsening",
    "up": "up", "increase": "up", "increased": "up", "increasing": "up", "rising": "up",
    "rise": "up", "higher": "up", "going up": "up",
    "down": "down", "decrease": "down", "decreased": "down", "decreasing": "down",
    "falling": "down", "fall": "down", "fell": "down", "lower": "down", "going down": "down",
    "same": "same", "no change": "same", "unchanged": "same", "stable": "same",
    "steady": "same", "static": "same", "maintained": "same", "level": "same",
    "similar": "same", "no significant change": "same", "consistent": "same",
    # Welsh
    "gwella": "improving", "wedi gwella": "improving", "gwaethygu": "worsening",
    "wedi gwaethygu": "worsening", "dirywio": "worsening", "dim newid": "same",
    "i fyny": "up", "i lawr": "down",
}  # fmt: skip
_ARROWS: dict[str, Direction] = {
    "↑": "up", "▲": "up", "⬆": "up", "↗": "up", "⇧": "up", "△": "up", "⇑": "up",
    "↓": "down", "▼": "down", "⬇": "down", "↘": "down", "⇩": "down", "▽": "down", "⇓": "down",
    "→": "same", "↔": "same", "⇔": "same", "⬌": "same", "►": "same", "▶": "same",
    "◄►": "same", "=": "same", "⟷": "same",
}  # fmt: skip


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
    text = _POLARITY_PREFIX_RE.sub("", text)
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


# ---------------------------------------------------------------- headers and names

_UNIT_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:\bper\b|/)\s*\d[\d,]*\s*(?:k\b)?", re.I), "rate"),
    (re.compile(r"%|\bper\s?cent(?:age)?\b|\bpercentage\b|\bpct\b", re.I), "%"),
    (re.compile(r"£|\bgbp\b", re.I), "£"),
    (re.compile(r"\brate\b", re.I), "rate"),
    (re.compile(r"\bdays?\b", re.I), "days"),
    (re.compile(r"\bweeks?\b", re.I), "weeks"),
    (re.compile(r"\bhours?\b|\bhrs\b", re.I), "hours"),
    (re.compile(r"\bminutes?\b|\bmins\b", re.I), "minutes"),
    (re.compile(r"\bnumber\b|\bno\.?\s+of\b|\bcount\b", re.I), "number"),
    (re.compile(r"\bratio\b", re.I), "ratio"),
    (re.compile(r"\bscore\b", re.I), "score"),
]


def unit_from_header(text: str) -> str | None:
    """The unit an indicator name or column header implies: "%", "£", "days", "rate", "number"."""
    if not isinstance(text, str) or not text.strip():
        return None
    cleaned = _clean(text[: 4 * _MAX_TEXT])
    for pattern, unit in _UNIT_RULES:
        if pattern.search(cleaned):
            return unit
    return None


def normalise_name(text: str) -> str:
    """A matching key for an indicator name: lower case, no punctuation or accents, & -> and."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ").replace("%", " percent ")
    text = re.sub(r"\bper\s+cent\b|\bpercentage\b", "percent", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return re.sub(r"\s+", " ", text).strip()
