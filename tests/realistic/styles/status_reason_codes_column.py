"""A status column of RAG letters with reason numbers ('A1', 'R4', 'G', 'G5'), the reasons on a Key sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

SHEET = "Q3 Scorecard"
KEY_SHEET = "Key"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
SECTION_FILL = "FFE2EFDA"
FIRST = 6

KEY = (
    ("G", "On or better than target"),
    ("A", "Within 5% of target"),
    ("R", "More than 5% worse than target"),
)
REASONS = (
    ("1", "Data late or provisional \u2013 figure may change"),
    ("2", "Seasonal pattern \u2013 expected to recover in the next quarter"),
    ("3", "Increase in demand"),
    ("4", "Staffing vacancies or sickness"),
    ("5", "Change of definition or system \u2013 not comparable with earlier quarters"),
)

# a section, or: ref, measure, Q1, Q2, Q3, target, status code, reason text
ROWS: tuple[object, ...] = (
    "Adult Social Care",
    ("ASC1", "New requests for support resolved at first contact (%)",
     71.5, 73.2, 74.0, 75, "A3", "More contacts via the online self-assessment"),
    ("ASC2", "Adults with learning disabilities in paid employment (%)",
     5.2, 5.4, 5.9, 6, "A1", "Q3 figure provisional"),
    ("ASC3", "Safeguarding enquiries concluded within 30 working days (%)",
     82.0, 78.4, 69.5, 85, "R4", "Two social work vacancies in the Safeguarding team"),
    ("ASC4", "Carers' assessments completed", 412, 398, 431, 400, "G", None),
    ("ASC5", "Older people still at home 91 days after discharge into reablement (%)",
     84.7, 86.1, 85.3, 82, "G", None),
    "Public Health",
    ("PH1", "NHS Health Checks delivered to eligible residents", 1904, 1522, 1297, 1750, "R2",
     "Lower uptake over the Christmas period"),
    ("PH2", "Smokers setting a quit date who had quit at 4 weeks (%)",
     52.6, 55.1, 51.2, 50, "G1", "Q3 figure provisional"),
    ("PH3", "Opiate users successfully completing treatment (%)",
     5.1, 4.8, 4.2, 5.5, "R3", "Caseload up 9% since April"),
    ("PH4", "Children receiving a 12-month review by 15 months (%)",
     88.9, 91.3, 90.2, 90, "G", None),
    "Housing Options",
    ("HO1", "Homelessness cases prevented or relieved (%)",
     58.3, 54.9, 51.7, 60, "R3", "Approaches up 22% on the same period last year"),
    ("HO2", "Households placed in temporary accommodation", 96, 104, 118, 90, "R3", None),
    ("HO3", "Disabled Facilities Grants approved within 6 months of referral (%)",
     76.0, 69.2, 80.5, 80, "G5", "Now measured from referral, not from application"),
    ("HO4", "Housing register applications assessed within 20 working days (%)",
     91.0, 89.4, 86.1, 88, "A2", "Office closed over the Christmas period"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's quarterly adults, health and housing scorecard.

    Calderdale Council style, the Q3 scorecard to the Adults, Health and
    Social Care Scrutiny Panel: shaded portfolio rows, Q1-Q3 2024/25, a
    'Target 2024/25', and one 'Status' column whose filled cells hold a RAG
    letter followed by a reason number ('A1', 'R4', 'A2', 'G', 'R3', 'G5'), then
    a 'Reason' column of free text filled on some rows. A line under the
    table says the letter is the status and the number the reason, and a
    Key sheet lists both: R/A/G against target and reasons 1 = data late or
    provisional, 2 = seasonal, 3 = increase in demand, 4 = staffing, 5 =
    change of definition.

    A careful reader takes the letter as the Q3 RAG and the number as the
    reason, which is commentary and no rating; a green with a reason ('G1',
    'G5') is still green. The status rates Q3, the latest quarter. The
    Target column applies to every 2024/25 quarter. Counts and percentages
    typed in points. No polarity or unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Calderdale Council")
    sheet["A2"] = "Adults, Health and Housing \u2013 Quarter 3 2024/25 performance scorecard"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Adults, Health and Social Care Scrutiny Panel, 6 February 2025"
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Measure", *QUARTERS, "Target 2024/25", "Status", "Reason"]
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    row = FIRST
    for item in ROWS:
        if isinstance(item, str):
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
            sheet.cell(row=row, column=1, value=item).font = BOLD
            fill(sheet, f"A{row}", SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, q1, q2, q3, target, code, reason = item
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, code, reason])
        letter = str(code)[0]
        fill(sheet, f"G{row}", FILLS[letter])
        sheet[f"G{row}"].alignment = Alignment(horizontal="center")
        if isinstance(q1, int) and isinstance(target, int) and target > 100:
            for col in "CDEF":
                sheet[f"{col}{row}"].number_format = "#,##0"
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[letter]
        )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Status: the letter is the RAG rating for Quarter 3 against target, the number the "
        "reason for it (see Key sheet).",
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["H"].width = 50
    key = book.create_sheet(KEY_SHEET)
    title(key, "A1", "Key")
    put_row(key, 3, 1, ["Status letter", "Meaning"], bold=True)
    for k, (letter, meaning) in enumerate(KEY):
        put_row(key, 4 + k, 1, [letter, meaning])
        fill(key, f"A{4 + k}", FILLS[letter])
    put_row(key, 8, 1, ["Reason code", "Reason"], bold=True)
    for k, (number, reason) in enumerate(REASONS):
        put_row(key, 9 + k, 1, [int(number), reason])
    key["A15"] = "e.g. 'A3' = Amber, because of an increase in demand."
    key["A15"].font = Font(italic=True)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 64
    save(book, path)
    return exp
