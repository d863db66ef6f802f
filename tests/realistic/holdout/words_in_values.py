"""Doubtful: quarter columns holding mostly progress words, a few numbers among them."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

ROWS: tuple[tuple[object, ...], ...] = (
    ("CP1.1", "Adopt the new Local Plan", "On schedule", "On schedule", "Delayed"),
    ("CP1.2", "Open the new leisure centre", "Complete", "Complete", "Complete"),
    ("CP1.3", "Homes insulated under the retrofit scheme", 42, 97, 160),
    ("CP1.4", "Launch the town centre regeneration consultation", "Not started", "On schedule", "Complete"),
    ("CP1.5", "Review of the waste collection contract", "Delayed", "Delayed", "On schedule"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a corporate plan delivery tracker mixing milestones with measures.

    Corporate plan trackers list actions with a progress word per quarter
    ('On schedule', 'Delayed', 'Complete', 'Not started') and only the odd
    row holds a figure. Whether those words are ratings, values or comments
    cannot be settled from the sheet, so the file must go to review (the
    first quarter column, C4). What a reader can say is listed as text.
    """
    book, sheet = new_book("Delivery Plan")
    title(sheet, "A1", "Corporate Plan Delivery Tracker 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Action / measure", *QUARTERS], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Delivery Plan!C4"])
    for r, (ref, name, *cells) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [ref, name, *cells])
        for quarter, cell in zip(QUARTERS, cells, strict=True):
            number = float(cell) if isinstance(cell, int) else None
            exp.observations.append(
                Obs(str(ref), str(name), quarter, number, None if number is not None else str(cell))
            )
    save(book, path)
    return exp
