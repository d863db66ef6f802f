"""Every quarter's figures shaded by a colour-scale heat map; the ratings are in a Status column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Font

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

SHEET = "Heat map Q3"
HEADINGS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
FILLS = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
LOW, MID, HIGH = "FFF8696B", "FFFFEB84", "FF63BE7B"  # Excel's red-yellow-green scale

# ref, measure, lower is better?, target, Q4 23/24, Q1, Q2, Q3, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("LP01", "Visits to leisure centres (thousands)", False, 205, 198.4, 214.2, 221.7, 203.1, "Amber"),
    ("LP02", "Children enrolled on swimming lessons", False, 1850, 1792, 1868, 1904, 1911, "Green"),
    ("LP03", "Parks meeting the Green Flag standard (%)", False, 80, 75.0, 80.0, 80.0, 85.0, "Green"),
    ("LP04", "Allotment plots let (%)", False, 92, 94.0, 93.5, 91.2, 90.8, "Amber"),
    ("EH01", "Food premises inspections completed when due (%)", False, 95, 91.3, 96.0, 88.2, 84.7, "Red"),
    ("EH02", "Noise complaints responded to within 3 working days (%)", False, 90, 92.1, 89.4, 93.0, 88.6, "Amber"),
    ("EH03", "Average working days to clear reported fly-tips", True, 3.0, 2.6, 3.4, 2.9, 2.8, "Green"),
    ("EH04", "Pest control visits made within 5 working days (%)", False, 85, 88.0, 86.5, 79.1, None, None),
    ("EH05", "Premises licence applications determined within 28 days (%)", False, 95, 97.2, 98.1, 96.4, 97.5, "Green"),
    ("EH06", "Fixed penalty notices issued for dog fouling", False, None, 14, 9, 21, 17, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly service 'heat map' for leisure and environmental health.

    Performance packs built as heat maps put an Excel colour scale on each
    measure's row of quarterly figures: the best quarter of the row is deep
    green, the worst deep red, the rest graded in between through yellow
    (the scale turned round for the one measure where fewer days is better).
    The shading only ranks a row's own quarters against each other, so a
    measure comfortably above target all year still has a 'red' quarter. The
    ratings against target are typed in the 'Status' column as Green, Amber
    or Red (the status cells also filled in those colours), and a line under
    the title says so.

    A careful reader ignores the graded shading as a rating and takes each
    Status word as the rating of the row's latest quarter, Q3 2024/25. The
    pest control figure for Q3 had not arrived, so that row has no status;
    the dog fouling count is reported for context with no target or status.
    The single Target column applies to each quarter in its row.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bassetlaw District Council \u2013 Leisure and Environmental Health")
    sheet["A2"] = "Quarterly performance heat map 2024/25 \u2013 position at the end of Quarter 3"
    sheet["A3"] = (
        "Heat map shading compares each measure's quarters with one another (green = its best "
        "quarter, red = its worst). It is not a rating: see Status, which is against target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    put_row(sheet, 5, 1, ["Ref", "Measure", *HEADINGS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, (ref, name, lower, target, *quarters, status) in enumerate(ROWS):
        row = 6 + i
        put_row(sheet, row, 1, [ref, name, *quarters, target, status])
        start, end = (HIGH, LOW) if lower else (LOW, HIGH)
        sheet.conditional_formatting.add(
            f"C{row}:F{row}",
            ColorScaleRule(
                start_type="min",
                start_color=start,
                mid_type="percentile",
                mid_value=50,
                mid_color=MID,
                end_type="max",
                end_color=end,
            ),
        )
        if status is not None:
            fill(sheet, f"H{row}", FILLS[str(status)])
        goal = None if target is None else float(str(target))
        rag = None if status is None else RAG[str(status)]
        exp.observations += observed(str(ref), str(name), HEADINGS, quarters, goal, rag)
    foot = 7 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="Status: Green = target met; Amber = within 5% of target; Red = more than 5% short.",
    ).font = Font(size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="EH04 Q3 return from the pest control contractor not received at the time of writing.",
    ).font = Font(size=9)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
