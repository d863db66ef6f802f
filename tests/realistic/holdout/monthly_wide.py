"""Month-name columns 'Apr' .. 'Jan' with the financial year only in the title."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
HEADINGS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan")
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024", "Oct 2024",
          "Nov 2024", "Dec 2024", "Jan 2025")  # fmt: skip

# measure, target, values Apr..Jan, RAG (Jan)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Planning applications validated within 5 working days (%)", 85.0,
     (71.0, 74.0, 80.0, 83.0, 86.0, 88.0, 84.0, 90.0, 87.0, 89.0), "Green"),
    ("Missed waste collections (number)", 250.0,
     (312.0, 287.0, 240.0, 233.0, 265.0, 251.0, 228.0, 219.0, 402.0, 276.0), "Amber"),
    ("Council Tax collected (cumulative %)", 86.5,
     (10.9, 19.8, 28.7, 37.6, 46.2, 55.1, 64.0, 72.6, 78.9, 86.1), "Amber"),
    ("Housing repairs completed right first time (%)", 90.0,
     (84.0, 82.5, 85.1, 83.9, 81.0, 79.6, 80.2, 78.8, 77.0, 76.4), "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's monthly KPI sheet with month-name columns.

    Monthly KPI returns head their columns with bare month names ('Apr',
    'May', ... 'Jan') and name the financial year once in the title
    ('2024-25'), so April to December are 2024 and January is 2025. The RAG
    is for the latest month reported.
    """
    book, sheet = new_book("Monthly KPIs")
    title(sheet, "A1", "Monthly KPI Report 2024-25")
    put_row(sheet, 3, 1, ["Measure", "Target", *HEADINGS, "RAG"], bold=True)
    exp = Expected([])
    for r, (name, target, values, rag) in enumerate(ROWS):
        assert isinstance(values, tuple)
        put_row(sheet, 4 + r, 1, [name, target, *values, rag])
        for i, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            last = i == len(LABELS) - 1
            exp.observations.append(
                Obs(
                    None,
                    str(name),
                    label,
                    value,
                    None,
                    float(str(target)),
                    RAG[str(rag)] if last else None,
                )
            )
    save(book, path)
    return exp
