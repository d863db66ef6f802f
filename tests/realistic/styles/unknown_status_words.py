"""Doubtful: a status column of words no shared vocabulary maps to RAG, and no key."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

ROWS: tuple[tuple[object, ...], ...] = (
    ("IT1", "Service desk calls resolved at first contact (%)", 70.0, 66.0, 68.5, "Watch"),
    ("IT2", "Availability of core systems (%)", 99.5, 99.7, 99.9, "Stable"),
    ("IT3", "Cyber security training completed by staff (%)", 95.0, 81.0, 87.0, "Concern"),
    ("IT4", "Projects delivered to time and budget (%)", 80.0, 75.0, 80.0, "Watch"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a digital services scorecard with the team's own status words.

    Teams sometimes invent their own status scale ('Stable', 'Watch',
    'Concern'). Read without a key, 'Watch' and 'Concern' could be amber or
    red: the file must go to review (the status column, F4) rather than have
    its ratings guessed or dropped. The figures and targets are plain.
    """
    book, sheet = new_book("Digital")
    title(sheet, "A1", "Digital Services Scorecard - Quarter 2 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Measure", "Target", *QUARTERS, "Status"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Digital!F4"])
    for r, (ref, name, target, q1, q2, status) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [ref, name, target, q1, q2, status])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t),
        ]
    save(book, path)
    return exp
