"""A 'No.' column of row numbers 1..n beside indicator names with no codes, some indicators themselves counts."""

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

SHEET = "Performance Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
COLOUR = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 4

# Sections of (indicator, Q1, Q2, Q3, target, RAG); the 'No.' runs on across sections.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Homes and housing", (
        ("Number of affordable homes completed", 14, 22, 9, 20, "R"),
        ("Number of households in temporary accommodation at quarter end", 38, 41, 35, 40, "G"),
        ("Number of empty homes brought back into use", 3, 5, 4, 4, "G"),
        ("Homelessness cases where the home was kept or a new one secured (%)", 58.3, 61.0, 55.2, 60, "A"),
        ("Disabled facilities grants completed within 26 weeks of approval (%)", 71.4, 66.7, 80.0, 75, "G"),
    )),
    ("Clean and safe neighbourhoods", (
        ("Number of fly-tipping incidents reported", 212, 189, 176, None, None),
        ("Fly-tips removed within 2 working days (%)", 92.5, 94.1, 90.3, 95, "A"),
        ("Number of fixed penalty notices issued for environmental crime", 7, 12, 6, 10, "R"),
        ("Household waste recycled and composted (%)", 47.2, 45.9, 41.8, 45, "A"),
        ("Number of missed bin collections", 118, 97, 143, 120, "R"),
    )),
    ("Customers and corporate health", (
        ("Calls answered within 60 seconds (%)", 78.9, 81.3, 83.0, 80, "G"),
        ("Number of complaints received", 61, 54, 2, None, None),
        ("Complaints answered within 10 working days (%)", 86.0, 90.7, 88.5, 90, "A"),
        ("Number of RIDDOR-reportable accidents to staff", 1, 0, 1, 0, "R"),
        ("Average working days lost to sickness per employee (rolling 12 months)", 7.9, 8.3, 8.1, 8, "A"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report table numbered down the left.

    Smaller district councils without a performance system often number the
    rows of their committee table ('No.' 1, 2, 3 … running on through the
    sections) so members can say 'item 8' in the meeting; the indicators
    themselves have no codes. Several are counts ('Number of affordable
    homes completed', 'Number of empty homes brought back into use' with 3,
    5, 4), so small whole numbers stand both in the 'No.' column and among
    the figures. Quarters Q1-Q3 2024/25, one Target, R/A/G letters filled
    in their colours; counts kept for information have no target or RAG.
    The complaints count for Q3 is 2: the new case system went live in
    December and only its first fortnight is counted (a note says so).

    A careful reader takes the 'No.' column as row numbers, neither codes
    nor figures: each indicator is known by its name alone. Each quarter is
    an observation with the row's target, the R/A/G rates Q3. The Q3
    complaints figure is what the sheet reports, with its note; it stands.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Melton Borough Council \u2013 Quarterly Performance Report 2024/25")
    sheet["A2"] = (
        "Quarter 3: October to December 2024. Report to Scrutiny Committee, 5 February 2025."
    )
    sheet["A2"].font = Font(italic=True)
    header = ["No.", "Performance indicator", *QUARTERS, "Target", "RAG"]
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, 8):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row, number = HEADER_ROW + 1, 0
    for section, rows in SECTIONS:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        sheet.cell(row=row, column=1).fill = SECTION_FILL
        row += 1
        for name, q1, q2, q3, target, rag in rows:
            number += 1
            put_row(sheet, row, 1, [number, name, q1, q2, q3, target, rag])
            sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
            for col in range(1, 8):
                sheet.cell(row=row, column=col).border = GRID
            for col in range(3, 7):
                value = sheet.cell(row=row, column=col).value
                sheet.cell(row=row, column=col).number_format = (
                    "0.0" if isinstance(value, float) else "0"
                )
            if rag is not None:
                fill(sheet, f"G{row}", COLOUR[str(rag)])
                sheet[f"G{row}"].alignment = Alignment(horizontal="center")
            goal = None if target is None else float(str(target))
            exp.observations += observed(
                None, str(name), QUARTERS, (q1, q2, q3), goal, RAG.get(str(rag))
            )
            row += 1
    notes = (
        "Notes",
        "Item 12: complaints logged in the new case management system from 16 December 2024 "
        "only; earlier Q3 complaints are being migrated and will be reported at Q4.",
        "Item 14: one RIDDOR-reportable accident (slip at the depot, November 2024).",
        "RAG: G target met or exceeded; A within 10% of target; R more than 10% from target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(bold=j == 0, size=9)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 68
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    save(book, path)
    return exp
