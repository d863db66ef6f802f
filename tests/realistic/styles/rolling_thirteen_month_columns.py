"""Thirteen month columns Oct-23..Oct-24 across the financial-year boundary, a target for each year, RAG on Oct-24."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "13 month trend"
MONTHS = tuple(datetime(2023 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(10, 23))
PERIODS = tuple(f"{m:%b %Y}" for m in MONTHS)  # Oct 2023 .. Oct 2024
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
FIRST_MONTH = 5  # column E
T23_COL = FIRST_MONTH + len(MONTHS)  # R: Target 2023/24
T24_COL = T23_COL + 1  # S: Target 2024/25
RAG_COL = T24_COL + 1  # T: RAG (Oct-24)
CHANGE_COL = RAG_COL + 1  # U: change on same month last year
COMMENT_COL = CHANGE_COL + 1
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
UNIT = {"%": "%", "Number": "number", "Days": "days"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
THIN = Side(style="thin", color="FF808080")

# Section rows are a 1-tuple. Otherwise: ref, measure, unit, good is, thirteen months
# Oct-23..Oct-24, target 2023/24, target 2024/25, RAG (Oct-24), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult social care",),
    ("ASC01", "New requests for adult social care support", "Number", "n/a",
     (612, 598, 521, 655, 630, 641, 603, 622, 610, 648, 577, 629, 667), None, None, None,
     "Contextual measure: demand is monitored, not targeted."),
    ("ASC02", "Assessments completed within 28 days of first contact", "%", "High",
     (78.4, 80.1, 76.9, 74.2, 79.5, 81.3, 82.0, 83.6, 84.9, 86.2, 85.1, 87.4, 88.0), 80, 85, "G",
     None),
    ("ASC03", "People in long-term support reviewed in the last 12 months", "%", "High",
     (64.2, 65.0, 65.8, 66.1, 67.3, 68.9, 69.4, 70.2, 70.8, 71.5, 71.9, 72.6, 73.1), 70, 75, "A",
     "Review team at full strength from September; backlog expected to clear by March."),
    ("ASC04", "Permanent admissions to residential and nursing care, aged 65+ (in month)",
     "Number", "Low", (14, 11, 13, 16, 12, 10, 9, 13, 11, 8, 12, 10, 15), 12, 12, "R",
     "Four admissions followed hospital discharge under the winter-pressures pathway."),
    ("ASC05", "Adults receiving a direct payment", "%", "High",
     (26.1, 26.3, 26.4, 26.2, 26.8, 27.0, 27.1, 27.3, 27.2, 27.6, 27.9, 28.1, 28.3), 27, 28, "G",
     None),
    ("ASC06", "Safeguarding enquiries concluded within 60 days", "%", "High",
     (72.5, 75.0, 70.6, 78.9, 81.2, 83.3, 79.4, 76.8, 80.5, 82.1, 77.3, 74.9, 70.9), 80, 80, "R",
     "Two complex organisational enquiries open since July."),
    ("ASC07", "Older people still at home 91 days after discharge into reablement", "%", "High",
     (80.2, 83.5, 79.8, 81.1, 84.0, 82.6, 85.3, 86.1, 84.7, 83.9, 85.8, 86.4, 84.2), 82, 85, "A",
     None),
    ("ASC08", "Average days from referral to start of a home care package", "Days", "Low",
     (15.2, 13.8, 16.4, 18.1, 14.9, 13.2, 12.7, 11.9, 11.2, 10.8, 9.6, 10.3, 9.9), 14, 10, "G",
     None),
    ("Housing and public health",),
    ("HSG01", "Households in temporary accommodation at month end", "Number", "Low",
     (88, 91, 97, 102, 99, 96, 98, 101, 105, 109, 112, 108, 114), "-", 95, "R",
     "Target set for the first time in 2024/25."),
    ("HSG02", "Homelessness cases closed as prevented or relieved", "%", "High",
     (52.4, 56.1, 49.8, 54.3, 57.0, 58.2, 59.6, 61.4, 57.8, 60.3, 62.5, 58.9, 61.2), 55, 60, "G",
     None),
    ("PH01", "Stop smoking service: 4-week quitters", "Number", "High",
     (38, 41, 29, 62, 47, 44, 36, 39, 33, 31, 28, 37, 42), 35, 40, "G",
     "January peak follows the New Year campaign."),
    ("PH02", "Adults leaving drug treatment successfully (opiate and non-opiate)", "%", "High",
     (None, None, None, None, None, None, 15.2, 15.8, 16.1, 16.4, 15.9, 16.7, 17.0), None, 17, "G",
     "New measure from April 2024 (new treatment provider contract)."),
    ("Workforce",),
    ("HR01", "Working days lost to sickness absence per FTE, directorate (in month)", "Days",
     "Low", (1.21, 1.18, 1.34, "Not available", 1.25, 1.12, 0.98, 0.95, 0.91, 0.94, 0.97, 1.03,
             1.08), 1.1, 1.0, "A",
     "January not available: payroll system migration."),
)  # fmt: skip


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def build(path: Path) -> Expected:
    """Imitates a unitary council's adult social care and housing monthly report with a 13-month trend.

    Stockton-on-Tees style: the directorate's monthly performance report
    shows each measure over the last thirteen months so that the latest
    month sits beside the same month a year before. The month headings are
    real first-of-month dates shown 'Oct-23'..'Oct-24' (columns E..Q), under
    two merged banners, '2023/24' over October to March and '2024/25' over
    April to October, so the grid crosses the financial-year boundary. Then
    'Target 2023/24' and 'Target 2024/25' (the targets changed in April),
    a filled 'RAG (Oct-24)' letter, a 'Change on same month last year'
    column (Oct-24 less Oct-23, '+1.2'-style, 'n/a' for a new measure) and
    comments; Unit and 'Good is' columns; shaded section rows; notes under
    the table.

    A careful reader takes each month column as that calendar month
    ('Oct-23' is Oct 2023), and gives each month the target of the
    financial year it falls in: October 2023 to March 2024 take the 2023/24
    target, April to October 2024 the 2024/25 one. HSG01 had no 2023/24
    target ('-'), so its first six months have none; the new drug treatment
    measure has figures and a target from April only. The RAG is October
    2024's. The change column is arithmetic on two months already read, not
    an observation; the same month last year is simply the Oct-23 column.
    'Not available' is HR01's January 2024 text. The contextual demand
    measure has no target, no rating and no polarity ('n/a' under
    'Good is'); the other rows' polarity comes from 'Good is' and every
    row's unit from the Unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockton-on-Tees Borough Council")
    sheet["A2"] = "Adults, Health and Wellbeing \u2013 monthly performance report"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "13-month trend, data to 31 October 2024. Produced by the Performance and Business Intelligence team."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    split = FIRST_MONTH + 6  # Apr-24 starts the second year
    merge(sheet, f"E4:{get_column_letter(split - 1)}4", "2023/24")
    merge(sheet, f"{get_column_letter(split)}4:{get_column_letter(T23_COL - 1)}4", "2024/25")
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Measure", "Unit", "Good is"], bold=True)
    for m, when in enumerate(MONTHS):
        cell = sheet.cell(row=HEAD_ROW, column=FIRST_MONTH + m, value=when)
        cell.number_format = "mmm-yy"
        cell.font = Font(bold=True)
    tail = ["Target 2023/24", "Target 2024/25", "RAG (Oct-24)", "Change on same month last year",
            "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, T23_COL, tail, bold=True)
    for col in range(1, COMMENT_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(bottom=THIN)
    sheet.cell(row=HEAD_ROW, column=split).border = Border(bottom=THIN, left=THIN)

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=str(spec[0])).font = Font(bold=True)
            for col in range(1, COMMENT_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, months, t23, t24, rag, comment = spec
        assert isinstance(months, tuple)
        put_row(sheet, row, 1, [ref, name, unit, good])
        places = "0.00" if ref == "HR01" else "0" if unit == "Number" else "0.0"
        for m, value in enumerate(months):
            cell = sheet.cell(row=row, column=FIRST_MONTH + m)
            if value is None:
                cell.fill = GREY
                continue
            cell.value = value
            cell.number_format = places
            if isinstance(value, str):
                cell.alignment = Alignment(horizontal="right", wrap_text=True)
        for col, target in ((T23_COL, t23), (T24_COL, t24)):
            if target is not None:
                cell = sheet.cell(row=row, column=col, value=target)
                cell.number_format = places
                cell.alignment = Alignment(horizontal="center")
        if rag is not None:
            cell = sheet.cell(row=row, column=RAG_COL, value=rag)
            cell.fill = _fill(RAG_FILL[str(rag)])
            cell.alignment = Alignment(horizontal="center")
        first, last = months[0], months[-1]
        change = sheet.cell(row=row, column=CHANGE_COL)
        if isinstance(first, int | float) and isinstance(last, int | float):
            change.value = round(float(last) - float(first), 2)
            change.number_format = f"+{places};-{places};{places}"
        else:
            change.value = "n/a"
        change.alignment = Alignment(horizontal="center")
        if comment is not None:
            sheet.cell(row=row, column=COMMENT_COL, value=comment)

        code, nm = str(ref), str(name)
        given = [m for m, v in enumerate(months) if v is not None]
        for m in given:
            value = months[m]
            target = t23 if MONTHS[m] < datetime(2024, 4, 1) else t24
            goal = float(target) if isinstance(target, int | float) else None
            rating = RAG[str(rag)] if rag is not None and m == given[-1] else None
            exp.observations.append(
                Obs(code, nm, PERIODS[m], num(value), text_of(value), goal, rating)
            )
        exp.add_meta(code, nm, GOOD.get(str(good)), UNIT[str(unit)])
        row += 1

    notes = (
        "Targets apply to the financial year they are shown for (1 April to 31 March). A '-' "
        "means no target was set for that year.",
        "RAG compares October 2024 with the 2024/25 target: G target met; A within 10% of "
        "target; R more than 10% from target.",
        "Change on same month last year: October 2024 compared with October 2023.",
        "Sources: Liquidlogic (LAS), ContrOCC, Jigsaw, NDTMS, iTrent.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 58
    for col in range(FIRST_MONTH, COMMENT_COL):
        sheet.column_dimensions[get_column_letter(col)].width = 8.5
    sheet.column_dimensions[get_column_letter(CHANGE_COL)].width = 13
    sheet.column_dimensions[get_column_letter(COMMENT_COL)].width = 50
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp
