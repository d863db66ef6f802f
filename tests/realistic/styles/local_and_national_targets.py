"""A Welsh council's KPI table with a 'Local target' and a 'National / Welsh Government target' column and one RAG."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Corporate PIs Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
TARGET_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
THIN = Side(style="thin", color="FF808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_ROW = 5

# ref, indicator, Q1, Q2, Q3, local target, national target, Wales average 2023-24, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/030", "Municipal waste reused, recycled or composted (%)", 68.4, 71.2, 66.9,
     70.0, 70.0, 66.8, "Amber", "Statutory target rose from 64% to 70% in 2024-25."),
    ("PAM/018", "Planning applications determined in time (%)", 86.1, 84.0, 83.0,
     85.0, 80.0, 84.0, "Amber", None),
    ("PAM/019", "Planning appeals dismissed (%)", 75.0, 66.7, 80.0,
     70.0, 66.0, 67.5, "Green", "4 of 5 appeals dismissed in Q3."),
    ("PAM/010", "Highways inspected of a high or acceptable standard of cleanliness (%)",
     97.3, 95.8, 96.4, 96.0, None, 94.6, "Green", None),
    ("PAM/012", "Households successfully prevented from becoming homeless (%)", 48.2, 51.6, 53.0,
     55.0, None, 58.9, "Amber", None),
    ("PAM/015", "Average calendar days taken to deliver a Disabled Facilities Grant", 241, 228, 262,
     230, None, 218, "Red", "Two large adaptations needing extensions completed in Q3."),
    ("PAM/035", "Average days taken to clear fly-tipping incidents", 2.4, 2.9, 3.1,
     3.0, None, 2.6, "Amber", None),
    ("PAM/023", "Food establishments broadly compliant with food hygiene standards (%)",
     96.2, 96.0, 95.7, 95.0, None, 96.1, "Green", None),
    ("PAM/017", "Visits to sport and leisure centres per 1,000 population", 1960, 2110, 2045,
     None, None, 2134, None, "For information; Actif Sport and Leisure figures."),
    ("HSG/001", "Council homes meeting the Welsh Housing Quality Standard (%)", 99.1, 99.4, 99.6,
     None, 100.0, None, "Amber", "Acceptable fails (tenant refusals) excluded."),
    ("SSW/004", "Adult safeguarding enquiries completed within 7 working days (%)",
     92.4, 94.1, 96.3, 95.0, None, None, "Green", None),
    ("FIN/002", "Undisputed invoices paid within 30 days (%)", 93.1, 94.6, 96.0,
     None, 95.0, None, "Green", None),
    ("GOV/003", "Freedom of Information requests answered within 20 working days (%)",
     88.5, 86.0, 87.2, 85.0, 90.0, None, "Green", "National figure is the ICO's expected standard."),
    ("CUS/001", "Calls to the Contact Centre answered (%)", 88.0, 91.0, 85.0,
     90.0, None, None, "Amber", "Garden waste renewals in November."),
)  # fmt: skip

HEADER = ["PI Ref", "Performance indicator", "Q1 2024-25", "Q2 2024-25", "Q3 2024-25",
          "Local target 2024-25", "National / Welsh Government target",
          "Wales average 2023-24", "RAG", "Comment"]  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's quarterly corporate performance indicator table.

    Carmarthenshire-style: Welsh councils report the Public Accountability
    Measures (PAM/…) and their own indicators beside two kinds of target:
    the council's own 'Local target 2024-25' and a 'National / Welsh
    Government target' where one exists (the statutory recycling target,
    the Welsh Government's planning targets, the Welsh Housing Quality
    Standard, a prompt-payment standard, the ICO's 90% for FOI requests).
    The 2023-24 Wales average stands beside them. Quarters are headed 'Q1
    2024-25'..'Q3 2024-25', and one filled 'RAG' column rates Quarter 3.
    A key under the table says the RAG compares Quarter 3 with the local
    target, and with the national target where no local target was set;
    the leisure visits have neither and no RAG.

    A careful reader takes the quarters as Q1..Q3 2024/25 and each row's
    target as the one its RAG is measured against, as the key says: the
    local target where the row has one, otherwise the national target. The
    sheet bears the key out where the two differ: planning in time (83.0
    against local 85, national 80) is Amber, and FOI (87.2 against local
    85, national 90) is Green, both as the local target gives and neither
    as the national one would. Doubt, honestly: every other row is rated
    the same against either target, so only the key and those two rows
    show which target rates; and the national target beside a local one
    is a second standard the one-target reading leaves aside, like the
    Wales average, which is a comparator and no observation. The RAG is
    the Q3 figure's; the leisure row has no target and no rating.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Carmarthenshire County Council \u2013 Corporate Performance Indicators 2024-25",
    )
    sheet["A2"] = "Quarter 3 (October \u2013 December 2024): report to the Corporate Performance and Resources Scrutiny Committee"  # fmt: skip
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "PAM = Public Accountability Measure (Data Cymru)."
    sheet["A3"].font = Font(size=9)
    put_row(sheet, HEAD_ROW, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[HEAD_ROW].height = 48
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, local, national, wales, rag, comment) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, local, national, wales, rag, comment])
        for col in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in (6, 7):
            sheet.cell(row=row, column=col).fill = TARGET_FILL
        if rag is not None:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        else:
            sheet.cell(row=row, column=9, value="n/a")
        sheet.cell(row=row, column=9).alignment = Alignment(horizontal="center")
        rated = local if local is not None else national
        goal = None if rated is None else float(str(rated))
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), goal,
            RAG[str(rag)] if rag is not None else None,
        )  # fmt: skip
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "RAG: performance at Quarter 3 against the local target. Green: on or better than target; "
        "Amber: within 10% of target; Red: more than 10% away from target.",
        "Where the Council has not set a local target, performance is rated against the national "
        "(Welsh Government) target. Indicators with neither target are for information only.",
        "Wales averages are for 2023-24, published by Data Cymru in November 2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 10, "B": 62, "C": 11, "D": 11, "E": 11, "F": 13, "G": 17,
                          "H": 12, "I": 9, "J": 50}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
