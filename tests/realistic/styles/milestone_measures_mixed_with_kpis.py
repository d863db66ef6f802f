"""A service-plan monitoring sheet with numeric KPIs and milestones ('Complete by March 2025', 'On schedule') in one table."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Q3 monitoring"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
MILESTONE_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A section heading is a 1-tuple. A row: ref, measure or milestone, type, lead, target
# (a number for a KPI; words or a date for a milestone), Q1, Q2, Q3 (None: blank), Q3 RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: A clean and sustainable environment",),
    ("ENV 01", "Household waste sent for reuse, recycling and composting (%)", "KPI",
     "Head of Waste Services", 50.0, 52.4, 51.8, 47.9, "A",
     "Seasonal fall in garden waste; Q3 figure provisional."),
    ("ENV 02", "Missed bin collections per 100,000 collections", "KPI", "Head of Waste Services",
     60, 48, 55, 71, "R", "Round reorganisation on 4 November; 2 weeks of high misses."),
    ("ENV 03", "Procure food waste collection vehicles and kerbside caddies", "Milestone",
     "Head of Waste Services", "Contracts awarded by December 2024", "On schedule",
     "On schedule", "Complete", "G", "Vehicles ordered 28 November; caddies delivered January."),
    ("ENV 04", "Adopt the refreshed Climate Action Plan", "Milestone", "Climate Change Officer",
     "Adopted by Council, September 2024", "On schedule", "Delayed", "Complete (Nov 2024)", "G",
     "Adopted by Full Council on 21 November 2024, two months late."),
    ("ENV 05", "Install EV charge points in six council car parks", "Milestone",
     "Car Parks Manager", datetime(2025, 3, 31), "Not started", "On schedule", "Delayed", "R",
     "Grid connection dates from the network operator now May 2025."),
    ("Priority 2: Sustainable growth and regeneration",),
    ("GRO 01", "Major planning applications determined within 13 weeks or agreed extension (%)",
     "KPI", "Development Manager", 60.0, 83.3, 100.0, 75.0, "G", "3 of 4 majors in time."),
    ("GRO 02", "Non-major planning applications determined within 8 weeks or agreed extension (%)",
     "KPI", "Development Manager", 65.0, 71.2, 68.9, 62.5, "A", "Two planning officer vacancies."),
    ("GRO 03", "Submit the Local Plan review for independent examination", "Milestone",
     "Planning Policy Manager", "Submission by December 2024", "On schedule", "At risk",
     "Delayed", "R", "Regulation 19 consultation extended; submission now planned for June 2025."),
    ("GRO 04", "Grantham High Street Heritage Action Zone: complete shopfront grant scheme",
     "Milestone", "Regeneration Manager", "Complete by March 2025", None, "On schedule",
     "On schedule", "G", "Scheme opened July 2024; 14 of 18 shopfronts finished."),
    ("GRO 05", "Vacant ground-floor units in the three town centres (%)", "KPI",
     "Regeneration Manager", 10.0, 11.2, 10.8, 10.1, "A", None),
    ("Priority 3: Good quality homes",),
    ("HSG 01", "Average days to re-let council homes (standard voids)", "KPI",
     "Head of Housing Management", 30, 38, 34, 29, "G", None),
    ("HSG 02", "Council homes meeting the Decent Homes Standard (%)", "KPI",
     "Head of Property Services", 100.0, 97.2, 97.8, 98.4, "A", None),
    ("HSG 03", "Complete stock condition surveys of all council homes", "Milestone",
     "Head of Property Services", "100% surveyed by March 2025", "On schedule", "On schedule",
     "On schedule - 62% of homes surveyed", "G", "3,870 of 6,240 homes surveyed at 31 December."),
    ("HSG 04", "Launch the online tenant repairs portal", "Milestone",
     "Head of Housing Management", "Live by October 2024", "On schedule", "Complete", "Complete",
     "G", "Live 30 September; 1,126 repairs reported online in Q3."),
)  # fmt: skip

HEADER = ["Ref", "Measure / milestone", "Type", "Lead officer", "Target 2024/25",
          *QUARTERS, "Q3 RAG", "Comment"]  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's service plan quarterly monitoring sheet to scrutiny.

    South Kesteven-style: an Environment and Regeneration service plan
    monitors its numeric KPIs and its project milestones in one table,
    under shaded priority headings. A 'Type' column says KPI or Milestone.
    KPIs have a number in 'Target 2024/25' and figures under 'Q1 2024/25'..
    'Q3 2024/25'. Milestones have a deadline in the target column, written
    in words ('Contracts awarded by December 2024', 'Complete by March
    2025', '100% surveyed by March 2025') or, in one row, as a real date
    (31/03/2025), and a progress word in each quarter: 'Not started', 'On
    schedule', 'At risk', 'Delayed', 'Complete', 'Complete (Nov 2024)',
    'On schedule - 62% of homes surveyed'; one milestone began in Q2 (Q1
    blank). One 'Q3 RAG' column, filled letters, rates both kinds; a key
    under the table gives the rules for each.

    A careful reader takes a KPI's figures with its numeric target for all
    three quarters. A milestone's observation in each quarter is the
    progress the cell reports, kept as its words (actual_text), never a
    number pulled out of them (62% is how far the surveys have got, not the
    measure's value). Its deadline is no numeric target: the words and the
    31/03/2025 date cell give target none (the date is not the figure
    45747). The Q3 RAG belongs to Q3 2024/25 on every row, milestones
    included: the key rates milestones by progress, as the sheet published
    (ENV 04 finished late but is rated G on completion).
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "South Kesteven District Council \u2013 Environment and Regeneration Service Plan 2024/25",
    )
    sheet["A2"] = "Quarter 3 monitoring (October to December 2024) \u2013 Environment Overview and Scrutiny Committee"  # fmt: skip
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=4, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = 5
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, len(HEADER) + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
            row += 1
            continue
        ref, name, kind, lead, target, q1, q2, q3, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, kind, lead, target, q1, q2, q3, rag, comment])
        for col in range(1, len(HEADER) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if kind == "Milestone" and col in (5, 6, 7, 8):
                cell.fill = MILESTONE_FILL
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(target, datetime):
            sheet.cell(row=row, column=5).number_format = "dd/mm/yyyy"
        fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        sheet.cell(row=row, column=9).alignment = Alignment(horizontal="center")
        goal = float(target) if isinstance(target, int | float) else None
        values = (q1, q2, q3)
        for k, (quarter, value) in enumerate(zip(QUARTERS, values, strict=True)):
            if value is None:
                continue
            status = RAG[str(rag)] if k == 2 else None
            if isinstance(value, int | float):
                exp.observations.append(
                    Obs(str(ref), str(name), quarter, float(value), None, goal, status)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), quarter, None, str(value), goal, status)
                )
        row += 1
    notes = (
        "RAG for KPIs: G target met; A within 5% of target; R more than 5% from target.",
        "RAG for milestones: G complete or on schedule; A at risk of missing the deadline; "
        "R deadline missed or expected to be missed.",
        "Milestone targets are the deadline in the service plan approved by Cabinet in March 2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 9, "B": 60, "C": 11, "D": 26, "E": 24, "F": 16, "G": 16,
                          "H": 22, "I": 8, "J": 58}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "C5"
    save(book, path)
    return exp
