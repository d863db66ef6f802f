"""One reference on two rows that publish a measure twice over: its number, then its rate.

Adult social care and children's services scorecards keep a framework's reference (ASCOF
'2A(2)', a DfE code) on each row a measure takes: '… – number' on one row and '… – rate per
100,000 population aged 65+' (or '… – percentage of …') on the next, the target and rating
on the second only. Two rows with one code are otherwise one indicator given twice, a copy
whose disagreeing figures are held for review. Here they are two measures of one thing,
and a careful reader reads each as an indicator of its own, named as written and with no
code, since the reference names neither alone.

Two rows with one code are two measures when their names differ and either the words in
which they differ say what is measured, one a count and the other a percentage or a rate
('number' / 'percentage of those …', 'Number of …' / 'Rate per 10,000 …'), or their unit
cells give different units ('No.' / '%'). The same name twice, or names differing in other
words ('(revised)', a year, an abbreviation) under one unit, stay one indicator given
twice. Once a reference is read as two measures, a further row under it whose name is new
and says no measure of its own is held for review at its name cell: a third measure, or one
of the two under another name, the sheet does not say.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells
from desktop.scorecard.parse.count_shares import measured_by

Measure = Literal["count", "share", "rate"]


@dataclass(frozen=True, slots=True)
class Listing:
    """A row naming the reference: its name as read, its unit cell's unit, and where."""

    name: str
    unit: str | None
    row: int


@dataclass(frozen=True, slots=True)
class Reading:
    """How a row naming a reference is read: under the code (``apart`` False), or as a
    measure of its own with no code. ``parted`` is the reference's first row when this row
    parts it from the code (the indicator read under the code loses it); ``unsure`` names
    the earlier row whose measure this one may be under another name."""

    apart: bool
    parted: Listing | None = None
    unsure: Listing | None = None


@dataclass(slots=True)
class SharedRefs:
    """The references of one table's rows, and those read as two or more measures."""

    listed: dict[str, list[Listing]] = field(default_factory=dict)
    split: set[str] = field(default_factory=set)

    def read(self, key: str, row: int, name: str, unit_text: str) -> Reading:
        """How the row at ``row`` naming the reference ``key`` (an indicator key by code)
        under ``name``, with ``unit_text`` in its unit cell, is read."""
        earlier = self.listed.setdefault(key, [])
        if any(_same_name(e.name, name) for e in earlier):  # the name read before
            return Reading(apart=key in self.split)
        here = Listing(name, cells.canonical_unit(unit_text) if unit_text else None, row)
        earlier.append(here)
        if key in self.split:
            doubtful = next((e for e in earlier[:-1] if not measures_apart(e, here)), None)
            return Reading(apart=True, unsure=doubtful)
        if len(earlier) < 2 or not all(measures_apart(e, here) for e in earlier[:-1]):
            return Reading(apart=False)
        self.split.add(key)
        return Reading(apart=True, parted=earlier[0])


def measures_apart(one: Listing, other: Listing) -> bool:
    """Two rows of one reference are two measures: their names differ in a count against a
    percentage or rate, or their unit cells give different units."""
    if _same_name(one.name, other.name):
        return False
    if one.unit is not None and other.unit is not None and one.unit != other.unit:
        return True
    first, second = differing(one.name, other.name)
    said = _measure(first), _measure(second)
    return None not in said and said[0] != said[1]


def _same_name(one: str, other: str) -> bool:
    return vocabulary.normalise(one) == vocabulary.normalise(other)


def differing(one: str, other: str) -> tuple[str, str]:
    """The words in which two names differ, once the words they start and end with alike
    are set aside ('… – number' / '… – percentage of …' -> 'number', 'percentage of …')."""
    a, b = one.split(), other.split()
    folded_a, folded_b = [w.casefold() for w in a], [w.casefold() for w in b]
    start = _alike(folded_a, folded_b)
    end = _alike(folded_a[start:][::-1], folded_b[start:][::-1])
    return " ".join(a[start : len(a) - end]), " ".join(b[start : len(b) - end])


def _alike(a: list[str], b: list[str]) -> int:
    """How many words two lists start with alike."""
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def shown_apart(one: str, other: str) -> tuple[str, str]:
    """The words in which two names differ, for a message: '… number', '… rate per …'."""
    first, second = differing(one, other)
    return _marked(one, first), _marked(other, second)


def _marked(name: str, part: str) -> str:
    words = " ".join(name.split())
    at = words.find(part) if part else len(words)
    before = "… " if at > 0 else ""
    after = " …" if at + len(part) < len(words) else ""
    return f"{before}{part}{after}".strip()


def _measure(text: str) -> Measure | None:
    """What a name's words say is measured: a count, a percentage (share) or a rate per so
    many; None when they say nothing, or both a count and a share."""
    if not text:
        return None
    if vocabulary.RATE_UNIT.search(text):
        return "rate"
    said = measured_by(text)
    return said if said == "count" or said == "share" else None
