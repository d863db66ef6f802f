"""Percentages stored as fractions (0.54) and shown with a percent number format (54%)."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, measure, number format, target (as stored), Q1, Q2, RAG, unit in points?
ROWS: tuple[tuple[object, ...], ...] = (
    ("ED1", "Pupils attending a good or outstanding school", "0%", 0.9, 0.873, 0.881, "Amber", True),
    ("ED2", "Early years providers rated good or outstanding", "0.0%", 0.95, 0.962, 0.968, "Green", True),
    ("ED3", "Persistent absence in secondary schools", "0.0%", 0.2, 0.247, 0.228, "Red", True),
    ("ED4", "Free early education take-up by eligible two year olds", "0%", 0.8, 0.71, 0.755, "Amber", True),
    ("ED5", "Elective home education registrations", "#,##0", 950, 1012, 1094, "Red", False),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an education scorecard where percentages are Excel percent cells.

    When a figure is calculated in Excel the cell holds the fraction (0.873)
    and a '0%' or '0.0%' number format shows it as 87% or 87.3%; the target is
    formatted the same way. The stored value is the figure, in points.
    A count in the same table uses a thousands format.
    """
    book, sheet = new_book("Education")
    title(sheet, "A1", "Education and Skills Scorecard 2024/25")
    put_row(sheet, 3, 1, ["Code", "Measure", "Target", *QUARTERS, "RAG"], bold=True)
    exp = Expected([])
    for r, (code, name, fmt, target, q1, q2, rag, percent) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [code, name, target, q1, q2, rag])
        for col in (3, 4, 5):
            sheet.cell(row=4 + r, column=col).number_format = str(fmt)
        scale = 100.0 if percent else 1.0
        t = round(float(str(target)) * scale, 6)
        exp.observations += [
            Obs(str(code), str(name), QUARTERS[0], round(float(str(q1)) * scale, 6), None, t),
            Obs(
                str(code),
                str(name),
                QUARTERS[1],
                round(float(str(q2)) * scale, 6),
                None,
                t,
                RAG[str(rag)],
            ),
        ]
        exp.add_meta(str(code), str(name), None, "%" if percent else None)
    save(book, path)
    return exp
