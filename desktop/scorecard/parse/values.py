"""Read scorecard cell values: numbers ("54%", "£1,234", "*"), units and indicator names.

RAG ratings, polarity and direction of travel live in ``ratings`` and are re-exported
here, so ``values`` is the one place the layout finder and importer read cells from.

Decisions worth knowing:

* Percentages are kept in points: "54%" and 0.54 in a "0%"-formatted cell both give 54.0.
* A figure typed with a fraction ('9½ days', '8 3/4', '4 and a half') is the number it says
  (``written_fractions``); 'a/b' alone is no such figure.
* Anything that is not a number keeps its text ("*", "n/a", "10-12", "1.2e3"); a blank
  cell gives neither value nor text (no observation).
* A figure written with a scale is that many units: "£1.2m" is 1,200,000 "£", "(£45k)" is
  -45,000 "£", "2.5 million" is 2,500,000. A bare lower-case "m" ("12m") may be metres or
  minutes, so it stays text; a scale stated in a heading ("£m") leaves plain cells as written.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import durations, needles, written_fractions
from desktop.scorecard.parse.marks import unmark
from desktop.scorecard.parse.ratings import (
    Direction,
    between_levels,
    parse_direction,
    parse_polarity,
    parse_rag,
    rag_from_fill,
    says_not_rated,
)
from desktop.scorecard.read.grid import CellValue

__all__ = [
    "Direction",
    "ParsedNumber",
    "between_levels",
    "canonical_unit",
    "figure_mark",
    "is_known_unit",
    "is_missing_marker",
    "is_unit_word",
    "leading_mark",
    "normalise_name",
    "parse_direction",
    "parse_number",
    "parse_polarity",
    "parse_rag",
    "rag_from_fill",
    "says_not_rated",
    "scales_percent",
    "unit_from_header",
    "unit_from_number_format",
    "written_with_scale",
]


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A cell read as a number: ``value`` None means no number (``text`` says what stood there)."""

    value: float | None
    text: str | None
    unit: str | None
    is_percent: bool


_BLANK = ParsedNumber(None, None, None, False)
_PLAIN_NUMBER_RE = re.compile(r"-?\d{1,15}(?:\.\d{1,15})?")
_MAX_TEXT = 200
_SPACES = "\u00a0\u2007\u2009\u202f"


_SPACE_RUN = re.compile(r"\s+")


def _clean(text: str) -> str:
    if text.isascii():  # no marks, compatibility forms or odd spaces to take off
        return _SPACE_RUN.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", unmark(text))
    for space in _SPACES:
        text = text.replace(space, " ")
    return re.sub(r"\s+", " ", text).strip()


def is_missing_marker(text: str) -> bool:
    """True for the usual "no figure" markers: "*", "c", "n/a", "..", "[x]", "#N/A", "TBC"."""
    cleaned = _clean(text).lower()
    return cleaned in vocabulary.MISSING_MARKERS or cleaned in {"\u2013", "\u2014", "\u2212"}


# ---------------------------------------------------------------- numbers

_SCALE = rf"(?P<scale>{vocabulary.SCALE_WORDS})?"
_NUM = r"(?P<num>\d[\d,. ]*|\.\d+)"
# a quote prefix typed before a figure ("'46", "'£1,200")
_QUOTE_PREFIX = re.compile(rf"^['\u2018\u2019](?=\s*[-+\u2212({vocabulary.CURRENCY_SIGNS}\d.])")
_NUMBER_RE = re.compile(
    rf"(?P<sign>[-+])?\s*(?P<cur>{vocabulary.CURRENCY_WORDS})?\s*(?P<sign2>[-+])?\s*{_NUM}\s*"
    rf"(?:(?<=[\d ])\s*{_SCALE}(?![a-z]))?\s*(?P<pct>{vocabulary.PERCENT_WORDS})?\s*(?P<rest>.*)",
    re.I,
)
_WORD_UNIT_RE = re.compile(r"[a-z][a-z.]*(?:\s[a-z][a-z.]*){0,2}", re.I)
_FIGURE_MARKER = re.compile(
    r"(?<=[\d%])\s*(?:[(\[]\s*(?:"
    + vocabulary.alternatives(vocabulary.FIGURE_MARKERS)
    + r")\s*[)\]]|(?:"
    + vocabulary.alternatives(vocabulary.FIGURE_MARKERS_BARE)
    + r"))\s*[*\u2020\u2021]*$",
    re.I,
)
# a statistics flag in square brackets before a figure: '[u] 47.1', '[p] 12' (GSS shorthand)
_LEADING_FLAG = re.compile(
    r"^\[\s*(?P<flag>"
    + vocabulary.alternatives(vocabulary.GSS_QUALIFIER_FLAGS)
    + r")\s*\]\s*(?=[-+\u2212\d.£$€])",
    re.I,
)
# a note's letter after a figure: '41.0 (a)', '7.2(b)', '88 [ii]' (lower case, as typed)
_FOOTNOTE_LETTER = re.compile(
    r"(?<=[\d%])\s*[(\[](?:" + vocabulary.alternatives(vocabulary.FOOTNOTE_LETTERS) + r")[)\]]$"
)
_MONEY_SIGN = re.compile(vocabulary.MONEY_SIGN)
# a mark before a figure saying it is approximate or estimated ('~85%', 'c.138,000',
# 'approx. 6,600', 'Est: 42'), where a figure follows it
_APPROXIMATE = re.compile(
    rf"^(?P<mark>{vocabulary.alternatives(vocabulary.APPROXIMATE_SIGNS)}"
    rf"|(?:{vocabulary.alternatives(vocabulary.APPROXIMATE_WORDS)})(?:(?<=\.)|\s*:|(?=\s)))"
    rf"\s*(?P<rest>[-+\u2212]?\s*{vocabulary.MONEY_SIGN}?\s*\.?\d.*)$",
    re.I | re.S,
)
# the same in ordinary words ('about 250', 'around 85%', 'roughly 12 days'), only in a short
# phrase: a figure or a range, and at most a percent or one word after it
_APPROXIMATE_PLAIN = re.compile(
    rf"^(?P<mark>{vocabulary.alternatives(vocabulary.APPROXIMATE_PLAIN_WORDS)})\s+"
    rf"(?P<rest>[-+\u2212]?\s*{vocabulary.MONEY_SIGN}?\s*\.?\d[\d,. \u2013-]*"
    rf"(?:{vocabulary.PERCENT_WORDS}|[^\W\d_]+\.?)?)$",
    re.I,
)
_PCT_FORMAT_RE = re.compile(r'"[^"]*"|\\.|%')


def leading_mark(text: str) -> tuple[str, str] | None:
    """A mark before a figure saying it is approximate or estimated, and the rest of the
    text: ('c.', '138,000') of 'c.138,000', ('est', '42') of 'Est: 42', ('about', '85%') of
    'About 85%', ('u', '47.1') of a statistics flag '[u] 47.1'; None without one. The rest need not be a figure ('c. 80-90' is a range,
    not one number); after an ordinary word ('about') it is a short phrase, never a sentence."""
    flagged = _LEADING_FLAG.match(text.strip())
    if flagged is not None:  # '[u] 47.1': a statistics flag before the figure
        return flagged["flag"].lower(), text.strip()[flagged.end() :].strip()
    if not text or not (text[0] in vocabulary.APPROXIMATE_SIGNS or text[0].isalpha()):
        return None
    stripped = text.strip()
    found = _APPROXIMATE.match(stripped) or _APPROXIMATE_PLAIN.match(stripped)
    if found is None:
        return None
    mark = found["mark"].lower().rstrip(":").strip()
    return mark, found["rest"].strip()


def figure_mark(text: str) -> str | None:
    """The mark saying how sure a figure is: after it ('r' of '61.4 (r)', 'p' of '66.8p',
    'est' of '12 [est]') or before it ('c.' of 'c.138,000', '~' of '~85%'), lower case and
    unbracketed (the one after it where there are two); None when the cell has none."""
    cleaned = _clean(text)
    found = _FIGURE_MARKER.search(cleaned)
    if found is not None:
        return re.sub(r"[()\[\]*\u2020\u2021\s]", "", found[0]).lower() or None
    before = leading_mark(cleaned)
    return before[0] if before is not None else None


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
    # a quote prefix typed into the cell ("'46") is no part of the figure
    body = _QUOTE_PREFIX.sub("", body)
    body = re.sub(r"^[\u2212\u2013\u2014]", "-", body)
    body = re.sub(r"(?<=[\d%])\s*[*\u2020\u2021]+$", "", body)  # footnote mark: "54%*"
    body = _FIGURE_MARKER.sub("", body)  # "61.4 (r)", "66.8p": revised, provisional
    note = _FOOTNOTE_LETTER.search(body)  # "41.0 (a)": a note under the table
    if note is not None and not (note[0].strip(" ()[]") == "b" and _MONEY_SIGN.search(body)):
        body = body[: note.start()]  # '£1.2 (b)' may mean billions: left for review
    before = leading_mark(body)
    if before is not None:  # "~85%", "c.138,000", "Est. 42": approximate, estimated
        body = before[1]
    found = _NUMBER_RE.fullmatch(body)
    if not found:
        return _duration(body, original, negative)
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
        return _duration(body, original, negative)
    exponent = _scale_exponent(found["scale"], bool(found["cur"]))
    if exponent:
        number = float(f"{number!r}e{exponent}")  # decimal scaling: 1.19m is 1190000.0
    value = -number if negative else number
    is_percent = bool(found["pct"])
    return ParsedNumber(value, None, unit or None, is_percent)


def _duration(body: str, original: str, negative: bool) -> ParsedNumber:
    """'0:06:42', '1m 48s', '2 mins 35 secs': a duration in seconds; else the text kept."""
    seconds = durations.parse_duration(body)
    if seconds is None:
        return ParsedNumber(None, original, None, False)
    return ParsedNumber(-seconds if negative else seconds, None, durations.SECONDS, False)


def written_with_scale(text: str) -> bool:
    """True when a figure typed as text carries its own scale ("£1.2m", "(£45k)", "2.5 million")."""
    parsed = parse_number(text)
    if parsed.value is None or not isinstance(text, str):
        return False
    body = re.sub(r"^\((.+)\)$", r"\1", _clean(text))
    found = _NUMBER_RE.fullmatch(body)
    return found is not None and _scale_exponent(found["scale"], bool(found["cur"])) is not None


def _scale_exponent(scale: str | None, currency: bool) -> int | None:
    """The power of ten a scale written after a figure means; None for none (or unsure)."""
    if not scale:
        return None
    if scale == "m" and not currency:
        return None  # "12m": metres, minutes or millions — the cell does not say
    return vocabulary.SCALE_EXPONENTS[scale.lower()]


def _unit_after(found: re.Match[str], number: float) -> str | None:
    """The unit written around the number; "" for none; None when the text is not a number."""
    rest = found["rest"].strip()
    currency = vocabulary.CURRENCIES[found["cur"].lower()] if found["cur"] else None
    scale = (found["scale"] or "").lower()
    if found["pct"]:
        return "%" if not rest and not currency and not scale else None
    if scale and _scale_exponent(found["scale"], bool(currency)) is None:
        if found["num"].endswith(" ") and not rest:
            return "m"  # "12 m": a unit word, as before
        return None  # "3m": read as text, not silently rescaled
    if currency:
        if rest:  # "£12.50 per head"
            per = vocabulary.RATE_UNIT.fullmatch(rest) or vocabulary.PER_WORDS_UNIT.fullmatch(rest)
            spaced = " ".join(rest.lower().split())
            return f"{currency} {spaced}" if per and not scale else None
        return currency
    if scale and rest:
        return None  # "2k per head", "1.2 million people": not a figure of one unit
    if not rest:
        return ""
    score = _score_scale(rest, number, found["num"])
    if score is not None:
        return score
    if vocabulary.RATE_UNIT.fullmatch(rest):
        return re.sub(r"\s+", " ", rest).lower()
    if _WORD_UNIT_RE.fullmatch(rest) and len(rest) <= 30 and not re.search(r"\d", rest):
        word = rest.lower().rstrip(".")
        return vocabulary.PLURAL_UNITS.get(word, word)
    return None


def _score_scale(rest: str, number: float, digits: str) -> str | None:
    """'out of 10' after a score ('7.2/10', '7.4 out of 10'): a mean on a 0-10 scale, not a
    rate per 10. 'out of' only after a figure with decimals: '8 out of 10' may as well be a
    count over its base, and is left as two figures."""
    found = vocabulary.SCORE_SCALE_UNIT.fullmatch(rest)
    if found is None or number > int(found["scale"]):
        return None
    if not rest.startswith("/") and "." not in digits:
        return None
    return f"out of {found['scale']}"


def is_known_unit(unit: str | None) -> bool:
    """True for a unit a figure's cell may carry on its own word: a sign or scale ('%',
    '£ per head', 'out of 10', 'per 1,000'), or a unit word of the vocabulary ('days', 'hrs',
    'tonnes', 'Dyddiau'); False for other letters after a figure ('abc' of '35.2abc')."""
    cleaned = " ".join((unit or "").lower().split()).rstrip(".")
    if re.search(r"[()\[\]]", cleaned):
        return False  # '£ per head (x)': a mark after the unit, not part of it
    if not cleaned or not re.fullmatch(r"[^\W\d_][^\W\d_. ]*(?: [^\W\d_.]+)*", cleaned):
        return True  # no unit, or one with a sign, a digit or a scale in it
    if cleaned.startswith(("per ", "out of")):
        return True
    plain = cleaned.replace("\u00f4", "o")
    return (
        cleaned in vocabulary.FIGURE_UNIT_WORDS
        or cleaned in vocabulary.PLURAL_UNITS
        or cleaned in vocabulary.DURATION_UNITS
        or cleaned in vocabulary.POWER_UNITS
        or plain in vocabulary.WELSH_UNITS
    )


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
    scale = vocabulary.SCORE_SCALE_UNIT.fullmatch(cleaned)
    if scale is not None:
        return f"out of {scale['scale']}"
    if vocabulary.RATE_WORDS.search(cleaned):
        return "rate"
    if cleaned in vocabulary.CURRENCIES:  # 'GBP' in a unit column is pounds
        return vocabulary.CURRENCIES[cleaned]
    if cleaned in ("number", "count") or cleaned.replace(" ", "") in vocabulary.COUNT_UNIT_CELLS:
        return "number"
    if cleaned.replace("\u00f4", "o") in vocabulary.WELSH_UNITS:  # 'sgôr' as 'sgor'
        return vocabulary.WELSH_UNITS[cleaned.replace("\u00f4", "o")]
    if cleaned not in vocabulary.PLURAL_UNITS:
        twice = _unit_in_two_languages(cleaned)
        if twice is not None:
            return twice
    return vocabulary.PLURAL_UNITS.get(cleaned, cleaned)


def _unit_in_two_languages(cleaned: str) -> str | None:
    """'Dyddiau / Days', 'Nifer' over 'Number' (its lines joined): one unit written in Welsh
    and in English, each half a unit the vocabulary knows and both the same one."""
    if " / " in cleaned:
        halves = cleaned.split(" / ")
        splits = [(halves[0], halves[1])] if len(halves) == 2 else []
    else:
        words = cleaned.split()
        if not 2 <= len(words) <= 4:
            return None
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    for first, second in splits:
        if first == second or not (_unit_word(first) and _unit_word(second)):
            continue
        unit = canonical_unit(first)
        if unit is not None and unit == canonical_unit(second):
            return unit
    return None


def is_unit_word(text: str) -> bool:
    """A cell that is a unit on its own, as a unit column holds it: '%', 'Number', 'Days',
    '£', 'Rate', 'per 1,000' (not any word: 'ASC01' or a name is no unit)."""
    cleaned = " ".join(text.lower().split()).rstrip(".")
    return bool(cleaned) and (
        _unit_word(cleaned)
        or cleaned in vocabulary.CURRENCIES
        or vocabulary.RATE_WORDS.search(cleaned) is not None
        or vocabulary.SCORE_SCALE_UNIT.fullmatch(cleaned) is not None
        or cleaned in vocabulary.DURATION_UNITS
    )


def _unit_word(text: str) -> bool:
    """A unit the vocabulary names in words or a sign ('days', 'nifer', '%'), not any text."""
    plain = text.strip().rstrip(".").replace("\u00f4", "o")
    return (
        plain in ("%", "#", "no", "number", "count", "percent", "per cent", "percentage")
        or plain in vocabulary.WELSH_UNITS
        or plain in vocabulary.PLURAL_UNITS
        or plain in vocabulary.PLURAL_UNITS.values()
    )


def money_scale(unit: str | None) -> tuple[str, int] | None:
    """A money unit that states a scale ('£k', '£000', "£'000s", '£ millions', '$m'): its
    currency and the power of ten a plain figure in it stands for; None for any other unit."""
    cleaned = _clean(unit or "").lower()
    for word in sorted(vocabulary.CURRENCIES, key=len, reverse=True):
        if cleaned.startswith(word):
            rest = re.sub(r"[\s'’,]", "", cleaned[len(word) :])
            break
    else:
        return None
    if not rest:
        return None
    bare = (
        rest[:-1]
        if rest.endswith("s")
        and rest[:-1] in (*vocabulary.SCALE_EXPONENTS, *vocabulary.SCALE_ZEROS)
        else rest
    )
    exponent = vocabulary.SCALE_EXPONENTS.get(bare) or vocabulary.SCALE_ZEROS.get(bare)
    return (vocabulary.CURRENCIES[word], exponent) if exponent else None


def scales_percent(number_format: str | None) -> bool:
    """True when the format shows the value times 100 (an unquoted %)."""
    section = (number_format or "").split(";")[0]
    return "%" in _PCT_FORMAT_RE.findall(section)


def unit_from_number_format(number_format: str | None) -> str | None:
    """What an Excel number format says about units: "%", "£", or quoted words ("days")."""
    if not number_format:
        return None
    section = number_format.split(";")[0]
    if scales_percent(section) or re.search(r'"\s*%\s*"|\\%', section):
        return "%"
    if "£" in section or "[$£" in section:
        return "£"
    if "€" in section:
        return "€"
    if "[$$" in section or '"$"' in section or "\\$" in section:
        return "$"
    quoted = re.findall(r'"([^"]+)"', section)
    words = " ".join(q.strip() for q in quoted if q.strip()).lower()
    if not words:
        trailing = re.search(r"[0#?]\s+([A-Za-z]+)\s*$", section)
        words = trailing.group(1).lower() if trailing else ""
    # '0" wks"' and '#,##0" per 10,000"' in the export's words ('weeks', 'rate'); words no
    # unit list knows ('0" (est)"') say nothing of the unit
    return canonical_unit(words) if words and is_known_unit(words) else None


def parse_number(
    value: CellValue, *, number_format: str | None = None, decimal_comma: bool = False
) -> ParsedNumber:
    """Read one cell as a number. Never raises; see ``ParsedNumber``.

    A figure no scorecard can mean (infinite, or beyond ±1e15: a thousand times England's
    public spending in pounds) is kept as text, so no export writes ``Infinity`` and no
    chart is asked to span it.
    """
    try:
        parsed = _parse_number(value, number_format, decimal_comma)
    except (ValueError, OverflowError):  # e.g. an integer too large for a float
        return ParsedNumber(None, "(number out of range)", None, False)
    if parsed.value is not None and not is_sane_number(parsed.value):
        return ParsedNumber(None, str(value).strip() or "(number out of range)", None, False)
    return parsed


MAX_MAGNITUDE = 1e15


def is_sane_number(value: float) -> bool:
    """Finite and within :data:`MAX_MAGNITUDE` of zero."""
    return math.isfinite(value) and abs(value) <= MAX_MAGNITUDE


def _parse_number(value: CellValue, number_format: str | None, decimal_comma: bool) -> ParsedNumber:
    if value is None:
        return _BLANK
    if isinstance(value, bool):
        return ParsedNumber(None, "TRUE" if value else "FALSE", None, False)
    if isinstance(value, dt.time):  # a time value in a figure's cell: a duration
        return ParsedNumber(durations.time_seconds(value), None, durations.SECONDS, False)
    if isinstance(value, dt.datetime | dt.date):
        return ParsedNumber(None, value.isoformat(), None, False)
    if isinstance(value, int | float):
        number = float(value)
        if math.isnan(number):
            return _BLANK
        if math.isinf(number):
            return ParsedNumber(None, str(value), None, False)
        unit = unit_from_number_format(number_format)
        if unit == "%" and scales_percent(number_format):
            return ParsedNumber(_round(number * 100), None, "%", True)
        return ParsedNumber(number, None, unit, unit == "%")
    if not decimal_comma and _PLAIN_NUMBER_RE.fullmatch(value):
        return ParsedNumber(float(value), None, None, False)
    decimal = written_fractions.as_decimal(value, decimal_comma=decimal_comma)
    if decimal is not None:  # '9½ days', '8 3/4', '4 and a half': read before normalising
        read = _parse_text(decimal, decimal_comma)
        if read.value is not None:
            return read
    return _parse_text(value, decimal_comma)


def _parse_text(value: str, decimal_comma: bool) -> ParsedNumber:
    text = _clean(value)
    if not text:
        return _BLANK
    if len(text) > _MAX_TEXT or is_missing_marker(text):
        return ParsedNumber(None, text, None, False)
    return _text_number(text, decimal_comma)


# ---------------------------------------------------------------- headers and names


def unit_from_header(text: str) -> str | None:
    """The unit an indicator name or column header implies: "%", "£", "days", "rate", "number"."""
    if not isinstance(text, str) or not text.strip():
        return None
    cleaned = _clean(text[: 4 * _MAX_TEXT])
    # most names hold none of the words a rule looks for: no search for those
    return _UNIT_RULES.first(cleaned)


_UNIT_RULES = needles.Screened(vocabulary.UNIT_RULES)


def normalise_name(text: str) -> str:
    """A matching key for an indicator name: lower case, no punctuation or accents, & -> and."""
    if text.isascii():  # no marks, accents or compatibility forms to take off
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", unmark(text))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("&", " and ").replace("%", " percent ")
    text = vocabulary.PERCENT_NAME_WORDS.sub("percent", text)
    text = re.sub(r"[^\w\s]|_", " ", text)
    return re.sub(r"\s+", " ", text).strip()
