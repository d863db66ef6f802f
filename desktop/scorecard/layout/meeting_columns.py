"""Columns headed by the meeting their figures were reported to ('Cabinet 11 Jun 2024',
'Reported to Policy and Resources Committee 12/03/2025', 'O&S Panel – Sept 2024').

A council keeping its scorecard as a running record of what went to each meeting heads a
column with the meeting, and the figures in it cover an earlier period: June's Cabinet hears
the year end, September's the first quarter. The meeting's date is when the figures were
reported, never their period. Where the heading row over or under the meeting names the
period ('Year end 2023/24', 'Quarter 1 (Apr–Jun)'), that is the column's period and the
meeting is left aside. Where nothing names it, the column is left in no period and held for
review naming its heading: a meeting alone does not say which quarter it heard. A meeting
in brackets after a period ('Q1 2024/25 (Cabinet 17 Sep 2024)') only says where it went.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells


class _Column(Protocol):
    header: str
    period: Period | None
    code: str | None
    why: str
    doubt: str


def is_meeting(text: str) -> bool:
    """A heading naming a meeting and its date, and nothing else ('Target agreed by Cabinet
    Feb 2024' names when a target was set, not a meeting's figures)."""
    found = vocabulary.MEETING_HEADING.fullmatch(" ".join(text.split())) if text else None
    return found is not None and not vocabulary.MEETING_SET_WORDS.search(found["name"])


def over_period(upper: str, lower: str) -> str | None:
    """Of a meeting over (or under) a heading naming a period, the period's heading; else None."""
    for meeting, other in ((upper, lower), (lower, upper)):
        if is_meeting(meeting) and other and not is_meeting(other) and _names_period(other):
            return other
    return None


def _names_period(text: str) -> bool:
    """'Year end 2023/24', 'Q1 2024/25', or a bare 'Quarter 1 (Apr–Jun)' the year places."""
    found = cells.period_header(text)
    if found is not None:
        return True
    key = vocabulary.normalise(text)
    return bool(vocabulary.QUARTER_OR_MONTH.match(key) or vocabulary.TRAILING_QUARTER.search(key))


def without_meeting(text: str) -> str | None:
    """A heading without its aside naming the meeting it went to ('Q1 2024/25 (Cabinet 17 Sep
    2024)' -> 'Q1 2024/25'), or None where it has no such aside."""
    for aside in _BRACKETED.finditer(text):
        if is_meeting(aside[1]):
            rest = " ".join(f"{text[: aside.start()]} {text[aside.end() :]}".split())
            return rest or None
    return None


_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def place(columns: Sequence[_Column]) -> None:
    """Leave in no period each column headed by a meeting with nothing naming its period."""
    for column in columns:
        found = vocabulary.MEETING_HEADING.match(" ".join(column.header.split()))
        if found is None or vocabulary.MEETING_SET_WORDS.search(found["name"]):
            continue
        rest = " ".join(column.header.split())[found.end() :].strip()
        if rest and _names_period(rest):
            continue  # 'Cabinet 11 Jun 2024 Q4 2023/24': the period is named beside it
        column.period = None
        column.code = None  # 'Cabinet 11': a meeting, not an indicator's code
        column.why = "the meeting its figures were reported to, not the period they cover"
        column.doubt = (
            f"'{column.header}' names the meeting the figures were reported to, not the period "
            "they cover (a meeting hears an earlier quarter) — add a row under the meetings "
            "naming each column's period (e.g. 'Quarter 1 2024/25'), or map the column"
        )
