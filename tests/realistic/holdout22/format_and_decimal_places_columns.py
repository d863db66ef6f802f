"""'Format' and 'DP' metadata columns before the figures, which are plain General numbers."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Q3 Scorecard"
HEAD_ROW = 4
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
UNIT = {"%": "%", "No.": "number", "\u00a3": "\u00a3", "Days": "days", "Rate per 1,000": "rate"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# A 1-tuple is a section row. Otherwise: ref, indicator, format, DP, Q1, Q2, Q3, target, RAG,
# comment. Every figure is a plain number (percentages as whole numbers of points).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health",),
    ("AH01", "Adults with learning disabilities in paid employment", "%", 1, 5.8, 6.1, 6.7, 7.0, "A", None),
    ("AH02", "Permanent admissions to residential and nursing care, aged 65+", "Rate per 1,000", 1,
     1.9, 2.1, 2.4, 2.2, "R", "Rate per 1,000 population aged 65+, cumulative."),
    ("AH03", "Older people still at home 91 days after discharge into reablement", "%", 1,
     82.4, 80.9, 84.6, 82.0, "G", None),
    ("AH04", "Average days from referral to Care Act assessment", "Days", 0, 31, 34, 29, 28, "A", None),
    ("AH05", "Carers' assessments completed", "No.", 0, 412, 398, 455, 400, "G", None),
    ("AH06", "Hospital discharges delayed by social care, per 1,000 discharges", "Rate per 1,000", 2,
     0.06, 0.08, "n/a", 0.07, None, "Definition changed by NHS England; Q3 not comparable."),
    ("Children's Services",),
    ("CS01", "Children in care per 10,000 under-18s", "Rate per 1,000", 1, 78.2, 79.5, 80.1, 75.0, "R",
     "Format column says rate per 1,000 in error; rate is per 10,000 (to correct in Q4 return)."),
    ("CS02", "Re-referrals to children's social care within 12 months", "%", 1, 21.3, 19.8, 18.9, 20.0, "G", None),
    ("CS03", "Education, health and care plans issued within 20 weeks", "%", 1, 48.0, 52.7, 61.5, 60.0, "G",
     "Excluding exceptions."),
    ("CS04", "Children's social workers who are agency staff", "%", 0, 24, 22, 23, 18, "R", None),
    ("CS05", "Care leavers aged 19\u201321 in suitable accommodation", "%", 1, 88.6, 90.2, None, 90.0, "G",
     "Q3 data due late January."),
    ("Resources",),
    ("RS01", "Council tax collected in year", "%", 2, 29.41, 56.83, 84.12, 84.50, "A",
     "Cumulative; target profiled to Q3."),
    ("RS02", "Average days lost to sickness per FTE (rolling 12 months)", "Days", 1, 9.8, 10.2, 10.6, 9.0, "R", None),
    ("RS03", "Invoices paid within 30 days", "%", 1, 94.2, 95.8, 96.1, 95.0, "G", None),
    ("RS04", "Savings delivered against the 2024/25 plan", "\u00a3", 0, 1420000, 2855000, 4025000, 4200000,
     "A", "\u00a3m shown in full; \u00a35.6m plan, profiled."),
    ("RS05", "Freedom of Information requests answered within 20 working days", "%", 1,
     86.7, 89.1, 91.4, 90.0, "G", None),
    ("RS06", "Agency spend across the council", "\u00a3", 0, 1283400, 1197650, 1354020, None, None,
     "Information only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance scorecard to a scrutiny committee.

    Many county and unitary councils keep their corporate indicator set in a
    workbook where each row carries two metadata columns ahead of the figures:
    'Format' (how the figure is to be displayed: %, No., \u00a3, Days, 'Rate per
    1,000') and 'DP' (how many decimal places to print), because the figures
    themselves are pasted in as plain values from the performance system and
    left in General format, percentages as whole numbers of points (82.4, not
    0.824). Title 'Corporate Performance Scorecard 2024/25 \u2013 Quarter 3', a
    line saying it went to the Overview and Scrutiny Management Committee,
    Ref, Indicator, Format, DP, Q1, Q2, Q3 under a '2024/25' heading row,
    Target (2024/25), a filled R/A/G letter and Comment, under shaded
    directorate rows.

    A careful reader reads every figure as it stands (the percentages are
    already in points, the DP column is display only) with the row's target,
    the RAG on Q3, and the unit from the Format column. The children in care
    rate says in its comment that the Format cell is wrong (per 10,000), but
    the figure is unaffected; its unit is still a rate. The delayed
    discharges Q3 is 'n/a' without rating; care leavers have no Q3 yet, so
    their RAG goes on Q2. Agency spend is information only. No polarity is
    stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Overview and Scrutiny Management Committee, 20 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 3, 5, ["2024/25"], bold=True)
    sheet.merge_cells("E3:G3")
    sheet["E3"].alignment = Alignment(horizontal="center")
    heads = ["Ref", "Indicator", "Format", "DP", "Q1", "Q2", "Q3", "Target", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, fmt, _dp, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(3, 10):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        exp.observations += observed(
            code,
            label,
            QUARTERS,
            (q1, q2, q3),
            float(str(target)) if target is not None else None,
            RAG[str(rag)] if rag else None,
        )
        exp.add_meta(code, label, None, UNIT[str(fmt)])
        row += 1
    notes = (
        "Format and DP show how each figure is displayed in the published report; figures are "
        "held unrounded in the performance system.",
        "RAG: G on or better than target; A within 5% of target; R more than 5% away. "
        "Targets are for 2024/25 (profiled to Q3 where cumulative).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 64, "C": 15, "D": 5, "I": 6, "J": 60}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    save(book, path)
    return exp
