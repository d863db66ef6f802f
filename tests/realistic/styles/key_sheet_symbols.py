"""Status triangles explained only on a separate 'Key' sheet, with a words direction column."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

KEY: dict[str, Rag] = {"\u25b2": "green", "\u25ba": "amber", "\u25bc": "red"}
QUARTERS = ("Q3 2024/25", "Q4 2024/25")

# code, measure, target, Q3, Q4, status symbol, direction word
ROWS: tuple[tuple[object, ...], ...] = (
    ("ECO1", "Business start-ups supported", 120.0, 31.0, 129.0, "\u25b2", "Better"),
    ("ECO2", "Town centre vacancy rate", 12.0, 13.1, 12.9, "\u25ba", "Better"),
    ("ECO3", "Residents aged 16-64 claiming out-of-work benefits", 3.5, 4.4, 4.6, "\u25bc", "Worse"),
    ("ECO4", "Jobs created through council-funded schemes", 250.0, 188.0, 236.0, "\u25ba", "Better"),
    ("ECO5", "Superfast broadband coverage", 97.0, 97.8, 98.1, "\u25b2", "Same"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a scorecard whose status symbols are defined on a separate 'Key' sheet.

    Some councils' templates carry a 'Key' or 'Notes' sheet that explains the
    status symbols: here an upward triangle means on or above target, a
    right-pointing one within 5% of target and a downward one more than 5%
    off target, whatever the direction of travel (which has its own column in
    words). The key must be read for the symbols to mean anything.
    """
    book, sheet = new_book("Economy")
    title(sheet, "A1", "Economy and Growth - Year End 2024/25")
    put_row(
        sheet,
        3,
        1,
        ["Code", "Measure", "Target", *QUARTERS, "Status", "Direction of travel"],
        bold=True,
    )
    exp = Expected([])
    for i, (code, name, target, q3, q4, symbol, direction) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q3, q4, symbol, direction])
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q3, q4), float(str(target)), KEY[str(symbol)]
        )
    key = book.create_sheet("Key")
    key["A1"] = "Key to symbols"
    key["A1"].font = BOLD
    put_row(key, 3, 1, ["Symbol", "Meaning"], bold=True)
    put_row(key, 4, 1, ["\u25b2", "On or above target (Green)"])
    put_row(key, 5, 1, ["\u25ba", "Below target but within 5% (Amber)"])
    put_row(key, 6, 1, ["\u25bc", "More than 5% below target (Red)"])
    key["A8"] = "Direction of travel compares this quarter with the previous quarter."
    save(book, path)
    return exp
