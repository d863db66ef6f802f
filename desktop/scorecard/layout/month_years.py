"""The year of bare month headings ('Jan', 'February', 'Sept') from what the title names.

A title or sheet name naming a financial (or academic) year places months by that year's
months, as quarters are placed. Two other titles place months, and only months:

* a calendar year ('Performance report 2024', a sheet called '2024'): the months are of that
  year, provided they run forward without coming round again (April to March under '2024'
  may be 2024/25 or 2023/24, and is left for review);
* a month ('Position at end of June 2024'): a report holds no figures after its own month, so
  each month is the last of its name up to that one ('Jul' is July 2023, 'Jun' June 2024).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods


def title_period(texts: Sequence[str]) -> Period | None:
    """The first period named in a table's title texts (the rows above it, then the
    sheet's name)."""
    for text in texts:
        found = cells.period_header(text)
        if found is not None:
            return found[0]
    return None


def month_of(heading: str) -> int | None:
    """The month a bare month heading names ('Jan', 'September actual'), or None."""
    found = vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(heading))
    if found is None:
        return None
    return vocabulary.MONTHS.get(found.group(1))


def years(months: Sequence[int | None], named: Period | None) -> list[Period | None]:
    """For each month (None: not a month) the calendar year that places it, by the period the
    title names, or None where the title does not place months this way."""
    if named is None:
        return [None] * len(months)
    if named.kind == "month":
        end = named.end
        placed = [None if m is None else end.year - (m > end.month) for m in months]
    elif named.kind == "calendar_year":
        placed = [None if m is None else named.start.year for m in months]
    else:
        return [None] * len(months)
    order = [y * 12 + m for y, m in zip(placed, months, strict=True) if y is not None and m]
    runs = [o for i, o in enumerate(order) if i == 0 or o != order[i - 1]]  # 'Jan Actual',
    # 'Jan Target': one month
    steps = [later - earlier for earlier, later in itertools.pairwise(runs)]
    if not (all(s > 0 for s in steps) or all(s < 0 for s in steps)):
        # the months come round again ('Apr' to 'Mar' under '2024', 'Jan' to 'Dec' under
        # 'July 2024'): which year each is in is unclear
        return [None] * len(months)
    return [None if y is None else periods.calendar_year(y) for y in placed]
