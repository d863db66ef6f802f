"""A period with the kind of year said after it: '2023 (calendar year)', '2022/23 academic year'.

Snapshot tables mixing sources on different timetables say which kind of year each figure is
for after the year itself, in brackets or not. Said first ('Academic year 2022/23') the
period reader knows it already; said after, it is moved in front and read the same way.
Only a bare year or span of years takes the aside: a quarter or month with it is left to
the period reader.
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


def period_with_aside(text: str) -> Period | None:
    """The period a text names with its kind of year after it, or None."""
    found = _ASIDE.match(text.strip())
    if found is None:
        return None
    kind = found["kind"].lower()
    kind = vocabulary.YEAR_KIND_SYNONYMS.get(" ".join(kind.split()), " ".join(kind.split()))
    return periods.parse_period(f"{kind} {found['when'].strip()}")
