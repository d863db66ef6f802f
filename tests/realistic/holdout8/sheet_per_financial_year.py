"""One sheet per financial year ('2022-23', '2023-24', '2024-25'), the same measures across Q1..Q4, the latest year part-filled."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, observed, put_row, save

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
MEASURES = {
    "LS1": "Visits to council leisure centres",
    "LS2": "Library items issued (physical and e-books)",
    "LS3": "Swimming lessons: children enrolled at the quarter end",
    "LS4": "Leisure centre customer satisfaction (%)",
    "LS5": "Sports pitch bookings cancelled by the council (%)",
    "LS6": "Museum and gallery visits",
    "LS7": "Active Lives: adults active 150+ minutes a week (%)",
    "LS8": "Library volunteers' hours",
}

# sheet (financial year) -> rows (code, target, Q1, Q2, Q3, Q4, RAG of the latest quarter given)
YEARS: dict[str, tuple[tuple[object, ...], ...]] = {
    "2022-23": (
        ("LS1", 260000, 241305, 236880, 218442, 259730, "A"),
        ("LS2", 190000, 176214, 181930, 170002, 188415, "A"),
        ("LS3", 2600, 2412, 2530, 2588, 2655, "G"),
        ("LS4", 85.0, 81.0, 83.5, 84.2, 86.1, "G"),
        ("LS5", 2.0, 3.1, 2.4, 4.8, 1.9, "G"),
        ("LS6", 30000, 34118, 41206, 22904, 27650, "A"),
        ("LS7", 62.0, None, 61.1, None, 61.8, "A"),
    ),
    "2023-24": (
        ("LS1", 265000, 262418, 258004, 229871, 270116, "G"),
        ("LS2", 190000, 183544, 190212, 176390, 192008, "G"),
        ("LS3", 2700, 2690, 2746, 2702, 2718, "G"),
        ("LS4", 85.0, 84.9, 85.7, 83.0, 84.4, "A"),
        ("LS5", 2.0, 2.2, 1.6, 3.9, 2.8, "R"),
        ("LS6", 32000, 35870, 43012, 24450, 29118, "A"),
        ("LS7", 62.0, None, 62.4, None, 63.0, "G"),
        ("LS8", 1500, 1322, 1415, 1388, 1560, "G"),
    ),
    "2024-25": (
        ("LS1", 275000, 268990, 272315, None, None, "A"),
        ("LS2", 195000, 188702, 196884, None, None, "G"),
        ("LS3", 2800, 2761, 2809, None, None, "G"),
        ("LS4", 86.0, 86.3, 85.1, None, None, "A"),
        ("LS5", 2.0, 1.8, "n/a", None, None, None),
        ("LS6", 33000, 36402, 44960, None, None, "G"),
        ("LS7", 63.0, None, 63.4, None, None, "G"),
        ("LS8", 1600, 1480, 1645, None, None, "G"),
    ),
}  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's leisure and culture performance workbook kept a sheet a year.

    Service teams keep one workbook and add a sheet each April, copying the
    last year's layout: sheets named '2022-23', '2023-24' and '2024-25',
    each with the year's target and the quarters headed only 'Q1'..'Q4',
    the year in the sheet name and the title above. The current year is
    filled to Q2; Q3 and Q4 are blank. Library volunteering was added as a
    measure in 2023-24. The Active Lives survey reports twice a year (Q1
    and Q3 blank). Pitch cancellations in Q2 2024/25 are 'n/a' (the
    booking system was replaced). A 'Notes' sheet at the front holds only
    text.

    A careful reader takes each sheet's quarters in that sheet's financial
    year, each year's target for that year's quarters only, and each RAG
    for the latest quarter filled on its sheet (Q4 in the closed years, Q2
    in 2024-25, none where Q2 is 'n/a').
    """
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes["A1"] = "Leisure, Culture and Libraries \u2013 quarterly performance measures"
    notes["A1"].font = Font(bold=True, size=14)
    for j, line in enumerate((
        "One sheet per financial year (April to March). Q1 = April to June, Q4 = January to March.",
        "RAG: G target met; A within 10% of target; R more than 10% short. LS5 lower is better.",
        "Active Lives figures come from Sport England's survey, published every six months.",
        "Contact: Leisure and Culture Performance Officer, Mid Devon District Council.",
    )):  # fmt: skip
        notes.cell(row=3 + j, column=1, value=line)
    exp = Expected([])
    for year, rows in YEARS.items():
        sheet = book.create_sheet(year)
        fy = year.replace("-", "/")
        sheet["A1"] = f"Mid Devon District Council \u2013 Leisure and Culture performance {year}"
        sheet["A1"].font = Font(bold=True, size=13)
        put_row(
            sheet, 3, 1, ["Code", "Measure", "Target", "Q1", "Q2", "Q3", "Q4", "RAG"], bold=True
        )
        periods = tuple(f"Q{n} {fy}" for n in range(1, 5))
        for i, (code, target, q1, q2, q3, q4, rag) in enumerate(rows):
            name = MEASURES[str(code)]
            put_row(sheet, 4 + i, 1, [code, name, target, q1, q2, q3, q4, rag])
            exp.observations += observed(
                str(code), name, periods, (q1, q2, q3, q4), float(str(target)),
                None if rag is None else RAG[str(rag)],
            )  # fmt: skip
        sheet.cell(row=5 + len(rows), column=1, value="Blank = not yet reported.").font = Font(
            size=9
        )
        sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp
