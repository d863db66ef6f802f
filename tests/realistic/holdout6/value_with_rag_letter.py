"""Each quarter cell carries its own rating letter after the figure: '78.4% (A)', '72% R', '17 [G]'."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
_CELL = re.compile(r"^([\d.]+)(%?)\s*[(\[]?([GAR])?[)\]]?$")

# KPI, description, target, Q1, Q2, Q3 (as typed), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSD 01", "Calls to the contact centre answered within 60 seconds", 80.0,
     "78.4% (A)", "81.0% (G)", "72% R", "Q3 includes the council tax billing peak."),
    ("CSD 02", "Average wait to speak to an adviser (seconds)", 120.0,
     "142 (R)", "96 (G)", "124 (A)", None),
    ("CSD 03", "Average days to process new Council Tax Support claims", 18.0,
     "18.7 [A]", "17 [G]", "23 [R]", "Backlog after the system upgrade in November."),
    ("CSD 04", "Stage 1 complaints answered within 10 working days", 85.0,
     "88% G", "84% A", "90.5% G", None),
    ("CSD 05", "Freedom of Information requests answered within 20 working days", 90.0,
     "92.3% (G)", "89.7% (A)", "Data due Feb", "Q3 figure delayed by the case system migration."),
    ("CSD 06", "Missed household bin collections per 100,000", 50.0,
     "38 [G]", "52 [A]", "61 [R]", None),
    ("CSD 07", "Transactions completed online (% of all transactions)", 65.0,
     "67%", "69% G", "71% G", "Rating not given for Q1: new measure."),
    ("CSD 08", "Housing register applications assessed within 28 days", 85.0,
     "73.5% (R)", "81.4% (A)", "86.0% (G)", None),
    ("CSD 09", "Working days lost to sickness per FTE (rolling 12 months)", 8.5,
     "9.8 R", "8.9 A", "8.8 A", None),
    ("CSD 10", "Blue Badge applications decided within 6 weeks", 95.0,
     "96% G", "97.3% G", None, None),
)  # fmt: skip


def _read(code: str, name: str, period: str, cell: object, target: float) -> Obs | None:
    """What a careful reader takes from a typed cell: the figure, and the letter as its rating."""
    if cell is None:
        return None
    match = _CELL.match(str(cell))
    if not match:
        return Obs(code, name, period, None, str(cell), target)
    letter = match.group(3)
    return Obs(
        code, name, period, float(match.group(1)), None, target, RAG[letter] if letter else None
    )


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's customer services quarterly report typed up by hand.

    There is no RAG column: the officer who compiles the table types the
    rating letter into each quarter's cell after the figure, in whatever
    form comes to hand: '78.4% (A)', '72% R', '17 [G]', '96% G'. A key
    under the table explains the letters. A careful reader takes the figure
    (percentages in points) and that quarter's own rating from each cell,
    so earlier quarters keep their ratings too; a cell with no letter has
    no rating; 'Data due Feb' is a cell of words. The single Target column
    applies to every quarter. Rows whose cells carry a % sign are in %.
    """
    book, sheet = new_book("Customer Services")
    title(sheet, "A1", "Rochdale Borough Council - Customer and Digital Services Performance")
    sheet["A2"] = "Quarter 3 2024/25 (April to December 2024)"
    put_row(sheet, 4, 1, ["KPI", "Description", "Target", *QUARTERS, "Comments"], bold=True)
    exp = Expected([])
    for i, (code, name, target, q1, q2, q3, comment) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name, target, q1, q2, q3, comment])
        for col in (4, 5, 6):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        t = float(str(target))
        found = [
            _read(str(code), str(name), p, v, t)
            for p, v in zip(QUARTERS, (q1, q2, q3), strict=True)
        ]
        exp.observations += [o for o in found if o is not None]
        if any("%" in str(v) for v in (q1, q2, q3)):
            exp.add_meta(str(code), str(name), None, "%")
    key = 5 + len(ROWS) + 1
    sheet.cell(row=key, column=1, value=(
        "Key: G = on or better than target; A = within 5% of target; R = more than 5% "
        "away from target. The letter after each figure is that quarter's rating."
    )).font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["G"].width = 48
    save(book, path)
    return exp
