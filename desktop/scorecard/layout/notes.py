"""Warnings gathered while reading a scorecard, with cell references and a cap per kind."""

from __future__ import annotations

from dataclasses import dataclass, field

PER_KIND = 25  # beyond this many of one kind, the rest are counted, not listed


def column_letters(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def a1(row: int, col: int) -> str:
    """0-based (row, col) -> "B7"."""
    return f"{column_letters(col)}{row + 1}"


@dataclass(slots=True)
class Notes:
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    said: set[str] = field(default_factory=set)

    def warn(self, message: str, kind: str | None = None) -> None:
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
