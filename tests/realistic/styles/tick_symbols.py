"""Tick/warning/cross status symbols and arrow direction of travel, wide by quarter."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SYMBOL: dict[str, Rag] = {"\u2713": "green", "\u26a0": "amber", "\u2717": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# code, indicator, target, Q1, Q2, Q3, status symbol, direction arrow
ROWS: tuple[tuple[object, ...], ...] = (
    ("RS01", "Planning appeals allowed (% of all appeals)", 30.0, 27.0, 33.0, 35.0, "\u2717", "\u2193"),
    ("RS02", "Minor planning applications determined within 8 weeks", 70.0, 81.0, 84.0, 79.0, "\u2713", "\u2193"),
    ("RS03", "Building control applications checked within 15 days", 90.0, 86.0, 88.0, 89.5, "\u26a0", "\u2191"),
    ("RS04", "Land searches returned within 10 working days", 95.0, 99.0, 98.0, 99.0, "\u2713", "\u2192"),
    ("RS05", "Fly-tips cleared within 2 working days", 90.0, 71.0, 76.0, 84.0, "\u26a0", "\u2191"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a scorecard whose status column uses tick, warning and cross symbols.

    Regeneration and planning scorecards pasted from Word often carry the
    Wingdings-free Unicode symbols: \u2713 on target, \u26a0 close to it, \u2717 off
    target, and arrows \u2191 \u2193 \u2192 for the direction of travel. There is no
    key on the sheet: these are the common meanings.
    """
    book, sheet = new_book("Regulatory Services")
    title(sheet, "A1", "Regulatory Services - Quarterly Scorecard 2024/25")
    put_row(
        sheet, 3, 1, ["Code", "Indicator", "Target", *QUARTERS, "Status", "Direction"], bold=True
    )
    exp = Expected([])
    for i, (code, name, target, q1, q2, q3, status, arrow) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2, q3, status, arrow])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3), float(str(target)), SYMBOL[str(status)]
        )
    save(book, path)
    return exp
