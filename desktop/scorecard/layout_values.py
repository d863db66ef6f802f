"""Private cell-value readers for the layout finder: numbers with units, RAG words and fills, polarity."""

from __future__ import annotations

import colorsys
import re

from desktop.scorecard.model import Polarity, Rag

_UNIT_WORDS = {
    "days": "days",
    "day": "days",
    "weeks": "weeks",
    "week": "weeks",
    "hours": "hours",
    "hrs": "hours",
    "mins": "minutes",
    "minutes": "minutes",
    "years": "years",
    "months": "months",
    "per 1000": "rate",
    "per 1,000": "rate",
    "per 100k": "rate",
    "per 100,000": "rate",
    "per 10,000": "rate",
    "per 10k": "rate",
    "pp": "points",
    "points": "points",
    "people": "number",
    "cases": "number",
    "households": "number",
    "visits": "number",
}
_NUMBER = re.compile(r"^[-+−]?(\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)?(\.\d+)?$")


def parse_number(text: str, *, decimal_comma: bool = False) -> tuple[float | None, str | None]:
    """'54%' -> (54.0, '%'), '£1,234' -> (1234.0, '£'), '12 days' -> (12.0, 'days'), '*' -> (None, None)."""
    raw = text.strip()
    if not raw:
        return None, None
    unit: str | None = None
    body = raw
    if body.startswith("£"):
        unit, body = "£", body[1:].strip()
    elif body.endswith("%"):
        unit, body = "%", body[:-1].strip()
    else:
        lowered = body.lower()
        for word, name in _UNIT_WORDS.items():
            if lowered.endswith(" " + word) or (
                lowered.endswith(word) and lowered[: -len(word)][-1:].isdigit()
            ):
                unit, body = name, body[: len(body) - len(word)].strip()
                break
    if body.startswith("£"):
        unit, body = "£", body[1:].strip()
    negative = body.startswith("(") and body.endswith(")")
    if negative:
        body = body[1:-1]
    if decimal_comma:
        body = body.replace(".", "").replace(" ", "").replace(",", ".")
    if body.endswith("k") and unit == "£":
        body = body[:-1]
        scale = 1000.0
    else:
        scale = 1.0
    body = body.replace("−", "-")
    if not body or not _NUMBER.match(body) or not any(ch.isdigit() for ch in body):
        return None, None
    try:
        value = float(re.sub(r"[ ,\u00a0\u202f]", "", body)) * scale
    except ValueError:
        return None, None
    return (-value if negative else value), unit


_RAG_WORDS: dict[str, Rag] = {
    "r": "red",
    "red": "red",
    "a": "amber",
    "amber": "amber",
    "g": "green",
    "green": "green",
    "off target": "red",
    "on target": "green",
    "ag": "amber",
    "ra": "red",
    "y": "amber",
    "yellow": "amber",
    "amber red": "red",
    "amber green": "amber",
    "not on target": "red",
    "below target": "red",
    "met": "green",
    "not met": "red",
    "achieved": "green",
    "not achieved": "red",
    "close to target": "amber",
    "near target": "amber",
}


def rag_from_text(value: object) -> Rag | None:
    key = re.sub(r"[^a-z ]+", " ", str(value).lower()).strip()
    key = " ".join(key.split())
    return _RAG_WORDS.get(key)


def rag_from_fill(fill: str | None) -> Rag | None:
    """A fill colour 'RRGGBB' read as red, amber or green by its hue; greys and blues are None."""
    if not fill:
        return None
    colour = fill.strip().lstrip("#")[-6:]
    try:
        red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    if saturation < 0.15 or lightness < 0.15 or lightness > 0.97:
        return None
    degrees = hue * 360
    if degrees < 18 or degrees >= 330:
        return "red"
    if degrees < 66:
        return "amber"
    if 75 <= degrees < 170:
        return "green"
    return None


def parse_polarity(value: object) -> Polarity:
    key = " ".join(re.sub(r"[^a-z ]+", " ", str(value).lower()).split())
    if not key:
        return "unknown"
    if key in (
        "high",
        "higher",
        "h",
        "up",
        "bigger",
        "larger",
        "more",
        "increase",
        "desc",
        "descending",
        "maximise",
        "max",
        "1",
        "yes",
        "higher better",
    ):
        return "higher_is_better"
    if key in (
        "low",
        "lower",
        "l",
        "down",
        "smaller",
        "less",
        "fewer",
        "decrease",
        "asc",
        "ascending",
        "minimise",
        "min",
        "0",
        "no",
        "lower better",
    ):
        return "lower_is_better"
    if any(w in key for w in ("higher", "bigger", "more is", "greater", "increase", "high is")):
        return "higher_is_better"
    if any(w in key for w in ("lower", "smaller", "less is", "fewer", "decrease", "low is")):
        return "lower_is_better"
    if "target" in key or "within" in key or "range" in key or "band" in key:
        return "on_target"
    if key in ("n a", "na", "none", "neither", "not applicable", "contextual", "context"):
        return "none"
    return "unknown"


def unit_from_header(text: str) -> str | None:
    lowered = text.lower()
    if "%" in lowered or "percentage" in lowered or "per cent" in lowered or "percent" in lowered:
        return "%"
    if "£" in lowered or ("cost" in lowered and "per" in lowered):
        return "£"
    if re.search(r"\bdays?\b", lowered):
        return "days"
    if re.search(r"\bper (1,?000|100,?000|10,?000|100k|10k|1k)\b", lowered):
        return "rate"
    return None
