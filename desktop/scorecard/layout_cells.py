"""Cell meanings for the layout finder: numbers, RAG, periods, polarity."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.scorecard import layout_values as values
from desktop.scorecard import periods
from desktop.scorecard.model import CellValue, Period, Polarity, Rag
from desktop.scorecard.vocabulary import normalise

MISSING_MARKERS = frozenset(
    {"*", "c", "x", "-", "–", "—", "n/a", "na", "..", ".", ":", "n/k", "nk", "tbc", "#n/a", "z"}
)


@dataclass(frozen=True, slots=True)
class Number:
    value: float | None  # None when the cell held text that is not a number
    text: str | None  # what stood there when it was not a number
    unit: str | None


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def number(
    value: CellValue, number_format: str | None = None, *, decimal_comma: bool = False
) -> Number:
    """A cell as a number: percent-formatted fractions become points, text is kept as text."""
    if isinstance(value, bool):
        return Number(None, str(value), None)
    if isinstance(value, int | float):
        if number_format and "%" in number_format:
            return Number(round(float(value) * 100, 10), None, "%")
        return Number(float(value), None, None)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return Number(None, str(value), None)
    text = str(value).strip()
    found, unit = values.parse_number(text, decimal_comma=decimal_comma)
    if found is None:
        return Number(None, text, None)
    return Number(found, None, unit)


def rag(value: CellValue, fill: str | None) -> Rag | None:
    if is_blank(value):
        return values.rag_from_fill(fill)
    return values.rag_from_text(value) or values.rag_from_fill(fill)


def rag_text(value: CellValue) -> Rag | None:
    return None if is_blank(value) else values.rag_from_text(value)


def rag_fill(fill: str | None) -> Rag | None:
    return values.rag_from_fill(fill)


def polarity(value: CellValue) -> Polarity:
    if is_blank(value):
        return "unknown"
    return values.parse_polarity(value)


_NAME_POLARITY = (
    (re.compile(r"\b(lower|smaller|less|fewer)\b[^()]*\bbetter\b", re.I), "lower_is_better"),
    (re.compile(r"\b(higher|bigger|greater|more)\b[^()]*\bbetter\b", re.I), "higher_is_better"),
)


def polarity_from_name(name: str) -> Polarity:
    """'Days lost (lower is better)' -> lower_is_better; otherwise unknown."""
    for pattern, found in _NAME_POLARITY:
        if pattern.search(name):
            return found  # type: ignore[return-value]
    return "unknown"


def period(value: CellValue) -> Period | None:
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        whole = int(value)
        if whole == value and 1990 <= whole <= 2100:
            return periods.parse_period(str(whole))
        return None
    return periods.parse_period(value)


def period_header(text: CellValue) -> tuple[Period, str] | None:
    """A heading that names a period, and what is left of it ("Q1 2024/25 Target" -> target)."""
    if is_blank(text):
        return None
    if isinstance(text, dt.datetime | dt.date):
        found = periods.parse_period(text)
        return (found, "") if found is not None else None
    if isinstance(text, int | float) and not isinstance(text, bool):
        found = period(text)
        return (found, "") if found is not None else None
    if isinstance(text, dt.time):
        return None
    result = periods.parse_period_header(str(text))
    if result is None:
        return None
    found, rest = result
    return found, normalise(rest)


def unit_from_header(text: str) -> str | None:
    return values.unit_from_header(text)
