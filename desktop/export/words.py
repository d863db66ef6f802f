"""Words the briefing and the tracker share: statuses, RAG, directions, figures, small numbers."""

from __future__ import annotations

from desktop.analysis.numbers import finite, fmt_count, fmt_value, places_alike
from desktop.catalogue import IndicatorView
from desktop.export.data import ExportData
from desktop.wording import (
    ACTION_WORDS,
    DIRECTION_WORDS,
    QUESTION_WORDS,
    RAG_WORDS,
    rag_word,
    status_from_word,
)

EXEMPT_MARK = "Exempt — not for publication"
SMALL = "<5"
SMALL_LIMIT = 5.0
_COUNT_UNITS = {"", "number", "count", "people", "cases", "children", "adults"}
__all__ = [
    "ACTION_WORDS",
    "DIRECTION_WORDS",
    "EXEMPT_MARK",
    "QUESTION_WORDS",
    "RAG_WORDS",
    "SMALL",
    "Figures",
    "is_count_unit",
    "is_small",
    "rag_word",
    "status_from_word",
    "visible_views",
]


def visible_views(data: ExportData) -> tuple[IndicatorView, ...]:
    """The indicators a document may show: exempt ones only when asked for."""
    if data.include_exempt:
        return data.views
    return tuple(v for v in data.views if not v.exempt)


def is_small(value: float | None) -> bool:
    """A count small enough to identify people: more than nothing, fewer than five."""
    number = finite(value)
    return number is not None and 0 < number < SMALL_LIMIT


def is_count_unit(unit: str | None) -> bool:
    return (unit or "").strip().casefold() in _COUNT_UNITS


class Figures:
    """Shows an indicator's figures, hiding small numbers of exempt indicators when asked."""

    def __init__(self, view: IndicatorView, *, suppress_small: bool) -> None:
        self.view = view
        self.suppressing = suppress_small and view.exempt

    def value(self, value: float | None) -> str:
        """An actual, target or comparator as a reader sees it ("54.0%", "<5")."""
        number = finite(value)
        if number is None:
            return "no figure"
        if self.suppressing and is_count_unit(self.view.unit) and is_small(number):
            return SMALL
        return fmt_value(number, self.view.unit)

    def alike(self, *values: float | None) -> list[str]:
        """Figures set side by side (before and now), with the same decimal places: "44.0%"
        beside "46.9%". The window's what-changed list writes them the same way."""
        places = places_alike(values, self.view.unit)
        shown = []
        for value in values:
            number = finite(value)
            if number is None:
                shown.append("no figure")
            elif self.suppressing and is_count_unit(self.view.unit) and is_small(number):
                shown.append(SMALL)
            else:
                shown.append(fmt_value(number, self.view.unit, places=places))
        return shown

    def count(self, value: float | None) -> str:
        """A numerator or denominator ("93", "<5")."""
        number = finite(value)
        if number is None:
            return ""
        if self.suppressing and is_small(number):
            return SMALL
        return fmt_count(number)

    def hides_any(self) -> bool:
        """True when some figure of the series would be shown as "<5" (so no chart either)."""
        if not self.suppressing:
            return False
        counts = is_count_unit(self.view.unit)
        return any(
            is_small(o.numerator)
            or is_small(o.denominator)
            or (counts and (is_small(o.actual) or is_small(o.target)))
            for o in self.view.observations
        )
