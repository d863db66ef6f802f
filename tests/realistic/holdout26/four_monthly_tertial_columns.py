"""Four-monthly ('tertial') performance columns headed 'T1 2024/25 (Apr–Jul)'..'T3 2024/25 (Dec–Mar)'."""

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

SHEET = "Tertial 2 2024-25"
HEAD_ROW = 8
# The outturn, then the three tertials: April–July, August–November, December–March.
PERIODS = ("2023/24", "Apr 2024\u2013Jul 2024", "Aug 2024\u2013Nov 2024", "Dec 2024\u2013Mar 2025")
FIRST_THIS_YEAR = 1  # 'Target 2024/25' is for the tertials, not for last year's outturn
HEADINGS = (
    "Ref",
    "Indicator",
    "Good is",
    "2023/24\nOutturn",
    "T1 2024/25\n(Apr\u2013Jul)",
    "T2 2024/25\n(Aug\u2013Nov)",
    "T3 2024/25\n(Dec\u2013Mar)",
    "Target\n2024/25",
    "RAG",
    "Commentary",
)
COL_TARGET, COL_RAG, COL_NOTE = 8, 9, 10
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
T3_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, indicator, good is (None: not stated), the
# 2023/24 outturn, T1, T2 and T3 2024/25 as typed (None: blank), target 2024/25 as typed,
# RAG word (None: not rated), commentary. Percentages in points, as the report types them.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children and Families",),
    ("CF01", "Re-referrals to children's social care within 12 months (%)", "Low",
     21.4, 19.8, 22.6, None, 20.0, "Red",
     "Two large sibling groups re-referred in September; a multi-agency audit of the 74 "
     "re-referrals reports to the safeguarding partnership in March."),
    ("CF02", "Children looked after with three or more placements in the year (%)", "Low",
     9.8, 8.9, 9.3, None, 9.0, "Amber", None),
    ("CF03", "Education, Health and Care Plans issued within 20 weeks, excluding exceptions (%)",
     "High", 48.2, 55.6, 61.3, None, 60.0, "Green",
     "Best tertial since 2021: 95 of 155 plans in time after two more educational psychologists "
     "joined in August."),
    ("CF04", "Referrals to children's social care received", None,
     4218, 1402, 1356, None, "-", None, "Context measure. 2023/24 is the year's total."),
    ("Adults and Health",),
    ("AH01", "Adult social care assessments completed within 28 days (%)", "High",
     71.5, 74.2, None, None, 75.0, "Amber",
     "The Tertial 2 figure is awaiting validation after the case-management upgrade in "
     "October; the RAG shown is for Tertial 1."),
    ("AH02", "Older people still at home 91 days after discharge from hospital into "
     "reablement (%)", "High", 82.6, 84.1, 85.0, None, 83.0, "Green", None),
    ("AH03", "Adults receiving long-term support who take a direct payment (%)", "High",
     24.8, 25.3, 25.9, None, 27.0, "Amber",
     "Direct payment support service recommissioned from January."),
    ("AH04", "NHS Health Check uptake (% of those invited)", "High",
     43.1, 45.8, "TBC", None, 50.0, None,
     "Tertial 2 data from GP practices due in February 2025: not rated."),
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting (%)", "High",
     41.8, 45.2, 42.7, None, 44.0, "Amber",
     "Garden waste tonnage falls from September each year; Tertial 3 is expected to be lower "
     "again."),
    ("PE02", "Missed bin collections per 100,000 collections", "Low",
     52, 47, 61, None, 50, "Red",
     "Round re-zoning on 2 September: 1,904 missed collections in the tertial, most in the first "
     "three weeks."),
    ("PE03", "Major planning applications determined within 13 weeks or agreed time (%)",
     "High", 88.9, 100.0, 83.3, None, 90.0, "Red",
     "5 of 6 applications in time; one delayed by a late highways consultation response."),
    ("PE04", "Fly-tipping incidents reported", None,
     2904, 1012, 986, None, "-", None, "Context measure. 2023/24 is the year's total."),
    ("PE05", "Residents satisfied with street cleanliness (%)", "High",
     61.0, None, None, None, 63.0, None,
     "Annual residents' survey: the 2024/25 result will be reported at Tertial 3."),
    ("Resources",),
    ("RS01", "Average days to process new Housing Benefit claims", "Low",
     19.4, 17.8, "n/a", None, 18.0, None,
     "Benefits system migration in October and November: no reliable figure for Tertial 2."),
    ("RS02", "Working days lost to sickness absence per FTE (rolling 12 months)", "Low",
     9.8, 9.6, 10.1, None, 9.0, "Red",
     "Long-term absence (musculoskeletal and stress) accounts for 64% of days lost."),
    ("RS03", "Customer contacts resolved at first point of contact (%)", "High",
     None, None, 72.4, None, 75.0, "Amber",
     "New measure from August 2024, when the new customer relationship system went live."),
    ("RS04", "Freedom of Information requests answered within 20 working days (%)", "High",
     87.4, 90.3, 91.8, None, 90.0, "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's four-monthly ('tertial') corporate performance report.

    Several English councils (and some council and NHS partnerships) monitor
    performance, like their budgets, every four months rather than every
    quarter: three 'tertials', April\u2013July, August\u2013November and
    December\u2013March. This is a unitary council's Tertial 2 2024/25
    corporate performance report to its Overview and Scrutiny Committee,
    kept in Excel by the corporate performance team: Ref, Indicator, 'Good
    is' (High/Low), '2023/24 Outturn', then columns headed in the council's
    own way 'T1 2024/25 (Apr\u2013Jul)', 'T2 2024/25 (Aug\u2013Nov)' and an
    empty 'T3 2024/25 (Dec\u2013Mar)', 'Target 2024/25', a filled RAG word
    and Commentary, under shaded service rows. A note under the title says
    how the year is divided, and a key how the RAG is set.

    A careful reader takes each tertial as its four months: T1 is April to
    July 2024, T2 August to November 2024 (T3, December 2024 to March 2025,
    is empty: no observations). The outturn is 2023/24. The target names
    2024/25, so it is on the tertials and not on the outturn. The RAG is on
    the latest figure: T2, or T1 for the assessments measure, whose T2 is
    blank and whose comment says the RAG is Tertial 1's. The Health Check
    'TBC' and the Housing Benefit 'n/a' are kept as written and unrated; the
    two context counts have a '-' target, no 'Good is' and no RAG; the
    street cleanliness survey has only its 2023/24 figure; first-contact
    resolution is new at T2. Polarity comes from 'Good is'; no unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Marlow Vale Council \u2013 Corporate Performance Report 2024/25")
    sheet["A2"] = (
        "Tertial 2: August to November 2024 \u2013 Overview and Scrutiny Committee, 30 January 2025"
    )
    sheet["A2"].font = Font(bold=True, size=11)
    notes = (
        "The Council reports performance every four months, in line with budget monitoring. "
        "The year is divided into three tertials: Tertial 1 (T1) = April to July, Tertial 2 (T2) "
        "= August to November, Tertial 3 (T3) = December to March.",
        "Each tertial column shows performance in those four months. The 2023/24 outturn is the "
        "whole-year figure, shown for comparison.",
        "RAG compares the latest tertial with the 2024/25 target: Green = target met; Amber = "
        "within 5% of target; Red = more than 5% off target. Where a Tertial 2 figure is awaiting "
        "validation the RAG is for Tertial 1. TBC = data not yet received; n/a = not available; "
        "neither is rated. '-' = context measure, no target.",
    )
    for j, line in enumerate(notes, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, list(HEADINGS))
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    sheet.row_dimensions[HEAD_ROW].height = 32
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, good, *values, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, good, *values, target, rag, comment])
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, COL_RAG + 1):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        sheet.cell(row=row, column=7).fill = T3_FILL
        sheet.cell(row=row, column=COL_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        if rag is not None:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k >= FIRST_THIS_YEAR else None,
                    RAG[str(rag)] if rag is not None and k == given[-1] else None,
                )
            )
        if good is not None:
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Source: service returns to the Corporate Performance Team, December 2024. "
        "Tertial 3 figures will be reported to the Committee in June 2025.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 60, "C": 8, "D": 11, "E": 12, "F": 12, "G": 12, "H": 10, "I": 9,
              "J": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
