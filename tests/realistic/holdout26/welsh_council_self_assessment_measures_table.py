"""A Welsh council's self-assessment measures table: PAM and local codes, three years, Wales average, rank of 22."""

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

SHEET = "Mesurau - Measures 2023-24"
HEAD_ROW = 9
YEARS = ("2021-22", "2022-23", "2023-24")
PERIODS = ("2021/22", "2022/23", "2023/24")
TARGET_YEAR = 2  # 'Target 2023-24' is the 2023-24 figure's target only
HEADINGS = (
    "Cyf.\nRef",
    "Mesur\nMeasure",
    *YEARS,
    "Targed 2023-24\nTarget 2023-24",
    "Cyfartaledd Cymru 2023-24\nWales average 2023-24",
    "Safle (o 22)\nRank (of 22)",
    "Tuedd\nTrend",
    "Statws\nStatus",
    "Sylwebaeth\nCommentary",
)
COL_STATUS = 10
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD8EAD3", end_color="FFD8EAD3")
COMPARE_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FF9BBB59")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a well-being objective row. Otherwise: ref, measure, 2021-22, 2022-23, 2023-24
# as typed (None: blank), target 2023-24 as typed, Wales average 2023-24, rank of 22 (both
# None where there is no all-Wales figure), trend word, status (None: not rated), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Amcan Llesiant 1: Rhoi'r dechrau gorau i blant a phobl ifanc\n"
     "Well-being Objective 1: Giving children and young people the best start in life",),
    ("PAM/007", "Pupil attendance in primary schools (%)",
     "N/A", 91.2, 92.1, 93.0, 92.0, 9, "Improved", "Amber",
     "Not collected in 2021-22. Persistent absence in primary schools fell from 17.4% to 15.9%."),
    ("PAM/008", "Pupil attendance in secondary schools (%)",
     "N/A", 87.4, 88.0, 89.0, 87.9, 11, "Improved", "Amber",
     "Not collected in 2021-22. Attendance officers now based in each secondary cluster."),
    ("PAM/046", "Year 11 school leavers not in education, employment or training (NEET) (%)",
     1.9, 1.6, 2.1, 1.5, 1.7, 18, "Declined", "Red",
     "28 of 1,331 leavers. Careers Wales and the youth service are contacting every one of them."),
    ("CP1.03", "Children looked after per 10,000 population aged under 18",
     118, 112, 109, "-", 112, None, "Decreased", None,
     "Context measure: no target is set and the rank is not published."),
    ("Amcan Llesiant 2: Helpu pobl i fyw'n annibynnol ac yn dda\n"
     "Well-being Objective 2: Helping people to live independently and well",),
    ("PAM/012", "Households successfully prevented from becoming homeless (%)",
     61.2, 57.4, 59.8, 60.0, 58.2, 8, "Improved", "Amber", None),
    ("PAM/015", "Average calendar days taken to deliver a Disabled Facilities Grant",
     248, 231, 209, 220, 229, 7, "Improved", "Green",
     "Framework of approved contractors in place from June 2023."),
    ("PAM/025", "People kept in hospital while waiting for social care, per 1,000 population "
     "aged 75+", "N/A", 6.1, 7.4, 6.0, 6.8, 15, "Declined", "Red",
     "Not collected in 2021-22. Domiciliary care capacity in the north of the county remains "
     "the main cause of delay."),
    ("CP2.04", "Adults who say they live in the right home for them (%)",
     84.0, None, 86.0, 85.0, None, None, "Improved", "Green",
     "From the citizen survey, run every two years: the trend compares 2023-24 with 2021-22."),
    ("CP2.06", "Care and support assessments completed within statutory timescales (%)",
     None, None, 78.4, "Baseline", None, None, "New", None,
     "New measure for 2023-24. This is the baseline year; a target is set for 2024-25."),
    ("Amcan Llesiant 3: Gofalu am ein hamgylchedd\n"
     "Well-being Objective 3: Caring for our environment",),
    ("PAM/030", "Municipal waste reused, recycled or composted (%)",
     63.8, 65.1, 66.4, 64.0, 65.7, 10, "Improved", "Green",
     "Above the 64% statutory target; the target rises to 70% in 2024-25."),
    ("PAM/043", "Kilograms of residual waste generated per person",
     178, 171, 164, 165, 158, 14, "Improved", "Green", None),
    ("PAM/035", "Average working days taken to clear fly-tipping incidents",
     2.1, 2.8, 3.4, 2.5, 2.4, 19, "Declined", "Red",
     "Vacancies in the street scene team for most of the year; two posts filled in March 2024."),
    ("PAM/018", "Planning applications determined in time (%)",
     79.0, 84.0, 88.0, 85.0, 85.0, 6, "Improved", "Green", None),
    ("PAM/020", "A roads in poor condition (%)",
     3.9, 4.1, "TBC", 4.0, 3.7, None, None, None,
     "2023-24 road condition survey results delayed by the contractor; expected December 2024."),
    ("CP3.02", "Fly-tipping incidents recorded",
     1842, 2106, 2331, "-", None, None, "Increased", None,
     "Context measure. More reports come in through the new online form."),
    ("Amcan Llesiant 4: Cyngor modern sy'n cael ei redeg yn dda\n"
     "Well-being Objective 4: A modern, well-run council",),
    ("PAM/001", "Working days lost to sickness absence per full-time equivalent employee",
     12.4, 11.9, 11.3, 11.0, 11.2, 12, "Improved", "Amber", None),
    ("CP4.01", "Staff with Welsh language skills at level 2 or above (%)",
     28.6, 30.9, 33.4, 32.0, None, None, "Improved", "Green",
     "Cymraeg Gwaith courses completed by 214 staff. / Cwblhaodd 214 aelod o staff gyrsiau "
     "Cymraeg Gwaith."),
    ("CP4.03", "Council Tax collected in year (%)",
     96.1, 96.4, 96.3, 96.5, 96.4, "=13", "Maintained", "Amber",
     "Wales average and rank from Welsh Government Council Tax collection statistics."),
    ("CP4.05", "Freedom of Information requests answered within 20 working days (%)",
     82.0, 86.5, 91.2, 90.0, None, None, "Improved", "Green", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's annual self-assessment measures appendix.

    Under the Local Government and Elections (Wales) Act 2021 each Welsh
    principal council publishes an annual self-assessment, with an appendix
    of its Corporate Plan measures set out by well-being objective (the
    Well-being of Future Generations Act's objectives): the Public
    Accountability Measures Data Cymru collects from all 22 councils
    ('PAM/012') beside the council's own local codes ('CP2.04'), three years
    of annual results headed '2021-22' '2022-23' '2023-24', the 2023-24
    target, the Wales average and the council's rank of the 22 authorities,
    a trend word against the year before, a filled status and commentary.
    The appendix goes to the Governance and Audit Committee and Cabinet, so
    it is bilingual where it is short: the title, the headings (Welsh line
    over English line), the well-being objective rows and the key; one
    comment is in both languages.

    A careful reader takes each year column as that financial year and the
    target as the 2023-24 figure's target only (the heading names the year).
    The status rates 2023-24. The Wales average and rank are comparisons,
    no observation, and the trend word is a judgement, not a figure. 'N/A'
    where two PAMs were not collected in 2021-22, and the 'TBC' 2023-24
    road condition figure (unrated), are kept as written; the biennial
    survey has no 2022-23 figure; the new assessments measure has only
    2023-24, with 'Baseline' where the target would be (no target); the
    two context measures have a '-' target and no status. Nothing states
    polarity or a unit.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Cyngor Bwrdeistref Sirol Glannau Tawe / Glannau Tawe County Borough Council"
    )
    sheet["A2"] = (
        "Hunanasesiad 2023-24: Mesurau perfformiad y Cynllun Corfforaethol / "
        "Self-Assessment 2023-24: Corporate Plan performance measures"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Atodiad B / Appendix B \u2013 Governance and Audit Committee, 24 October 2024; "
        "Cabinet, 5 November 2024"
    )
    notes = (
        "PAM = Mesur Atebolrwydd Cyhoeddus / Public Accountability Measure, collected by Data "
        "Cymru from all 22 Welsh councils. Other codes are the Council's local measures.",
        "Wales average and rank (1 = best of 22) are for 2023-24, published by Data Cymru in "
        "September 2024; '=' marks a shared rank. Most local measures have no Wales "
        "comparison (N/A).",
        "Statws / Status (2023-24 against target): Green = target met; Amber = within 5% of "
        "target; Red = target missed by more than 5%. Tuedd / Trend compares 2023-24 with "
        "2022-23.",
        "N/A = not collected that year. TBC = to be confirmed. '-' = context measure, no target.",
    )
    for j, line in enumerate(notes, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, list(HEADINGS))
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    sheet.row_dimensions[HEAD_ROW].height = 44
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=spec[0])
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            sheet.row_dimensions[row].height = 30
            row += 1
            continue
        ref, name, *values, target, wales, rank, trend, status, comment = spec
        put_row(sheet, row, 1, [ref, name, *values, target, wales, rank, trend, status, comment])
        if wales is None:
            sheet.cell(row=row, column=7, value="N/A")
        if rank is None:
            sheet.cell(row=row, column=8, value="N/A")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, COL_STATUS + 1):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        for col in (7, 8):
            sheet.cell(row=row, column=col).fill = COMPARE_FILL
        sheet.cell(row=row, column=ncol).alignment = Alignment(wrap_text=True, vertical="top")
        if status is not None:
            fill(sheet, f"J{row}", RAG_FILL[str(status)])
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
                    goal if k == TARGET_YEAR else None,
                    RAG[str(status)] if status is not None and k == given[-1] else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Ffynhonnell / Source: Data Cymru PAM data collection 2023-24; Council performance "
        "management system (local measures), June 2024.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 9, "B": 60, "C": 9, "D": 9, "E": 9, "F": 12, "G": 14, "H": 10, "I": 11,
              "J": 10, "K": 56}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
