"""A service plan workbook: a sheet of performance indicators and a sheet of plan actions with % complete and RAG."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
UNIT = {"%": "%", "No.": "number", "Rate": "rate"}

# PI ref, performance indicator, unit, Qtr 1, Qtr 2, annual target, RAG (Qtr 2), officer comment
PIS: tuple[tuple[object, ...], ...] = (
    ("NS-01", "Household bins collected on the scheduled day", "%", 99.62, 99.71, 99.5, "G",
     "Round changes in Market Rasen settled in well."),
    ("NS-02", "Missed bin reports per 100,000 collections", "Rate", 48.0, 63.0, 55.0, "A",
     "Crew shortages in August; agency drivers now in place."),
    ("NS-03", "Garden waste subscriptions taken up", "No.", 21904.0, 22318.0, 22500.0, "A", None),
    ("NS-04", "Household waste sent for reuse, recycling and composting", "%", 54.3, 56.9, 55.0,
     "G", "Quarter figure, validated through WasteDataFlow."),
    ("NS-05", "Fly-tipping incidents cleared within 3 working days", "%", 88.0, 79.5, 90.0, "R",
     "Two large incidents at Caistor needed specialist removal."),
    ("NS-06", "Food premises rated 4 or 5 under the hygiene rating scheme", "%", 93.1, 93.4, 92.0,
     "G", None),
    ("NS-07", "Noise nuisance complaints responded to within 2 working days", "%", 91.0, None,
     95.0, None, "Q2 figure delayed by the move to the new case system."),
    ("NS-08", "Abandoned vehicle reports inspected within 5 working days", "%", 100.0, 97.2,
     95.0, "G", None),
    ("NS-09", "Street cleansing: land below grade B at inspection (litter)", "%", 6.1, 7.4, 5.0,
     "R", "Summer events season; extra litter picks booked for Q3."),
)  # fmt: skip

# ref, action, lead officer, due date, % complete (as a fraction), RAG, update
ACTIONS: tuple[tuple[object, ...], ...] = (
    ("NSA 1.1", "Introduce separate weekly food waste collections for all households",
     "Waste Services Manager", datetime(2026, 3, 31), 0.25, "A",
     "Vehicle procurement under way; Defra capital funding confirmed at \u00a31.46m."),
    ("NSA 1.2", "Replace 12 refuse collection vehicles with lower-emission models",
     "Fleet Manager", datetime(2025, 3, 31), 0.6, "G", "8 of 12 delivered; remaining 4 due January."),
    ("NSA 1.3", "Review garden waste charges for 2025/26", "Waste Services Manager",
     datetime(2024, 12, 31), 0.9, "G", "Report to Prosperous Communities Committee in November."),
    ("NSA 2.1", "Adopt a new Fly-tipping Enforcement Policy", "Environmental Protection Team Leader",
     datetime(2024, 9, 30), 0.75, "R", "Consultation extended by 4 weeks; adoption now December."),
    ("NSA 2.2", "Install 20 covert CCTV cameras at fly-tipping hotspots",
     "Environmental Protection Team Leader", datetime(2025, 3, 31), 0.35, "G", None),
    ("NSA 3.1", "Complete the backlog of 46 overdue food hygiene inspections",
     "Food Safety Lead", datetime(2024, 10, 31), 1.0, "G", "Completed 18 October 2024."),
    ("NSA 3.2", "Launch online reporting for abandoned vehicles", "Digital Services Lead",
     datetime(2025, 1, 31), 0.1, "A", "Waiting on the new CRM release."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's service plan monitoring workbook for its neighbourhoods service.

    A service plan report goes out as one workbook with two sheets: the
    'Performance Indicators' sheet (PI ref, indicator, unit, a column per
    quarter so far, the annual target, a RAG letter for the latest quarter
    and the officer's comment) and a 'Service Plan Actions' sheet listing
    the plan's actions with a lead officer, a due date, a % complete, a RAG
    letter and a progress update. The actions look like a table of measures
    (refs, percentages, RAG letters) but are project milestones, not
    indicators: a careful reader takes figures only from the first sheet,
    the target for both quarters, the RAG for Qtr 2, the unit from the Unit
    column, and reads a blank Qtr 2 cell as no figure yet.
    """
    book, sheet = new_book("Performance Indicators")
    title(sheet, "A1", "West Lindsey District Council")
    sheet["A2"] = "Neighbourhood Services - Service Plan 2024/25: Quarter 2 Monitoring"
    sheet["A2"].font = BOLD
    header = ["PI ref", "Performance indicator", "Unit", "Qtr 1 2024/25", "Qtr 2 2024/25",
              "Annual target", "RAG", "Comment"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, unit, q1, q2, target, rag, comment) in enumerate(PIS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, unit, q1, q2, target, rag, comment])
        sheet.cell(row=row, column=7).alignment = Alignment(horizontal="center")
        if unit == "No." and float(str(target)) > 1000:
            for col in (4, 5, 6):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2), float(str(target)),
            RAG[str(rag)] if rag else None,
        )  # fmt: skip
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    sheet["A15"] = (
        "RAG: G = on or better than target; A = within 5% of target; R = more than 5% off target."
    )
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["H"].width = 55

    actions = book.create_sheet("Service Plan Actions")
    title(actions, "A1", "Neighbourhood Services - Service Plan Actions 2024/25")
    actions["A2"] = "Position at 30 September 2024"
    put_row(actions, 4, 1, ["Ref", "Action", "Lead officer", "Due date", "% complete", "RAG",
                            "Progress update"], bold=True)  # fmt: skip
    for i, (ref, action, lead, due, done, rag, update) in enumerate(ACTIONS):
        row = 5 + i
        put_row(actions, row, 1, [ref, action, lead, due, done, rag, update])
        actions.cell(row=row, column=4).number_format = "dd/mm/yyyy"
        actions.cell(row=row, column=5).number_format = "0%"
        actions.cell(row=row, column=6).alignment = Alignment(horizontal="center")
    actions.column_dimensions["B"].width = 64
    actions.column_dimensions["C"].width = 36
    actions.column_dimensions["D"].width = 12
    actions.column_dimensions["G"].width = 60
    save(book, path)
    return exp
