"""Half-yearly columns headed 'Six months ended 30 September 2023', 'Year to 31 March 2024'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

HEADINGS = (
    "Six months ended 30 September 2023",
    "Six months ended 31 March 2024",
    "Year to 31 March 2024",
    "Six months ended 30 September 2024",
)
LABELS = ("H1 2023/24", "H2 2023/24", "2023/24", "H1 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}

# measure, two halves, the year, the latest half, target, RAG (latest half)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Major planning applications determined within 13 weeks (%)", 71.0, 78.0, 74.6, 83.0, 80.0, "G"),
    ("Fly-tipping incidents cleared within 2 working days (%)", 88.5, 86.0, 87.2, 85.1, 90.0, "A"),
    ("Missed bin collections per 100,000", 41.0, 52.0, 46.5, 58.0, 45.0, "R"),
    ("Housing Benefit new claims - average days to process", 19.2, None, None, 17.8, 20.0, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's half-yearly performance digest for overview and scrutiny.

    Councils that report twice a year often head each column with the span it
    covers, written out as in the statement of accounts ('Six months ended 30
    September 2024'), with the financial year's outturn beside the halves
    ('Year to 31 March 2024'). The six months to September are the first half
    of the financial year, the six months to March the second. One service sent
    no second-half or annual figure. The single Target column applies to every
    period; the RAG letter rates the latest half.
    """
    book, sheet = new_book("Half-yearly")
    title(sheet, "A1", "Performance digest - half year to 30 September 2024")
    put_row(sheet, 3, 1, ["Measure", *HEADINGS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for r, (name, *values, target, rag) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [name, *values, target, rag])
        exp.observations += observed(
            None, str(name), LABELS, values, float(str(target)), RAG[str(rag)]
        )
    sheet.column_dimensions["A"].width = 60
    save(book, path)
    return exp
