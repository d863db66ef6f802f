"""Warnings gathered while reading a scorecard, with cell references and a cap per kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.scorecard.model import ReviewItem
from desktop.scorecard.read.cellrefs import column_index, column_letters

PER_KIND = 25  # beyond this many of one kind, the rest are counted, not listed


def a1(row: int, col: int) -> str:
    """0-based (row, col) -> "B7"."""
    return f"{column_letters(col)}{row + 1}"


def from_a1(cell: str) -> tuple[int, int]:
    """ "B7" -> 0-based (row, col); (0, 0) for anything else."""
    letters = cell.rstrip("0123456789")
    digits = cell[len(letters) :]
    if not letters.isalpha() or not digits:
        return 0, 0
    return int(digits) - 1, column_index(letters)


@dataclass(slots=True)
class _Doubt:
    first: ReviewItem
    cells: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Notes:
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    said: set[str] = field(default_factory=set)
    doubts: dict[str, _Doubt] = field(default_factory=dict)
    # while a table read from a rearranged copy of a sheet is read: the sheet, and each
    # reference of the copy -> the cell of the file it came from
    copy: tuple[str, dict[str, str]] | None = None

    def reading_copy(self, sheet: str, origin: dict[str, str] | None) -> None:
        """From now on, cells of ``sheet`` named in doubts and warnings are those of a copy
        whose cells came from ``origin`` (None: of the sheet itself)."""
        self.copy = (sheet, origin) if origin else None

    def _own(self, sheet: str, cell: str) -> str:
        """The file's cell for a cell of the copy being read (else the cell itself)."""
        if self.copy is None or self.copy[0] != sheet:
            return cell
        return self.copy[1].get(cell, cell)

    def doubt(
        self,
        sheet: str,
        row: int | None,
        col: int | None,
        reason: str,
        kind: str | None = None,
    ) -> None:
        """A reason to ask before importing. Doubts of one kind make one line, at the first cell.

        ``row`` None means the doubt is about a whole column (its heading cell is named by the
        caller through ``col`` and the reason); ``col`` None about a row or the table.
        """
        cell = a1(row if row is not None else 0, col if col is not None else 0)
        own = self._own(sheet, cell)
        if own != cell:
            cell, col = own, from_a1(own)[1] if col is not None else None
        key = f"{sheet}|{kind or reason}"
        found = self.doubts.get(key)
        if found is None:
            self.doubts[key] = _Doubt(ReviewItem(reason, sheet, cell, col), [cell])
        elif cell not in found.cells:
            found.cells.append(cell)

    def held(self, sheet: str, kind: str) -> bool:
        """True when a doubt of ``kind`` holds ``sheet``."""
        return f"{sheet}|{kind}" in self.doubts

    def lift(self, sheet: str, kind: str) -> None:
        """Take back the doubt of ``kind`` on ``sheet``: what was found later settles it."""
        self.doubts.pop(f"{sheet}|{kind}", None)

    def doubted(self, sheet: str, cell: str) -> bool:
        """True when a doubt already names this cell of the sheet."""
        cell = self._own(sheet, cell)
        return any(d.first.sheet == sheet and cell in d.cells for d in self.doubts.values())

    def review(self) -> list[ReviewItem]:
        """One item per kind of doubt, saying how many more cells share it."""
        items: list[ReviewItem] = []
        for doubt in self.doubts.values():
            item = doubt.first
            more = len(doubt.cells) - 1
            if more:
                shown = ", ".join(doubt.cells[1:4]) + (", …" if more > 3 else "")
                item = ReviewItem(
                    f"{item.reason} (and {more} more like it: {shown})",
                    item.sheet,
                    item.cell,
                    item.column,
                )
            items.append(item)
        return items

    def warn(self, message: str, kind: str | None = None) -> None:
        if self.copy is not None:
            sheet, origin = self.copy
            message = re.sub(
                rf"(?<={re.escape(sheet)}!)[A-Z]{{1,3}}\d+\b",
                lambda m: origin.get(m.group(0), m.group(0)),
                message,
            )
        if message in self.said:
            return  # one cell read for several periods (a single Target column) warns once
        self.said.add(message)
        key = kind or message.split(": ", 1)[-1][:30]
        self.counts[key] = self.counts.get(key, 0) + 1
        if self.counts[key] <= PER_KIND:
            self.warnings.append(message)

    def skip(self, sheet: str, cell: str, reason: str) -> None:
        self.warn(f"{sheet}!{cell}: skipped — {reason}", kind=f"skip:{sheet}:{reason[:12]}")

    def finish(self) -> list[str]:
        """The warnings, with one line per kind saying how many more were not listed."""
        extra = [
            f"… and {count - PER_KIND} more warnings of this kind ({kind})"
            for kind, count in self.counts.items()
            if count > PER_KIND
        ]
        return self.warnings + extra
