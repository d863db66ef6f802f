"""Columns hidden in the sheet: what a reader of the sheet never sees is not read.

An analyst hides the working behind the published figures (lookup keys, each period's
numerator and denominator, a superseded draft) rather than deleting it. The header leaves
such columns out (``Header.hidden``); this says so in one line naming them. Hidden rows are
different: a collapsed group or a filtered list still belongs to the table, and is read.
"""

from __future__ import annotations

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.read.cellrefs import column_letters

SHOWN = 8  # columns named in the line; the rest are counted


def line(header: Header) -> str:
    """'PH!C4: columns C 'Lookup key', D 'Q1 num' … are hidden in the sheet — left out …'."""
    hidden = header.hidden
    named = ", ".join(f"{column_letters(c.index)} '{short(c.header, 24)}'" for c in hidden[:SHOWN])
    if len(hidden) > SHOWN:
        named += f" and {len(hidden) - SHOWN} more"
    where = a1(header.first_data - 1, hidden[0].index)
    noun = "column" if len(hidden) == 1 else "columns"
    verb = "is" if len(hidden) == 1 else "are"
    return (
        f"{header.sheet.name}!{where}: {noun} {named} {verb} hidden in the sheet — left out, "
        "as a reader of the sheet sees none of it (unhide to read)"
    )
