"""Period headings carrying footnote marks explained in notes at the foot of the sheet."""

from __future__ import annotations

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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard"
HEAD_ROW = 5
HEADS = (
    "Ref",
    "Performance measure",
    "2023/24 outturn*",
    "Q1 2024/25\u00b9",
    "Q2 2024/25 (p)\u00b2",
    "Q3 2024/25 (p)\u00b3",
    "Target 2024/25",
    "RAG\u2074",
    "Commentary",
)
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF00505C", end_color="FF00505C")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1E2", end_color="FFD9E1E2")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: ref, measure, 2023/24 outturn, Q1, Q2, Q3,
# target 2024/25, RAG letter, commentary. Percentages are typed as points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care",),
    ("ASC1", "Adults with learning disabilities in paid employment (%)", 5.1, 5.3, 5.6, 5.8,
     6.0, "A", None),
    ("ASC2", "Permanent admissions to care homes, aged 65+, per 100,000", 612.4, 148.9,
     301.2, 455.7, 580.0, "G", "Cumulative rate; on course to finish below target."),
    ("ASC3", "Older people at home 91 days after discharge to reablement (%)", 81.7, 83.2,
     79.4, 80.6, 82.0, "A", None),
    ("ASC4", "Care Act assessments completed within 28 days (%)", 68.2, 71.5, 74.9, 73.8,
     80.0, "R", "Waiting list down from 412 to 355 since Q1."),
    ("ASC5", "Safeguarding enquiries where risk was reduced or removed (%)", 91.3, 92.8,
     "n/a", 90.6, 90.0, "G", "Q2 not reported: case system migration."),
    ("Children's Services",),
    ("CS1", "Re-referrals to children's social care within 12 months (%)", 21.4, 19.8, 22.6,
     20.9, 20.0, "A", None),
    ("CS2", "Child protection plans lasting two years or more (%)", 3.9, 2.8, 3.1, 4.6, 4.0,
     "R", None),
    ("CS3", "Single assessments completed within 45 working days (%)", 86.5, 88.1, 90.4,
     91.2, 88.0, "G", None),
    ("CS4", "Children in care with three or more placements in the year (%)", 9.8, 2.1,
     5.2, None, 10.0, "G", "Q3 awaiting validation; RAG at Q2."),
    ("CS5", "Education, Health and Care Plans issued within 20 weeks (%)", 48.6, 52.3, 57.9,
     61.4, 60.0, "G", "Excluding exceptions."),
    ("CS6", "Children in care (number at quarter end)", 402, 409, 417, 421, None, None,
     "Context measure; no target."),
    ("Public Health",),
    ("PH1", "NHS Health Checks received by eligible population (%)", 38.2, 9.6, 19.4, 29.8,
     40.0, "G", "Cumulative."),
    ("PH2", "Smokers setting a quit date who quit at four weeks (%)", 52.7, 55.1, 49.8, None,
     55.0, "A", "Q3 figures published by provider in March."),
    ("PH3", "Successful completions of drug treatment, opiate users (%)", 5.2, 5.4, 5.5,
     5.9, 6.0, "A", None),
    ("PH4", "Eligible children receiving 6-8 week health review (%)", None, 87.3, 89.0,
     90.5, 90.0, "G", "New measure from 2024/25."),
)  # fmt: skip

NOTES = (
    "* 2023/24 outturn as published in the Annual Performance Report (July 2024).",
    "\u00b9 Q1 figures have been revised since the report to this Committee in September "
    "2024; ASC2 and CS1 changed after late data entry.",
    "\u00b2 (p) Provisional: Q2 figures are subject to year-end validation.",
    "\u00b3 (p) Provisional: Q3 figures were extracted on 14 January 2025 and are subject to "
    "validation.",
    "\u2074 RAG compares the latest available quarter with the 2024/25 target. G on or "
    "better than target; A within 10%; R more than 10% away.",
)


def build(path: Path) -> Expected:
    """Imitates a county council's people directorate scorecard with footnoted period headings.

    A county council's quarterly adults, children's and public health
    performance scorecard to a People Scrutiny Committee. The period headings
    carry footnote marks as the performance team types them, superscript
    characters stuck to the label: '2023/24 outturn*', 'Q1 2024/25\u00b9',
    'Q2 2024/25 (p)\u00b2', 'Q3 2024/25 (p)\u00b3', and 'RAG\u2074'; the notes
    under the table explain each mark (outturn as published, Q1 revised,
    (p) provisional, how the RAG is set).

    A careful reader strips the marks and '(p)': the columns are the 2023/24
    outturn and Q1..Q3 2024/25, provisional or revised figures still being
    that quarter's figures. 'Target 2024/25' names its year, so it applies to
    the 2024/25 quarters and not to the 2023/24 outturn. The RAG letter goes
    on each row's latest figure (CS4 and PH2 have no Q3, so theirs falls to
    Q2). ASC5's Q2 is 'n/a'; PH4 is new with no outturn; CS6 is a context
    count without target or RAG. Units are only in names; no polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "People Scrutiny Committee \u2013 6 March 2025"
    sheet["A3"] = "Figures marked (p) are provisional. See notes below the table."
    sheet["A2"].font = sheet["A3"].font = Font(italic=True)
    put_row(sheet, HEAD_ROW, 1, list(HEADS))
    for col in range(1, len(HEADS) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(HEADS) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, outturn, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, len(HEADS) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
            sheet.cell(row=row, column=col).number_format = "#,##0" if ref == "CS6" else "0.0"
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
        given = [
            (p, v) for p, v in zip(PERIODS, (outturn, q1, q2, q3), strict=True) if v is not None
        ]
        for i, (period, value) in enumerate(given):
            latest = i == len(given) - 1
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    None if period == "2023/24" else num(target),
                    RAG[str(rag)] if rag and latest else None,
                )
            )
        row += 1
    row += 1
    sheet.cell(row=row, column=1, value="Notes").font = Font(bold=True, size=9)
    for j, line in enumerate(NOTES, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 60, "H": 7, "I": 48}.items():
        sheet.column_dimensions[letter].width = width
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 12
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
