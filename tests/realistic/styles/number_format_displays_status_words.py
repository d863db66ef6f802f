"""A status column of numbers 1/2/3 that a custom number format shows as 'On track' / 'At risk' / 'Off track', and a direction column shown as arrows and words."""

from __future__ import annotations

from pathlib import Path

from openpyxl.formatting.rule import CellIsRule
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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Council Plan Q3"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS_FORMAT = '[=1]"On track";[=2]"At risk";"Off track"'
TREND_FORMAT = '[Color10][>0]"\u25b2 Improving";[Red][<0]"\u25bc Worsening";"\u25ba No change"'
STATUS: dict[int, Rag] = {1: "green", 2: "amber", 3: "red"}
HEAD = PatternFill(fill_type="solid", start_color="FF4B2C69", end_color="FF4B2C69")
SECTION = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a theme row. Otherwise: ref, measure, percent? (stored as a fraction under
# '0.0%'), Q3 2023/24, Q1..Q3 2024/25, target 2024/25, status number (1/2/3, None: blank),
# direction number (1/-1/0, None: blank), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Theme 1: Best start in life",),
    ("CYP 1.1", "Children's social care assessments completed within 45 working days", True,
     0.842, 0.868, 0.891, 0.902, 0.9, 1, 1, "1,163 of 1,289 assessments completed in time."),
    ("CYP 1.2", "Education, health and care plans issued within 20 weeks (excluding exceptions)",
     True, 0.387, 0.452, 0.497, 0.553, 0.6, 3, 1,
     "Improving each quarter; educational psychology backlog down from 212 to 96 cases."),
    ("CYP 1.3", "Children looked after per 10,000 population aged under 18", False,
     78.4, 80.1, 81.0, 81.6, None, None, None, "Context measure; no target. England rate 70."),
    ("CYP 1.4", "Care leavers aged 19-21 in education, employment or training", True,
     0.548, 0.561, 0.572, None, 0.58, 2, None,
     "Q3 figure due in February. Status shown is for Q2."),
    ("Theme 2: Living well and independently",),
    ("AH 2.1", "Adults with a learning disability in paid employment", True,
     0.061, 0.064, 0.066, 0.067, 0.07, 2, 1, None),
    ("AH 2.2", "Safeguarding enquiries where the person's desired outcomes were fully or "
     "partly met", True, 0.914, 0.932, 0.927, 0.945, 0.93, 1, 1, None),
    ("AH 2.3", "Older people still at home 91 days after discharge from hospital into "
     "reablement", True, 0.812, 0.836, "n/a", 0.798, 0.82, 2, -1,
     "Q2 n/a: the hospital discharge data feed was not received."),
    ("AH 2.4", "Physically active adults (Active Lives Survey)", True,
     None, None, 0.634, None, 0.65, 2, None,
     "Annual survey, reported once a year at Q2."),
    ("Theme 3: A clean, green and connected place",),
    ("PE 3.1", "Household waste reused, recycled or composted", True,
     0.421, 0.447, 0.452, 0.418, 0.45, 3, 0,
     "Within 1% of Q3 last year; garden waste tonnage down after a dry autumn."),
    ("PE 3.2", "Major planning applications determined within 13 weeks or an agreed extension",
     True, 0.889, 0.923, 0.9, 0.95, 0.9, 1, 1, "19 of 20 decided in time."),
    ("PE 3.3", "Average days to repair category 2 highway defects", False,
     21.6, 18.4, 19.9, 17.2, 20, 1, 1, None),
    ("PE 3.4", "Public electric vehicle charge points installed (cumulative)", False,
     None, None, 142, 171, 200, 3, None,
     "New measure for 2024/25. 29 points installed in Q3; 36 more on order."),
    ("Theme 4: A well-run council",),
    ("RS 4.1", "Working days lost to sickness absence per FTE (rolling 12 months)", False,
     10.4, 10.1, 10.6, 10.9, 9.5, 3, -1, "Long-term absence is 64% of days lost."),
    ("RS 4.2", "Customer contacts resolved at first point of contact", True,
     0.774, 0.781, 0.792, 0.803, 0.8, 1, 1, None),
    ("RS 4.3", "Freedom of Information requests answered within 20 working days", True,
     0.86, 0.902, 0.887, "TBC", 0.9, None, None,
     "Q3 figure TBC following the move to the new case management system."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly Council Plan report whose status words are number formats.

    The performance team's template stores the status as a number - 1, 2
    or 3, typed or picked from a list - and a custom number format,
    '[=1]"On track";[=2]"At risk";"Off track"', makes the cell show the
    words, with conditional formatting colouring it green, amber or red by
    the number. The 'Direction of travel' column likewise holds 1, -1 or
    0 under '[Color10][>0]"\u25b2 Improving";[Red][<0]"\u25bc Worsening";"\u25ba No
    change"'. Columns: Ref, Measure, 'Q3 2023/24' (the same quarter last
    year, for the direction of travel), 'Q1 2024/25'..'Q3 2024/25',
    'Target 2024/25', Status, Direction of travel, Commentary, under
    shaded theme rows; a key under the table explains the status words
    and arrows and says the status is for the latest quarter reported.
    Percentages are fractions under '0.0%'.

    A careful reader reads what the sheet shows: 'On track' (green), 'At
    risk' (amber), 'Off track' (red) per the key, with the latest quarter
    given - Q2 for the care leavers (Q3 not yet in, as the comment says)
    and for the annual activity survey, which has only its Q2 figure.
    The target names 2024/25, so it goes with the 2024/25 quarters and not
    with Q3 2023/24. The 'n/a' Q2 and the 'TBC' Q3 are kept as text; the
    FOI measure, the looked-after children context rate and the charge
    points' earlier quarters have no rating or no figure. The direction
    column is not an observation. No unit or polarity column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Northmoor Council - Council Plan 2024-2028 Performance Report")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["A3"] = (
        "Executive, 25 February 2025; Overview and Scrutiny Management Committee, 6 March 2025"
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", *PERIODS, "Target 2024/25", "Status", "Direction of travel",
             "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, pct, last, q1, q2, q3, target, status, trend, comment = spec
        figures = (last, q1, q2, q3)
        put_row(sheet, row, 1, [ref, name, *figures, target, status, trend, comment])
        whole = all(isinstance(v, int) for v in (*figures, target) if v is not None)
        fmt = "0.0%" if pct else "#,##0" if whole else "0.0"
        for col in range(3, 8):
            sheet.cell(row=row, column=col).number_format = fmt
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if pct:
            sheet.cell(row=row, column=7).number_format = "0%"
        sheet.cell(row=row, column=8).number_format = STATUS_FORMAT
        sheet.cell(row=row, column=9).number_format = TREND_FORMAT
        for col in (8, 9):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = GRID
        scale = 100.0 if pct else 1.0
        goal = num(target)
        goal = None if goal is None else round(goal * scale, 6)
        rated = STATUS[int(str(status))] if status is not None else None
        given = [(p, v) for p, v in zip(PERIODS, figures, strict=True) if v is not None]
        for k, (period, value) in enumerate(given):
            figure = num(value)
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    None if figure is None else round(figure * scale, 6),
                    text_of(value),
                    goal if period.endswith("2024/25") else None,
                    rated if k == len(given) - 1 else None,
                )
            )
        row += 1
    for value, rgb in ((1, GREEN_FILL), (2, AMBER_FILL), (3, RED_FILL)):
        sheet.conditional_formatting.add(
            f"H{FIRST}:H{row - 1}",
            CellIsRule(
                operator="equal",
                formula=[str(value)],
                fill=PatternFill(fill_type="solid", start_color=rgb, end_color=rgb),
            ),
        )
    key = (
        "Status key: On track (green) - at or better than target; At risk (amber) - within 5% of "
        "target; Off track (red) - more than 5% away from target. Status is for the latest "
        "quarter reported.",
        "Direction of travel: \u25b2 Improving, \u25bc Worsening, \u25ba No change (within 1%), "
        "comparing the latest quarter with Q3 2023/24.",
        "Blank status: no target set or no figure for the quarter.",
    )
    for j, line in enumerate(key, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    for letter, width in {"A": 8, "B": 58, "G": 10, "H": 11, "I": 14, "J": 50}.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
