"""Breakdown rows under an indicator: 'of which: upheld' is a part of the row above.

Complaints, information-request and homelessness returns give a count and then break it down
in the rows directly beneath, indented, each starting 'of which', 'of these' or 'including'
and with no code of their own (or, under an indicator with a code, only indented further with
typed spaces: '   Upheld'). Read as they stand, every 'of which: upheld' row would be one
indicator with several parents' figures. Each such row is a measure of its own, a part of
the indicator above it, and is named by it: 'Stage 1 complaints received - of which:
upheld'. A run of them may follow one indicator; any other row ends the run.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import CellValue


@dataclass(slots=True)
class _Parent:
    name: str
    coded: bool  # the indicator has a code of its own
    indent: int  # the spaces typed before its name
    last_row: int  # the last row of the run under it (the indicator's row, or a part row)


class PartRows:
    """Follows, for one table, the indicator that breakdown rows below belong to."""

    def __init__(self) -> None:
        self.parent: _Parent | None = None

    def name(self, index: int, name: str, code: str, written: CellValue) -> str | None:
        """The name a breakdown row directly under an indicator (or under another breakdown
        row of it) is read by, or None for any other row. ``written``: its name cell."""
        parent = self.parent
        if parent is None or code or not name or index != parent.last_row + 1:
            return None
        indented = parent.coded and indent(written) >= parent.indent + _INDENT
        if not (is_part(name) or indented):
            return None
        parent.last_row = index
        return f"{parent.name} - {name.strip(' -–•*')}"

    def indicator(self, index: int, name: str, code: str | None, written: CellValue) -> None:
        """A row read as an indicator of its own: breakdown rows below it are its parts."""
        parent, coded, spaces = self.parent, bool(code), indent(written)
        if (
            parent is not None
            and parent.name == name
            and parent.coded == coded
            and parent.indent == spaces
        ):  # a long table's next row of the same indicator: the same parent, moved down
            parent.last_row = index
            return
        self.parent = _Parent(name, coded, spaces, index)


_INDENT = 2  # typed spaces more than the indicator above that make a row its part


def indent(written: CellValue) -> int:
    """The spaces (or tabs) typed before a name cell's text."""
    if not isinstance(written, str):
        return 0
    return len(written) - len(written.lstrip(" \t\u00a0"))


def is_part(name: str) -> bool:
    """A name that starts as a breakdown of the figure above does ('of which: ...')."""
    return vocabulary.PART_ROW_LEAD.match(vocabulary.normalise(name.lstrip(" -–•*"))) is not None
