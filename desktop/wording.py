"""How the app writes numbers, units, dates, RAG, directions and statuses: one rule everywhere.

The window, the command line, the Word briefing and the Excel tracker all write through this
module, so a figure reads the same wherever a member meets it ("56.4%", "9.5 days", "£1,234").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from desktop.analysis.numbers import (
    UNSHOWN_UNITS,
    finite,
    fmt_count,
    fmt_number,
    fmt_value,
    is_percent,
    places_alike,
)

QUESTION_WORDS: Final[dict[str, str]] = {
    "draft": "Draft",
    "to_raise": "To raise",
    "asked": "Asked",
    "answered": "Answered",
    "deferred": "Deferred",
    "withdrawn": "Withdrawn",
}
ACTION_WORDS: Final[dict[str, str]] = {
    "open": "Open",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
RAG_WORDS: Final[dict[str, str]] = {"red": "Red", "amber": "Amber", "green": "Green"}
RAG_LETTERS: Final[dict[str, str]] = {"red": "R", "amber": "A", "green": "G"}
DIRECTION_WORDS: Final[dict[str, str]] = {
    "improving": "improving",
    "worsening": "worsening",
    "no_change": "no change",
}
DIRECTION_ARROWS: Final[dict[str, str]] = {"improving": "▲", "worsening": "▼", "no_change": "▶"}


def status_word(status: str) -> str:
    """A question's or action's status as the user sees it ("to_raise" -> "To raise")."""
    return QUESTION_WORDS.get(status) or ACTION_WORDS.get(status) or status.replace("_", " ")


def status_from_word(word: str, words: dict[str, str]) -> str | None:
    """The stored status for a word as shown ("To raise") or as stored ("to_raise")."""
    wanted = " ".join(word.replace("_", " ").split()).casefold()
    for code, shown in words.items():
        if wanted in (shown.casefold(), code.replace("_", " ")):
            return code
    return None


def rag_word(rag: str | None) -> str:
    return RAG_WORDS.get(rag or "", "Not rated")


def direction_word(direction: str | None) -> str:
    """ "improving", "worsening", "no change"; "nothing to compare with" when there is none."""
    return DIRECTION_WORDS.get(direction or "", "nothing to compare with")


def shown_unit(unit: str | None) -> str | None:
    """The unit as written beside a number: "%" for any spelling of per cent, None for counts."""
    if not unit or unit.strip().casefold() in UNSHOWN_UNITS:
        return None
    return "%" if is_percent(unit) else unit.strip()


def format_number(value: float | None, *, decimals: int = 2) -> str:
    """54.0 -> "54", 1234.5 -> "1,234.5", 9.50 -> "9.5"; at most ``decimals`` places
    (one from 100 up); "—" for no number."""
    number = finite(value)
    return "—" if number is None else fmt_number(number, decimals)


def decimals_for(unit: str | None) -> int:
    """How many decimal places a figure in this unit is written with at most."""
    return 1 if is_percent(unit) else 2


def format_value(value: float | None, unit: str | None) -> str:
    """A figure with its unit as a report writes it: "56.4%", "£1,234", "9.5 days", "7.4"."""
    number = finite(value)
    return "—" if number is None else fmt_value(number, unit)


def format_alike(values: Sequence[float | None], unit: str | None) -> list[str]:
    """Figures set side by side (before and now, old and new target) with the same decimal
    places: "44.0%" beside "46.9%", never "44%" beside "46.9%"; "—" for no number."""
    places = places_alike(values, unit)
    return [
        "—" if (number := finite(value)) is None else fmt_value(number, unit, places=places)
        for value in values
    ]


def change_amount(before: float, now: float, unit: str | None) -> str:
    """How far a figure moved, in words read the right way: percentage points for a percentage
    ("3.1 points": 44% to 47.1% is not a 3.1% change), else the share of the earlier figure
    ("7%"), or the difference itself ("£1,200") when there is no earlier figure of the same
    sign to take a share of."""
    gap = abs(now - before)
    if is_percent(unit):
        text = fmt_number(gap, 1)
        return f"{text} {'point' if text == '1' else 'points'}"
    if before and before * now >= 0:
        return f"{gap / abs(before):.0%}"
    return fmt_value(gap, unit)


def format_count(value: float) -> str:
    """A count of cases: "1,234"; a fractional count keeps one place."""
    return fmt_count(value)


def rounded(value: float, unit: str | None) -> float:
    """The number a spreadsheet cell should hold so it shows what ``format_value`` writes."""
    return round(value, decimals_for(unit) if abs(value) < 100 else 1)


def long_date(day: dt.date | dt.datetime) -> str:
    """A UK date in words: "28 February 2026"."""
    return f"{day.day} {day:%B %Y}"


def month_year(day: dt.date | dt.datetime) -> str:
    """ "February 2026"."""
    return f"{day:%B %Y}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 indicator", "3 indicators" (``many`` for irregular plurals)."""
    return f"{count} {noun if count == 1 else (many or noun + 's')}"
