"""Doubtful: a status column of Harvey-ball symbols with no key anywhere in the file."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

ROWS: tuple[tuple[object, ...], ...] = (
    ("AD1", "Adults with a learning disability in paid employment (%)", 6.0, 5.1, 5.4, "\u25d1"),
    ("AD2", "Carers receiving a needs assessment or review", 1400.0, 311.0, 702.0, "\u25d5"),
    ("AD3", "Safeguarding concerns progressed to enquiry within 5 days (%)", 85.0, 71.0, 66.0, "\u25d4"),
    ("AD4", "Direct payment recipients (%)", 28.0, 27.3, 28.4, "\u25cf"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a scorecard whose status column uses Harvey balls without a key.

    Some management reports show progress with quarter/half/three-quarter
    filled circles. Without a key these cannot be mapped to red, amber and
    green with confidence, so the file must go to review (the first symbol,
    F4), not be imported with the ratings dropped or guessed. The figures and
    targets themselves are plain.
    """
    book, sheet = new_book("Adults")
    title(sheet, "A1", "Adult Social Care - Quarter 2 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Measure", "Target", *QUARTERS, "Status"], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Adults!F4"])
    for r, (ref, name, target, q1, q2, symbol) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [ref, name, target, q1, q2, symbol])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t),
        ]
    save(book, path)
    return exp
