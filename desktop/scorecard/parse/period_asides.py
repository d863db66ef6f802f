"""A period with words beside it saying what it is: '2023 (calendar year)', 'Apr 2022 – Mar
2023 cohort', 'Offences in 2023/24'.

Snapshot tables mixing sources on different timetables say which kind of year each figure is
for after the year itself, in brackets or not. Said first ('Academic year 2022/23') the
period reader knows it already; said after, it is moved in front and read the same way.
Only a bare year or span of years takes the aside: a quarter or month with it is left to
the period reader.

Official statistics also say what the period is of: the group followed from it (a
reoffending cohort, 'Apr 2022 – Mar 2023 cohort', 'Cohort: Apr 22 – Mar 23') or the events
counted in it ('Offences in 2023/24'). Those words are set aside and the rest read as a
period on its own; a marker after them stays with it ('… cohort (provisional)'). A cohort
named by one bare year ('2019 cohort') is not read: the year it began, ended or was
counted in, a calendar or a school year, the cell does not say. Nothing else is set aside,
so a cell that is no period beside these words ('Cohort A', 'Cohort 2') stays none.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import periods

_ASIDE = re.compile(
    rf"^(?P<when>(?:19|20)\d\d(?:\s?[/\-–]\s?(?:19|20)?\d\d)?)\s*[(\[,\-–]?\s*(?P<kind>{vocabulary.YEAR_KIND_AFTER})\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# a marker after the words, kept with the period: '(provisional)', '[r]'
_MARK = rf"(?P<mark>\s*[(\[]?\s*{vocabulary.PERIOD_MARKER}\s*[)\]]?)?"
_OF_AFTER = re.compile(
    rf"^(?P<when>.*?\d.*?)\s*[(\[,\-–]?\s*(?P<group>{vocabulary.PERIOD_OF_GROUP})\s*[)\]]?{_MARK}\s*$",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(
    rf"^(?:(?P<group>{vocabulary.PERIOD_OF_GROUP})|{vocabulary.PERIOD_OF_EVENTS})\b"
    r"\s*[:,\-–]?\s*(?P<when>.*\d.*)$",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"\s*(?:19|20)\d\d\s*")


def period_with_aside(text: str) -> Period | None:
    """The period a text names with words beside it saying what it is, or None."""
    text = text.strip()
    found = _OF_AFTER.match(text) or _OF_BEFORE.match(text)
    if found is None:
        return _with_kind(text)
    when = found["when"]
    if found["group"] and _BARE_YEAR.fullmatch(when):
        return None  # '2019 cohort': begun, ended or counted in 2019, and which kind of year?
    rest = f"{when}{found.groupdict().get('mark') or ''}"
    return periods.parse_period(rest) or _with_kind(rest)


def _with_kind(text: str) -> Period | None:
    """The period a text names with its kind of year after it, or None."""
    found = _ASIDE.match(text.strip())
    if found is None:
        return None
    kind = found["kind"].lower()
    kind = vocabulary.YEAR_KIND_SYNONYMS.get(" ".join(kind.split()), " ".join(kind.split()))
    return periods.parse_period(f"{kind} {found['when'].strip()}")
