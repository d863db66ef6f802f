"""Quarterly measures on the left and annual measures on the right of one sheet, two blank columns apart."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "Scorecard"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
YEARS = ("2021/22", "2022/23", "2023/24")
RIGHT_COL = 10  # column J: the annual table starts after two empty columns (H, I)

# left: ref, quarterly measure, Q1, Q2, Q3, target, RAG (Q3; None = blank)
QUARTERLY: tuple[tuple[object, ...], ...] = (
    ("RQ01", "Food premises inspections due that were carried out (%)", 82.5, 88.0, 91.4, 90, "G"),
    ("RQ02", "Licence applications processed within 28 days (%)", 94.0, 96.2, 93.1, 95, "A"),
    ("RQ03", "Noise complaints responded to within 3 working days (%)", 89.5, 91.8, 87.2, 90, "A"),
    ("RQ04", "Anti-social behaviour reports received by the council", 312, 398, 265, None, None),
    ("RQ05", "Average working days to answer a pest control request", 3.8, 4.6, 5.9, 4, "R"),
    ("RQ06", "Taxi driver licence renewals issued within 10 working days (%)", 97.0, 98.5, 99.0, 95, "G"),
    ("RQ07", "Arrests assisted by council CCTV", 41, 52, "awaiting data", None, None),
)  # fmt: skip

# right: ref, annual measure, 2021/22, 2022/23, 2023/24, target 2023/24, RAG (2023/24)
ANNUAL: tuple[tuple[object, ...], ...] = (
    ("RA01", "Food businesses rated 3 (generally satisfactory) or better (%)", 94.2, 95.0, 95.8, 96, "A"),
    ("RA02", "Residents who feel safe outside after dark (%)", 68, 71, 66, 72, "R"),
    ("RA03", "Private sector homes improved through council action", 184, 201, 236, 200, "G"),
    ("RA04", "Air quality management areas meeting the nitrogen dioxide objective", 2, 3, 3, 4, "R"),
    ("RA05", "Licensable houses in multiple occupation with a licence (%)", 78.0, 84.5, 90.2, 90, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's regulatory and community safety scorecard.

    The page is printed landscape with two tables next to each other: the
    quarterly measures for 2024/25 on the left, and on the right, after two
    empty columns, the measures reported once a year with their last three
    outturns. Each table has its own caption, reference and measure columns,
    target and RAG; the annual table's target is headed 'Target 2023/24'.
    The tables are of different lengths. The CCTV figure for Q3 was not yet
    supplied ('awaiting data'); two quarterly measures have no target or RAG.

    A careful reader reads each table on its own: the quarterly target for
    every quarter and the RAG for Q3; the annual target only for 2023/24
    (its heading names the year) with the RAG for 2023/24.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Regulatory Services and Community Safety - Performance Scorecard, Quarter 3 2024/25",
    )
    sheet["A3"] = "Quarterly measures 2024/25"
    sheet.cell(row=3, column=RIGHT_COL, value="Annual measures (reported once a year)")
    for caption in ("A3", "J3"):
        sheet[caption].font = Font(bold=True, italic=True)
    put_row(sheet, 4, 1, ["Ref", "Quarterly measure", *QUARTERS, "Target", "RAG"], bold=True)
    put_row(sheet, 4, RIGHT_COL, ["Ref", "Annual measure", *YEARS, "Target 2023/24", "RAG"], True)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, rag) in enumerate(QUARTERLY):
        put_row(sheet, 5 + i, 1, [ref, name, q1, q2, q3, target, rag])
        t = float(str(target)) if target is not None else None
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), t, RAG.get(str(rag))
        )
    for i, (ref, name, y1, y2, y3, target, rag) in enumerate(ANNUAL):
        put_row(sheet, 5 + i, RIGHT_COL, [ref, name, y1, y2, y3, target, rag])
        code, nm = str(ref), str(name)
        exp.observations += observed(code, nm, YEARS[:2], (y1, y2))
        exp.observations.append(
            Obs(code, nm, YEARS[2], float(str(y3)), None, float(str(target)), RAG[str(rag)])
        )
    foot = 5 + len(QUARTERLY) + 1
    sheet.cell(row=foot, column=1, value="RAG: G = on target; A = within 5% of target; "
               "R = more than 5% below target (above, where lower is better).").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 50
    sheet.column_dimensions["K"].width = 50
    for col in ("H", "I"):
        sheet.column_dimensions[col].width = 3
    save(book, path)
    return exp
