"""Quarter cells holding words instead of figures: 'Annual measure', 'Not yet due', 'Reported in arrears'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# PI, description, target, Q1 cell, Q2 cell, RAG (blank when there is no Q2 figure)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CE01", "Customer calls answered (%)", 90.0, 86.4, 91.2, "Green"),
    ("CE02", "Residents satisfied with council services (%)", 65.0, "Annual measure", "Annual measure", None),
    ("CE03", "Complaints upheld by the Ombudsman", 5.0, 1.0, "Not yet due", None),
    ("CE04", "Web transactions completed online (%)", 70.0, 64.0, 66.5, "Amber"),
    ("CE05", "Homes meeting the Decent Homes Standard (%)", 95.0, 92.0, "Reported in arrears", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a customer and engagement scorecard mixing quarterly and annual measures.

    A quarterly scorecard carries measures that are only counted once a year
    or arrive late, and officers fill their cells with words: 'Annual
    measure', 'Not yet due', 'Reported in arrears'. Each such cell is what the
    sheet says for that quarter, kept as text, never as a number; the RAG
    column is blank where there is no figure to rate.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Customer & Engagement Scorecard - Quarter 2 2024/25")
    put_row(sheet, 3, 1, ["PI", "Description", "Target", *QUARTERS, "RAG"], bold=True)
    exp = Expected([])
    for i, (pi, name, target, q1, q2, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [pi, name, target, q1, q2, rag])
        t = float(str(target))
        exp.observations += [
            Obs(str(pi), str(name), QUARTERS[0], num(q1), text_of(q1), t),
            Obs(
                str(pi),
                str(name),
                QUARTERS[1],
                num(q2),
                text_of(q2),
                t,
                None if rag is None else RAG[str(rag)],
            ),
        ]
    sheet.column_dimensions["B"].width = 50
    save(book, path)
    return exp
