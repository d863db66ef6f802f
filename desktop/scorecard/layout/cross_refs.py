"""A second reference column beside the council's own: a cross-reference, not areas or figures.

Social care, public health and housing scorecards give each measure the council's own
reference ('KPI ID') and, beside it, the national one it is reported under ('National
ref': 'ASCOF 1C(2a)', 'SALT LTS002a', 'PAM/012', 'NI 135'), blank for local measures. A
heading such as 'National ref' names a comparator's word, but a column of reference codes
is never a comparator's figures nor a list of areas. Of two columns of references the
indicator's code is the one filled on every row and never repeated; the other is a
cross-reference and is not imported.
"""

from __future__ import annotations

import re

from desktop.scorecard.layout.header import Column, Header, classify, text_of
from desktop.scorecard.parse import cells

SCAN = 400  # data rows looked through
# a reference: a short upper-case prefix and a number ('ASCOF 2B (1)', 'PAM/012', 'NI 135',
# 'SALT LTS002a', 'PHOF 2.13i', 'ASC-01'): no word of lower-case letters, a digit, short
_REFERENCE = re.compile(r"^[A-Z][A-Z&]{0,7}[ ._/-]?(?:[A-Z]{0,6}[ ._/-]?)?\d[\w.()/ -]{0,12}$")
_LOWER_WORD = re.compile(r"[a-z]{3,}")
_LONG_NUMBER = re.compile(r"\d{6}")  # an ONS area code ('E08000001') is not a reference


def is_reference(text: str) -> bool:
    """Whether a cell reads as a reference code rather than a name or an area."""
    shown = text.strip()
    return (
        _REFERENCE.match(shown) is not None
        and _LOWER_WORD.search(shown) is None
        and _LONG_NUMBER.search(shown) is None
        and cells.number(shown).value is None
    )


def _texts(header: Header, column: Column) -> list[str]:
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    return [text_of(r[column.index]) if column.index < len(r) else "" for r in rows]


def holds_references(header: Header, column: Column) -> bool:
    """Most of the column's filled cells (at least two) are reference codes."""
    filled = [t for t in _texts(header, column) if t]
    found = sum(1 for t in filled if is_reference(t))
    return found >= 2 and found * 5 >= len(filled) * 4


def _headed_as_code(column: Column) -> bool:
    return column.field == "ignore" and classify(column.header).field == "code"


def _fuller(header: Header, first: Column, second: Column) -> bool:
    """Whether ``second`` is filled on every row ``first`` is, and on some ``first`` is not.

    (A code repeated down a long table, one row per period, is no sign either way.)"""
    one, two = _texts(header, first), _texts(header, second)
    if any(b == "" and a != "" for a, b in zip(one, two, strict=True)):
        return False
    return any(a == "" and b != "" for a, b in zip(one, two, strict=True))


def settle(header: Header) -> None:
    """Read comparator-headed columns of references as cross-references, and keep as the code
    the reference column filled on every row."""
    for column in header.columns:
        if (
            column.period is None
            and column.field == "comparator"
            and column.why != "the saved mapping"
            and holds_references(header, column)
        ):
            column.take("ignore")
            column.why = "cells: reference codes, a cross-reference rather than figures or areas"
    code = header.one("code")
    others = [c for c in header.columns if c.period is None and _headed_as_code(c)]
    others += [
        c for c in header.columns if c.period is None and c.why.startswith("cells: reference codes")
    ]
    if code is None:
        if len(others) == 1 and holds_references(header, others[0]):
            others[0].take("code")
            others[0].why = "cells: the only column of reference codes"
        return
    if code.why == "the saved mapping":
        return
    for other in others:
        if other is not code and _fuller(header, code, other) and holds_references(header, other):
            code.take("ignore")
            code.why = (
                "cells: a cross-reference, blank or repeated where the other reference is not"
            )
            other.take("code")
            other.why = "cells: the reference filled on every row"
            return
