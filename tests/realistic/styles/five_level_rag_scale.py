"""Doubtful: status on a five-point scale (Red, Red/Amber, Amber, Amber/Green, Green) with its key printed above the table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import (
    AMBER_FILL,
    BOLD,
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

SHEET = "Q3 Dashboard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
AMBER_GREEN_FILL, RED_AMBER_FILL = "FF92D050", "FFFF6600"
FILLS = {
    "Green": GREEN_FILL,
    "Amber/Green": AMBER_GREEN_FILL,
    "Amber / Green": AMBER_GREEN_FILL,
    "Amber": AMBER_FILL,
    "Red/Amber": RED_AMBER_FILL,
    "Red": RED_FILL,
}

KEY = (
    ("Green", "On or above target"),
    ("Amber/Green", "Below target by less than 5%; expected to meet target by year end"),
    ("Amber", "Below target by 5% to 10%"),
    ("Red/Amber", "More than 10% below target; recovery plan agreed and in place"),
    ("Red", "More than 10% below target; target not expected to be met this year"),
)

# KPI, measure, Q1, Q2, Q3, target, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("KPI01", "New businesses given start-up support by the business growth team", 41, 38, 44, 40.0, "Green"),
    ("KPI02", "Ground-floor units vacant in the main town centres (%)", 9.8, 10.4, 10.9, 9.0, "Red/Amber"),
    ("KPI03", "Affordable homes completed in the quarter", 46, 52, 43, 45.0, "Amber/Green"),
    ("KPI04", "Homelessness approaches where homelessness was prevented or relieved (%)", 61.0, 58.4, 63.2, 60.0, "Green"),
    ("KPI05", "Average days to re-let council homes, excluding major works", 34.0, 31.5, 29.2, 28.0, "Amber/Green"),
    ("KPI06", "Household waste reused, recycled or composted (%)", 36.2, 38.9, 33.1, 40.0, "Red/Amber"),
    ("KPI07", "Reported fly-tips cleared within 3 working days (%)", 97.1, 98.4, 96.6, 95.0, "Green"),
    ("KPI08", "Minor planning applications decided within 8 weeks or an agreed extension (%)", 71.0, 74.5, 69.8, 75.0, "Amber"),
    ("KPI09", "Average days to decide a new Council Tax Reduction claim", 24.0, 22.0, 27.0, 18.0, "Red"),
    ("KPI10", "Customer transactions completed online (%)", 64.2, 66.0, 67.1, 70.0, "Amber / Green"),
    ("KPI11", "Visits to the council's leisure centres", 312450, 298700, 276300, None, None),
    ("KPI12", "Stage 1 complaints answered within 20 working days (%)", 89.0, 84.5, 81.2, 95.0, "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly strategic plan dashboard rated on five levels.

    Some councils rate progress on the five-point scale familiar from
    programme delivery confidence: Green, Amber/Green, Amber, Red/Amber and
    Red, each cell filled in its colour and the scale explained in a key
    printed above the table (one officer typed 'Amber / Green' with spaces).

    Green, Amber and Red are plain. But the key gives Amber/Green and
    Red/Amber meanings of their own (less than 5% below target and expected
    to recover; more than 10% below with a recovery plan), so they are not
    shades that fold into amber, green or red without a choice the sheet does
    not make: a careful reader importing onto a red/amber/green scale has to
    ask which rating each should carry. The file goes to review at every
    Amber/Green and Red/Amber cell; the figures, the single Target column and
    the plain ratings (Q3's) are clear. The leisure centre visits have no
    target and no status.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "East Suffolk Council - Strategic Plan Performance Dashboard, Q3 2024/25")
    sheet["A3"] = "Status key"
    sheet["A3"].font = BOLD
    for k, (word, meaning) in enumerate(KEY):
        row = 4 + k
        put_row(sheet, row, 1, [word, meaning])
        fill(sheet, f"A{row}", FILLS[word])
    top = 4 + len(KEY) + 1
    header = ["KPI", "Measure", *QUARTERS, "Target", "Status"]
    put_row(sheet, top, 1, header, bold=True)
    exp = Expected([], status="needs_review")
    for i, (ref, name, q1, q2, q3, target, status) in enumerate(ROWS):
        row = top + 1 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, status])
        if status is not None:
            fill(sheet, f"G{row}", FILLS[str(status)])
        if status is not None and str(status) not in RAG:
            exp.review_cells.append(f"{SHEET}!G{row}")
        t = float(target) if isinstance(target, float) else None
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), t, RAG.get(str(status))
        )
    foot = top + len(ROWS) + 2
    sheet.cell(
        row=foot,
        column=1,
        value="Status is assessed on the Q3 figure against the 2024/25 target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
