"""A section heading that states a unit in a closing bracket ('Finance (£'000)', 'Sickness
absence (days)') gives it to the indicators listed under it, where an indicator's own name
states none in a bracket of its own: a word such as 'days' met in a name ('debt over 90
days') says less than the heading the officer wrote over the block."""

from __future__ import annotations

import re

from desktop.scorecard.parse import cells

_CLOSING_BRACKET = re.compile(r"[(\[]([^()\[\]]{1,24})[)\]]\s*:?\s*$")


def unit_of(heading: str) -> str | None:
    """The unit a section heading states in its closing bracket, or None."""
    found = _CLOSING_BRACKET.search(heading)
    return None if found is None else cells.unit_from_header(f"({found[1].strip()})")


def unit_for(name: str, section_unit: str | None) -> str | None:
    """An indicator's unit: its name's own bracketed unit, else the section's, else one its
    name's words suggest."""
    if section_unit is None:
        return cells.unit_from_header(name)
    return unit_of(name) or section_unit
