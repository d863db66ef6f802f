"""Doubtful: a 'BRAG' column whose 'Blue' rating has no place among red, amber and green."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

BRAG: dict[str, Rag | None] = {"Blue": None, "Green": "green", "Amber": "amber", "Red": "red"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# PI, description, Q1, Q2, target, BRAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major planning applications decided within 13 weeks (%)", 94.0, 100.0, 60.0, "Blue"),
    ("PL02", "Minor planning applications decided within 8 weeks (%)", 71.0, 76.5, 70.0, "Green"),
    ("PL03", "Planning appeals allowed (%)", 38.0, 34.0, 30.0, "Amber"),
    ("PL04", "Land charges searches returned within 10 working days (%)", 88.0, 79.0, 95.0, "Red"),
    ("PL05", "Building control applications checked within 15 days (%)", 97.0, 99.0, 85.0, "Blue"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a planning service scorecard rated on a BRAG scale.

    Many councils extend RAG with Blue ('BRAG'): blue marks a target
    exceeded, or a project completed, depending on the council. With no key on
    the sheet, 'Blue' cannot be placed on the red/amber/green scale without
    guessing, so the file must go to review at the first 'Blue' (F4) rather
    than have it read as green or dropped.
    """
    book, sheet = new_book("Planning")
    title(sheet, "A1", "Planning & Building Control - BRAG Performance Report Q2 2024/25")
    put_row(sheet, 3, 1, ["PI", "Description", *QUARTERS, "Target", "BRAG"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Planning!F4"])
    for i, (pi, name, q1, q2, target, brag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [pi, name, q1, q2, target, brag])
        t = float(str(target))
        exp.observations += [
            Obs(str(pi), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(pi), str(name), QUARTERS[1], float(str(q2)), None, t, BRAG[str(brag)]),
        ]
    save(book, path)
    return exp
