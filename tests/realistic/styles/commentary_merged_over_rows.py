"""An 'Officer comment' cell merged down over a group of related measures' rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Resources Q3"
HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# each group: its section heading, its rows (code, indicator, Q1, Q2, Q3, target, status)
# and the one comment an officer wrote for the whole group
GROUPS: tuple[tuple[str, tuple[tuple[object, ...], ...], str], ...] = (
    (
        "Benefits",
        (
            ("RB01", "Housing Benefit new claims \u2013 average days to decide", 18.2, 21.5, 19.4, 20, "G"),
            ("RB02", "Housing Benefit changes in circumstances \u2013 average days to process", 7.1, 9.6, 8.4, 8, "A"),
            ("RB03", "Council Tax Support claims decided within 14 days (%)", 86.0, 79.2, 84.1, 85, "A"),
        ),
        "Processing slowed in Q2 while two assessors trained on the new document management "
        "system. The backlog of 640 items was cleared by mid-November; December figures are "
        "back within target.",
    ),
    (
        "Customer contact",
        (
            ("CS01", "Calls to the contact centre answered within 60 seconds (%)", 74.5, 68.9, 77.3, 80, "A"),
            ("CS02", "Average time callers wait to be answered (seconds)", 112, 147, 98, 90, "R"),
        ),
        "Annual billing queries peaked in Q2. Web chat went live on 4 November and took about "
        "11% of contacts in December.",
    ),
    (
        "Complaints and information requests",
        (
            ("CG01", "Stage 1 complaints answered within 10 working days (%)", 91.4, 88.0, 92.6, 90, "G"),
            ("CG02", "Stage 2 complaints answered within 20 working days (%)", 100.0, 83.3, 87.5, 90, "A"),
            ("CG03", "FOI and EIR requests answered within 20 working days (%)", 93.1, 96.4, 95.8, 95, "G"),
            ("CG04", "Subject access requests answered within one calendar month (%)", 80.0, 71.4, 75.0, 90, "R"),
        ),
        "Small numbers: 8 stage 2 complaints and 12 subject access requests in Q3. Two complex "
        "subject access requests needed redaction of over 1,000 pages each.",
    ),
    (
        "Workforce",
        (("HR01", "Working days lost to sickness per FTE in the quarter", 2.3, 1.9, 2.6, 2.0, "R"),),
        "Winter respiratory illness; long-term absence down from 14 cases to 9.",
    ),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly resources performance table to scrutiny.

    Officers write one comment for a group of related measures (the benefits
    processing times, the two contact-centre measures, the four complaints
    and information-request measures) and the report's author merges the
    'Officer comment' cell down over the group's rows, so the comment sits
    once beside two to four rows of figures. Each row still has its own
    code, three quarters' figures, target and G/A/R status. Section rows
    name each group.

    A careful reader takes each row's figures, target and status as that
    measure's own; the merged comment explains the group and gives no
    figure of any indicator (its numbers are backlog counts and case
    numbers). The status belongs to Q3 2024/25; the Target column to every
    quarter of its row.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "South Kesteven District Council")
    sheet["A2"] = (
        "Corporate Resources \u2013 performance report, Quarter 3 2024/25 (October to December)"
    )
    header = ["Code", "Performance indicator", *HEADINGS, "Target", "Status", "Officer comment"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for section, rows, comment in GROUPS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        row += 1
        first = row
        for code, name, *quarters, target, status in rows:
            put_row(sheet, row, 1, [code, name, *quarters, target, status])
            exp.observations += observed(
                str(code), str(name), HEADINGS, quarters, float(str(target)), RAG[str(status)]
            )
            row += 1
        cell = sheet.cell(row=first, column=8, value=comment)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row - 1 > first:
            sheet.merge_cells(start_row=first, start_column=8, end_row=row - 1, end_column=8)
    sheet.cell(
        row=row + 1,
        column=1,
        value="Status: G = on or better than target; A = within 5% of target; R = more than 5% away.",
    ).font = Font(size=9)
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["H"].width = 70
    save(book, path)
    return exp
