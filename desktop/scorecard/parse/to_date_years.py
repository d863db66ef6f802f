"""A year to date headed with its year in two-digit form ('YTD 24/25', '24/25 YTD', 'Year to
date YTD 24/25 (Apr–Dec)').

Quarterly reports that head their quarters 'Q1 24/25' .. 'Q3 24/25' head the year to date
the same way. A bare '24/25' may be a count out of a total, so alone it names no period;
beside a mark saying the figure runs to date ('YTD', 'FYTD', 'Year to date') it can only be
the financial year, and the heading reads as it would with the year written in full ('YTD
2024/25 (Apr–Dec)'). A pair whose second year does not follow the first ('YTD 24/26'), or a
heading with two such pairs, is left as it is.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary

_SHORT_PAIR = re.compile(r"(?<![\d/\-])(?P<a>\d{2})\s?[/\-]\s?(?P<b>\d{2})(?![\d/\-])")
_CENTURY_SPLIT = 50  # '24' is 2024, '98' 1998, as two-digit years are read elsewhere


def written_in_full(heading: str) -> str | None:
    """``heading`` with its one two-digit year pair written in full ('YTD 24/25' -> 'YTD
    2024/25') where a year-to-date mark stands in it; None otherwise."""
    if vocabulary.NOTE_YEAR_TO_DATE_MARK.search(heading) is None:
        return None
    pairs = list(_SHORT_PAIR.finditer(heading))
    if len(pairs) != 1:
        return None
    found = pairs[0]
    first, last = int(found["a"]), int(found["b"])
    if (first + 1) % 100 != last:
        return None
    century = 2000 if first < _CENTURY_SPLIT else 1900
    return f"{heading[: found.start()]}{century + first}/{found['b']}{heading[found.end() :]}"
