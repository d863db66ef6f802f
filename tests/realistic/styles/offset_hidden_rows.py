"""A table that starts at C5 under a logo area, with rows hidden for printing."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
PERIODS = ("Q3 2024/25", "Q4 2024/25")

# ref, indicator, target, Q3, Q4, RAG, hidden?
ROWS: tuple[tuple[object, ...], ...] = (
    ("LIB1", "Library visits (physical)", 95000.0, 88412.0, 91230.0, "A", False),
    ("LIB2", "Library e-loans", 40000.0, 43907.0, 45110.0, "G", False),
    ("LEI1", "Leisure centre attendances", 210000.0, 198554.0, 221367.0, "G", True),
    ("LEI2", "Swimming lessons delivered", 12000.0, 9874.0, 10433.0, "R", True),
    ("PKS1", "Parks with Green Flag status", 6.0, 6.0, 7.0, "G", False),
    ("CUL1", "Museum visitors", 30000.0, 21003.0, 24766.0, "R", False),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a service scorecard whose table starts at C5, not A1.

    Teams paste the council logo over A1:B4 and start the table at C5 with
    empty columns A:B kept narrow as a margin. Two rows were hidden before the
    pack went to print (the leisure contract's figures, published separately),
    but their figures are in the file and are this scorecard's reading.
    """
    book, sheet = new_book("Culture & Leisure")
    sheet.column_dimensions["A"].width = 2
    sheet.column_dimensions["B"].width = 2
    sheet["C2"] = "Culture and Leisure Services"
    sheet["C3"] = "Performance to end of March 2025"
    put_row(sheet, 5, 3, ["Ref", "Indicator", "Annual target", *PERIODS, "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, target, q3, q4, rag, hidden) in enumerate(ROWS):
        row = 6 + i
        put_row(sheet, row, 3, [ref, name, target, q3, q4, rag])
        if hidden:
            sheet.row_dimensions[row].hidden = True
        assert isinstance(target, float)
        exp.observations.append(Obs(str(ref), str(name), PERIODS[0], float(str(q3)), None, target))
        exp.observations.append(
            Obs(str(ref), str(name), PERIODS[1], float(str(q4)), None, target, RAG[str(rag)])
        )
    save(book, path)
    return exp
