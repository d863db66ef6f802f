"""'Previous (Nov 2024)' and 'Latest (Dec 2024)' columns, a Change column, one Target, status words."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

PREVIOUS, LATEST = "Nov 2024", "Dec 2024"
STATUS: dict[str, Rag] = {"On target": "green", "Close to target": "amber", "Off target": "red"}

# ref, measure, previous, latest, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("RS01", "Calls to the contact centre answered (%)", 88.4, 91.2, 90.0, "On target"),
    ("RS02", "Average wait before a call is answered (seconds)", 142, 118, 120, "On target"),
    ("RS03", "Stage 1 complaints answered within 10 working days (%)", 71.0, 68.5, 85.0,
     "Off target"),
    ("RS04", "Housing Benefit changes of circumstance processed (average days)", 6.8, 7.3, 7.0,
     "Close to target"),
    ("RS05", "Missed waste collections per 100,000", 47, 39, 50, "On target"),
    ("RS06", "Fly-tips cleared within 2 working days (%)", 93.1, 95.6, 95.0, "On target"),
    ("RS07", "Penalty charge notice appeals decided within 56 days (%)", 97.0, 98.2, 100.0,
     "Close to target"),
    ("RS08", "Library visits (in person)", 38112, 29540, "-", None),
    ("RS09", "Families in bed and breakfast for more than 6 weeks", 14, 19, 0, "Off target"),
    ("RS10", "Freedom of Information requests answered in 20 working days (%)", 89.5,
     "Not yet available", 90.0, None),
    ("RS11", "Licensing applications determined within statutory timescales (%)", 100.0, 96.7,
     100.0, "Close to target"),
)  # fmt: skip

OWNER = {
    "RS04": "Head of Revenues and Benefits",
    "RS05": "Head of Environmental Services",
    "RS06": "Head of Environmental Services",
    "RS08": "Head of Libraries and Culture",
    "RS09": "Head of Housing Options",
    "RS10": "Information Governance Manager",
}


def build(path: Path) -> Expected:
    """Imitates a London borough's monthly resident services report to scrutiny.

    Monthly reports that show only two months side by side do not head their
    columns with the months themselves but with their roles, the month in
    brackets: 'Previous (Nov 2024)', 'Latest (Dec 2024)', then the change
    between them, the target, a status word for the latest month and the
    responsible officer. A careful reader dates the two figures by the
    brackets, takes the Change column as arithmetic (not a figure of its
    own), the one target as applying to both months, and the status as
    December's. Library visits are tracked without a target ('-'), and the
    December FOI figure was not ready, so that month has words, not a number,
    and no status.
    """
    book, sheet = new_book("Monthly report")
    title(sheet, "A1", "Resident Services - Monthly Performance Report")
    sheet["A2"] = "Reporting month: December 2024. Figures for the latest month are provisional."
    header = ["Ref", "Measure", f"Previous ({PREVIOUS})", f"Latest ({LATEST})", "Change",
              "Target", "Status", "Responsible officer"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, prev, latest, target, status) in enumerate(ROWS):
        r = 5 + i
        both = isinstance(prev, int | float) and isinstance(latest, int | float)
        change = round(float(str(latest)) - float(str(prev)), 1) if both else None
        who = OWNER.get(str(ref), "Head of Customer Services")
        put_row(sheet, r, 1, [ref, name, prev, latest, change, target, status, who])
        sheet.cell(row=r, column=5).number_format = "+0.0;-0.0;0.0"
        for col in (3, 4):
            if isinstance(sheet.cell(row=r, column=col).value, int):
                sheet.cell(row=r, column=col).number_format = "#,##0"
        goal = float(target) if isinstance(target, int | float) else None
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, PREVIOUS, float(str(prev)), None, goal))
        rag = STATUS[str(status)] if status is not None else None
        if isinstance(latest, int | float):
            exp.observations.append(Obs(code, nm, LATEST, float(latest), None, goal, rag))
        else:
            exp.observations.append(Obs(code, nm, LATEST, None, str(latest), goal, rag))
    foot = 6 + len(ROWS)
    sheet.cell(row=foot, column=1, value="Status: On target; Close to target (within 5%); "
               "Off target (more than 5% away). '-' = no target set.")  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 20
    sheet.column_dimensions["D"].width = 20
    sheet.column_dimensions["H"].width = 32
    save(book, path)
    return exp
