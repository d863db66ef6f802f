"""Read durations — waits, handling and response times — in seconds.

Contact centres and service desks report times the way their systems show them: Excel time
values formatted ``mm:ss`` or ``[h]:mm:ss`` (an average speed of answer of 02:35, a longest
wait of 1:04:27), or text pasted from another system (``1m 48s``, ``2 mins 35 secs``,
``155 secs``, ``1h 5m``). Every one is read as a number of seconds, unit ``seconds``, so the
figures of a row, its target and its chart share one scale.

Decisions worth knowing:

* An Excel time value is a duration: a performance figure is never a time of day. Its
  seconds do not depend on how the cell is formatted (02:35 shown ``mm:ss`` is 155 s).
* ``h:mm:ss`` typed as text is always a duration. ``2:35`` (two parts) may as well be a
  ratio ("1:18") or hours and minutes, so it is read only where the indicator's name or the
  column heading says the figure is a time (``mm:ss``, "wait", "time to answer"), as
  minutes and seconds unless they say ``hh:mm``; elsewhere it stays text and is doubted.
* A unit cell that is a clock format (``mm:ss``, ``hh:mm:ss``, ``mins:secs``) says how the
  row's times are shown, not the unit they are read in: a row whose figures were read as
  durations is in seconds, and its ``2:35`` typed as text is read by that clock.
* A single unit other than seconds ("3 mins", "2 hours", "18.5 days") keeps its own unit,
  as before; a row that mixes it with seconds is put into seconds (see ``CellReader``). A
  unit written as its letter alone ('4h') is read so only beside such a mix or a duration
  in words ('2h 15m'); a day is 24 hours ('1 day 4 hrs' is 100,800 s).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from desktop.scorecard import vocabulary

__all__ = [
    "SECONDS",
    "Clock",
    "clock_format",
    "clock_of_name",
    "is_clock_format",
    "parse_duration",
    "seconds_in",
    "seconds_in_letter",
    "time_seconds",
]

SECONDS = "seconds"
Clock = Literal["mm:ss", "hh:mm"]

_HMS = re.compile(r"(?P<h>\d{1,3}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)")
_TWO = re.compile(r"(?P<a>\d{1,3}):(?P<b>[0-5]\d(?:\.\d+)?)")
_PART = re.compile(
    rf"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>{vocabulary.alternatives(vocabulary.DURATION_UNITS)})"
    r"(?![a-z])",
    re.I,
)
_JOIN = vocabulary.DURATION_JOINER


def time_seconds(value: dt.time) -> float:
    """An Excel time value as the duration it holds, in seconds."""
    return float(value.hour * 3600 + value.minute * 60 + value.second) + value.microsecond / 1e6


def seconds_in(unit: str | None) -> int | None:
    """How many seconds one of a time unit holds ('minutes' -> 60); None for other units."""
    return vocabulary.SECONDS_IN_UNIT.get(unit or "")


def seconds_in_letter(unit: str | None) -> int | None:
    """How many seconds a time unit written as its letter holds ('h' -> 3600), for a figure
    beside durations; None for other units."""
    return vocabulary.SECONDS_IN_LETTER.get((unit or "").lower())


def parse_duration(text: str, clock: Clock | None = None) -> float | None:
    """Seconds for a duration typed as text, or None when the text is no duration.

    ``clock`` says how to read two parts joined by a colon, where the name or heading
    says so; without it ``2:35`` is no duration (it may be a ratio).
    """
    body = " ".join(text.split())
    if not body or len(body) > 40 or not body[0].isdigit():
        return None
    found = _HMS.fullmatch(body)
    if found is not None:
        return int(found["h"]) * 3600 + int(found["m"]) * 60 + float(found["s"])
    found = _TWO.fullmatch(body)
    if found is not None:
        if clock is None:
            return None
        scale = 60 if clock == "mm:ss" else 3600
        return int(found["a"]) * scale + float(found["b"]) * scale / 60
    return _in_words(body)


def _in_words(body: str) -> float | None:
    """'1m 48s', '2 mins 35 secs', '1h 5m', '155 secs', '1 hour, 5 minutes and 10 seconds'."""
    at, total, last = 0, 0.0, 0
    parts: list[int] = []
    while at < len(body):
        if parts:
            joiner = _JOIN.match(body, at)
            at = joiner.end() if joiner else at
        found = _PART.match(body, at)
        if found is None:
            return None
        size = vocabulary.DURATION_UNITS[found["unit"].lower()]
        if last and size >= last:
            return None  # '5m 1h', '2m 3m': no duration written this way
        total += float(found["n"]) * size
        parts.append(size)
        last = size
        at = found.end()
    if not parts or (len(parts) == 1 and parts[0] != 1):
        return None  # '3 mins' alone keeps its unit; '12m' may be metres or millions
    return total


def clock_of_name(text: str) -> Clock | None:
    """How a name or heading says its figures are written as a clock ('(mm:ss)', 'hh:mm',
    'Average wait', 'time to answer'); None when it does not say they are times."""
    if not text or vocabulary.NOT_A_CLOCK.search(text):
        return None
    if vocabulary.MINUTES_CLOCK.search(text):
        return "mm:ss"
    if vocabulary.HOURS_CLOCK.search(text):
        return "hh:mm"
    return "mm:ss" if vocabulary.TIME_MEASURE_WORDS.search(text) else None


def is_clock_format(text: str) -> bool:
    """A unit cell that is nothing but a clock format ('mm:ss', 'hh:mm:ss', 'mins:secs'):
    how the row's times are shown, not a unit of their own ('Minutes', 'Time (mm:ss)' are
    not)."""
    return vocabulary.CLOCK_FORMAT_UNIT.fullmatch(" ".join(text.split())) is not None


def clock_format(text: str) -> Clock | None:
    """How a unit cell's clock format reads two parts joined by a colon: 'mm:ss' as minutes
    and seconds, 'hh:mm' as hours and minutes; None for 'hh:mm:ss' (two parts may be either)
    and for anything not a clock format."""
    found = vocabulary.CLOCK_FORMAT_UNIT.fullmatch(" ".join(text.split()))
    if found is None or found["hms"]:
        return None
    return "hh:mm" if found["hm"] else "mm:ss"
