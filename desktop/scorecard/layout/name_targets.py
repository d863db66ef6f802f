"""A target written into an indicator's name: '… (target 90%)', '– target: no more than 30
days', '[Target ≥ 95%]', '(2024/25 target: 90%)'.

Scorecards with no Target column often state each target in the measure's wording. When an
indicator has no target from any column, the number its name calls the target is its
target, with the polarity the wording gives ('no more than' -> lower is better). Only a
number directly after the word is taken, and only when the phrase ends there (a bracket,
a comma, 'for the year'…): 'target: reduce on the 2023 baseline of 84' gives none, nor
does 'target 2 year olds'. The name is kept as written.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedIndicator
from desktop.scorecard.parse.targets import Target, parse_target

_SIGNS = vocabulary.alternatives(vocabulary.TARGET_AT_LEAST + vocabulary.TARGET_AT_MOST)
_UNITS = vocabulary.alternatives(vocabulary.TARGET_IN_NAME_UNITS)
_IN_NAME = re.compile(
    rf"\b(?:{vocabulary.alternatives(vocabulary.TARGET_IN_NAME_WORDS)})\b\s*(?:of|is|:|=)?\s*"
    rf"(?P<phrase>(?:(?:{_SIGNS})\s*)?£?[-\u2212]?\d[\d,]*(?:\.\d+)?\s*(?:{_UNITS})?)"
    + vocabulary.TARGET_IN_NAME_END,
    re.I,
)


def target_in_name(name: str) -> Target | None:
    """The target an indicator's name states, if it states one as a number."""
    found = _IN_NAME.search(name)
    if found is None:
        return None
    target = parse_target(found["phrase"].replace("\u2212", "-"))
    if target is None or target.value is None:
        return None
    return target


def read(indicators: list[ParsedIndicator], notes: Notes) -> None:
    """Give indicators with no target from any column the target their names state."""
    taken: list[str] = []
    for indicator in indicators:
        if indicator.band_low is not None or any(
            o.target is not None for o in indicator.observations
        ):
            continue
        target = target_in_name(indicator.name)
        if target is None or not indicator.observations:
            continue
        for observation in indicator.observations:
            observation.target = target.value
        if indicator.polarity == "unknown" and target.polarity is not None:
            indicator.polarity = target.polarity
        taken.append(f"{indicator.code or indicator.name} {target.value:g}")
    if taken:
        shown = ", ".join(taken[:3]) + (", …" if len(taken) > 3 else "")
        notes.warn(
            f"targets taken from the wording of {len(taken)} indicator names ({shown}) — "
            "no column gave them one; check them against the report"
        )
