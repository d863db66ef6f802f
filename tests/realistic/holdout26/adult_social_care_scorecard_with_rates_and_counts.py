"""An adult social care quarterly scorecard, ASCOF-style, publishing counts beside rates.

Adult social care performance teams report to the health and adult social care scrutiny
committee by the domains of the Adult Social Care Outcomes Framework. Because members ask how
many people a rate stands for, measures published by NHS England as a rate per 100,000 or a
percentage (admissions to care homes, reablement, direct payments, safeguarding) take two rows
from the team's data table \u2013 the number, then the rate or percentage, with the same ASCOF
reference \u2013 beside measures shown only as a percentage, a score or days.
"""

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
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "ASC Scorecard Q3"
HEAD_ROW = 8
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
THIS_YEAR = (1, 2, 3)  # the periods the 'Target 2024/25' column is for
HEADINGS = ("Ref", "Measure", "Unit", "Good is", "2023/24 outturn", *PERIODS[1:],
            "Target 2024/25", "RAG", "England 2023/24", "Comments")  # fmt: skip
COL_VALUE, COL_TARGET, COL_RAG, COL_ENGLAND, COL_NOTE = 5, 9, 10, 11, 12
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"No.": "number", "Rate per 100,000": "rate", "%": "%", "Score": "score", "Days": "days"}
FORMAT = {"No.": "#,##0", "Rate per 100,000": "0.0", "%": "0.0", "Score": "0.0", "Days": "0"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF005EB8", end_color="FF005EB8")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

ADM_18_64 = (
    "Younger adults (18\u201364) whose long-term support needs were met by admission to "
    "residential and nursing care homes"
)
ADM_65 = (
    "Older people (65+) whose long-term support needs were met by admission to residential "
    "and nursing care homes"
)
REABLEMENT = (
    "Older people (65+) still at home 91 days after discharge from hospital into reablement"
)
S42 = "Section 42 enquiries where the risk was reduced or removed"

# A 1-tuple is a domain row. Otherwise: ref, measure, unit, good is (None: not stated), the
# 2023/24 outturn and Q1..Q3 2024/25 as typed (None: blank), target ('-' where none), RAG word
# (None: not rated), England 2023/24 (None: blank), comment. Percentages in points. A measure
# published as a number and a rate or percentage takes two rows with the same reference.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Domain 1: Enhancing quality of life for people with care and support needs",),
    ("1A", "Social care-related quality of life score (out of 24)", "Score", "High",
     (18.9, None, None, None), 19.2, None, 19.0,
     "Annual Adult Social Care Survey; the 2024/25 results are due in autumn 2025."),
    ("1C(2A)", "Adults receiving direct payments \u2013 number", "No.", None,
     (612, 598, 605, 617), "-", None, None, None),
    ("1C(2A)", "Adults receiving direct payments \u2013 percentage of those receiving "
     "community-based services", "%", "High",
     (26.8, 26.1, 26.4, 26.9), 28.0, "Amber", 25.5,
     "Direct payment support service recommissioned from January 2025."),
    ("1E", "Adults with a learning disability in paid employment (%)", "%", "High",
     (5.1, 5.3, 5.6, 5.8), 6.0, "Amber", 4.8,
     "Supported internships with the NHS trust added 4 paid jobs in Q3."),
    ("1G", "Adults with a learning disability who live in their own home or with their "
     "family (%)", "%", "High",
     (81.9, 82.4, 83.0, "n/a"), 85.0, None, 80.5,
     "Q3 n/a: accommodation status is being reconciled after the move to the new case "
     "management system in November."),
    ("Domain 2: Delaying and reducing the need for care and support",),
    ("2A(1)", f"{ADM_18_64} \u2013 number", "No.", None,
     (24, 6, 11, 17), "-", None, None, "Cumulative from 1 April."),
    ("2A(1)", f"{ADM_18_64} \u2013 rate per 100,000 population aged 18\u201364",
     "Rate per 100,000", "Low",
     (14.1, 3.5, 6.5, 10.0), 13.5, "Green", 14.6, "Cumulative; projected 13.4 at year end."),
    ("2A(2)", f"{ADM_65} \u2013 number", "No.", None,
     (218, 51, 108, 166), "-", None, None, "Cumulative from 1 April."),
    ("2A(2)", f"{ADM_65} \u2013 rate per 100,000 population aged 65+", "Rate per 100,000",
     "Low",
     (548.3, 128.3, 271.6, 417.5), 540.0, "Amber", 566.0,
     "Cumulative; projected 557 at year end against the target of 540. 14 of the 58 Q3 "
     "admissions followed a hospital discharge."),
    ("2B(1)", f"{REABLEMENT} \u2013 number", "No.", None,
     (341, 88, 92, None), "-", None, None, None),
    ("2B(1)", f"{REABLEMENT} \u2013 percentage of those discharged into reablement", "%",
     "High",
     (80.4, 81.5, 83.6, None), 82.0, "Green", 83.8,
     "The Q3 cohort's 91-day follow-up ends in March, so Q3 is reported next time; the RAG is "
     "for Q2."),
    ("2D", "Short-term support where no further request was made for ongoing support (%)",
     "%", "High",
     (77.3, 79.0, 78.2, 80.4), 79.0, "Green", 79.6, None),
    ("L01", "Average days from first contact to completed Care Act assessment", "Days", "Low",
     (31, 29, 27, 24), 28, "Green", None,
     "Waiting list cleared of cases waiting over 90 days in December."),
    ("L02", "People waiting for a Care Act assessment at quarter end", "No.", None,
     (412, 388, 351, 362), "-", None, None,
     "Context: reviewed weekly by the Adult Social Care leadership team."),
    ("Domain 3: Ensuring that people have a positive experience of care and support",),
    ("L03", "Adult social care complaints upheld or partly upheld (%)", "%", "Low",
     (38.0, 41.2, 35.7, "TBC"), 35.0, None, None,
     "Q3 TBC: 9 of the quarter's 31 complaints are still under investigation."),
    ("L04", "Carers' assessments completed within 28 days of request (%)", "%", "High",
     (None, None, 71.0, 74.5), 80.0, "Red", None,
     "New measure from Q2, when the carers' hub contract began."),
    ("Domain 4: Safeguarding adults whose circumstances make them vulnerable and protecting "
     "them from avoidable harm",),
    ("L05", "Safeguarding concerns received \u2013 number", "No.", None,
     (1284, 341, 362, 398), "-", None, None,
     "In the quarter; the 2023/24 outturn is the year's total."),
    ("L05", "Safeguarding concerns received \u2013 rate per 100,000 adults",
     "Rate per 100,000", None,
     (602.8, 160.1, 169.9, 186.8), "-", None, None, "Context measure."),
    ("L06", f"{S42} \u2013 number", "No.", None,
     (402, 108, 97, 121), "-", None, None, None),
    ("L06", f"{S42} \u2013 percentage of concluded enquiries where a risk was identified", "%",
     "High",
     (91.4, 92.3, 89.8, 93.1), 90.0, "Green", 90.5, None),
    ("4A", "People who use services who say they feel safe (%)", "%", "High",
     (70.1, None, None, None), 72.0, None, 71.1, "Annual Adult Social Care Survey."),
)  # fmt: skip

NOTES = (
    "Measures are grouped by the domains of the Adult Social Care Outcomes Framework (ASCOF); "
    "L = local measure. Where a measure is published both as a number and as a rate or "
    "percentage, both rows are shown with the same reference: the target and RAG are set on "
    "the rate or percentage, the number is for context.",
    "Admissions (2A) are cumulative from 1 April. Rates use ONS mid-2023 population estimates: "
    "169,800 aged 18\u201364, 39,760 aged 65+, 213,020 adults.",
    "RAG for the latest quarter reported: Green \u2013 target met; Amber \u2013 within 5% of "
    "target; Red \u2013 more than 5% from target. 1A and 4A come from the annual survey and are "
    "rated when the 2024/25 results are published.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's adult social care scorecard to health and ASC scrutiny.

    'Adult Social Care Performance Scorecard \u2013 Quarter 3 2024/25' for a
    unitary council's Health and Adult Social Care Scrutiny Committee:
    Ref (ASCOF references 1A, 1C(2A), 2A(1), 2A(2), 2B(1), 2D, 4A and local
    L01..L06), Measure, Unit (No., Rate per 100,000, %, Score, Days), 'Good
    is' (High/Low), '2023/24 outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target
    2024/25', a filled RAG word, 'England 2023/24' and Comments, under
    shaded ASCOF domain rows. Six measures take two rows with the same
    reference, as the team's data table holds them: '\u2026 \u2013 number'
    and '\u2026 \u2013 rate per 100,000 population aged 65+' (or '\u2026 \u2013
    percentage of \u2026'); the target, 'Good is' and RAG are on the rate or
    percentage row, the number row has a '-' target.

    A careful reader takes each row as a series of its own, named as
    written, its unit from the Unit column and its polarity from 'Good
    is' where given: the number rows are context, with no target, polarity
    or rating. The 2024/25 target goes on the quarters only; the RAG on
    the latest quarter given, so reablement's Green is Q2's (Q3 is blank
    on both its rows, as the comment says). The learning disability
    accommodation 'n/a' and the complaints 'TBC' are kept as text, not
    rated; the survey measures 1A and 4A have only their 2023/24 outturn
    and no rating; the carers' measure starts at Q2; the safeguarding
    concerns pair is context only. England 2023/24 is a comparator, not
    an outturn.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Severnmouth Council \u2013 Adult Social Care Performance Scorecard")
    sheet["A2"] = (
        "Quarter 3 2024/25 (to 31 December 2024) \u2013 Health and Adult Social Care Scrutiny "
        "Committee, 13 March 2025"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    shared = _shared_refs()
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, good, cells, target, rag, england, comment = spec
        assert isinstance(cells, tuple)
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=unit).alignment = Alignment(horizontal="center")
        if good:
            sheet.cell(row=row, column=4, value=good).alignment = Alignment(horizontal="center")
        for col, typed in zip(
            (*range(COL_VALUE, COL_VALUE + 4), COL_TARGET, COL_ENGLAND),
            (*cells, target, england),
            strict=True,
        ):
            if typed is None:
                continue
            cell = sheet.cell(row=row, column=col, value=typed)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(typed, int | float):
                cell.number_format = FORMAT[str(unit)]
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            colour = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        if comment:
            sheet.cell(row=row, column=COL_NOTE, value=comment).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
        # a reference shared by a number row and a rate row names neither on its own
        code = None if ref in shared else str(ref)
        goal = num(target)
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    code,
                    str(name),
                    PERIODS[k],
                    num(cells[k]),
                    text_of(cells[k]),
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(code, str(name), POLARITY[str(good)] if good else None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: Client Level Data and SALT returns, Adult Social Care Survey 2023/24, "
        "Safeguarding Adults Collection, case management system. England figures: NHS England, "
        "ASCOF 2023/24.",
    ).font = Font(size=8)
    widths = {"A": 8, "B": 60, "C": 11, "D": 7, "I": 10, "J": 8, "K": 10, "L": 52}
    for letter in "EFGH":
        widths[letter] = 10
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    save(book, path)
    return exp


def _shared_refs() -> set[object]:
    """The references two rows carry: a measure's number row and its rate or percentage row."""
    refs = [spec[0] for spec in ROWS if len(spec) > 1]
    return {ref for ref in refs if refs.count(ref) > 1}
