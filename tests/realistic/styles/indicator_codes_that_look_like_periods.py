"""Quarterly scorecard whose indicator codes look like periods: 'Q1', 'Q12', 'M3', 'H2', '2023-01'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q3"
BAND_ROW = 4
HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")

# A 1-tuple is a section row. Otherwise: code, indicator, 2023/24 outturn, Q1..Q3 2024/25,
# target 2024/25, RAG, comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Quality services (Q)",),
    ("Q1", "Customer satisfaction with the contact centre (%)", 86.2, 84.0, 87.5, 88.1, 85,
     "Green", "Post-call survey, 1,212 responses in Q3."),
    ("Q3", "Stage 1 complaints answered within 10 working days (%)", 78.4, 81.0, 76.3, 83.9, 85,
     "Amber", None),
    ("Q4", "Calls answered within 60 seconds (%)", 71.3, 68.9, 74.5, 79.2, 80, "Amber",
     "New telephony platform from October."),
    ("Q12", "Freedom of Information requests answered within 20 working days (%)", 92.1, 94.7,
     90.2, "n/a", 90, None, "Case system migration in December; Q3 to be reported with Q4."),
    ("Money matters (M)",),
    ("M1", "Council tax collected (% of annual debit, cumulative)", 98.1, 29.4, 57.0, 84.3, 97.8,
     "Green", "On profile for the year."),
    ("M3", "Business rates collected (% of annual debit, cumulative)", 98.8, 31.2, 58.9, 85.6,
     98.5, "Green", None),
    ("M7", "Sundry debt invoices paid within 30 days (%)", 88.0, 85.2, 87.9, 86.4, 90, "Amber",
     None),
    ("Homes (H)",),
    ("H1", "Average days to re-let council homes", 31.4, 29.8, 33.1, 27.6, 28, "Green", None),
    ("H2", "Households in temporary accommodation (snapshot at quarter end)", 64, 71, 78, 82,
     None, None, "Monitoring only."),
    ("H4", "Homelessness prevented where a prevention duty was owed (%)", 58.0, 61.3, 55.4, None,
     60, "Amber", "Q3 figure follows the H-CLIC return in February."),
    ("Place (national and system codes)",),
    ("PI 2024", "Major planning applications determined within 13 weeks or agreed time (%)",
     91.0, 100.0, 87.5, 90.9, 90, "Green", None),
    ("PI 1187", "Minor planning applications determined within 8 weeks or agreed time (%)", 84.7,
     82.1, 86.0, 88.4, 85, "Green", None),
    ("NI 191", "Residual household waste per household (kg, in quarter)", 412, 101, 99, 104, 100,
     "Amber", None),
    ("NI 192", "Household waste sent for reuse, recycling and composting (%)", 51.3, 54.8, 53.1,
     47.9, 52, "Amber", "Garden waste lower in Q3 as usual."),
    ("NI 195", "Relevant land with unacceptable levels of litter (%)", 4.0, 3.0, 5.0, 4.0, 5,
     "Green", "Local environmental quality survey, three tranches a year."),
    ("2023-01", "Council's own carbon emissions (tonnes CO2e, in quarter)", 3120, 780, 702, 842,
     750, "Red", "Climate Emergency Action Plan 2023, action 01. Cold December."),
    ("2023-04", "Electric vehicle charge points on council land (cumulative)", 24, 27, 31, 31, 40,
     "Red", "Climate Emergency Action Plan 2023, action 04. Grid connection delays."),
    ("Customer standards",),
    ("CS 04/25", "Web enquiries answered within 5 working days (%)", None, 89.1, 91.4, 93.0, 90,
     "Green", "New standard for 2024/25."),
    ("CS 11/25", "Customers seen within 15 minutes at reception (%)", 90.2, 88.0, 92.6, "TBC", 90,
     None, "Queue system data awaited."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance scorecard to an overview and scrutiny committee.

    A district's Q3 scorecard where the indicator codes come from several
    numbering schemes, many of which read like periods: the Corporate
    Plan's themes number their measures Q1, Q3, Q4, Q12 ('Quality
    services'), M1, M3, M7 ('Money matters') and H1, H2, H4 ('Homes');
    the performance system's own codes are 'PI 2024' and 'PI 1187'; the
    old national indicator set gives 'NI 191', 'NI 192', 'NI 195'; the
    Climate Emergency Action Plan numbers its actions '2023-01',
    '2023-04' (typed as text); the customer charter's standards are 'CS
    04/25' and 'CS 11/25' (standard 4 and 11 of 25). The figure columns
    are '2023/24' (outturn) and bare 'Q1', 'Q2', 'Q3' under a merged
    '2024/25' band, then 'Target 2024/25', a filled RAG word and comments,
    under shaded theme rows, and a note under the table explains each
    scheme. FOI Q3 'n/a' unrated, homelessness Q3 blank (RAG on Q2),
    reception Q3 'TBC' unrated, temporary accommodation monitoring only,
    a new standard without a 2023/24 figure.

    A careful reader takes the Code column as codes whatever they look
    like, the periods only from the headings: 2023/24 for the outturn
    column (no target, as the target names 2024/25) and Q1-Q3 2024/25
    with the target; the RAG belongs to the latest figure given in each
    row. Units only in names, no polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 4 March 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "D4:F4", "2024/25")
    heads = ["Code", "Indicator", "2023/24", "Q1", "Q2", "Q3", "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, *figures, target, rag, comment = spec
        put_row(sheet, row, 1, [code, name, *figures, target, rag, comment])
        sheet.cell(row=row, column=1).number_format = "@"
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="left")
        for col in range(3, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "Codes: Q, M and H measures are numbered within the Corporate Plan themes; PI codes are "
        "the performance system's; NI codes are the former national indicators; 2023-xx are "
        "Climate Emergency Action Plan actions; CS xx/25 are the 25 customer charter standards.",
        "RAG compares the latest quarter with the 2024/25 target. Green: met; Amber: within 10%; "
        "Red: more than 10% away. n/a not available; TBC to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 10, "B": 62, "C": 10, "D": 9, "E": 9, "F": 9, "G": 12, "H": 9, "I": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
