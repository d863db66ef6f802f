"""Safe handling of possibly missing numbers, and how to show them to a reader."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

# Powers of ten by which a published figure may scale numerator / denominator:
# a plain ratio, a percentage, per thousand, per ten thousand, per hundred thousand.
_SCALES = (1.0, 100.0, 1000.0, 10000.0, 100000.0)
_SCALE_SLACK = 0.05  # published figures are rounded: 1/6 shown as 17% is still "per hundred"


def finite(value: float | None) -> float | None:
    """The value as a float when it is a real, finite number; otherwise None."""
    if value is None:
        return None
    if type(value) is float:  # the common case, kept fast: x - x is NaN for NaN and infinities
        return value if value - value == 0.0 else None
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def is_percent(unit: str | None) -> bool:
    return unit is not None and unit.strip().lower() in {"%", "percent", "percentage", "per cent"}


# Units a report leaves unsaid ("12", not "12 number").
UNSHOWN_UNITS = frozenset(
    {"number", "count", "no.", "no", "#", "n", "rate", "ratio", "score", "index"}
)


@lru_cache(maxsize=256)
def _unit_style(unit: str | None) -> tuple[str, str]:
    """How fmt_value shows a unit: ("percent" | "pound" | "suffix" | "none", the unit stripped).

    Worked out once per unit: facts and lines of enquiry format tens of thousands of values.
    """
    u = (unit or "").strip()
    if is_percent(u):
        return "percent", u
    if u == "£":
        return "pound", u
    if u and u.lower() not in UNSHOWN_UNITS:
        return "suffix", u
    return "none", u


def fmt_number(value: float, decimals: int = 2, *, places: int | None = None) -> str:
    """54.0 -> "54", 1234.5 -> "1,234.5", 9.50 -> "9.5": at most ``decimals`` places (one
    from 100 up), trailing zeros dropped. The one number rule of the app (see wording).
    ``places``: exactly that many places, zeros kept, for figures set side by side."""
    if places is not None:
        text = f"{value:,.{places}f}"
        return text[1:] if text.startswith("-") and not text.strip("-0.,") else text
    if value == int(value) and abs(value) < 1e15:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        decimals = min(decimals, 1)
    text = f"{value:,.{decimals}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text == "-0" else text


def fmt_value(value: float, unit: str | None, *, places: int | None = None) -> str:
    """A number as a councillor would read it: 56.4%, £1,234, 9.5 days, 3.25 (``places``:
    exactly that many decimal places, as :func:`places_alike` gives figures shown together)."""
    style, u = _unit_style(unit)
    if style == "percent":
        return f"{fmt_number(value, 1, places=places)}%"
    text = fmt_number(value, 2, places=places)
    if style == "pound":
        return f"-£{text[1:]}" if text.startswith("-") else f"£{text}"
    if style == "suffix":
        return f"{text} {u}"
    return text


def places_alike(values: Iterable[float | None], unit: str | None) -> int:
    """The decimal places figures shown side by side share: the most any of them shows by
    the one rule, so "44%" is not set beside "46.9%" as if rounded more ("44.0%", "46.9%")."""
    decimals = 1 if is_percent(unit) else 2
    most = 0
    for value in values:
        number = finite(value)
        if number is None:
            continue
        text = fmt_number(number, decimals)
        most = max(most, len(text.partition(".")[2]))
    return most


def fmt_count(value: float) -> str:
    """A count of cases: whole numbers without decimals."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def infer_scale(
    rows: Iterable[tuple[float | None, float | None, float | None]], unit: str | None
) -> float | None:
    """The factor k with actual = numerator / denominator * k, agreed by every row.

    Each row is (actual, numerator, denominator). None when the rows disagree, or
    when a row's figure cannot come from its numerator and denominator.
    """
    found: float | None = None
    for actual, numerator, denominator in rows:
        a, n, d = finite(actual), finite(numerator), finite(denominator)
        if a is None or n is None or d is None or d <= 0 or n < 0:
            return None
        if n == 0:
            if a != 0:
                return None
            continue
        k = a * d / n
        scale = _nearest_scale(k)
        if scale is None or (found is not None and scale != found):
            return None
        found = scale
    if found is not None:
        return found
    return 100.0 if is_percent(unit) else 1.0


def _nearest_scale(k: float) -> float | None:
    for scale in _SCALES:
        if abs(k / scale - 1.0) <= _SCALE_SLACK:
            return scale
    return None
