"""The code and name columns told apart by what they hold, whichever heading each has.

Two headings may both name a code ('KPI' and 'KPI ref'), or a file may put its
'Description' heading over the codes; the first code-headed column is then taken for the
code and the other for the name. The cells settle it: a column of short tokens like
'WC01', 'NI 192' or 'PAM/012' holds codes, one of several words to a cell holds names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.parse import cells

_CODE = re.compile(
    r"[A-Za-z&]{1,8}(?:[._/-][A-Za-z&]{1,8}){0,2}[ ._/-]?\d{1,4}[A-Za-z]?(?:[._-]\d{1,3})?"
    r"(?: ?\((?:\d{1,2}|[a-z])\))?"
)  # WC01, NI 192, PAM/012, HT_KPI_01, ASC-OF-2a, CH01 (1) (a measure's part, as the TSMs)
SAMPLE = 30


def settle(header: Header) -> None:
    """Swap the code and name roles when the code column holds names and the name column codes;
    of two name columns, the one of headings' words ('Actual', 'Target') is not the name."""
    _names_not_headings(header)
    code, name = header.one("code"), header.one("name")
    if code is None or name is None or "the saved mapping" in (code.why, name.why):
        return
    paired = _paired(header, code.index, name.index)  # section rows fill only one of the two
    if _mostly(paired[1], is_code) and _mostly(paired[0], _is_name):
        code.field, name.field = "name", "code"
        code.why = name.why = "cells: the column headed as codes holds names, the other codes"


def _texts(header: Header, index: int) -> list[str]:
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE * 2]
    values = [r[index] for r in rows if index < len(r) and not cells.is_blank(r[index])]
    return [text_of(v) for v in values[:SAMPLE]]


def _paired(header: Header, first: int, second: int) -> tuple[list[str], list[str]]:
    """The two columns' texts on the rows filling both (a section's title row fills one)."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE * 2]
    pairs = [
        (text_of(r[first]), text_of(r[second]))
        for r in rows
        if max(first, second) < len(r)
        and not cells.is_blank(r[first])
        and not cells.is_blank(r[second])
    ][:SAMPLE]
    return [a for a, _ in pairs], [b for _, b in pairs]


def _mostly(texts: list[str], test: Callable[[str], bool]) -> bool:
    return len(texts) >= 2 and sum(1 for t in texts if test(t)) * 5 >= len(texts) * 4


def is_code(text: str) -> bool:
    """A short token like a code: 'WC01', 'NI 192', 'PAM/012'."""
    return _CODE.fullmatch(text.strip()) is not None


def _is_name(text: str) -> bool:
    return len(text.split()) >= 3 and not is_code(text)


def _names_not_headings(header: Header) -> None:
    """'Measure | Indicator' over 'Actual | Reablement ...': the first heading was taken for
    the names, but its cells are the row's kind; the other name column holds the names."""
    name, other = header.one("name"), header.one("description")
    if name is None or other is None or "the saved mapping" in (name.why, other.why):
        return
    if _mostly(_texts(header, name.index), _is_heading) and not _mostly(
        _texts(header, other.index), _is_heading
    ):
        name.field, other.field = "description", "name"
        other.why = "cells: the other column headed as names holds headings' words"


def _is_heading(text: str) -> bool:
    return vocabulary.heading_field(text) is not None
