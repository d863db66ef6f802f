"""Withdrawn and replaced indicators left in the table struck through, their old figures still in the row, with a note why."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "Housing & Customer KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"On target": "green", "Near target": "amber", "Off target": "red"}
STRUCK = Font(strike=True, color="FF7F7F7F")

# code, indicator, 2023/24 outturn, Q1, Q2, Q3, target 2024/25, status (Q3), notes, withdrawn
ROWS: tuple[tuple[object, ...], ...] = (
    ("HC01", "Rent collected from current tenants as a % of rent due", 97.9, 95.1, 96.4, 97.2, 98.0, "Near target", None, False),
    ("HC02", "Rent arrears of current tenants as a % of the annual rent debit", 2.41, 2.87, 2.65, 2.52, 2.5, "Near target", None, False),
    ("HC03", "Average days to re-let general needs homes (excluding major works)", 34.2, 31.0, None, None, 28, None,
     "Deleted - replaced by HC12 from Q2 (key-to-key re-let time, as the TSM guidance counts it)", True),
    ("HC04", "Repairs completed right first time (%)", 88.5, 90.2, 91.0, 89.4, 90.0, "Near target", None, False),
    ("HC05", "Emergency repairs attended within 24 hours (%)", 99.1, 98.7, 99.4, 99.6, 99.0, "On target", None, False),
    ("HC06", "Homelessness cases closed with the household's home secured (%)", 63.0, "-", "-", "-", 65.0, None,
     "Withdrawn from 2024/25 - prevention and relief outcomes now reported from H-CLIC (HC13, HC14)", True),
    ("HC12", "Average key-to-key re-let time, general needs homes (calendar days)", None, None, 41.5, 38.0, 35, "Off target",
     "New measure from Q2; includes homes needing major works.", False),
    ("HC13", "Homelessness prevention duties ended with accommodation secured (%)", None, 58.2, 61.7, 60.4, 60.0, "On target", None, False),
    ("HC14", "Homelessness relief duties ended with accommodation secured (%)", None, 38.9, 35.4, 33.1, 40.0, "Off target", None, False),
    ("CS01", "Calls to the contact centre answered (%)", 87.0, 84.3, 88.9, 90.6, 90.0, "On target", None, False),
    ("CS02", "Calls answered within 60 seconds (%)", 61.0, 55.8, 59.9, None, 70.0, None,
     "Withdrawn at Q2 review - replaced by CS01 and average wait (CS05)", True),
    ("CS05", "Average wait for a call to be answered (minutes)", None, None, 2.8, 2.1, 2.0, "Near target", None, False),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly housing and customer services KPI table.

    Councils that change a KPI set mid-year often leave the old row in the
    table with every cell struck through (strikethrough font, greyed), so
    members can see what happened to it, and type a note beside it:
    'Deleted - replaced by HC12 from Q2', 'Withdrawn from 2024/25 - ... now
    reported from H-CLIC', 'Withdrawn at Q2 review - replaced by ...'. The
    struck rows keep their old figures (last year's outturn, the quarters
    reported before withdrawal, a '-' for quarters not reported) but no
    status; the note itself is not struck. The replacement measures start
    in Q1 or Q2.

    A careful reader takes the strikethrough as the author's deletion: the
    struck rows are no longer measures on this scorecard and give no
    observations (their old figures were reported at the time and are not
    this report's). The other rows are read ordinarily: the 2023/24 outturn
    without a target (the target names 2024/25), the quarters with it, the
    status word for Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Mid Devon District Council - Housing and Customer Services KPIs 2024/25")
    sheet["A2"] = (
        "Homes Policy Development Group, 21 January 2025 - Quarter 3 (October to December 2024)"
    )
    header = [
        "Code",
        "Indicator",
        "2023/24 outturn",
        *QUARTERS,
        "Target 2024/25",
        "Status",
        "Notes",
    ]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, outturn, q1, q2, q3, target, status, note, withdrawn) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [code, name, outturn, q1, q2, q3, target, status, note])
        sheet.cell(row=r, column=9).alignment = Alignment(wrap_text=True)
        if withdrawn:
            for col in range(1, 9):
                sheet.cell(row=r, column=col).font = STRUCK
            continue
        c, nm = str(code), str(name)
        if outturn is not None:
            exp.observations.append(Obs(c, nm, "2023/24", float(str(outturn))))
        exp.observations += observed(
            c, nm, QUARTERS, (q1, q2, q3), float(str(target)), STATUS.get(str(status))
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Struck-through indicators have been deleted from the KPI set and are shown for "
        "reference only.",
    ).font = Font(italic=True, size=9)
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Status (Q3): On target; Near target = within 5% of target; Off target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["I"].width = 48
    save(book, path)
    return exp
