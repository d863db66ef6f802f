"""A 'Directorate' column typed only on the first row of each group, blank (not merged) below it."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"On track": "green", "Slightly off track": "amber", "Off track": "red"}

# directorate (first row of its group only), PI ref, performance indicator, Q1, Q2, Q3, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place", "PL/01", "Net additional homes provided", 96, 142, 121, 125, "Slightly off track"),
    (None, "PL/02", "Affordable homes delivered", 31, 44, 27, 35, "Off track"),
    (None, "PL/03", "Non-major planning applications determined in 8 weeks (%)", 88.4, 91.0, 93.7, 85, "On track"),
    (None, "PL/04", "Street cleansing inspections at an acceptable standard (%)", 94.0, 92.5, 95.1, 95, "On track"),
    ("People", "PE/01", "Households prevented from becoming homeless (%)", 54.2, 49.8, 53.1, 55, "Slightly off track"),
    (None, "PE/02", "Families in bed and breakfast for more than six weeks", 3, 5, 0, 0, "On track"),
    (None, "PE/03", "Disabled facilities grants completed within 26 weeks (%)", 62.0, 58.5, 60.0, 70, "Off track"),
    ("Resources", "RS/01", "Council tax collected in year, cumulative (%)", 29.3, 57.6, 85.2, 85.5, "Slightly off track"),
    (None, "RS/02", "Invoices paid within 30 days (%)", 95.8, 96.4, 97.1, 97, "On track"),
    (None, "RS/03", "Average working days lost to sickness per employee", 2.1, 2.4, 2.9, 2.5, "Off track"),
    (None, "RS/04", "Freedom of information requests answered within 20 working days (%)", 84.0, None, 89.5, 90, "Slightly off track"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI table to overview and scrutiny.

    The performance officer types each directorate's name once, on the first
    row of its group, and leaves the cells below it empty (not merged: the
    sheet is sorted and filtered, so merging is avoided), with a thin rule
    above each new group. Beside it stand the PI reference, the indicator,
    the three quarters so far, the year's target and a worded status for
    Q3. One Q2 figure was not returned in time and is blank.

    A careful reader takes the directorate as applying to the rows below it
    until the next name, reads the quarters with the target, and the status
    ('On track', 'Slightly off track', 'Off track') as green, amber and red
    for Q3. Units are only in the names.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Tewkesbury Borough Council - Council Plan performance tracker, Quarter 3 2024/25",
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 11 March 2025"
    head = ["Directorate", "PI ref", "Performance indicator", "Q1 2024/25", "Q2 2024/25",
            "Q3 2024/25", "Target 2024/25", "Q3 status"]  # fmt: skip
    put_row(sheet, 4, 1, head, bold=True)
    rule = Border(top=Side(style="thin"))
    exp = Expected([])
    for i, (group, ref, name, q1, q2, q3, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [group, ref, name, q1, q2, q3, target, status])
        if group is not None:
            for col in range(1, 9):
                sheet.cell(row=row, column=col).border = rule
        sheet.cell(row=row, column=3).alignment = Alignment(wrap_text=True)
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), STATUS[str(status)]
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Status: On track = target met or exceeded; "
               "Slightly off track = within 5% of target; Off track = more than 5% adrift.")  # fmt: skip
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["H"].width = 20
    sheet.auto_filter.ref = f"A4:H{4 + len(ROWS)}"
    save(book, path)
    return exp
