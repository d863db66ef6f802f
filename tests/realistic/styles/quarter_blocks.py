"""Two-row heading: each quarter merged over its own Actual / Target / RAG columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# code, measure, [(actual, target, rag) per quarter]
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH01", "Smoking quitters at 4 weeks", ((312.0, 300.0, "G"), (287.0, 300.0, "A"), (341.0, 320.0, "G"))),
    ("PH02", "NHS Health Checks delivered to eligible population (%)", ((3.1, 3.75, "R"), (3.9, 3.75, "G"), (3.6, 3.75, "A"))),
    ("PH03", "Drug users successfully completing treatment (%)", ((5.2, 6.0, "R"), (5.6, 6.0, "A"), (6.1, 6.0, "G"))),
    ("PH04", "Children receiving a 2-2.5 year development review (%)", ((81.0, 90.0, "R"), (84.0, 90.0, "A"), (88.0, 90.0, "A"))),
    ("PH05", "Chlamydia screening positivity rate per 100,000", ((1820.0, 2300.0, "R"), (1910.0, 2300.0, "R"), (None, 2300.0, None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a public health scorecard with a block of columns per quarter.

    Public health and NHS-style returns give each quarter its own group of
    columns: the quarter merged across the top row, 'Actual', 'Target' and
    'RAG' repeated beneath it; a quarter not yet reported is left blank. The
    RAG belongs to the quarter it sits under.
    """
    book, sheet = new_book("Public Health")
    title(sheet, "A1", "Public Health Outcomes - Quarterly Monitoring")
    put_row(sheet, 3, 1, ["Code", "Measure"], bold=True)
    for q, quarter in enumerate(QUARTERS):
        first = 3 + q * 3
        merge(sheet, f"{get_column_letter(first)}3:{get_column_letter(first + 2)}3", quarter)
        put_row(sheet, 4, first, ["Actual", "Target", "RAG"], bold=True)
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    exp = Expected([])
    for i, (code, name, blocks) in enumerate(ROWS):
        assert isinstance(blocks, tuple)
        cells: list[object] = [code, name]
        for (actual, target, rag), quarter in zip(blocks, QUARTERS, strict=True):
            cells += [actual, target, rag]
            if actual is not None:
                exp.observations.append(
                    Obs(str(code), str(name), quarter, actual, None, target, RAG[rag])
                )
        put_row(sheet, 5 + i, 1, cells)
    save(book, path)
    return exp
