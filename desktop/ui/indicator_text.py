"""Plain-English wording of an indicator's numbers, shared by the detail pane and the chart."""

from __future__ import annotations

from db.records import ObservationRecord
from desktop import wording
from desktop.wording import DIRECTION_WORDS

POLARITY_AXIS: dict[str, str] = {
    "higher_is_better": "▲ higher is better",
    "lower_is_better": "▼ lower is better",
    "on_target": "◆ closer to target is better",
}

SMALL_BASE = 20  # the denominator below which ONS calls a rate unreliable


def format_number(value: float | None, *, decimals: int = 2) -> str:
    """54.0 -> "54", 1234.5 -> "1,234.5", None -> "—" (the app's one rule: wording)."""
    return wording.format_number(value, decimals=decimals)


def shown_unit(unit: str | None) -> str | None:
    """The unit as written beside a number; None for plain counts ("Number", "count")."""
    return wording.shown_unit(unit)


def format_value(value: float | None, unit: str | None) -> str:
    """A number with its unit the way a report writes it: "54%", "£1,234", "12 days"."""
    return wording.format_value(value, unit)


def observation_value(observation: ObservationRecord, unit: str | None) -> str:
    """The actual as shown: the number, else what stood in the cell ("*", "n/a")."""
    if observation.actual is not None:
        return format_value(observation.actual, unit)
    return observation.actual_text or "—"


def provenance(observation: ObservationRecord) -> str:
    """Where a number came from: "q1.xlsx, sheet Scorecard, cell F12"."""
    parts = []
    if observation.source_file:
        parts.append(observation.source_file)
    if observation.source_sheet:
        parts.append(f"sheet {observation.source_sheet}")
    if observation.source_cell:
        parts.append(f"cell {observation.source_cell}")
    return ", ".join(parts) if parts else "source not recorded"


def short_source(observation: ObservationRecord) -> str:
    """Where a number came from, compactly: "q1.xlsx › Scorecard!F12"."""
    place = ""
    if observation.source_sheet and observation.source_cell:
        place = f"{observation.source_sheet}!{observation.source_cell}"
    else:
        place = observation.source_sheet or observation.source_cell or ""
    parts = [p for p in (observation.source_file, place) if p]
    return " › ".join(parts) if parts else "—"


def direction_sentence(previous: str | None, last_year: str | None) -> str:
    """ "Improving since the previous period; worsening compared with a year ago." """
    parts = []
    if previous:
        parts.append(f"{DIRECTION_WORDS.get(previous, previous)} since the previous period")
    if last_year:
        parts.append(f"{DIRECTION_WORDS.get(last_year, last_year)} compared with a year earlier")
    if not parts:
        return "No direction of travel: nothing comparable before it."
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def streak_sentence(red_streak: int) -> str:
    if red_streak <= 0:
        return ""
    if red_streak == 1:
        return "Red for the latest period."
    return f"Red for {red_streak} periods in a row."


def is_small_base(observation: ObservationRecord) -> bool:
    return observation.denominator is not None and 0 <= observation.denominator < SMALL_BASE


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word, with "…" to say so (never mid-word)."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:—-") + "…"
