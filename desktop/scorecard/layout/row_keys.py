"""A column headed like a code that numbers the rows, not the indicators.

Lists and database extracts (a SharePoint list's 'ID', a form's 'Ref' for each return) give
every row a number of its own. In a table where names repeat — one row per indicator and
period — such a column holds a different value on every row while the same name stands on
several: it is the row's key, not the indicator's code. Read as the code, it would split
each indicator's series into one indicator per row.
"""

from __future__ import annotations

from collections import Counter

from desktop.scorecard.layout.header import Header, text_of

_FEWEST_ROWS = 3  # fewer rows prove nothing either way


def leave_out(header: Header) -> None:
    """Leave out a code column that is the rows' key (see above)."""
    codes, names = header.of("code"), header.of("name")
    if len(codes) != 1 or len(names) != 1 or not header.of("period"):
        return  # only a long table repeats an indicator's code on each of its rows
    code, name = codes[0], names[0]
    # the rows naming both; the first code given twice settles it (the usual long table
    # repeats its codes from the second row on), before every row's texts are made
    pairs: list[tuple[str, str]] = []
    given: set[str] = set()
    for row in header.sheet.rows[header.first_data :]:
        c = text_of(row[code.index]) if code.index < len(row) else ""
        if not c:
            continue
        n = text_of(row[name.index]) if name.index < len(row) else ""
        if not n:
            continue
        if c in given:
            return
        given.add(c)
        pairs.append((c, n))
    if len(pairs) < _FEWEST_ROWS:
        return
    named = Counter(n for _, n in pairs)
    repeated = sum(count for count in named.values() if count > 1)
    if repeated * 2 < len(pairs):
        return
    code.field = "ignore"
    code.why = "cells: a different value on every row while the names repeat — the rows' key"
