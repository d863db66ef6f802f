"""Plain text for the tree: values with units, direction arrows and roll-up counts."""

from __future__ import annotations

from desktop.ui import indicator_text
from desktop.wording import DIRECTION_ARROWS as DIRECTION_ARROWS
from desktop.wording import DIRECTION_WORDS as _WORDS

DIRECTION_WORDS = {key: word.capitalize() for key, word in _WORDS.items()}

SYMBOL_UNITS = frozenset({"%", "£", "$", "€"})  # written on every number; words only once


def short_unit(unit: str | None) -> str | None:
    """The unit as a narrow column shows it: long units ("per 100,000") are left to tooltips."""
    if unit is None or len(unit) > 6:
        return None
    return unit


def format_value(value: float | None, unit: str | None) -> str:
    """``54.0, '%'`` -> ``54%``; ``1234.5, '£'`` -> ``£1,234.5``; ``12, 'days'`` -> ``12 days``.

    The same wording as the detail pane, so the tree and the detail never disagree.
    """
    return indicator_text.format_value(value, unit)


def rollup_text(counts: tuple[int, int, int, int]) -> str:
    """``(3, 2, 5, 1)`` -> ``R 3 · A 2 · G 5`` (indicators without a RAG are left out)."""
    red, amber, green, _none = counts
    return f"R {red} · A {amber} · G {green}"


def rollup_accessible(counts: tuple[int, int, int, int]) -> str:
    red, amber, green, none = counts
    text = f"{red} red, {amber} amber, {green} green"
    return f"{text}, {none} without a RAG" if none else text
