"""Quarter cells without a figure holding the officer's reason in a sentence, not a marker."""

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
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Scorecard Q3"
BAND_ROW = 4
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
THIN = Side(style="thin", color="FFA6A6A6")

DFE = "Awaiting data from DfE \u2013 due February"
LAG = "Data lag: Q3 figure available after validation"
MIGRATION = "Not collected this quarter due to system migration"

# A 1-tuple is a section row. Otherwise: ref, indicator, Q1, Q2, Q3, target 2024/25 (None or
# 'n/a' for none), RAG as published (None blank, 'n/a' typed), comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and Education",),
    ("CE01", "Children's social care assessments completed within 45 working days (%)",
     86.2, 84.9, 88.1, 85, "Green", None),
    ("CE02", "Re-referrals to children's social care within 12 months (%)",
     21.4, 23.0, 21.8, 20, "Amber", "Audit of Q2 re-referrals found no common theme."),
    ("CE03", "Education, Health and Care Plans issued within 20 weeks, excluding exceptions (%)",
     48.3, 52.7, 57.9, 60, "Amber", "Improvement plan agreed with the DfE adviser in October."),
    ("CE04", "Persistent absence \u2013 secondary pupils (%)",
     22.8, DFE, DFE, 20, None,
     "Summer term figure validated; autumn term data comes from the DfE school census."),
    ("CE05", "Children looked after per 10,000 population aged under 18",
     74.2, 75.0, 76.3, 72, "Amber", None),
    ("CE06", "Care leavers aged 19\u201321 in education, employment or training (%)",
     58.0, 61.2, LAG, 60, None, "Destinations checked with the leaving care team."),
    ("CE07", "Early help assessments completed within 45 days (%)",
     79.0, 82.5, None, 80, "Green", "Q3 return not yet received from the early help hub."),
    ("Adults and Health",),
    ("AH01", "Adult social care assessments completed within 28 days (%)",
     MIGRATION, 71.4, 74.8, 80, "Amber",
     "Mosaic replaced the old case management system in June."),
    ("AH02", "Long-term care packages reviewed within 12 months (%)",
     MIGRATION,
     "Partial data only \u2013 reviews recorded in Mosaic from 2 September; figure not comparable so not reported",
     62.5, 75, "Red", "Review backlog of 310 cases; agency reviewers in place from January."),
    ("AH03", "Average days from discharge-ready to discharge from hospital",
     3.1, 2.8, 2.6, 3, "Green", None),
    ("AH04", "Safeguarding enquiries where the risk was reduced or removed (%)",
     91.0, 89.6, 92.4, 90, "Green", None),
    ("AH05", "NHS Health Checks delivered to eligible residents",
     1204, 1388,
     "Provider return outstanding \u2013 chased 6 January; expected before the Scrutiny meeting",
     1250, "n/a", None),
    ("AH06", "Smokers quitting at 4 weeks through the stop smoking service",
     184, 203, "One quarter in arrears \u2013 Q3 figure reported at Q4", 190, None,
     "Service moved to the new provider in April."),
    ("Corporate",),
    ("CR01", "Freedom of Information requests answered within 20 working days (%)",
     88.2, 91.5, 90.1, 90, "Green", None),
    ("CR02", "Stage 1 complaints responded to within 10 working days (%)",
     76.4, MIGRATION, 81.0, 85, "Amber", "Complaints moved to the new CRM in August."),
    ("CR03", "Working days lost to sickness per FTE (rolling 12 months)",
     9.8, 10.1,
     "Awaiting payroll data \u2013 iTrent upgrade delayed the December close; figure to follow in the Q4 report",
     9.0, "n/a", None),
    ("CR04", "Invoices paid within 30 days (%)", 94.6, 95.2, 96.0, 95, "Green", None),
    ("CR05", "Calls to the contact centre answered", 48213, 45390, 50112, "n/a", None,
     "Information only."),
    ("CR06", "Residents satisfied with the way the council runs things (%)",
     "Annual residents' survey \u2013 reported in Q3 only",
     "Annual residents' survey \u2013 reported in Q3 only",
     68.0, 70, "Amber", "Fieldwork September to October 2024, 1,104 responses."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate scorecard to an overview and scrutiny board.

    The performance team's Excel scorecard for Quarter 3 2024/25 sent to
    the Overview and Scrutiny Management Board: Ref, Indicator, 'Q1',
    'Q2', 'Q3' under a merged '2024/25' band, 'Target 2024/25', a filled
    RAG word and Comments, under shaded Children and Education, Adults and
    Health and Corporate rows. Where an officer had no figure, the quarter
    cell holds the reason in full, as typed into the return and wrapped in
    the cell: 'Awaiting data from DfE \u2013 due February', 'Data lag: Q3
    figure available after validation', 'Not collected this quarter due
    to system migration', a provider return chased, a payroll close
    delayed, a survey reported only in Q3. A note under the table says
    such cells explain a missing figure and carry no rating.

    A careful reader takes every quarter cell that holds something as that
    quarter's observation: a figure as the actual, a reason as its text
    with no actual. The target applies to each quarter of 2024/25; the RAG
    to the row's latest quarter holding something, which is blank or typed
    'n/a' (no rating) where that latest cell is a reason. Early help's Q3
    is blank, so its Green rates Q2. The contact centre count has 'n/a'
    for its target and is information only. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Corporate Performance Scorecard 2024/25 \u2013 Quarter 3 (October to December 2024)",
    )
    sheet["A2"] = "Overview and Scrutiny Management Board \u2013 20 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, f"C{BAND_ROW}:E{BAND_ROW}", "2024/25")
    heads = ["Ref", "Indicator", "Q1", "Q2", "Q3", "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            cell.alignment = Alignment(
                horizontal="center" if 3 <= col <= 7 else "left", vertical="top", wrap_text=True
            )
        for col, value in ((3, q1), (4, q2), (5, q3)):
            if isinstance(value, str):
                sheet.cell(row=row, column=col).font = Font(italic=True, size=9, color="FF595959")
        if rag in RAG_FILL:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG.get(str(rag)) if rag else None
        exp.observations += observed(str(ref), str(name), QUARTERS, [q1, q2, q3], goal, status)
        row += 1
    notes = (
        "Where no figure is shown the cell gives the reason; such cells are not rated.",
        "RAG: Green on or better than target; Amber within 10% of target; Red more than 10% "
        "away. The RAG is for the latest quarter reported.",
        "Targets are for each quarter of 2024/25 unless stated.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 24, "D": 24, "E": 24, "F": 10, "G": 9, "H": 44}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    book.properties.creator = "Performance and Intelligence Team"
    save(book, path)
    return exp
